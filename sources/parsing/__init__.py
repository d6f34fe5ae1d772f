"""Articles as text -> ParsedArticle (title, date, outlet, byline, body paragraphs with offsets).

Plain functions and dataclasses, no Django: the ingest service and the extraction library share it.
"""

from .article import Paragraph, ParsedArticle
from .files import UnreadableArticle, read_article_file
from .html import parse_html
from .plaintext import parse_plain_text

# The article files this project reads: the one list of extensions that ingest looks for in a folder.
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)

__all__ = [
    "ARTICLE_SUFFIXES",
    "HTML_SUFFIXES",
    "Paragraph",
    "ParsedArticle",
    "UnreadableArticle",
    "parse_article",
    "parse_html",
    "parse_plain_text",
    "read_article_file",
]


def parse_article(text: str, filename: str = "") -> ParsedArticle:
    """Parse an article; ``.html``/``.htm`` files, or text that opens with a tag, go the HTML way."""
    if filename.lower().endswith(HTML_SUFFIXES) or text.lstrip().startswith("<"):
        return parse_html(text)
    return parse_plain_text(text)
