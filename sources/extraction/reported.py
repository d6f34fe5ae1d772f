"""Reported speech: statements given without quotation marks, with the speaker and the content span.

Shapes (made-up examples):
- subject_verb_that:    "Holt said that the pier would open in May."
- according_to_before:  "According to Holt, the pier will open in May."
- according_to_after:   "The pier will open in May, according to Holt."
- content_then_verb:    "The pier will open in May, Holt said."  /  "..., said Holt."
"""

import re
from dataclasses import dataclass

from .attribution import _AUX, _phrase_after_verb, trim_auxiliaries, verbs_in
from .context import ParagraphContext
from .lexicon import PARTIAL_VERBS, REPORTING_CLAUSE_VERBS, SPEECH_VERBS, VerbFinder, verb_pattern
from .names import find_mentions
from .quotes import MASK
from .speakers import Speaker, SpeakerResolver, strip_appositive

_VERBS = verb_pattern(REPORTING_CLAUSE_VERBS)
# Verbs whose addressee comes before the reported clause: "told reporters (that) ...".
_TAKES_OBJECT = {
    "told",
    "tells",
    "tell",
    "telling",
    "warned",
    "warns",
    "assured",
    "assures",
    "reminded",
    "reminds",
    "informed",
    "informs",
    "promised",
    "promises",
    "asked",
    "asks",
    "urged",
    "urges",
}
_ADDRESSEE = re.compile(
    r"^\s+(?:(?:the|a|an|his|her|their|its|my|our)\s+)?(?:[A-Z][\w.’'\-]*\s+){0,3}(?:(?!that\b)[a-z][\w\-]*)?"
)
# Any verb that reports what someone said or did with words also takes its object as content:
# "Roe criticized the pier plan", "Roe talked about the budget".
_VERB_RE = VerbFinder(REPORTING_CLAUSE_VERBS | SPEECH_VERBS | PARTIAL_VERBS)
_ACCORDING_START = re.compile(r"^\s*according to\s+(?P<np>[^,\x00]{2,120}?),\s+(?P<content>.+)$", re.IGNORECASE)
# "The pier, according to Roe, will open in May." -- the content is the whole sentence.
_ACCORDING_MIDDLE = re.compile(
    r"^(?P<content>.+?,\s+according to\s+(?P<np>[^,\x00]{2,80}?),\s+.+?)[.!?]?\s*$", re.IGNORECASE
)
_ACCORDING_END = re.compile(r"^(?P<content>.+?),?\s+according to\s+(?P<np>[^,\x00]{2,120}?)[.!?]?\s*$", re.IGNORECASE)
# The comma may sit inside a closing mark some outlets print as two apostrophes: "...,'' Roe said."
_COMMA = r",(?:''|’’|[’'])?\s+"
# What may follow a trailing "Roe said": when, where or to whom, never a clause of its own.
_TAIL = (
    r"(?:\s+(?:reporters|journalists|lawmakers|supporters|(?-i:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})))?"
    r"(?:\s+(?:on|in|at|during|after|before|to|from|with|via|by|last|this|earlier|later|yesterday|today|"
    r"tonight|recently|when|while|as|about|of|in\s+an?|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b[^,\x00]{0,60})?"
    r"(?:,\s+(?:adding|noting|saying|naming|referring|explaining|according|as|while|when|who|which|before|after|"
    r"wiping|pointing|citing)\b[^\x00]{0,160})?"
)
# The source of a trailing attribution, with at most one appositive: "Jane Roe, a pollster,".
_SOURCE = r"[^,\x00]{1,60}?(?:,\s+[^,\x00]{1,80},)?"
_TRAILING_SUBJECT = re.compile(
    rf"^(?P<content>.+?){_COMMA}(?P<np>{_SOURCE})\s+{_AUX}(?:{_VERBS}|(?-i:[a-z]+ed))\b"
    rf"(?P<tail>{_TAIL})[.!?]?\s*$",
    re.IGNORECASE,
)
_TRAILING_INVERTED = re.compile(
    rf"^(?P<content>.+?){_COMMA}(?:{_VERBS})\s+(?P<np>[^,\x00]{{2,80}}?)(?:,[^\x00]{{0,220}})?[.!?]?\s*$",
    re.IGNORECASE,
)
# "The pier, Roe said, will open in May." -- the attribution in the middle; the content is the sentence.
_MIDDLE_SUBJECT = re.compile(
    rf"^(?P<content>(?P<head>.+?){_COMMA}(?P<np>{_SOURCE})\s+{_AUX}(?:{_VERBS})\s*,(?:''|’’)?\s+.+?)[.!?]?\s*$",
    re.IGNORECASE,
)
# What may come between the verb and its reported clause: "in a statement", "on Tuesday", "reporters".
_BRIDGE = re.compile(
    r"^\s*(?:(?:in|on|at|during|via|to|over|after|before)\s+[^,\x00]{1,50}?\s+"
    # A few words, but not a clause of its own ("said it is no surprise that ..."): no subject pronoun or verb.
    r"|(?:(?!(?:it|he|she|they|we|i|you|there|is|was|are|were|be|been|not|has|have|had|will|would|could|should|"
    r"can|may|might)\b)\w+\s+){0,4}?)?(?:that\s+|,\s+(?!and\b))",
    re.IGNORECASE,
)
# Even two words can be what someone announced or criticised ("his resignation"); such short contents
# get a lower confidence so that reviewers meet them last.
_MIN_WORDS = 2
_LONGEST_SENTENCE = 2000
# A content that is only a place or a time: "(said) in Tallinn on Thursday."
_WHERE_OR_WHEN = re.compile(
    r"^\s*(?:(?:in|on|at|during|after|before|last|this|from|outside|late|early)\s+[^,;\x00“”\"]*?)+"
    r"[.!?]?\s*$"
)
# "Roe's claim that the pier is safe", "Roe's criticism of the plan": a noun of saying owned by a source.
_POSSESSIVE_CUE = re.compile(
    r"(?P<np>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*)[’']s?\s+(?:[a-z]+\s+)?"
    r"(?:announcement|claim|assertion|criticism|statement|comments?|remarks?|argument|suggestion|promise|pledge|"
    r"call|proposal|warning|description|characterization|accusation|allegation|denial|praise|defen[cs]e|"
    r"rejection|endorsement|insistence|admission|vow|threat|demand|plea|argument|contention|prediction|"
    r"assessment|explanation|complaint|charge|rebuke|response|reply|answer|message|tweet|speech)s?\s+"
    r"(?:of|that|about|on|for|against|to)\s+(?P<content>[^,;:\x00“”\"]{3,200})"
)
_SHORT_WORDS = 4
# A determiner or adjective right before a cue word makes it a noun ("no doubt", "the call").
_NOUN_USE = re.compile(
    r"\b(?:a|an|the|little|no|any|some|his|her|their|its|our|my|this|that|of|much|more)\s*$", re.IGNORECASE
)


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
        out: list[Statement] = []
        for start, end in ctx.sentences:
            out.extend(self._sentence(ctx, start, end))
        return out

    def _sentence(self, ctx: ParagraphContext, start: int, end: int) -> list[Statement]:
        if end - start > _LONGEST_SENTENCE:
            return []  # no sentence is this long: an unpunctuated export, not prose to read statements from
        masked = ctx.masked[start:end].rstrip()
        if MASK in masked and masked.count(MASK) > 0.6 * len(masked):
            return []  # a quotation with its attribution: the quote rules have it
        found: list[Statement] = []
        verbs = list(verbs_in(_VERB_RE, masked))
        # The shaped patterns below are costly; a sentence with no cue at all cannot match them.
        trailing = (
            ("according_to_before", _ACCORDING_START),
            ("according_to_after", _ACCORDING_END),
            ("content_then_verb", _TRAILING_SUBJECT),
            ("content_then_verb_inverted", _TRAILING_INVERTED),
            ("attribution_in_middle", _MIDDLE_SUBJECT),
            ("according_to_middle", _ACCORDING_MIDDLE),
        )
        if not verbs and "ccording to" not in masked and not re.search(r"[a-z]ed\b", masked):
            trailing = ()
        for rule, pattern in trailing:
            m = pattern.match(masked)
            if m:
                np = m.group("np")
                if rule == "content_then_verb_inverted" and (len(np.split()) > 8 or re.search(r"\bthat\b", np)):
                    continue  # ", told Fox News on Sunday that ...": a reported clause, not a trailing source
                np = _phrase_after_verb(np) if rule == "content_then_verb_inverted" else strip_appositive(np)
                made = self._make(ctx, start, m.start("content"), m.end("content"), np, start + m.start("np"), rule)
                if made and rule != "attribution_in_middle" and re.match(r"(?:''|[“\"])", made.text):
                    # A quotation with its attribution at the end: the quoted sentences after it go on.
                    made = self._run_on(ctx, made, end)
                if made:
                    # The sentence may hold other statements too ("..., and Roe says ..."): keep looking.
                    found.append(made)
                    break
        for m in _POSSESSIVE_CUE.finditer(masked):
            made = self._make(
                ctx, start, m.start("content"), m.end("content"), m.group("np"), start + m.start(), "possessive_noun"
            )
            if made is not None:
                found.append(made)
        for verb in verbs:
            made = self._after_verb(ctx, start, masked, verb, found)
            if made is not None and not any(_inside(made, f) for f in found):
                found.append(made)
        return found

    def _run_on(self, ctx: ParagraphContext, statement: Statement, sent_end: int) -> Statement:
        """ "''We lost,'' Roe said. ''It hurts.''": quoted sentences right after the attribution go on
        with the same speaker's words, so the statement takes them in."""
        end = sent_end
        for start, stop in ctx.sentences:
            if start < end:
                continue
            if start != end or not re.match(r"\s*(?:''|[“\"])", ctx.text[start:stop]):
                break
            end = stop
        if end == sent_end:
            return statement
        # Offsets stay exact: the statement now runs to the end of the last quoted sentence.
        text = ctx.text[statement.body_start - ctx.base : sent_end + len(ctx.text[sent_end:end].rstrip())]
        return Statement(
            text, statement.body_start, statement.body_start + len(text), statement.speaker, statement.rule
        )

    def _after_verb(self, ctx, start, masked, verb, found) -> Statement | None:
        """ "Holt said (that) the pier would open", "Holt told reporters the pier would open"."""
        # The verb's clause: after a semicolon or colon; quoted words inside it are squeezed out
        # ("Jane Roe, the hacker known as “Ghost,” stated that ...").
        subject = re.split(r"[;:]|\s[-–—]\s", masked[: verb.start()])[-1]
        subject = re.sub(r"[“”\"]?\x00+[“”\"]?", " ", subject)
        subject = re.sub(r"\s*\([^()]*\)", "", subject)  # "(a Democrat from Ohio)"
        if not subject.strip() or _NOUN_USE.search(subject):
            return None  # "left little doubt that", "the report said": the cue word is a noun here
        content_start = verb.end()
        rest = masked[verb.end() :]
        if verb.group().lower() in _TAKES_OBJECT:
            addressee = _ADDRESSEE.match(rest)
            if addressee:
                content_start += addressee.end()
                rest = masked[content_start:]
        addressed = content_start != verb.end()
        bridge = _BRIDGE.match(rest)
        if bridge:
            content_start += bridge.end()
        elif not re.match(r"^\s+\S", rest):
            return None
        if re.search(r"(?:,|\band|\bbut)\s*$", subject) and verb.group().endswith("ing") and found:
            # "..., adding that ...": the participle's subject is the statement's speaker before it.
            speaker = found[-1].speaker
            return self._make(ctx, start, content_start, len(masked), "", start + verb.start(), "participle", speaker)
        if re.search(r"\b(?:and|but)\b[^,]{0,30}$", subject) or (
            verb.group().endswith("ing")
            and re.search(r"(?:\b(?:after|before|by|while|when|in|since)|[,\-–—])\s*$", subject)
        ):
            # "..., and the council said ...": a subject of its own after the conjunction comes first.
            own = re.search(r"\b(?:and|but)\s+(?P<np>[^,]{1,40}?)\s*$", subject)
            if own and not re.match(r"(?:then|also|later|now|on|in|at|last|this)\b", own.group("np")):
                made = self._make(
                    ctx,
                    start,
                    content_start,
                    len(masked),
                    trim_auxiliaries(own.group("np")),
                    start + own.start("np"),
                    "subject_verb_that",
                )
                if made is not None:
                    return made
            # "Roe welcomed the plan and said ...": the subject opens the sentence.
            head = re.match(
                r"^\s*(?:(?:Yet|But|And|Still|So|Now|Then)\s+)?(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w.’'\-]*\s+){0,5}"
                r"[A-Z][\w’'\-]*|[Hh]e|[Ss]he)\b",
                subject,
            )
            if head is None:
                # "One of the voters, Jane Roe, 70, had served ... and said": the first name among the first words.
                first = next((m for m in find_mentions(subject[:120], 0) if m.kind == "person"), None)
                if first is None:
                    return None
                return self._make(
                    ctx, start, content_start, len(masked), first.name, start + first.start, "coordinated"
                )
            return self._make(
                ctx, start, content_start, len(masked), head.group("np"), start + head.start("np"), "coordinated"
            )
        if addressed and len(masked[content_start:].split()) < 3:
            return None  # "told a news briefing.": the rest is where it was said, not what
        if _WHERE_OR_WHEN.match(masked[content_start:]):
            return None  # "told reporters in Tallinn on Thursday."
        np = strip_appositive(trim_auxiliaries(subject))
        return self._make(ctx, start, content_start, len(masked), np, start + verb.start(), "subject_verb_that")

    def _make(self, ctx, sent_start, c_start, c_end, np, np_pos, rule, speaker=None) -> Statement | None:
        text = ctx.text[sent_start + c_start : sent_start + c_end]
        lead = len(text) - len(text.lstrip(" ,"))
        text = text.strip(" ,")
        text = re.sub(r"[.!?]+$", "", text).rstrip(" ,")
        if len(text.split()) < _MIN_WORDS or MASK in ctx.masked[sent_start + c_start : sent_start + c_start + 1]:
            return None
        if speaker is None:
            np = np.strip(" ,")
            if len(np.split()) > 10:
                # "In a recent interview with a weekly, Ambassador Jane Roe said": the name next to the verb.
                tail = re.search(r"(?:[A-Z][\w.’'\-]*\s+){0,5}[A-Z][\w’'\-]*$", np)
                np = tail.group() if tail else ""
            if not np:
                return None
            prior = None
            if ctx.index > 0:
                prev = self.contexts[ctx.index - 1]
                prior = (prev.masked, prev.base)
            speaker = self.resolver.from_phrase(np, ctx.base + np_pos, ctx.masked[:np_pos], prior)
        if speaker is None or not speaker.name:
            return None
        body_start = ctx.base + sent_start + c_start + lead
        return Statement(text, body_start, body_start + len(text), speaker, rule)


def _inside(statement: Statement, other: Statement) -> bool:
    """The same speaker's statement already holds this span: "The pier, Roe said, will open." once."""
    return (
        other.body_start <= statement.body_start
        and statement.body_end <= other.body_end
        and other.speaker.name == statement.speaker.name
    )
