"""Sentence boundaries in a quote-masked paragraph (abbreviations such as "Mr." do not end one)."""

import re
from collections.abc import Iterator

from .lexicon import ABBREVIATIONS

# A sentence ends at . ! or ? (with any closing marks, "''" included) before a capital or an opening mark.
_END = re.compile(r"[.!?][”\"’')\x00]*\s+(?=[“\"‘'(\x00]*[A-Z0-9“\"\x00])")


def _ends(masked: str) -> Iterator[re.Match]:
    """_END.finditer(masked): the pattern matched at each full stop, exclamation or question mark,
    found by str.find, where the pattern's own scan tests every character."""
    stops: list[int] = []
    for stop in ".!?":
        at = masked.find(stop)
        while at != -1:
            stops.append(at)
            at = masked.find(stop, at + 1)
    stops.sort()
    after = 0
    for at in stops:
        if at < after:
            continue  # inside the last match (its closing marks), where finditer does not look again
        m = _END.match(masked, at)
        if m:
            after = m.end()
            yield m


def sentence_spans(masked: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in the paragraph."""
    spans, start = [], 0
    for m in _ends(masked):
        head = masked[max(0, m.start() - 12) : m.start() + 1]
        if masked[m.start()] == "." and ABBREVIATIONS.search(head):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(masked):
        spans.append((start, len(masked)))
    return spans


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= pos < end:
            return start, end
    return spans[-1] if spans else (0, 0)
