"""Saved web pages: title, date, site name and the paragraphs of the main text.

The standard library's HTML parser is enough for the pages we ingest: the body is the text of
``<p>`` (and heading/list) elements outside navigation, headers, footers, scripts and forms.
A paragraph keeps the offset of its first character in the page; when the page spells it with
entities or inline tags, ``start`` is the offset of the element's content and the text is the
decoded form (the plain-text invariant ``source[start:start+len(text)] == text`` cannot hold then).
"""

import datetime
import re
from html.parser import HTMLParser

from . import boilerplate
from .article import Paragraph, ParsedArticle

_BLOCKS = {"p", "li", "blockquote", "h2", "h3", "h4", "pre"}
_SKIPPED = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "figcaption",
    "button",
}
_DATE_META = (
    "article:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publish-date",
    "dc.date",
)
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


class _PageReader(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.source = source
        self.line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self.line_starts.append(i + 1)
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.blocks: list[tuple[str, int]] = []
        self.skip_depth = 0
        self.stack: list[str] = []
        self.block_parts: list[str] | None = None
        self.block_start = 0
        self.time_value: str | None = None

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta":
            key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
            if key and attributes.get("content"):
                self.meta.setdefault(key, attributes["content"])
            return
        if tag == "time" and attributes.get("datetime") and self.time_value is None:
            self.time_value = attributes["datetime"]
        if tag in {"br", "img", "hr", "input", "link"}:
            return
        self.stack.append(tag)
        if tag in _SKIPPED:
            self.skip_depth += 1
        if tag in _BLOCKS and self.block_parts is None and not self.skip_depth:
            self.block_parts = []
            self.block_start = self._offset() + len(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in _SKIPPED:
                self.skip_depth -= 1
            if open_tag in _BLOCKS and self.block_parts is not None and not self.skip_depth:
                self._close_block()
            if open_tag == tag:
                break

    def _close_block(self):
        text = re.sub(r"\s+", " ", "".join(self.block_parts or [])).strip()
        if text:
            raw_end = self._offset()
            raw = self.source[self.block_start : raw_end]
            start = self.block_start
            found = raw.find(text)
            if found >= 0:
                start += found
            self.blocks.append((text, start))
        self.block_parts = None

    def handle_data(self, data):
        if "title" in self.stack:
            self.title_parts.append(data)
        elif "h1" in self.stack:
            self.h1_parts.append(data)
        elif self.block_parts is not None and not self.skip_depth:
            self.block_parts.append(data)


def parse_html(source: str) -> ParsedArticle:
    """Read a saved page into a ParsedArticle (metadata from <meta>, body from block elements)."""
    reader = _PageReader(source)
    reader.feed(source)
    reader.close()
    meta = reader.meta
    title = meta.get("og:title") or _clean("".join(reader.h1_parts)) or _clean("".join(reader.title_parts))
    article = ParsedArticle(
        title=title or None,
        published=_date(next((meta[k] for k in _DATE_META if k in meta), None) or reader.time_value),
        outlet=meta.get("og:site_name") or meta.get("application-name"),
        byline=meta.get("author") or meta.get("article:author"),
        language=(meta.get("og:locale") or "en")[:2].lower(),
    )
    seen: set[str] = set()
    for text, start in reader.blocks:
        if boilerplate.is_boilerplate(text) or text in seen:
            continue
        seen.add(text)
        article.paragraphs.append(Paragraph(text, start))
    return article


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _date(value: str | None) -> datetime.date | None:
    m = _ISO_DATE.search(value or "")
    if not m:
        return None
    try:
        return datetime.date.fromisoformat(m.group(1))
    except ValueError:
        return None
