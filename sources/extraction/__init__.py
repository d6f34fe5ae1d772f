"""ParsedArticle -> quotation records with speaker, affiliation, kind and offsets. No Django.

Entry point: ``extract_article(text, filename)``. The rules live in small modules named for what
they do: quotes (finding quotation marks), attribution (who said it), speakers (resolving names,
pronouns and roles), affiliation, reported (indirect speech), kinds, evaluation (scoring).
"""

from .pipeline import extract_article, extract_parsed
from .records import ExtractedArticle, QuoteRecord

__all__ = ["ExtractedArticle", "QuoteRecord", "extract_article", "extract_parsed"]
