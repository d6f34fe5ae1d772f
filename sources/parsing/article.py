"""The parsed form of an article: metadata plus body paragraphs that keep their source offsets."""

import bisect
import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph; ``source[start:start + len(text)] == text`` for plain-text sources."""

    text: str
    start: int


@dataclass
class ParsedArticle:
    """An article reduced to what extraction needs: title, date, outlet, byline and body paragraphs."""

    title: str | None = None
    published: datetime.date | None = None
    outlet: str | None = None
    byline: str | None = None
    language: str = "en"
    url: str | None = None  # the page's canonical address, for saved web pages
    paragraphs: list[Paragraph] = field(default_factory=list)
    # Photo captions: never body text, but they name people with their titles ("President Jane Roe").
    captions: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return PARAGRAPH_SEPARATOR.join(p.text for p in self.paragraphs)

    def body_starts(self) -> list[int]:
        """Offset of each paragraph in ``body``."""
        starts, pos = [], 0
        for p in self.paragraphs:
            starts.append(pos)
            pos += len(p.text) + len(PARAGRAPH_SEPARATOR)
        return starts

    def to_body_offset(self, source_offset: int) -> int | None:
        """Map an offset in the source text to the same character in ``body`` (None outside the body)."""
        sources = [p.start for p in self.paragraphs]
        i = bisect.bisect_right(sources, source_offset) - 1
        if i < 0:
            return None
        p = self.paragraphs[i]
        delta = source_offset - p.start
        # The offset just past a paragraph's last character is still "in" it (an exclusive end).
        if delta > len(p.text):
            return None
        return self.body_starts()[i] + delta

    def to_source_offset(self, body_offset: int, starts: list[int] | None = None) -> int | None:
        """Inverse of ``to_body_offset``: None when the body offset falls on a paragraph separator.

        ``starts`` is ``body_starts()`` when the caller already has it (one per article, not per offset).
        """
        starts = self.body_starts() if starts is None else starts
        i = bisect.bisect_right(starts, body_offset) - 1
        if i < 0:
            return None
        delta = body_offset - starts[i]
        if delta > len(self.paragraphs[i].text):
            return None
        return self.paragraphs[i].start + delta


# Body paragraphs are joined with a blank line, the way the plain-text sources separate them.
PARAGRAPH_SEPARATOR = "\n\n"
