"""Plain-text articles: headline, date line, credits and body paragraphs with their offsets."""

import datetime
import re
from collections.abc import Iterator

from . import boilerplate, credits
from .article import Paragraph, ParsedArticle

# " date 2031-04-05" on its own line, or glued to the first paragraph as some exports print it.
_DATE_LINE = re.compile(r"^date:?\s+(?P<date>\d{4}-\d{2}-\d{2})\b[ \t]*")
# "Published: March 4, 2031", "Updated 4 March 2031 10:15 GMT", "2031-03-04": a line that is only a date.
# A month is known by its first three letters, as "Sept." and "September" both are.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATE_ONLY = re.compile(
    r"^(?:(?:published|updated|posted|first\ published)(?:\s+on)?\s*:?\s*)?"
    r"(?:\w+day,?\s+)?"
    r"(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"|(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]{3,9})\.?,?\s+(?P<year2>\d{4}))"
    r"(?:[\sT,|-]+\d{1,2}[:.]\d{2}.*)?$",
    re.IGNORECASE | re.VERBOSE,
)
# Dates are read only near the top: a date line lower down is part of the story or its furniture.
_HEAD_LINES = 6
_DATELINE = re.compile(r"^[A-Z][A-Z .'\-]{2,40}(?:,[^()—–]{1,20})?\s*\([^)]{1,40}\)\s*[—–-]\s+\S")
# A headline is one line; longer than this it is a paragraph of an article without a headline.
_MAX_TITLE = 250
# Credits and author notes sit at the foot; a sentence like them higher up is reporting.
_FOOT_LINES = 4


def parse_plain_text(text: str) -> ParsedArticle:
    """Split a plain-text article into its metadata and body paragraphs (one paragraph per line)."""
    article = ParsedArticle()
    lines = list(_stripped_lines(text))
    seen: set[str] = set()
    skip_box = False
    for index, (line, start) in enumerate(lines):
        at_foot = index >= len(lines) - _FOOT_LINES
        m = _DATE_LINE.match(line)
        if m:
            article.published = _to_date(m.group("date"))
            line, start = line[m.end() :], start + m.end()
            if not line:
                continue
        elif index < _HEAD_LINES and article.published is None and (date := _date_only(line)):
            article.published = date
            continue
        elif (
            not article.paragraphs
            and article.title is None
            and article.published is None
            and _looks_like_title(line, index, lines)
        ):
            article.title = _clean_title(line)
            continue
        outlet = credits.outlet_from_line(line)
        if outlet:
            article.outlet = article.outlet or outlet
            continue
        note = credits.author_note(line) if at_foot else None
        if note:
            article.byline = article.byline or note[0]
            article.outlet = article.outlet or note[1]
            continue
        byline = credits.byline_from_line(line) if not article.paragraphs else None
        if byline:
            article.byline = byline
            continue
        if boilerplate.BOX_HEADINGS.match(line):
            skip_box = True
            continue
        if boilerplate.is_boilerplate(line):
            if boilerplate.is_caption(line):
                article.captions.append(line)
            continue
        if skip_box:
            # The box's summary paragraph repeats the story's pitch; it is not reporting.
            skip_box = False
            continue
        if line in seen:
            # Saved pages print some blocks twice; the second copy would double every quote in it.
            continue
        seen.add(line)
        article.paragraphs.append(Paragraph(line, start))
    if article.outlet is None:
        article.outlet = credits.outlet_from_interview(article.body)
    return article


def _stripped_lines(text: str) -> Iterator[tuple[str, int]]:
    """Non-empty lines, stripped, with the offset of their first kept character."""
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            yield stripped, pos + (len(raw) - len(raw.lstrip()))
        pos += len(raw) + 1


def _looks_like_title(line: str, index: int, lines: list[tuple[str, int]]) -> bool:
    """The first real line is a headline when it is short and a body follows it."""
    if len(line) > _MAX_TITLE or index == len(lines) - 1 or boilerplate.is_boilerplate(line):
        return False
    # A headline does not open on a quotation followed by its attribution ("..." she said), nor on a
    # wire dateline ("PORTSIDE (Wire) — The pier ..."), which opens the first paragraph.
    if _DATELINE.match(line):
        return False
    return not re.match(r"^[\"“].*[\"”],? (?:\w+ )?(?:said|says)\b", line)


def _clean_title(line: str) -> str:
    # Some exports end every headline with a full stop; the headline itself has none.
    if line.endswith(".") and not line.endswith("..") and not re.search(r"\b[A-Z]\.$", line):
        return line[:-1]
    return line


def _date_only(line: str) -> datetime.date | None:
    """The date a line consists of, in ISO or written form ("March 4, 2031", "4 March 2031")."""
    m = _DATE_ONLY.match(line)
    if not m:
        return None
    if m.group("iso"):
        return _to_date(m.group("iso"))
    month_name = (m.group("month") or m.group("month2")).lower()
    if month_name[:3] not in _MONTHS:
        return None
    month = _MONTHS.index(month_name[:3]) + 1
    try:
        return datetime.date(int(m.group("year") or m.group("year2")), month, int(m.group("day") or m.group("day2")))
    except ValueError:
        return None


def _to_date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None
