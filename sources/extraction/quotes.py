"""Quotation spans: pairs of double quotation marks, across paragraphs when a quote runs on.

Marks are paired by position, not by glyph, because real articles print them wrong: a quote closed
with an opening mark ("... together, “said Roe") or opened with a closing one. Single quotation
marks are left inside the text: they are nested quotes or apostrophes.
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
    for index, text in enumerate(paragraphs):
        marks = _mark_positions(text)
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
    """``text`` with quoted words blanked (a final . ! or ? kept, so sentence ends still show)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        keep = end - 1 if end > start and text[end - 1] in ".!?" else -1
        for i in range(start, end):
            if i != keep:
                chars[i] = MASK
    return "".join(chars)
