"""What the rules see of one paragraph: its text, the text with quoted words masked, sentences."""

import re
from dataclasses import dataclass, field

from .lexicon import SPEECH_VERBS, verb_pattern
from .quotes import MASK
from .sentences import sentence_at, sentence_spans

SPEECH = verb_pattern(SPEECH_VERBS)
# How far from a quotation the rules look for its attribution, in characters.
_WINDOW = 400
# A transcript line: "ROE: ..." or "Q: ..." at the start of a paragraph.
TRANSCRIPT_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z.'\- ]{0,30}[A-Z.]|Q|A)\s*:\s+")


@dataclass
class ParagraphContext:
    """One body paragraph as the rules read it: text, quote-masked text, sentences, transcript label."""

    index: int
    text: str
    masked: str
    base: int  # body offset of the paragraph's first character
    sentences: list[tuple[int, int]] = field(default_factory=list)
    label: str | None = None  # transcript speaker label, when the paragraph has one
    label_end: int = 0  # where the line's words begin, after the label, its colon and the space

    @classmethod
    def build(cls, index: int, text: str, masked: str, base: int) -> "ParagraphContext":
        ctx = cls(index, text, masked, base, sentence_spans(masked))
        m = TRANSCRIPT_LABEL.match(text)
        if m:
            ctx.label, ctx.label_end = m.group("label").strip(), m.end()
        return ctx

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``, cut to a window of it: an unpunctuated wall of text (a broken
        export) must not make every rule read the whole paragraph."""
        start, end = sentence_at(self.sentences, pos)
        return max(start, pos - _WINDOW), min(end, pos + _WINDOW)


def squeeze(text: str) -> str:
    """Masked text with each run of masked characters shrunk to a space: what a phrase rule reads."""
    return _MASKED_RUN.sub(" ", text)


# (One masked character, then any more: the engine skips to the first as to a literal prefix.)
_MASKED_RUN = re.compile(f"{MASK}{MASK}*")
