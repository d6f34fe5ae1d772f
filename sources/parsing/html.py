"""Saved web pages: title, date, site name, author and the paragraphs of the main text.

trafilatura finds the main text (navigation, banners, related links, footers and comments left out)
and the metadata (``og:title``/``<h1>``, ``article:published_time``, ``og:site_name``, ``author``).
It works on the page alone: no network, no downloads. Dates later than today are refused by its
date finder, which guards against misread numbers.

lxml parses the page first, so a bare fragment (a few ``<p>``) is a document too. When the main
extractor finds too little (under about 250 characters), trafilatura's own baseline takes over: the
page's paragraphs, or on a tiny page all its text in one block, navigation included. Empty or
broken HTML gives an empty body.

A paragraph keeps the offset in the page where its text begins: the decoded paragraph is looked up,
whitespace aside, in the page's text with tags dropped and entities decoded, so ``start`` is exact
even when the page spells the paragraph with entities or inline tags. Only the start is exact: the
text is the decoded form, so ``source[start:start + len(text)] == text`` holds only for paragraphs
written without either. When trafilatura has reworded a paragraph beyond finding, its first 40
characters (whitespace aside) are looked up; failing that, it starts just after the text found for
the previous paragraph, which keeps the starts in page order.
"""

import datetime
import logging
import re
from collections.abc import Iterator
from html import unescape

import lxml.html
import trafilatura
from lxml import etree

from . import boilerplate
from .article import Paragraph, ParsedArticle

# The page is already text; parsing its UTF-8 bytes with the encoding fixed ignores whatever
# charset or XML declaration the page carries (lxml refuses str input that declares one).
_PARSER = lxml.html.HTMLParser(encoding="utf-8", collect_ids=False, remove_comments=True, remove_pis=True)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?![a-z])")
# One piece of the page at a time: a comment, an element whose content is never shown, a tag, or
# text. A "<" that opens no tag is text, as browsers read it.
_PIECE = re.compile(
    r"<!--.*?(?:-->|$)"
    r"|<(script|style|title|noscript|template|textarea)\b[^>]*>.*?(?:</\1\s*>|$)"
    r"|<[!/?a-zA-Z][^>]*>?"
    r"|([^<]+|<)",
    re.DOTALL | re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\S+")
_PREFIX = 40

# trafilatura logs each page it finds no main text in; the caller reports that page itself
# (ingest: "no article text found"), so the warning would only say it twice.
logging.getLogger("trafilatura.core").addFilter(lambda record: not record.getMessage().startswith("discarding data"))


def parse_html(source: str) -> ParsedArticle:
    """Read a saved page into a ParsedArticle; a page with no main text gives an empty body."""
    try:
        tree = lxml.html.document_fromstring(source.encode("utf-8", "replace"), parser=_PARSER)
    except etree.LxmlError:  # nothing but whitespace or comments
        return ParsedArticle()
    # Comments are reader comments here, tables are data boxes: neither is the article's text.
    document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=False)
    if document is None:
        return ParsedArticle(language=_language(tree))
    article = ParsedArticle(
        title=document.title or None,
        published=_date(document.date),
        outlet=document.sitename or None,
        byline=document.author or None,
        language=_language(tree),
        url=document.url if (document.url or "").startswith(("http://", "https://")) else None,
        captions=_captions(tree),
    )
    page = _PageText(source)
    seen: set[str] = set()
    for text in _block_texts(document.body, article.title):
        if boilerplate.is_boilerplate(text) or text in seen:
            continue
        seen.add(text)
        article.paragraphs.append(Paragraph(text, page.find(text)))
    return article


def _block_texts(body: etree._Element, title: str | None) -> Iterator[str]:
    """The text of each block of trafilatura's body, in order; list items and quoted paragraphs apart."""
    for block in body:
        if block.tag in {"list", "quote"} and any(child.tag in {"item", "p", "head"} for child in block):
            yield from _block_texts(block, title)
            continue
        # <br> inside a paragraph is a line break, not the end of a word.
        for br in block.iter("lb"):
            br.tail = " " + (br.tail or "")
        text = _SPACE.sub(" ", "".join(block.itertext())).strip()
        # The headline is the title, not body text.
        if block.tag == "head" and (block.get("rend") == "h1" or text == title):
            continue
        if text:
            yield text


class _PageText:
    """The page's shown text without whitespace, entities decoded, each character mapped to its page offset."""

    def __init__(self, source: str):
        chars: list[str] = []
        self.offsets: list[int] = []
        for piece in _PIECE.finditer(source):
            if piece.start(2) < 0:
                continue
            pos, end = piece.start(2), piece.end(2)
            for entity in _ENTITY.finditer(source, pos, end):
                self._add(chars, source, pos, entity.start())
                for ch in unescape(entity.group()):
                    if not ch.isspace():
                        chars.append(ch)
                        self.offsets.append(entity.start())
                pos = entity.end()
            self._add(chars, source, pos, end)
        self.text = "".join(chars)
        self.source_length = len(source)
        self.cursor = 0

    def _add(self, chars: list[str], source: str, start: int, end: int) -> None:
        for word in _WORD.finditer(source, start, end):
            chars.append(word.group())
            self.offsets.extend(range(word.start(), word.end()))

    def find(self, text: str) -> int:
        """Where ``text`` begins in the page, searching on from the previous paragraph found."""
        needle = _SPACE.sub("", text)
        for probe in (needle, needle[:_PREFIX]):
            at = self.text.find(probe, self.cursor)
            if at >= 0:
                self.cursor = at + len(probe)
                return self.offsets[at]
        return self.offsets[self.cursor] if self.cursor < len(self.offsets) else self.source_length


def _captions(tree: lxml.html.HtmlElement) -> list[str]:
    texts = (_SPACE.sub(" ", caption.text_content()).strip() for caption in tree.iter("figcaption"))
    return [text for text in texts if text]


def _language(tree: lxml.html.HtmlElement) -> str:
    declared = tree.get("lang") or next(iter(tree.xpath("//meta[@property='og:locale']/@content")), "")
    match = _LANGUAGE.match(declared.strip().lower())
    return match.group() if match else "en"


def _date(value: str | None) -> datetime.date | None:
    match = _ISO_DATE.match(value or "")
    if not match:
        return None
    try:
        return datetime.date.fromisoformat(match.group())
    except ValueError:
        return None
