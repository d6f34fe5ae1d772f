"""Reported speech: statements given without quotation marks, with the speaker and the content span.

Shapes (made-up examples):
- subject_verb_that:    "Holt said that the pier would open in May."
- according_to_before:  "According to Holt, the pier will open in May."
- according_to_after:   "The pier will open in May, according to Holt."
- content_then_verb:    "The pier will open in May, Holt said."  /  "..., said Holt."
"""

import re
from dataclasses import dataclass

from .attribution import _AUX, _phrase_after_verb
from .context import ParagraphContext
from .lexicon import REPORTING_CLAUSE_VERBS, verb_pattern
from .quotes import MASK
from .speakers import Speaker, SpeakerResolver, strip_appositive

_VERBS = verb_pattern(REPORTING_CLAUSE_VERBS)
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b", re.IGNORECASE)
_ACCORDING_START = re.compile(r"^\s*according to\s+(?P<np>[^,\x00]{2,120}?),\s+(?P<content>.+)$", re.IGNORECASE)
_ACCORDING_END = re.compile(r"^(?P<content>.+?),?\s+according to\s+(?P<np>[^,\x00]{2,120}?)[.!?]?\s*$", re.IGNORECASE)
_TRAILING_SUBJECT = re.compile(
    rf"^(?P<content>.+?),\s+(?P<np>[^,\x00]{{1,80}}?)\s+{_AUX}(?:{_VERBS})\b(?P<tail>[^,\x00]{{0,60}})[.!?]?\s*$",
    re.IGNORECASE,
)
_TRAILING_INVERTED = re.compile(
    rf"^(?P<content>.+?),\s+(?:{_VERBS})\s+(?P<np>[^,\x00]{{2,80}}?)(?:,[^\x00]{{0,120}})?[.!?]?\s*$",
    re.IGNORECASE,
)
# What may come between the verb and its reported clause: "in a statement", "on Tuesday", "reporters".
_BRIDGE = re.compile(
    r"^\s*(?:(?:in|on|at|during|via|to|over|after|before)\s+[^,\x00]{1,50}?\s+|(?:\w+\s+){0,4}?)?(?:that\s+|,\s+)",
    re.IGNORECASE,
)
_MIN_WORDS = 4


@dataclass
class Statement:
    text: str
    body_start: int
    body_end: int
    speaker: Speaker
    rule: str


class Reporter:
    """Finds reported statements paragraph by paragraph, naming speakers with the shared resolver."""

    def __init__(self, contexts: list[ParagraphContext], resolver: SpeakerResolver):
        self.contexts = contexts
        self.resolver = resolver

    def statements(self, ctx: ParagraphContext) -> list[Statement]:
        out = []
        for start, end in ctx.sentences:
            found = self._sentence(ctx, start, end)
            if found is not None:
                out.append(found)
        return out

    def _sentence(self, ctx: ParagraphContext, start: int, end: int) -> Statement | None:
        masked = ctx.masked[start:end].rstrip()
        if MASK in masked and masked.count(MASK) > 0.5 * len(masked):
            return None  # a quotation with its attribution: the quote rules have it
        for rule, pattern in (
            ("according_to_before", _ACCORDING_START),
            ("according_to_after", _ACCORDING_END),
            ("content_then_verb", _TRAILING_SUBJECT),
            ("content_then_verb_inverted", _TRAILING_INVERTED),
        ):
            m = pattern.match(masked)
            if m:
                np = m.group("np")
                np = strip_appositive(np) if rule == "content_then_verb" else _phrase_after_verb(np)
                made = self._make(ctx, start, m.start("content"), m.end("content"), np, start + m.start("np"), rule)
                if made:
                    return made
        for verb in _VERB_RE.finditer(masked):
            subject = masked[: verb.start()]
            if not subject.strip() or re.search(r"[\x00“”\"]", subject):
                continue
            bridge = _BRIDGE.match(masked[verb.end() :])
            content_start = verb.end() + (bridge.end() if bridge else 0)
            if not bridge and not re.match(r"^\s+[a-z]", masked[verb.end() :]):
                continue
            np = strip_appositive(re.sub(rf"\s+{_AUX}$", "", subject.rstrip()))
            made = self._make(ctx, start, content_start, len(masked), np, start + verb.start(), "subject_verb_that")
            if made:
                return made
            break
        return None

    def _make(self, ctx, sent_start, c_start, c_end, np, np_pos, rule) -> Statement | None:
        text = ctx.text[sent_start + c_start : sent_start + c_end]
        lead = len(text) - len(text.lstrip(" ,"))
        text = text.strip(" ,")
        text = re.sub(r"[.!?]+$", "", text).rstrip(" ,")
        if len(text.split()) < _MIN_WORDS or MASK in ctx.masked[sent_start + c_start : sent_start + c_start + 1]:
            return None
        np = np.strip(" ,")
        if not np or len(np.split()) > 10:
            return None
        speaker = self.resolver.from_phrase(np, ctx.base + np_pos, ctx.masked[:np_pos])
        if speaker is None or not speaker.name:
            return None
        body_start = ctx.base + sent_start + c_start + lead
        return Statement(text, body_start, body_start + len(text), speaker, rule)
