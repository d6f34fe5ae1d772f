"""ParsedArticle -> quotation records with speaker, affiliation, kind and offsets. No Django.

Entry point: ``extract_article(text, filename)``. Each module does one kind of thing:

- quotes: quotation spans (curly, straight, mismatched and run-on marks) and quote masking;
- sentences, context: sentence spans and what the rules see of a paragraph;
- names: capitalised runs split into title and name, and the article's cast (surnames, honorifics,
  roles and the headline resolve to the full name first given);
- speakers: a source phrase ("Mr. Roe", "the senator", "she", "a statement from the Ministry") to a
  speaker, or nobody;
- attribution: the named rules that decide who said a quotation (QuoteRecord.rule names the one used);
- affiliation: titles and appositives, split into role and organisation;
- reported: reported speech (kind "indirect") with its content span;
- kinds: direct, partial or scare;
- evaluation: scoring against hand annotations (mirrors the team's scorer); output: the JSON shape.
"""

from .pipeline import extract_article, extract_parsed
from .records import ExtractedArticle, QuoteRecord

__all__ = ["ExtractedArticle", "QuoteRecord", "extract_article", "extract_parsed"]
