"""Quotation spans: pairs of quotation marks, across paragraphs when a quote runs on.

Marks are paired by position, not by glyph, because real articles print them wrong: a quote closed
with an opening mark ("... together, “said Roe") or opened with a closing one. Most articles quote
with double marks, and single marks are then nested quotes or apostrophes. British style is the
other way round (‘We cannot wait,’ said Roe, with “...” nested inside): an article that opens more
quotations with ‘ than with double marks is read with single marks.
"""

import re
from dataclasses import dataclass

DOUBLE_MARKS = '"“”„«»'
_MARK = re.compile(r"[\"“”„«»]")
_MARK_CHARS = '"“”„«»'


def _mark_positions(text: str) -> list[int]:
    """Where _MARK matches, in order: a str.find per mark, faster than the pattern's scan of every
    character (a paragraph holds a few marks among hundreds of characters)."""
    found: list[int] = []
    for mark in _MARK_CHARS:
        at = text.find(mark)
        while at != -1:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def _quotes_with_single_marks(paragraphs: list[str]) -> bool:
    # Nested single quotes sit inside double ones, so an article quoting with double marks never
    # opens more single quotations than double ones.
    singles = sum(p.count("‘") for p in paragraphs)
    if singles < 2:
        return False
    doubles = sum(p.count("“") + p.count("«") + p.count("„") + (p.count('"') + 1) // 2 for p in paragraphs)
    return singles > doubles


def _single_mark_positions(text: str) -> list[int]:
    """Opening ‘ and closing ’ marks, alternating. ’ is also the apostrophe: it closes only where no
    letter follows (not "council’s", "don’t"), and not after an s before a lowercase word ("the
    ministers’ decision", a plural possessive)."""
    found: list[int] = []
    is_open = False
    at = _next_single(text, 0)
    while at != -1:
        mark = text[at]
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if not is_open and mark == "‘" and not after.isspace() and (before.isspace() or before in '([—–-"“'):
            found.append(at)
            is_open = True
        elif is_open and mark == "’" and not after.isalnum() and not before.isspace():
            plural_possessive = before == "s" and after == " " and text[at + 2 : at + 3].islower()
            if not plural_possessive:
                found.append(at)
                is_open = False
        at = _next_single(text, at + 1)
    return found


def _next_single(text: str, start: int) -> int:
    opening, closing = text.find("‘", start), text.find("’", start)
    if opening == -1 or closing == -1:
        return max(opening, closing)
    return min(opening, closing)


# Characters that hide quoted words from the attribution rules without moving any offset.
MASK = "\x00"


@dataclass
class QuoteSpan:
    """One quotation: its pieces per paragraph (paragraph index, start, end in that paragraph)."""

    pieces: list[tuple[int, int, int]]
    closed: bool = True

    @property
    def first(self) -> tuple[int, int, int]:
        return self.pieces[0]

    @property
    def last(self) -> tuple[int, int, int]:
        return self.pieces[-1]

    def text(self, paragraphs: list[str]) -> str:
        # A quote that runs over paragraphs is one claim; its paragraphs join with a space.
        return " ".join(paragraphs[i][s:e].strip() for i, s, e in self.pieces)


def find_quotes(paragraphs: list[str]) -> list[QuoteSpan]:
    """Every quotation in the paragraphs, in reading order."""
    spans: list[QuoteSpan] = []
    carried: QuoteSpan | None = None  # a quote left open at the end of the previous paragraph
    positions = _single_mark_positions if _quotes_with_single_marks(paragraphs) else _mark_positions
    for index, text in enumerate(paragraphs):
        marks = positions(text)
        if carried is not None:
            if marks and _opens_paragraph(text, marks[0]):
                # The run-on convention: the next paragraph reopens the same quotation.
                marks_iter = marks[1:]
                open_at: int | None = marks[0] + 1
                current: QuoteSpan | None = carried
            else:
                carried.closed = False
                spans.append(carried)
                marks_iter, open_at, current = marks, None, None
            carried = None
        else:
            marks_iter, open_at, current = marks, None, None
        marks_iter = _balanced(text, marks_iter, open_at is not None)
        for pos in marks_iter:
            if open_at is None:
                open_at = pos + 1
                continue
            piece = (index, open_at, pos)
            if current is not None:
                current.pieces.append(piece)
                spans.append(current)
                current = None
            elif pos > open_at:
                spans.append(QuoteSpan([piece]))
            open_at = None
        if open_at is not None:
            piece = (index, open_at, len(text))
            if current is not None:
                current.pieces.append(piece)
            else:
                current = QuoteSpan([piece])
            carried = current
    if carried is not None:
        carried.closed = False
        spans.append(carried)
    return [s for s in spans if any(e - st > 0 for _, st, e in s.pieces)]


def _balanced(text: str, marks: list[int], already_open: bool) -> list[int]:
    """Marks to pair by position. An odd count of curly marks (a stray or missing one) cannot pair by
    position, so there the glyphs decide: an opening mark while a quote is open, or a closing mark
    while none is, is the stray one and is dropped."""
    if len(marks) % 2 == 0 or any(text[i] not in "“”" for i in marks):
        return marks
    kept: list[int] = []
    open_mark: int | None = -1 if already_open else None
    for i in marks:
        if text[i] == "“":
            if open_mark is not None and open_mark >= 0:
                kept.remove(open_mark)  # the earlier opening was never closed
            open_mark = i
            kept.append(i)
        elif open_mark is not None:
            kept.append(i)
            open_mark = None
    return kept


def _opens_paragraph(text: str, first_mark: int) -> bool:
    return first_mark <= 2 and not text[:first_mark].strip(" -–—")


def mask_quotes(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with quoted words blanked (a final . ! or ? kept, so sentence ends still show).

    Single marks around a quotation become double ones, so the attribution rules read a British
    article as they read any other ("“...” said Roe"); the offsets do not move.
    """
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        keep = end - 1 if end > start and text[end - 1] in ".!?" else -1
        for i in range(start, end):
            if i != keep:
                chars[i] = MASK
        if start and chars[start - 1] == "‘":
            chars[start - 1] = "“"
        if end < len(chars) and chars[end] == "’":
            chars[end] = "”"
    return "".join(chars)
