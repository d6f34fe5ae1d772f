"""Reported speech: statements given without quotation marks, with the speaker and the content span.

An ordered table of rules (``REPORTED_RULES``), each opening its docstring with a made-up example:
first the sentence shapes (the first that fits wins), then nouns of saying, then each cue verb.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import rules as r
from .context import ParagraphContext
from .lazy import cached_property
from .lexicon import (
    OBJECT_IS_A_DEED,
    OBJECT_IS_CONTENT,
    OBJECT_IS_NO_STATEMENT,
    ORG_ROLE_NOUNS,
    PARTIAL_VERBS,
    PERSON_ROLE_NOUNS,
    PREPOSITION_CONTENT,
    REPORTING_CLAUSE_VERBS,
    SAYING_CLAUSE_VERBS,
    SAYING_PARTICIPLES,
    SPEECH_VERBS,
    VerbFinder,
    VerbHit,
    verb_pattern,
    word_alternation,
)
from .names import find_mentions
from .phrases import AUX, may_end_on_word, phrase_after_verb, trim_auxiliaries, verbs_in
from .quotes import MASK
from .rules import Rule, narrowed
from .speakers import Speaker, SpeakerResolver, Sure, strip_appositive

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
    r"^\s+(?:(?:the|a|an|his|her|their|its|my|our)\s+)?(?:[A-Z][\w.’'\-]*\s+){0,3}"
    # ... then maybe one lowercase word ("reporters"), but not the reported clause's own subject ("she").
    r"(?:(?!(?:that|he|she|they|it|we|i|you|there)\b)[a-z][\w\-]*)?"
)
# Any verb that reports what someone said or did with words also takes its object as content:
# "Roe criticized the pier plan", "Roe talked about the budget".
_VERB_RE = VerbFinder(REPORTING_CLAUSE_VERBS | SPEECH_VERBS | PARTIAL_VERBS)
_ACCORDING_TO = re.compile(r"according to", re.IGNORECASE)
_ACCORDING_START = re.compile(r"^\s*according to\s+(?P<np>[^,\x00]{2,120}?),\s+(?P<content>.+)$", re.IGNORECASE)
# "The pier, according to Roe, will open in May." -- the content is the whole sentence.
_ACCORDING_MIDDLE = re.compile(
    r"^(?P<content>.+?(?P<comma>,)\s+according to\s+(?P<np>[^,\x00]{2,80}?),\s+(?P<rest>.+?))[.!?]?\s*$",
    re.IGNORECASE,
)
_ACCORDING_END = re.compile(r"^(?P<content>.+?),?\s+according to\s+(?P<np>[^,\x00]{2,120}?)[.!?]?\s*$", re.IGNORECASE)
# The comma may sit inside a closing mark some outlets print as two apostrophes: "...,'' Roe said."
_COMMA = r"(?:,(?:''|’’|[’'”\"])?|(?<=\x00)(?:[”\"]|''))\s+"
# What may follow a trailing "Roe said": when, where or to whom, never a clause of its own.
_TAIL = (
    r"(?:\s+(?:reporters|journalists|lawmakers|supporters|(?-i:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})))?"
    r"(?:\s+(?:on|in|at|during|after|before|to|from|with|via|by|last|this|earlier|later|yesterday|today|"
    r"tonight|recently|when|while|as|about|of|in\s+an?|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b[^,\x00]{0,60})?"
    r"(?:,\s+(?:adding|noting|saying|naming|referring|explaining|according|as|while|when|who|which|before|after|"
    r"wiping|pointing|citing|drawing|clutching|sounding|repeating|suggesting|holding|talking|describing|speaking|"
    r"reflecting|responding|calling|urging|praising|warning|insisting|arguing|stressing|recalling|echoing)\b.{0,220})?"
)
# The source of a trailing attribution, with at most one appositive: "Jane Roe, a pollster,".
_SOURCE = r"[^,\x00]{1,60}?(?:,\s+[^,\x00]{1,80},)?"


def _verb_somewhere(verb_onwards: str) -> str:
    """A lookahead for a shape's verb and what must follow it, wherever the verb is.

    A shape costs most in the sentences it fails on, where it tries a source at every comma; most
    of those have no verb that ends the sentence (or is followed by a comma) at all, which one
    scan ahead tells. The verb of each shape follows a space, so the lookahead finds it wherever the
    shape could; it steps from space to space, not from character to character.
    """
    return rf"(?=(?:\S*+\s)+?{verb_onwards})"


_TRAILING_SUBJECT = re.compile(
    "^"
    + _verb_somewhere(rf"(?:{_VERBS})\b{_TAIL}[.!?]?\s*$")
    + rf"(?P<content>.+?){_COMMA}(?P<np>{_SOURCE})\s+{AUX}(?:{_VERBS})\b"
    rf"(?P<tail>{_TAIL})[.!?]?\s*$",
    re.IGNORECASE,
)
_TRAILING_INVERTED = re.compile(
    rf"^(?P<content>.+?){_COMMA}(?P<verb>{_VERBS})\s+(?P<np>[^,\x00]{{2,80}}?)(?:,[^\x00]{{0,220}})?[.!?]?\s*$",
    re.IGNORECASE,
)
# "The pier, Roe said, will open in May." -- the attribution in the middle; the content is the sentence.
_MIDDLE_SUBJECT = re.compile(
    "^"
    + _verb_somewhere(rf"(?:{_VERBS})\s*,")
    + rf"(?P<content>(?P<head>.+?){_COMMA}(?P<np>{_SOURCE})\s+{AUX}(?:{_VERBS})\s*,(?:''|’’)?\s+"
    rf"(?P<rest>.+?))[.!?]?\s*$",
    re.IGNORECASE,
)
# What each of the costly shapes needs at its verb, tried at the verbs' places only (ReportSite.verb_starts):
# most sentences have none that fits, which these tell faster than the whole pattern's own search.
_SPACE_BEFORE_VERB = re.compile(rf"\s(?=(?:{_VERBS})\b)")
_VERB_ENDS_SENTENCE = re.compile(rf"(?:{_VERBS})\b{_TAIL}[.!?]?\s*$", re.IGNORECASE)
_VERB_THEN_COMMA = re.compile(rf"(?:{_VERBS})\s*,")
_VERB_THEN_SPACE = re.compile(rf"(?:{_VERBS})\s")
# The last character of _COMMA, before its spaces.
_COMMA_ENDS = (",", "'", "’", "”", '"')


def _verb_after_comma(masked: str, at: int) -> bool:
    """_TRAILING_INVERTED's verb at ``at``: right after a comma (or closing mark) and spaces, then a space."""
    return masked[:at].rstrip()[-1:] in _COMMA_ENDS and _VERB_THEN_SPACE.match(masked, at) is not None


_SHAPE_VERBS: dict[int, Callable[[str, int], object]] = {
    id(_TRAILING_SUBJECT): _VERB_ENDS_SENTENCE.match,
    id(_MIDDLE_SUBJECT): _VERB_THEN_COMMA.match,
    id(_TRAILING_INVERTED): _verb_after_comma,
}
# What may come between the verb and its reported clause: "in a statement", "on Tuesday", "reporters".
_BRIDGE = re.compile(
    # "testified, for example, that ...": an aside between commas, then "that".
    r"^\s*,\s+(?:for\s+example|for\s+instance|however|in\s+fact|though|too|also|again|in\s+particular|of\s+course|"
    r"in\s+turn|at\s+least|once\s+again|instead)\s*,\s+that\s+(?![-–—])"
    r"|^\s*(?:(?:in|on|at|during|via|to|over|after|before)\s+[^,\x00]{1,50}?\s+"
    # A few words, but not a clause of its own ("said it is no surprise that ..."): no subject pronoun or verb.
    r"|(?:(?!(?:it|he|she|they|we|i|you|there|is|was|are|were|be|been|not|has|have|had|will|would|could|should|"
    r"can|may|might)\b)\w+\s+){0,4}?)?(?:that\s+|,\s+(?!and\b)|:\s*(?=''))"
    # "said of Mr. Roe: ''...''", "tweeted in response: ''...''": where, when or of whom, then the quotation.
    r"|^\s*(?:in|on|at|during|via|to|after|of)\s+[^,:\x00]{1,50}?:\s*(?='')",
    re.IGNORECASE,
)
# The day the words were said, right before a clause opening on a pronoun ("said Thursday he would leave",
# "told reporters on Monday they were ready"): the day is the writer's, the clause the statement.
_DAY = (
    r"(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"(?:last|this|earlier\s+this|later\s+that)\s+week)(?:\s+(?:night|morning|afternoon|evening))?"
)
# ... or where, and maybe when: "said in a statement Thursday night they ...".
_WHEN_THEN_CLAUSE = re.compile(
    rf"\s+(?:{_DAY}|in\s+an?\s+(?:[\w\-]+\s+){{0,2}}?(?:statement|interview)(?:\s+{_DAY})?)"
    r"(?=\s+(?:he|she|it|they|we|I|there)\s)"
)
# Even two words can be what someone announced or criticised ("his resignation"); such short contents
# get a lower confidence so that reviewers meet them last.
_MIN_WORDS = 2
_LONGEST_SENTENCE = 2000
# A verb's complement that opens on a preposition or an infinitive is no reported clause.
_NOT_A_CLAUSE = re.compile(
    r"\s*(?:to|by|about|for|with|of|on|in|at|during|from|as|into|over|after|before|little|nothing)\b"
)
_MANNER_THEN_PREPOSITION = re.compile(r"\s*[a-z]+ly\s+(?:to|about|into|on|in|at|during|with|for|from)\b")
# A content that is only a place or a time: "(said) in Tallinn on Thursday."
_WHERE_OR_WHEN = re.compile(
    r"^\s*(?:(?:in|on|at|during|after|before|last|this|from|outside|late|early)\s+[^,;\x00“”\"]*?)+"
    r"[.!?]?\s*$"
)
_SHORT_WORDS = 4
# A content that is only a subordinate clause or a phrase of time, place or manner is the writer's
# scene-setting ("While ...", "Even before ...", "With 20 seats at stake, ..."), never the statement
# of the subject after it.
_ADVERBIAL_OPENING = re.compile(
    r"^\s*(?:(?:and|but|yet|so|even|still|just|only)\s+)?(?:while|when|whereas|although|though|because|since|"
    r"after|before|until|once|as|if|unless|with|without|despite|during|in|on|at|by|for|amid|following)\b",
    re.IGNORECASE,
)
# Cue words news writing uses as nouns far more than as verbs: "swing states", "New York state".
_MOSTLY_NOUNS = {"state", "states"}
# A determiner or adjective right before a cue word makes it a noun ("no doubt", "the call").
_NOUN_MARKERS: tuple[str, ...] = (
    *("a", "an", "the", "little", "no", "any", "some", "his", "her", "their", "its", "our", "my", "this"),
    *("that", "of", "much", "more"),
)
_NOUN_USE = re.compile(rf"\b(?:{'|'.join(_NOUN_MARKERS)})\s*$", re.IGNORECASE)
_LONGEST_NOUN_MARKER = max(map(len, _NOUN_MARKERS))


_ADVERB_AT_END = re.compile(
    r"(?:\bnewly|[a-z]{2,}(?:ally|ately|ingly|edly|ently|antly|ously|ively|fully|lessly|ably|ibly))$"
)


def _noun_use(subject: str) -> bool:
    """The subject ends on a noun marker: _NOUN_USE searched from where its longest marker could start,
    not along the whole sentence before the verb (the rules ask this of every cue verb)."""
    tail = subject.rstrip()
    if tail.endswith("ly") and _ADVERB_AT_END.search(tail):
        # "in the face of recently announced layoffs": an adverb between the marker and the participle
        # ("the rally denounced": a noun, no adverb).
        tail = tail[: tail.rfind(" ") + 1].rstrip()
    if not may_end_on_word(tail, _NOUN_MARKERS):
        return False
    return bool(_NOUN_USE.search(tail, max(0, len(tail) - _LONGEST_NOUN_MARKER)))


@dataclass
class Statement:
    text: str
    body_start: int
    body_end: int
    speaker: Speaker
    rule: Rule
    # The content holds quoted words. With words of the writer's around them it is one claim, the
    # statement with the quotation inside it; with none ("Roe said “the pier is safe.”"), it is the quotation.
    quoted: bool = False
    # Words of the writer's outside the quotation marks.
    words_outside: bool = True
    # "Roe used the speech to ...": the subject did something and said nothing. It is no claim, but it
    # names who acts, so that a "she" after it can stand for Roe.
    deed: bool = False

    @property
    def paraphrased(self) -> bool:
        """A claim of its own: not all quotation (that is the quote's claim) and not a deed."""
        return self.words_outside and not self.deed

    @property
    def confidence(self) -> float:
        # A paraphrase of two or three words ("denied it") is the least sure of all: reviewers meet it last.
        short = _SHORT_CONTENT if len(self.text.split()) < _SHORT_WORDS and not _SHORT_CLAUSE.match(self.text) else 1.0
        # The rule's measured accuracy, lowered by how the source was named (a full name keeps it whole).
        # A party or community named as such ("Democrats said") speaks as surely as a name: on
        # polnear-train such statements were right 0.72 of the time.
        named_group = (
            self.speaker.kind == "group" and self.speaker.how == "group" and " " not in (self.speaker.name or " ")
        )
        source = 1.0 if named_group else min(1.0, self.speaker.confidence / Sure.FULL_NAME)
        return self.rule.confidence * source * short


_SHORT_CONTENT = 0.75
# ... but a short clause, a subject and its finite verb ("it would cooperate", "the deal was off"), says as
# much as a long one.
_FINITE_AUX = r"(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|did|does|do|[a-z]+n[’']t)"
# (After a noun the verb needs its own words: "Chinese might" is a noun phrase.)
_SHORT_CLAUSE = re.compile(
    rf"(?:he|she|it|they|we|I|you)\s+(?:not\s+)?(?:{_FINITE_AUX}|(?-i:[a-z]+ed))\b"
    rf"|(?:the\s+)?[\w’'\-]+\s+(?:not\s+)?{_FINITE_AUX}\s+\S",
    re.IGNORECASE,
)
_PROXY_WORDS = (
    "statement|spokesman|spokeswoman|spokesperson|representative|release|report|letter|memo|post|tweet|notice"
)
_PARAPHRASE_WORD = re.compile(r"[A-Za-z][A-Za-z]+")  # (opening on a class, the engine skips to it)
# Small patterns the rules run on every sentence or cue verb, compiled once.
_OPENS_QUOTED = re.compile(r"(?:''|[“\"])")
_OPENS_QUOTED_AFTER_SPACE = re.compile(r"\s*(?:''|[“\"])")
_THAT = re.compile(r"\bthat\b")
_WRITER_GOES_ON = re.compile(r"(?:[a-z]+ing|and|but)\b")
_WRITER_GOES_ON_PARTICIPLE = re.compile(r"(?:[a-z]+(?:ing|ed|en)|and|but)\b")
_CLAUSE_OPENING = re.compile(r"[;:]|\s[-–—]\s")
# A quotation, then its source right before the verb: "“We lost,” Roe, a pilot, " or "''We lost,'' Roe ".
_QUOTATION_THEN_SOURCE = re.compile(
    r"^\s*(?:[“\"]?\x00+[”\"]?|''[^\x00]*?[,?!]'')\s*(?:''\s*)?(?:(?!\b(?:who|whom|which|that|and|but)\b)[^\x00;:])*$"
)
_QUOTED_WORDS = re.compile(r"[“”\"]?\x00+[“”\"]?")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
# An aside between two dashes (or double hyphens) right before the verb, that describes the subject ("--
# whose father built the pier --"); one that opens on a name may be the subject's name ("A pilot -- Mina Holt --").
# (Some outlets print the dash as a hyphen between spaces: "Jon Reed, a pilot - whose father built it - said".)
_DASHED_ASIDE = re.compile(
    r"\s+(?:--|[—–]|-(?=\s))\s+[a-z](?:(?!--|[—–]|\s-\s)[^\x00])*?\s+(?:--|[—–]|-(?=\s))"
    r"(?=\s+(?:(?:has|had|have|also|then|later|[a-z]+ly)\s+)*$)"
)
_MORE_WORDS = re.compile(r"^\s+\S")
_ENDS_ON_LINK = re.compile(r"(?:,|\band|\bbut)\s*$")
# (Each word's "\b" is a lookbehind after it: opening on letters, the pattern skips to them.)
_AFTER_CONJUNCTION = re.compile(r"(?:and(?<!\wand)|but(?<!\wbut))\b[^,]{0,30}$")
# A conjunction, then a new subject right before the verb: "..., and Doe said", "... but she has said". The
# words before it end on a lowercase word ("the pier and Doe said"), never a name ("Roe and Doe said").
_OWN_SUBJECT = re.compile(
    r"(?:(?P<comma>,)|\b(?!(?:he|she|it|we|they|i|you|him|her|them|both|either)\b)[a-z][\w’'\-]*)\s+(?:and|but)\s+(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z][\w’'\-]*\s+){0,2}"
    # ... or a body named with "the": "..., and the Harbour Safety Board has said".
    r"[A-Z][\w’'\-]*|the\s+(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*|he|she)(?:\s+(?:has|had|also|later|then|[a-z]+ly))*\s*$"
)
_ENDS_ON_SUBORDINATOR = re.compile(r"(?:\b(?:after|before|by|while|when|in|since)|[,\-–—])\s*$")
_ENDS_ON_THAT = re.compile(r"\bthat\s*$")
_FINAL_STOPS = re.compile(r"[.!?][.!?]*$")  # (opening on a class, the engine skips to it)
# A capitalised subordinator or conjunction opens a clause, not a name: "... in the U.S. While Roe".
_CAPITALISED_TAIL = re.compile(
    r"(?:(?!(?:While|When|Whereas|Although|Though|Because|Since|If|As|After|Before|Until|Once|Unless|And|But|So|"
    r"Yet|Or|Nor|Then|Now)\b)[A-Z][\w.’'\-]*\s+){0,5}[A-Z][\w’'\-]*$"
)


_QUOTE_MARKS = re.compile(r"[“”\"]")


def _quote_left_open(text: str) -> bool:
    """A quotation opened in ``text`` and not closed. A straight mark closes an open one: some outlets
    close a curly quotation on it (“good corporate citizen," who ...)."""
    if "“" not in text and '"' not in text:
        return False
    open_ = False
    for mark in _QUOTE_MARKS.findall(text):
        open_ = mark == "“" or (mark == '"' and not open_)
    return open_


class ReportSite:
    """One sentence as the reported-speech rules read it, with the statements found in it so far."""

    def __init__(self, reporter: "Reporter", ctx: ParagraphContext, start: int, end: int):
        self.reporter = reporter
        self.ctx = ctx
        self.start = start
        self.end = end
        self.masked = ctx.masked[start:end].rstrip()
        self.verbs = list(verbs_in(_VERB_RE, self.masked))
        self.found: list[Statement] = []
        self._matches: dict[int, re.Match | None] = {}

    @cached_property
    def according(self) -> bool:
        """Every "according to" shape needs the words themselves (matched as they do, ignoring case).
        Asked only of the sentences the shapes are tried on."""
        # (Ignoring case, only the dotted and dotless capital and small I beyond ASCII match a letter of
        # the words: without those, the lowercased sentence tells.)
        if "according to" in self.masked.lower():
            return True
        return ("\u0130" in self.masked or "\u0131" in self.masked) and bool(_ACCORDING_TO.search(self.masked))

    def match(self, pattern: re.Pattern) -> re.Match | None:
        """``pattern.match`` of the sentence, once: a shape rule checks its costly pattern's match
        before handing it to ``_shape``, which would otherwise run it again."""
        # Keyed by id: hashing a compiled pattern hashes its whole program, and these hold every verb.
        key = id(pattern)
        if key not in self._matches:
            verb_fits = _SHAPE_VERBS.get(key)
            if verb_fits is not None and not any(verb_fits(self.masked, at) for at in self.verb_starts):
                self._matches[key] = None  # the verb the shape needs is at none of the verbs' places
            else:
                self._matches[key] = pattern.match(self.masked)
        return self._matches[key]

    @cached_property
    def verb_starts(self) -> list[int]:
        """Where a verb of the shapes starts right after a space: the only places the shapes' verbs
        may stand (found once for the three shapes, which otherwise each try every verb at every space)."""
        return [m.end() for m in _SPACE_BEFORE_VERB.finditer(self.masked)]

    def make(self, c_start: int, c_end: int, np: str, np_pos: int, rule: Rule, speaker: Speaker | None = None):
        return self.reporter.make(self.ctx, self.start, c_start, c_end, np, np_pos, rule, speaker)


def _deed(made: Statement | None) -> Statement | None:
    """The statement as a deed: no claim, but its source still acts in the story."""
    return replace(made, deed=True) if made else None


# The sentence shapes: the attribution and its content are the whole sentence. --------------------------
def _shape(s: ReportSite, pattern: re.Pattern, rule: Rule, source=strip_appositive) -> Statement | None:
    m = s.match(pattern)
    if not m:
        return None
    np = m.group("np")
    made = s.make(m.start("content"), m.end("content"), source(np), s.start + m.start("np"), rule)
    if made and (
        (rule.name != r.ATTRIBUTION_IN_MIDDLE and (_OPENS_QUOTED.match(made.text) or "''" in made.text))
        or made.text.count("''") % 2 == 1
    ):
        # A quotation (or a statement ending on one) with its attribution at the end: the quoted sentences
        # after it go on.
        made = s.reporter.run_on(s.ctx, made, s.end)
    if made and "''" not in made.text and _CLOSES_QUOTE.match(s.ctx.text, made.body_end - s.ctx.base):
        # "''We lost. It hurts,'' Roe said.": the quotation ending before the attribution opened sentences
        # earlier, and the statement opens with it.
        made = s.reporter.run_back(s.ctx, made, s.start)
    return made


_CLOSES_QUOTE = re.compile(r"[,.?!]?''")


def according_to_before(s: ReportSite) -> Statement | None:
    """According to Mina Holt, the pier will open in early May."""
    if not s.according:
        return None
    return _shape(s, _ACCORDING_START, ACCORDING_TO_BEFORE)


def according_to_after(s: ReportSite) -> Statement | None:
    """The pier will open in early May, according to Mina Holt."""
    if not s.according:
        return None
    m = s.match(_ACCORDING_END)
    if m and _SAYS_INSIDE.search(m.group("content")):
        # "Roe said the pier is safe, according to the Gazette": Roe's words, which her own verb reports;
        # the paper only tells where they were read.
        return None
    return _shape(s, _ACCORDING_END, ACCORDING_TO_AFTER)


_SAYS_INSIDE = re.compile(r"\b(?:said|says|say|told|tells|wrote|writes|announced|announces)\b")


def content_then_verb(s: ReportSite) -> Statement | None:
    """The pier will open in early May, Mina Holt said."""
    m = s.match(_TRAILING_SUBJECT)
    if m and _ADVERBIAL_OPENING.match(m.group("content")) and "," not in m.group("content"):
        return None  # "While the board waited, Roe told reporters ...": a scene, then the verb's own clause
    if m and (_no_clause(m.group("content")) or _TO_BE_FAIR.fullmatch(m.group("content"))):
        # "At a rally in Dover, N.H., on Tuesday, Roe said ...": a scene, no statement, though Roe acts.
        return _deed(_shape(s, _TRAILING_SUBJECT, CONTENT_THEN_VERB))
    if m and _CLAUSE_OF_ITS_OWN.match(m.group("np")):
        return None  # "The fares rose, and Roe was expected to ...": the writer's next clause, no attribution
    if m and _RELATIVE_AFTER_NOUN.match(m.group("tail")):
        return None  # "... for “The Pier” TV show, which starred Roe.": the cue word is a noun its clause describes
    if m and (_ENDS_ON_RELATIVE.search(m.group("content")) or any(verbs_in(_VERB_RE, m.group("np")))):
        # "Roe, who ran the ferry, said on Monday that ...", "Roe, a pilot, said he called ...": the words
        # before the verb are its subject, and what it reports follows it.
        return None
    return _shape(s, _TRAILING_SUBJECT, CONTENT_THEN_VERB)


# Words without a finite verb or a quotation mark: a phrase of the writer's, never a statement.
# (A capitalised word ending in -s or -ed is a name, "Sanders", "Ames", so common irregular pasts are
# named; and "’s" is "is" only after a pronoun, "it’s", not after a name, "Roe’s campaign manager".)
_NO_CLAUSE = re.compile(
    r"(?:(?!\b(?:is|are|was|were|be|been|am|has|have|had|will|would|can|could|should|may|might|must|do|does|"
    r"did|[a-z]+n[’']t|(?-i:[a-z]+ed)|took|became|made|got|went|came|gave|told|won|lost|ran|saw|began|led|met|"
    r"brought|spent|sent|built|held|kept|(?!(?:this|thus|hers|ours|yours|theirs|less|unless|across|always|perhaps|"
    r"besides|whereas|towards|afterwards)\b)(?-i:[a-z]{3,}s)|(?:it|he|she|that|there|what|who|here|where|how|"
    r"let)[’']s)\b|[’'](?:re|ll|ve|d|m)\b|[“”\"\x00]|'')[^\n])*",
    re.IGNORECASE,
)
_RELATIVE_AFTER_NOUN = re.compile(r"\s*,\s+(?:which|who|whose)\b")
_RELATIVE_OPENING = re.compile(r"(?:which|who|whose)\b")
# "To be sure, ...", "To be fair, ...": the writer's aside, not a clause anyone said.
_TO_BE_FAIR = re.compile(r"\s*To\s+be\s+(?:sure|fair|clear|honest|certain|frank)\s*", re.IGNORECASE)


# A phrase set off by commas that describes the noun before it: "The survey, conducted by ...,", "Roe, now
# a pilot who flies ...". Its verbs are the description's, not a clause's.
# (A participle in -ed is a description only with its agent, "conducted by": "..., worked as a pilot" is the
# sentence's own verb after a description.)
_DESCRIPTION = re.compile(
    r",\s+(?:(?-i:[a-z]+(?:ed|ing))\s[^,\x00“”\"]*?\bby\b|used\s[^,\x00“”\"]*?\bby\b|(?-i:[a-z]+ing)\s|"
    r"(?:now|who|whose|which)\b)[^,\x00“”\"]*"
)


def _no_clause(content: str) -> bool:
    """No finite verb in the words, once the descriptions of their nouns are set aside."""
    if _NO_CLAUSE.fullmatch(content):
        return True
    return "," in content and _NO_CLAUSE.fullmatch(_DESCRIPTION.sub("", content)) is not None


_ENDS_ON_RELATIVE = re.compile(r",\s+(?:who|whose)\b[^,]*$")
# A source that opens on a conjunction or a relative word starts a clause of the writer's own (", as Roe
# noted" is an attribution).
_CLAUSE_OF_ITS_OWN = re.compile(
    r"\s*(?:and|but|or|so|yet|where|when|while|which|who|whose|whom|because|if|though|although|after|before|"
    r"since|until|once|whereas)\b",
    re.IGNORECASE,
)


def content_then_verb_inverted(s: ReportSite) -> Statement | None:
    """The pier will open in early May, said Mina Holt."""
    m = s.match(_TRAILING_INVERTED)
    if m and (len(m.group("np").split()) > 8 or _THAT.search(m.group("np"))):
        return None  # ", told Fox News on Sunday that ...": a reported clause, not a trailing source
    if m and m.group("verb").lower() in _TAKES_OBJECT:
        return None  # "“We are ready,” Roe, a pilot, told VOA.": who was told, not who said it
    if m and m.group("verb").endswith("ing"):
        return None  # "Roe rebuked critics, saying calling the group ...": a participle names no source after it
    if m and _ROLE_BEFORE_NAME.match(m.group("np")):
        # "..., said a former spokesman for the ministry, Jon Reed, who ...": the name after the role is who.
        named = _NAME_AFTER_ROLE.match(s.masked, m.end("np"))
        if named and named.group("name") not in s.reporter.resolver.cast.places:
            return _shape(s, _TRAILING_INVERTED, CONTENT_THEN_VERB_INVERTED, lambda _np: named.group("name"))
    if m and _no_clause(m.group("content")):
        # "Weighing in on the fares, said Roe": no statement before the verb.
        return _deed(_shape(s, _TRAILING_INVERTED, CONTENT_THEN_VERB_INVERTED, phrase_after_verb))
    return _shape(s, _TRAILING_INVERTED, CONTENT_THEN_VERB_INVERTED, phrase_after_verb)


def attribution_in_middle(s: ReportSite) -> Statement | None:
    """The pier, Mina Holt said, will open in early May."""
    m = s.match(_MIDDLE_SUBJECT)
    if m and _RELATIVE_OPENING.match(m.group("rest")):
        return None  # "... “The Pier” TV show, which starred Roe.": the cue word is a noun its clause describes
    if m and _CLAUSE_OF_ITS_OWN.match(m.group("np")):
        return None  # "The talks, which Roe denies, ended": a relative clause of the writer's, no attribution
    if m and _WRITER_GOES_ON.match(m.group("rest")):
        # "The leaders spoke on Monday, the agency reported, marking ...": the writer's clause after the
        # attribution is not the statement; what came before it is.
        np = strip_appositive(m.group("np"))
        return s.make(m.start("head"), m.end("head"), np, s.start + m.start("np"), ATTRIBUTION_IN_MIDDLE)
    return _shape(s, _MIDDLE_SUBJECT, ATTRIBUTION_IN_MIDDLE)


def according_to_middle(s: ReportSite) -> Statement | None:
    """The pier, according to Mina Holt, will open in early May."""
    if not s.according:
        return None
    m = s.match(_ACCORDING_MIDDLE)
    if m and _WRITER_GOES_ON_PARTICIPLE.match(m.group("rest")):
        # "Trade rose by a third, according to the ministry, driven by ...": what came before it.
        np = strip_appositive(m.group("np"))
        return s.make(m.start("content"), m.start("comma"), np, s.start + m.start("np"), ACCORDING_TO_MIDDLE)
    return _shape(s, _ACCORDING_MIDDLE, ACCORDING_TO_MIDDLE)


# A cue verb and the clause it reports. ---------------------------------------------------------------
class VerbClause:
    """A cue verb in a sentence: its subject words, where its content starts, and the clause's shape."""

    def __init__(self, s: ReportSite, verb: VerbHit):
        self.site = s
        self.verb = verb
        masked = s.masked
        # The verb's clause: after a semicolon or colon; quoted words inside it are squeezed out
        # ("Jane Roe, the hacker known as “Ghost,” stated that ...").
        subject = masked[: verb.start()]
        if ("--" in subject or "—" in subject or "–" in subject or " - " in subject) and _DASHED_ASIDE.search(subject):
            # "Mina Holt -- whose father built the pier -- has said": the aside is no clause of its own.
            subject = _DASHED_ASIDE.sub("", subject)
        # (Most hold no mark that _CLAUSE_OPENING needs: the split would find nothing.)
        if ";" in subject or ":" in subject or "-" in subject or "–" in subject or "—" in subject:
            subject = _CLAUSE_OPENING.split(subject)[-1]
        # "“We lost,” Roe said quietly, as ...": the verb attributes the quotation before it.
        self.after_quotation = bool(_QUOTATION_THEN_SOURCE.match(subject))
        # (Most subjects hold no quotation and no parenthesis: the substitutions would find nothing.)
        if MASK in subject:
            subject = _QUOTED_WORDS.sub(" ", subject)
        if "(" in subject:
            subject = _PARENTHESIS.sub("", subject)  # "(a Democrat from Ohio)"
        # "Roe toured the pier, and Doe said ...": a clause of its own after the conjunction, with its own
        # subject, which is the verb's (not the sentence's first subject, nor "Roe and Doe" together).
        own = _own_subject(subject) if _may_hold_conjunction(subject) else None
        if (
            own
            and verb.group().lower() in SAYING_CLAUSE_VERBS
            and not verb.group().endswith("ing")
            and (own.group("comma") or len(subject[: own.start()].split()) >= 4)
        ):
            subject = own.group("np")
        if (
            _may_hold_conjunction(subject)
            and (MASK not in masked[: verb.start()] or not _OPENS_ON_QUOTATION.match(masked))
            and verb.group().lower() in _COORDINATED_SAYS
        ):
            # "Giles attempted to re-engage the campaign and said he had ...": the sentence's own subject, a
            # name opening it, said it (one predicate before, no clause of its own in between).
            head = _NAMED_SUBJECT_THEN_AND.match(subject)
            if head and not _RELATIVE_OR_SAYING.search(subject, head.end("np")):
                subject = head.group("np")
        self.subject = subject
        self.content_start: int | None = None
        self.addressed = False
        if not self.subject.strip() or _noun_use(self.subject) or verb.group().lower() in _MOSTLY_NOUNS:
            return  # "left little doubt that", "the report said": the cue word is a noun here
        content_start = verb.end()
        rest = masked[verb.end() :]
        if verb.group().lower() in _TAKES_OBJECT:
            addressee = _ADDRESSEE.match(rest)
            # (Spaces only before a lowercase word name nobody: "Roe warned they would ..." reports its clause
            # as "said" does, and the space before it stays with it.)
            if addressee and (addressee.group().strip() or not rest[addressee.end() : addressee.end() + 1].islower()):
                words = addressee.group()
                if words.strip() and rest[addressee.end() : addressee.end() + 1].islower():
                    # "told Harbour News she would ...": the space before the clause stays with it.
                    content_start += len(words.rstrip())
                else:
                    content_start += addressee.end()
                rest = masked[content_start:]
        self.addressed = content_start != verb.end()
        # (Every bridge ends on "that", a comma or a colon: most rests without one are not matched.)
        bridge = _BRIDGE.match(rest) if "," in rest or ":" in rest or "that" in rest.lower() else None
        if bridge:
            content_start += bridge.end()
        elif not _MORE_WORDS.match(rest):
            return
        else:
            when = (
                _WHEN_THEN_CLAUSE.match(rest)
                if "day" in rest or "week" in rest or "statement" in rest or "interview" in rest
                else None
            )
            if when:
                content_start += when.end()  # "said Thursday he would leave": when, then what
        self.content_start = content_start

    @cached_property
    def inside_quotation(self) -> bool:
        """ "''Roe said he was ready,'' Doe said.": the verb lies inside someone's quoted words, where a
        statement is that speaker's quotation, not the writer's report."""
        before = self.site.ctx.text[: self.site.start + self.verb.start()]
        return _quote_left_open(before) or before.count("''") % 2 == 1

    @cached_property
    def shape(self) -> str | None:
        """participle ("..., adding that"), coordinated ("... and said"), plain ("Roe said"), or None."""
        if self.content_start is None:
            return None
        verb, subject = self.verb.group(), self.subject
        # (A phrasal participle's first word: "pointing out", "making it clear".)
        gerund = verb.split(" ", 1)[0].endswith("ing")
        if gerund and self.site.found and _ENDS_ON_LINK.search(subject):
            return "participle"
        if (_may_hold_conjunction(subject) and _AFTER_CONJUNCTION.search(subject)) or (
            gerund and _ENDS_ON_SUBORDINATOR.search(subject)
        ):
            return "coordinated"
        return "plain"


# Cue words that are also plural nouns: right after a comma, with no "that", they open a clause as its subject.
_PLURAL_NOUN_CUES = {"tweets", "posts", "reports", "claims", "notes", "statements", "comments", "remarks"}


def subject_verb_that(s: ReportSite, v: VerbClause) -> Statement | None:
    """Mina Holt said that the pier would open in early May."""
    if v.shape != "plain" or v.content_start is None or v.inside_quotation:
        return None
    content = s.masked[v.content_start :]
    verb_word = v.verb.group().lower()
    if verb_word in _NAMING and _NOUN_BEFORE_NAMING.search(v.subject):
        return None  # "a beer called Pier Pale Ale", "an event was held called ...": a name given, no speaker
    if verb_word not in SAYING_CLAUSE_VERBS and _INFINITIVE_BEFORE.search(v.subject):
        return None  # "Roe has sought to challenge the plan": an aim, not a statement ("went on to say" is one)
    said_that = bool(_ENDS_ON_THAT.search(s.masked[v.verb.end() : v.content_start]))
    if verb_word in _PLURAL_NOUN_CUES and not said_that and v.subject.rstrip().endswith(","):
        return None  # "Its staff used to work at Harbourly, tweets appear in its results": a noun opening a clause
    opening = s.masked[: v.content_start].rstrip()[-1:]
    if s.masked.startswith("''", v.content_start) and (opening == ":" or (opening == "," and not v.after_quotation)):
        # "Roe said: ''The pier is safe. We are ready.''", "Roe put it, ''...''": the quotation the colon or
        # comma opens is what was said, to its closing marks (not "''We lost,'' Roe said, ''and ...''").
        made = s.make(v.content_start, len(s.masked), _np(v), s.start + v.verb.start(), SUBJECT_VERB_THAT)
        return s.reporter.run_on(s.ctx, made, s.end) if made and made.text.count("''") % 2 else made
    if verb_word in _URGES and _URGED.match(s.masked, v.verb.end()):
        # "Roe urged all sides to show restraint": who was urged belongs to what was urged, up to the
        # writer's next clause (", which would ...").
        stop = _CLAUSE_BREAK.search(s.masked, v.verb.end())
        end = stop.start() if stop else len(s.masked)
        return s.make(_skip_space(s.masked, v.verb.end()), end, _np(v), s.start + v.verb.start(), SUBJECT_VERB_THAT)
    if v.addressed and len(content.split()) < 3:
        return None  # "told a news briefing.": the rest is where it was said, not what
    if _WHERE_OR_WHEN.match(content) and not (said_that and _FINITE.search(content)):
        # "told reporters in Tallinn on Thursday." ("said that in May the pier would ..." opens its clause on a
        # time; "hinted at that in May." has no clause after "that".)
        return None
    if _OPENS_ON_DASH.match(content):
        # "Roe said — on the radio, as it happens — that ...": an aside, then what was said; with no "that"
        # after it, the dash breaks off to a clause of the writer's ("Roe reports — so ...").
        aside = _ASIDE_THEN_THAT.match(content)
        if aside is None:
            return None
        return s.make(v.content_start + aside.end(), len(s.masked), _np(v), s.start + v.verb.start(), SUBJECT_VERB_THAT)
    if verb_word in _VOWS and _INFINITIVE_AFTER.match(content) and not _passive_or_relative(v.subject):
        # "Roe vowed to reopen the pier", "Roe agreed to a debate": what was vowed or agreed to, up to the
        # writer's next clause. (Other verbs of intent, "pledged", "refused", "declined", "decided to", were
        # a statement in the polnear gold less than six times in ten.)
        stop = _CLAUSE_BREAK.search(s.masked, v.content_start)
        end = stop.start() if stop else len(s.masked)
        return s.make(v.content_start, end, _np(v), s.start + v.verb.start(), SUBJECT_VERB_THAT)
    if _RELATIVE_OPENING.match(content.lstrip()) and s.masked[: v.content_start].rstrip().endswith(","):
        return None  # "Roe refused, which prompted ...": the writer's clause about the deed, nothing said
    if _NOT_A_CLAUSE.match(content) and not said_that:
        return None  # "tried to ...", "spoke about ...", "said during ...": no reported clause follows
    if _MANNER_THEN_PREPOSITION.match(content) and not said_that:
        # "Roe said pleasantly into the phone", "has spoken privately to the crew": how and to whom, not
        # what; but Roe still acts, and a "she" after it stands for her.
        return _deed(s.make(v.content_start, len(s.masked), _np(v), s.start + v.verb.start(), SUBJECT_VERB_THAT))
    if verb_word not in OBJECT_IS_CONTENT and not said_that:
        return None  # "Roe supported the plan", "Roe began her tour": a stance or a deed, no statement
    if (verb_word.endswith("ed") or verb_word in _PARTICIPLES) and _passive_or_relative(v.subject):
        return None  # "Roe was endorsed ...", "Doe, whom Roe attacked ...": the subject did not say it
    if not said_that and _INVERTED_SOURCE.match(content) and _ENDS_ON_COMMA.search(s.masked, 0, v.verb.start()):
        return None  # "..., Clinton says, said Jon Reed, a pollster": the name after the verb is who said it
    if v.after_quotation and not said_that:
        return None  # "“We lost,” Roe told the crowd in Ohio after the vote": when, where and to whom
    if not said_that and _WRITERS_CLAUSE.match(content):
        return None  # "..., Roe said Monday": when the words were said, not what
    if (
        not said_that
        and _WRITERS_PARTICIPLE.match(content)
        and (verb_word not in _SAYS_OR_PROPOSES or "," in s.masked[v.verb.end() : v.content_start])
    ):
        # "..., Roe said, drawing gasps": the writer's clause after a quotation; "Roe recalled arriving ..."
        # a deed. Right after "said" a gerund opens the clause said: "Roe said seeing the crew was a relief";
        # right after "proposed" it is what was proposed: "Roe proposed cutting the fares".
        return None
    if verb_word in OBJECT_IS_NO_STATEMENT and not said_that:
        return None  # "Roe maintains a lead", "Roe knew instantly": a deed or a state, not a statement
    if verb_word.startswith(("claim", "declar")) and _CLAIMED_A_PRIZE.match(content):
        return None  # "the group claimed responsibility", "Roe claimed victory": something taken, not said
    np = _np(v)
    end = len(s.masked)
    if verb_word in OBJECT_IS_A_DEED and not said_that:
        return _deed(s.make(v.content_start, end, np, s.start + v.verb.start(), SUBJECT_VERB_THAT))
    if not said_that and verb_word not in SAYING_CLAUSE_VERBS:
        # "Roe praised the crew from the dock, noting ...": an object ends where the writer goes on.
        stop = _OBJECT_END.search(s.masked, v.content_start)
        if stop is not None:
            end = stop.start()
    participle = _SAYING_PARTICIPLE_AFTER.search(s.masked, v.content_start, end) if ", " in content else None
    if participle is not None and len(s.masked[v.content_start : participle.start()].split()) >= _SHORT_WORDS:
        # "Roe praised the crew's work, noting ...": what follows the comma is the writer's next step, a
        # statement of its own (PARTICIPLE_OF_SAYING reads it). A shorter object stays whole: cut, it would
        # fall under the floor for short contents.
        end = participle.start()
    if _SUBORDINATE_SUBJECT.search(v.subject):
        # "While Roe said that the pier was safe, Doe ...", "Roe, who said the pier was safe, toured ...":
        # the statement sits in a clause of its own, which ends where the sentence's main clause goes on.
        comma = s.masked.find(", ", v.content_start, end)
        if comma != -1:
            end = comma
    if end == len(s.masked) and (", and " in content or ", but " in content):
        # "Roe would not say whether ..., and she insisted that ...": a clause of its own, with its own
        # subject and verb, ends the statement.
        own = _NEXT_OWN_CLAUSE.search(s.masked, v.content_start)
        if own is not None:
            end = own.start()
    if "reported" in s.masked or "said" in s.masked:
        # "Roe said the pier will open, the Harbour Times reported.": the writer's source closes the sentence.
        outer = _TRAILING_REPORT.search(s.masked, v.content_start, end)
        if outer is not None:
            end = outer.start()
    made = s.make(v.content_start, end, np, s.start + v.verb.start(), SUBJECT_VERB_THAT)
    if made and end == len(s.masked) and made.text.count("''") % 2 == 1:
        # "Roe said the pier might open: ''Is it safe? We think so.''": the quotation the statement opens
        # runs on over the sentences it holds.
        made = s.reporter.run_on(s.ctx, made, s.end)
    return made


_NEXT_OWN_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:he|she|they|(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*)\s+(?:(?:also|later|then|has|had)\s+)?"
    r"(?:said|says|told|tells|insisted|added|argued|noted|warned|acknowledged|conceded)\b"
)
# A finite verb: what makes the words after "that" a clause ("that in May the pier would ...").
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|[a-z]{3,}ed)\b|n[’']t\b"
)
# ", the Harbour Times reported late Thursday.", ", CNN said.": a trailing attribution of the whole sentence.
_TRAILING_REPORT = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){0,4}[A-Z][\w.’'\-]*\s+(?:reported|said)\b[^,\x00]{0,30}[.!?]?\s*$"
)


_SAYING_PARTICIPLE_AFTER = re.compile(rf",\s+(?:{'|'.join(sorted(SAYING_PARTICIPLES))})\b")
_NAMING = {"called", "dubbed", "named", "titled", "entitled", "labeled", "labelled", "nicknamed"}
# A noun (or a passive's participle) right before a naming participle, not its subject: "a party called",
# not "Roe called", "she has called", "who also called".
_NOUN_BEFORE_NAMING = re.compile(
    r"(?<![\w’'\-])(?!(?:he|she|it|they|we|i|you|who|which|that|what|has|have|had|also|then|once|later|one|"
    r"never|even|just|already|still|first|himself|herself|themselves|people|critics|others|many|some|"
    r"supporters|opponents|officials|analysts)\s)(?-i:[a-z][a-z\-]*)(?<!ly)\s*$"
)
_OPENS_ON_DASH = re.compile(r"\s*[-–—―]+\s")
_ASIDE_THEN_THAT = re.compile(r"\s*[-–—―]+\s[^-–—―\x00]{1,100}?\s[-–—―]+\s+that\s+")
# (A clause of time too: "When Roe accused Doe of lying, the crowd ..." ends at its comma.)
_SUBORDINATE_SUBJECT = re.compile(
    r"^\s*(?:(?:And|But)\s+)?(?:While|Although|Though|Even\s+as|Even\s+though|Whereas|If|Because|Since|When|After|"
    r"Before|Once|Until)\b[^,]*$"
    r"|,\s*who\s+(?:[a-z]+ly\s+|has\s+|had\s+|have\s+)*$",
)


# "Roe was endorsed", "Doe, whom Roe attacked", "talking points that came": no statement by the subject.
_PASSIVE_OR_RELATIVE = re.compile(
    r"\b(?:(?:was|were|been|being|be|is|are)\s+(?:(?:also|not|never|later|then|[a-z]+ly)\s+)?$)"
    r"|\b(?:whom|which|that)\s+(?:[\w’'\-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _passive_or_relative(subject: str) -> re.Match | None:
    """_PASSIVE_OR_RELATIVE.search(subject), from the fourth word before the end: the pattern ends on
    the subject's last four words at most (its word, then up to three), so the search starts there."""
    words = subject.rsplit(None, 4)
    at = subject.index(words[1], len(words[0])) if len(words) == 5 else 0
    return _PASSIVE_OR_RELATIVE.search(subject, at)


# A name, then its appositive or the sentence's end: the source of an inverted attribution.
_INVERTED_SOURCE = re.compile(r"\s*(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]*\s*(?:,|[.!?]?\s*$)")
# (A quotation's own comma is masked with its words: "“... one,” said Doe" ends on the mask and the mark.)
_ENDS_ON_COMMA = re.compile(r"(?:,|\x00)(?:''|[”\"])?\s*$")
_INFINITIVE_BEFORE = re.compile(r"to(?<!\wto)\s+(?:(?:also|not|publicly|openly)\s+)?$", re.IGNORECASE)
_PARTICIPLES = {"told", "said", "written", "known", "seen", "thought", "felt", "found", "shown", "spoken", "sought"}
_OBJECT_END = re.compile(r"\s(?:but|while|though|although)\s")
# What the writer adds after "Roe said": a source of the text, a time or a place; after "Roe said,", a participle.
_WRITERS_PARTICIPLE = re.compile(r"\s*[a-z]+ing\b")


_COORDINATED_SAYS = {"said", "says", "told", "tells"}
# A quotation opening the sentence: its attribution, not a predicate, comes before "and said".
_OPENS_ON_QUOTATION = re.compile(r"\s*(?:[“\"]|''|\x00)")
_NAMED_SUBJECT_THEN_AND = re.compile(
    r"^\s*(?:(?!According\b)[A-Z][^,]{0,40},\s+)?(?:(?:But|And)\s+)?(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*)"
    r"(?:,\s+\d{1,3},)?(?:,\s+(?:a|an|the)\s[^,;:\x00]{1,60},)?\s+(?:(?:has|had|have|also|initially|then|later|[a-z]+ly)\s+)*"
    r"(?!(?:is|was|are|were|has|had|have|and|or|but|who|of|in|on|at|to|for|with|from)\b)[a-z]+\b"
    r"[^;:]*\s(?:and|but)\s+(?:(?:also|later|then|since|has|have|had)\s+)*$"
)
_RELATIVE_OR_SAYING = re.compile(
    r"\b(?:who|whom|which|whose|said|says|told|asked|when|after|while|as)\b|[,]\s+and\s+[A-Z]"
)


_CONJUNCTION_AFTER_SPACE = re.compile(r"\s(?:and|but)(?=\s)")


def _own_subject(subject: str) -> re.Match | None:
    """_OWN_SUBJECT.search(subject), from the word before the last conjunction: the words after the
    conjunction it matches run to the end and hold no other conjunction, so its match opens on the
    comma or the word right before the spaces before the last one (the pattern's own search tries each
    word of the subject, and each ending of each word)."""
    conjunctions = list(_CONJUNCTION_AFTER_SPACE.finditer(subject))
    if not conjunctions:
        return None
    at = conjunctions[-1].start()
    while at and subject[at - 1].isspace():
        at -= 1
    while at and not subject[at - 1].isspace():
        at -= 1
    return _OWN_SUBJECT.search(subject, at)


def _may_hold_conjunction(subject: str) -> bool:
    """What _OWN_SUBJECT and _AFTER_CONJUNCTION need before their scans: most subjects hold neither
    conjunction's letters, and are not scanned."""
    return "and" in subject or "but" in subject


_SAYS = {"said", "says", "say", "added", "adds", "argued", "argues", "noted", "notes", "explained", "explains"}
# (On polnear-train a gerund after these was the proposal 7 times in 8; after "reported" it was a filing's
# figures, "reported spending $1 million", more often than a statement.)
_PROPOSES = {"proposed", "proposes", "propose", "suggested", "suggests", "suggest", "recommended", "recommends"}
_SAYS_OR_PROPOSES = _SAYS | _PROPOSES
_WRITERS_CLAUSE = re.compile(
    r"\s*(?:according\s+to\b|while\b|when\b|like\b|(?:the\s+)?(?:day|week|month|year|night|morning|"
    # ("Thursday's speeches were ..." is a clause about the day, not when the words were said.)
    r"afternoon|evening)\b(?![’']s)|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![’']s))",
    re.IGNORECASE,
)


def verb_preposition(s: ReportSite, v: VerbClause) -> Statement | None:
    """Mina Holt spoke about the safety record of the new pier."""
    if v.shape != "plain" or v.content_start is None or v.inside_quotation:
        return None
    m = _PREPOSITION.match(s.masked, v.verb.end())
    if not m or v.verb.group().lower() not in PREPOSITION_CONTENT[m.group("prep").lower()]:
        return None
    if _passive_or_relative(v.subject) and not (v.verb.group().endswith("ing") and _PROGRESSIVE.search(v.subject)):
        return None
    if _INFINITIVE_BEFORE.search(v.subject):
        return None  # "... to talk about his interests": an aim, nothing said yet
    if v.verb.group().endswith("ing") and _LISTED_GERUND.search(v.subject):
        return None  # "..., attacking Roe or referring to Doe as ...": a gerund in a list has no subject of its own
    end = len(s.masked)
    stop = _PREPOSITION_OBJECT_END.search(s.masked, m.end())
    if stop is not None:
        end = stop.start()
    np = _np(v)
    return s.make(m.end(), end, np, s.start + v.verb.start(), VERB_PREPOSITION)


_FUNCTION_WORDS = (
    r"(?:at|on|in|about|as|and|or|but|so|for|to|with|from|after|before|during|over|that|because|when|while|"
    r"if|again|too|[a-z]+ly)\b"
)
_PREPOSITION_OBJECT_END = re.compile(r"\s(?:but|while|though|although)\s|\s[-–—―]+\s|;")
# "a former spokesman for the ministry", "the head of the board": a person's role, whose name may follow.
# ("the company's chief executive, Jon Reed": the role alone, its organisation before it, names a person too.)
# ("his best friend at Lehigh, Jon Reed": a relation names the person after it just as well.)
_RELATIONS = (
    "friend|wife|husband|son|daughter|mother|father|brother|sister|cousin|uncle|aunt|neighbor|neighbour|colleague|"
    "roommate|classmate|girlfriend|boyfriend|fiancée|fiance|fiancé"
)
_ROLE_BEFORE_NAME = re.compile(
    rf"(?:a|an|the|his|her|their)\s+(?:[\w\-’']+\s+){{0,2}}(?:{word_alternation(sorted(PERSON_ROLE_NOUNS))}|{_RELATIONS})"
    r"(?:\s+(?:for|of|at|to)\s|$)"
)
# ", Jon Reed," / ", Jon Reed.": a name of two words or more standing alone in its commas.
_NAME_AFTER_ROLE = re.compile(r",\s+(?P<name>(?:[A-Z][\w.’'\-]*\s+){1,3}[A-Z][\w’'\-]*)\s*(?:,|[.!?]?\s*$)")
_CLAIMED_A_PRIZE = re.compile(r"\s*(?:(?:the|a|an|her|his|their|its)\s+)?(?:responsibility|credit|victory|win)\b")
_LISTED_GERUND = re.compile(r"\b(?:or|and)\s+(?:[a-z]+ly\s+)?$")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:(?:also|not|still|now|[a-z]+ly)\s+)?$", re.IGNORECASE)
_PREPOSITION = re.compile(
    r"\s+(?:(?:also|again|openly|publicly|repeatedly|often|at\s+length)\s+)?(?P<prep>"
    + "|".join(PREPOSITION_CONTENT)
    # ("her" before a noun is a possessive: "called for her resignation", not "spoke about her at length".)
    + r")\s+(?!(?:the\s+)?(?:reporters|journalists|press|media|crowd|audience|him|her(?!\s+(?!"
    + _FUNCTION_WORDS
    + r")[a-z])|them|me|us)\b)",
    re.IGNORECASE,
)


def participle_of_saying(s: ReportSite, v: VerbClause) -> Statement | None:
    """Mina Holt toured the pier on Monday, saying that it would open in early May."""
    verb_word = v.verb.group().lower()
    gloss = verb_word in _GLOSSES
    if (verb_word not in SAYING_PARTICIPLES and not gloss) or v.content_start is None or v.inside_quotation:
        return None
    if not s.masked[: v.verb.start()].rstrip().endswith(","):
        return None
    if gloss:
        return _gloss_of_quotation(s, v)
    content = s.masked[v.content_start :]
    said_that = bool(_ENDS_ON_THAT.search(s.masked[v.verb.end() : v.content_start]))
    if not said_that and (_NOT_A_CLAUSE.match(content) or _WHERE_OR_WHEN.match(content)):
        return None
    at = s.ctx.base + s.start + v.verb.start()
    before = [f for f in s.found if f.body_start < at]
    if before:
        # "..., Roe said, adding that ...": the participle goes on with the statement's source.
        return s.make(
            v.content_start, len(s.masked), "", s.start + v.verb.start(), PARTICIPLE_OF_SAYING, before[-1].speaker
        )
    # "Roe toured the pier, saying ...": the participle's subject is the sentence's.
    head = next((h for h in s.verbs if h.start() < v.verb.start()), None)
    opening = _SENTENCE_SUBJECT.match(s.masked) or _main_clause_subject(s.masked, v.verb.start())
    if opening is not None and opening.end() > v.verb.start():
        opening = None
    if head is None or (opening is not None and opening.end() <= head.start()):
        # (A cue word after the subject's own verb is a noun or an object: "Roe revised her plans, saying".)
        apposed = _APPOSED_TO_SUBJECT.fullmatch(s.masked, 0, v.verb.start()) if opening is None else None
        if apposed is not None:
            # "But Roe, noting that the pier was late, toured it": the participle set off by commas right after
            # the subject says what the subject said, up to the comma that returns to the sentence.
            comma = s.masked.find(", ", v.content_start)
            if comma == -1:
                return None
            return s.make(v.content_start, comma, apposed.group("np"), apposed.start("np"), PARTICIPLE_OF_SAYING)
        if opening is None:
            return None
        np = strip_appositive(opening.group("np"))
        return s.make(v.content_start, len(s.masked), np, s.start + opening.start("np"), PARTICIPLE_OF_SAYING)
    clause = VerbClause(s, head)
    if clause.after_quotation and not _PARAPHRASE_WORD.search(clause.subject.replace(MASK, " ")):
        # "“We lost,” said Mina Holt, a pilot, adding that ...": the source follows the verb of the quotation.
        source = s.masked[head.end() : v.verb.start()]
        np_pos = s.start + head.end() + len(source) - len(source.lstrip())
        # ("..., said Mina Holt during the debate, suggesting ...": when and where she said it is no part of her name.)
        return s.make(
            v.content_start, len(s.masked), phrase_after_verb(strip_appositive(source)), np_pos, PARTICIPLE_OF_SAYING
        )
    if clause.shape != "plain" or clause.inside_quotation or _passive_or_relative(clause.subject):
        return None
    return s.make(v.content_start, len(s.masked), _np(clause), s.start + head.start(), PARTICIPLE_OF_SAYING)


# "But Mina Holt, noting ...": a name opening the sentence, then the participle set off by a comma.
_APPOSED_TO_SUBJECT = re.compile(
    r"\s*(?:(?:And|But|So|Yet|Still)\s+)?(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}"
    r"[A-Z][\w’'\-]*),\s+"
)


# "Noting that the pier was closed, Mina Holt said ...": the participle's clause, then the sentence's subject,
# a name or a pronoun, and its verb.
_OPENING_PARTICIPLE = re.compile(
    r"\s*(?:that\s+)?(?P<content>[^\x00]+?),\s+(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?"
    r"(?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*|he|she)\s+(?:(?:has|had|also|then|[a-z]+ly)\s+)*"
    r"(?!(?:and|or|but|of|in|on|at|to|for|with|from|who|which|that|is|was|are|were)\b)[a-z]+\b"
)


def opening_participle(s: ReportSite) -> Statement | None:
    """Noting that the pier was closed, Mina Holt said the fares would rise."""
    space = s.masked.find(" ", 1)
    first = s.masked[:space].lstrip()
    if space == -1 or not first.endswith("ing") or first.lower() not in _OPENING_PARTICIPLES:
        return None
    m = _OPENING_PARTICIPLE.match(s.masked, space)
    if m is None:
        return None
    return s.make(m.start("content"), m.end("content"), m.group("np"), s.start + m.start("np"), PARTICIPLE_OF_SAYING)


# (Not "saying": the verbs of saying proper are read by the rules of "said".)
_OPENING_PARTICIPLES = (SAYING_PARTICIPLES - {"saying"}) | {"promising"}


# Participles that tell what a quotation is about: "“It hurts,” Roe said, referring to the closed pier".
_GLOSSES = {"referring", "recalling", "citing"}
# "..., referring to the government in Moscow": a few words name whom the quotation meant, no statement.
_LONGEST_REFERENT = 4
_TO = re.compile(r"\s*to\s+")
# The writer goes on after the gloss: ", standing now at ...", " but not naming him".
_GLOSS_END = re.compile(r",\s+[a-z]+ing\b|\s(?:but|while|though|although)\s|;")


def _gloss_of_quotation(s: ReportSite, v: VerbClause) -> Statement | None:
    """ "“It hurts,” Mina Holt said, referring to the closed pier.": what the quotation's speaker meant.
    Only after a quotation's attribution: after the writer's own clause ("Roe toured the pier, citing ...")
    the object was a statement no more often than not on polnear-train."""
    head = next((h for h in s.verbs if h.start() < v.verb.start()), None)
    if head is None:
        return None
    clause = VerbClause(s, head)
    if not clause.after_quotation or clause.inside_quotation:
        return None
    # (From the verb: "referring to bruises that Roe showed" is no bridge to a clause after "that".)
    start = v.verb.end()
    to = _TO.match(s.masked, start) if v.verb.group().lower() == "referring" else None
    if to is not None:
        start = to.end()
    elif _NOT_A_CLAUSE.match(s.masked, start):
        return None
    stop = _GLOSS_END.search(s.masked, start)
    end = stop.start() if stop else len(s.masked)
    if to is not None and len(s.masked[start:end].split()) <= _LONGEST_REFERENT:
        return None
    if _PARAPHRASE_WORD.search(clause.subject.replace(MASK, " ")):
        np, np_pos = _np(clause), s.start + head.start()
    else:
        source = s.masked[head.end() : v.verb.start()]
        np, np_pos = strip_appositive(source), s.start + head.end() + len(source) - len(source.lstrip())
    return s.make(start, end, np, np_pos, PARTICIPLE_OF_SAYING)


# A sentence's own subject, a name or a named body, before its verb: "Mina Holt toured", "The Harbour
# Ministry, which runs the pier, has said".
_SENTENCE_SUBJECT = re.compile(
    # (Not a preposition opening the sentence: "For months, Roe has been ..." is _SUBJECT_AFTER_OPENING's,
    # whose subject follows the comma.)
    r"\s*(?:(?:And|But|So|Yet)\s+)?(?!(?:For|In|On|At|During|With|Without|From|By|Over|Under|Despite|Amid|"
    r"Following|Last|This|Earlier|Later)\s)(?P<np>(?:The\s+)?(?:[A-Z][\w.’'\-]*\s+){0,6}(?:[A-Z][\w.’'\-]*|campaign|"
    r"administration|government|ministry|department|committee|party)(?:,[^,\x00]{1,80},)?)\s+"
    r"(?:[a-z]+ly\s+)?(?:has|had|have|was|were|is|are|will|would|did|also|then|[a-z]+ed|[a-z]+s)\b"
)


# The main clause's subject after an opening phrase of time, place or manner: "In a speech on Monday,
# Mina Holt struck a calm tone" (the verb may be irregular: any lowercase word but a function word).
_SUBJECT_AFTER_OPENING = re.compile(
    r"^\s*(?:[A-Z][^,\x00]{0,80},\s+)(?:(?:And|But|So|Yet)\s+)?(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?"
    r"(?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*|[Hh]e|[Ss]he|[Tt]hey)(?:\s+\([^()\x00]{1,30}\))?\s+(?:(?:has|had|have|also|then|later|"
    r"already|[a-z]+ly)\s+)*(?!(?:is|was|are|were|and|or|but|who|which|that|of|in|on|at|to|for|with|from|by|as)\b)"
    r"[a-z]+\b"
)


def _main_clause_subject(masked: str, before: int) -> re.Match | None:
    """_SUBJECT_AFTER_OPENING, asked only when a comma opens the sentence's first words."""
    comma = masked.find(", ", 0, before)
    return _SUBJECT_AFTER_OPENING.match(masked, 0, before) if 0 < comma < 82 else None


def _np(v: VerbClause) -> str:
    """The source phrase before a verb, without a conjunction opening the sentence ("But Democrats said")."""
    subject = v.subject
    if v.verb.group().lower() in _SAY_FORMS and ("not" in subject or "t " in subject):
        # "Roe would not say whether ...", "Roe hasn't said when ...": what the source holds back is
        # reported too (other verbs negated, "did not believe", are no statement).
        subject = _NEGATION_END.sub(" ", subject)
    if "who" in subject and v.verb.group().lower() in _SAY_FORMS:
        # "The plan was backed by Sen. Roe of Ohio, a pilot, who said ...": the relative clause's source is
        # the name it follows, whatever the sentence did with it.
        relative = _NAME_THEN_WHO.search(subject)
        if relative is not None and not _PLACE_BEFORE_NAME.search(subject, 0, relative.start()):
            return relative.group("name")
    if ("’" in subject or "'" in subject) and _PRONOUN_CONTRACTED.search(subject):
        # "She’s suggesting that ...", "he's said": the pronoun, without its contracted auxiliary.
        subject = _PRONOUN_CONTRACTED.sub(r"\g<pron>", subject)
    return _LEADING_CONJUNCTION.sub("", strip_appositive(trim_auxiliaries(subject)))


_PRONOUN_CONTRACTED = re.compile(r"\b(?P<pron>he|she|they|we)[’'](?:s|re|ve|d)(?=\s*$)", re.IGNORECASE)


_NAME_THEN_WHO = re.compile(
    r"(?<![\w.’'\-])(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]*)"
    r"(?:\s+of\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?)?(?:,\s+(?:a|an|the|\d+)\b[^,\x00]{0,80})?"
    r",\s*who\s+(?:(?:has|had|have|also|later|then|[a-z]+ly)\s+)*$"
)
# "a pilot from Portside, Maine, who said": the name after a preposition or a place's comma is a place;
# "Jane Roe and Tom Doe, who say": a name after "and" is one of two sources.
_PLACE_BEFORE_NAME = re.compile(r"(?:\b(?:from|in|of|at|near|outside|and)|[A-Z][\w.’'\-]*,)\s+$")
_SAY_FORMS = {"say", "said", "says", "saying"}
_NEGATION_END = re.compile(r"\s(?:not|[a-z]+n[’']t)\s+(?:(?:yet|publicly|directly|explicitly|so\s+much)\s+)?$")


# (And "As" opening an attribution of its own, in parentheses or not: "(As the Harbour Post reported, ...".)
_LEADING_CONJUNCTION = re.compile(r"^\(?(?:And|But|So|Yet|Still|Now|Then|Meanwhile|As)\s+(?=[A-Z]|the\s+[A-Z])")


def _skip_space(text: str, pos: int) -> int:
    return pos + len(text[pos:]) - len(text[pos:].lstrip())


# Verbs whose addressee is part of what was asked: "urged all sides to show restraint".
_URGES = {"urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking"}
_CLAUSE_BREAK = re.compile(r",\s|\s[-–—―]+\s|;")
_VOWS = {"vowed", "vows", "vow", "agreed", "agrees", "agree"}
_INFINITIVE_AFTER = re.compile(r"\s*to\s+(?:[a-z]+ly\s+)?[a-z]")
_URGED = re.compile(r"\s+(?:[\w.’'\-]+\s+){1,6}?to\s+[a-z]")


# Nouns of saying whose content a copula gives: "Roe's argument was that ...".
_SAYING_NOUNS = (
    "point|argument|contention|claim|assertion|suggestion|insistence|belief|view|position|message|response|"
    "answer|explanation|conclusion|prediction|complaint|warning|accusation|allegation|pitch|case|reply|retort"
)
# "Mina Holt's argument on Monday was that ...", "But Ms. Holt's main point is that ...": the possessor opens
# the sentence (after a conjunction or a sentence adverb) and the noun is the subject of the copula.
_POSSESSIVE_NOUN_IS_THAT = re.compile(
    r"^\s*(?:(?:But|And|Yet|So|Still|Perhaps|Instead|Now|Indeed)\s+)?(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?"
    r"(?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*?)(?:[’']s|(?<=s)[’'])\s+(?:(?:most|main|chief|central|basic|"
    r"fundamental|whole|key|larger|broader|real|first|final|only|own|overarching|[a-z]+ing)\s+){0,2}"
    rf"(?:{_SAYING_NOUNS})s?(?:\s+(?:on|in|at|to|during|this|last|that)\s+[^,;:\x00“”\"]{{1,40}}?)?"
    r"\s+(?:was|is|has\s+been|had\s+been|remains)\s+(?:simply\s+)?that\s+(?P<content>\S.*?)[.!?]?\s*$"
)


def noun_of_saying_is_that(s: ReportSite) -> list[Statement]:
    """Mina Holt's argument on Monday was that the pier would open in early May."""
    masked = s.masked
    if " that " not in masked or ("s that " not in masked and " been that " not in masked):
        return []  # (cheap gate: the copula right before "that")
    m = _POSSESSIVE_NOUN_IS_THAT.match(masked)
    if m is None:
        return []
    made = s.make(m.start("content"), m.end("content"), m.group("np"), s.start + m.start("np"), NOUN_OF_SAYING_IS_THAT)
    return [made] if made else []


# A transcript's line: the whole paragraph after its speaker's label. --------------------------------------
# "UN: PIER CLOSED FOR GOOD": a shouted headline's topic, no speaker's label.
_SHOUTED = re.compile(r"[A-Z][A-Z’'\-]+\s+[A-Z][A-Z’'\-]+\b")


def transcript_line(reporter: "Reporter", ctx: ParagraphContext) -> Statement | None:
    """Mina Holt runs the ferry. // HOLT: The pier will open in May, and the town will pay for every plank of it.

    A line of an interview's or a broadcast's transcript, its label a person the article names: the line is
    that person's words. A question is no claim, and a line holding quotation marks is left to the quote rules.
    """
    if ctx.label in (None, "Q", "A") or MASK in ctx.masked:
        return None  # (a Q&A's answers are interview_answer's)
    start, end = ctx.label_end, len(ctx.text.rstrip())
    text = ctx.text[start:end]
    if text.endswith("?") or _SHOUTED.match(text) or len(text.split()) < _MIN_WORDS:
        return None
    name = ctx.label.title()
    if reporter.resolver.cast.lookup(name, ctx.base) is None:
        return None  # "UPDATE:", "WATCH:": a label naming nobody the article names
    speaker = reporter.resolver.mention(name, "person", ctx.base, titled=True)
    if not speaker.name:
        return None
    return Statement(text, ctx.base + start, ctx.base + end, speaker, TRANSCRIPT_LINE)


def interview_answer(reporter: "Reporter", ctx: ParagraphContext) -> Statement | None:
    """Mina Holt runs the ferry. // Q: When will the pier open? // A: In May, and the town will pay for all of it.

    An interview printed as questions and answers: each answer is the interviewee's, the one person the
    introduction names (or, when it names several, the first, if the headline names her too). A
    question is no claim; an answer holding quotation marks is left to the quote rules.
    """
    if ctx.label != "A" or MASK in ctx.masked or reporter.interviewee is None:
        return None
    start, end = ctx.label_end, len(ctx.text.rstrip())
    text = ctx.text[start:end]
    if len(text.split()) < _MIN_WORDS:
        return None
    speaker = reporter.resolver.mention(reporter.interviewee, "person", ctx.base)
    return Statement(text, ctx.base + start, ctx.base + end, speaker, INTERVIEW_ANSWER) if speaker.name else None


# The table: each rule's confidence is its accuracy measured on polnear-train (see the README). ---------
ACCORDING_TO_BEFORE = Rule(r.ACCORDING_TO_BEFORE, 0.75, according_to_before)
ACCORDING_TO_AFTER = Rule(r.ACCORDING_TO_AFTER, 0.7, according_to_after)
CONTENT_THEN_VERB = Rule(r.CONTENT_THEN_VERB, 0.6, content_then_verb)
CONTENT_THEN_VERB_INVERTED = Rule(r.CONTENT_THEN_VERB_INVERTED, 0.75, content_then_verb_inverted)
ATTRIBUTION_IN_MIDDLE = Rule(r.ATTRIBUTION_IN_MIDDLE, 0.6, attribution_in_middle)
ACCORDING_TO_MIDDLE = Rule(r.ACCORDING_TO_MIDDLE, 0.5, according_to_middle)
SUBJECT_VERB_THAT = Rule(r.SUBJECT_VERB_THAT, 0.55, subject_verb_that)
VERB_PREPOSITION = Rule(r.VERB_PREPOSITION, 0.5, verb_preposition)
NOUN_OF_SAYING_IS_THAT = Rule(r.NOUN_OF_SAYING_IS_THAT, 0.6, noun_of_saying_is_that)
# (0.54, under its measured 0.62: a source named as surely as a titled name the article gives nowhere in full
# or a pronoun in the paragraph, Sure.NEW_NAME, clears STATEMENT_FLOOR; one named less surely does not.)
PARTICIPLE_OF_SAYING = Rule(r.PARTICIPLE_OF_SAYING, 0.54, participle_of_saying)
TRANSCRIPT_LINE = Rule(r.TRANSCRIPT_LINE, 0.8, transcript_line)
INTERVIEW_ANSWER = Rule(r.INTERVIEW_ANSWER, 0.7, interview_answer)
# The shapes of a whole sentence, tried in this order; the first that fits is the sentence's.
SHAPE_RULES = (
    ACCORDING_TO_BEFORE,
    ACCORDING_TO_AFTER,
    CONTENT_THEN_VERB,
    CONTENT_THEN_VERB_INVERTED,
    ATTRIBUTION_IN_MIDDLE,
    ACCORDING_TO_MIDDLE,
)
# Nouns of saying ("Roe's claim that ..."), a participle carrying on a statement (", adding that ...")
# and a verb coordinated with another ("Roe toured the pier and said ...") were rules too; their
# statements were right less than four times in ten on polnear-train, under STATEMENT_FLOOR, so they
# are gone: a paraphrase without a sure source is no claim. (The narrow coordinated form, a name opening
# the sentence with one predicate before "and said", was right 8 times in 9 there: VerbClause reads it.)
# The narrow noun form that stays, a possessor opening the sentence and a copula giving the content ("Roe's
# point was that ..."), was right 6 times in 6 there.
NOUN_RULES: tuple[Rule, ...] = (NOUN_OF_SAYING_IS_THAT,)
# Tried for each cue verb.
VERB_RULES = (SUBJECT_VERB_THAT, VERB_PREPOSITION, PARTICIPLE_OF_SAYING)
# Read once per paragraph, before its sentences.
PARAGRAPH_RULES = (TRANSCRIPT_LINE, INTERVIEW_ANSWER)
REPORTED_RULES = (*PARAGRAPH_RULES, *SHAPE_RULES, *NOUN_RULES, *VERB_RULES)


class Reporter:
    """Finds reported statements paragraph by paragraph, naming speakers with the shared resolver.

    ``rules`` narrows the table (a test runs one rule alone); the order is always the table's.
    """

    def __init__(
        self, contexts: list[ParagraphContext], resolver: SpeakerResolver, rules: tuple[Rule, ...] = REPORTED_RULES
    ):
        self.contexts = contexts
        self.resolver = resolver
        self.paragraph_rules, self.shape_rules, self.noun_rules, self.verb_rules = narrowed(
            rules, PARAGRAPH_RULES, SHAPE_RULES, NOUN_RULES, VERB_RULES
        )
        # "Noting that ..., Roe said": the participle opening a sentence is no verb the finder knows (it is
        # capitalised), so the rule of participles reads it once per sentence.
        self.opening_participles = PARTICIPLE_OF_SAYING in self.verb_rules

    @cached_property
    def interviewee(self) -> str | None:
        """Whom a Q&A's answers are by: the one person its introduction (the paragraphs before the first
        question or answer) names in full, or the first of several when the headline names her too."""
        named: list[str] = []
        for ctx in self.contexts:
            if ctx.label in ("Q", "A"):
                break
            for m in find_mentions(ctx.masked, ctx.base):
                person = self.resolver.cast.lookup(m.name, m.start) if m.kind == "person" else None
                if person is not None and " " in person.name and person.name not in named:
                    named.append(person.name)
        if len(named) == 1 or (named and named[0].split()[-1] in self.resolver.cast.headline):
            return named[0]
        return None

    def statements(self, ctx: ParagraphContext) -> list[Statement]:
        for rule in self.paragraph_rules if ctx.label else ():
            line = rule.apply(self, ctx)
            if line is not None:
                return [line]  # the whole line is the labelled speaker's: no sentence of it reports anyone else
        out: list[Statement] = []
        for start, end in ctx.sentences:
            out.extend(self._sentence(ctx, start, end))
        return out

    def _sentence(self, ctx: ParagraphContext, start: int, end: int) -> list[Statement]:
        if end - start > _LONGEST_SENTENCE:
            return []  # no sentence is this long: an unpunctuated export, not prose to read statements from
        s = ReportSite(self, ctx, start, end)
        if (
            MASK in s.masked
            and s.masked.count(MASK) > 0.6 * len(s.masked)
            and not _SAYING_PARTICIPLE_AFTER.search(s.masked, s.masked.rfind(MASK))
        ):
            # A quotation with its attribution: the quote rules have it. (Not a participle of saying after the
            # attribution: "“...,” said Mina Holt, adding that ...", a statement of its own.)
            return []
        # The shapes are costly regular expressions; a sentence with no cue at all cannot match them.
        if s.verbs or "ccording to" in s.masked:
            for rule in self.shape_rules:
                made = rule.apply(s)
                if made:
                    # The sentence may hold other statements too ("..., and Roe says ..."): keep looking.
                    s.found.append(made)
                    break
        for rule in self.noun_rules:
            s.found.extend(rule.apply(s))
        if self.opening_participles:
            made = opening_participle(s)
            if made is not None:
                s.found.append(made)
        for verb in s.verbs:
            clause = VerbClause(s, verb)
            for rule in self.verb_rules:
                made = rule.apply(s, clause)
                if made is not None:
                    if not any(_inside(made, f) or _nested(made, f, s, verb) for f in s.found if not f.deed):
                        s.found.append(made)
                    break
        return s.found

    def run_on(self, ctx: ParagraphContext, statement: Statement, sent_end: int) -> Statement:
        """ "''We lost,'' Roe said. ''It hurts.''": quoted sentences right after the attribution go on
        with the same speaker's words, so the statement takes them in."""
        end = sent_end
        for start, stop in ctx.sentences:
            if start < end:
                continue
            # A quotation in two-apostrophe marks left open runs on over the sentences it holds:
            # "''We lost,'' Roe said. ''It hurts. We will be back.''"
            open_quote = ctx.text[statement.body_start - ctx.base : end].count("''") % 2 == 1
            if start != end or not (open_quote or _OPENS_QUOTED_AFTER_SPACE.match(ctx.text[start:stop])):
                break
            end = stop
        if end == sent_end:
            return statement
        # Offsets stay exact: the statement now runs to the end of the last quoted sentence.
        text = ctx.text[statement.body_start - ctx.base : sent_end + len(ctx.text[sent_end:end].rstrip())]
        return Statement(
            text, statement.body_start, statement.body_start + len(text), statement.speaker, statement.rule
        )

    def run_back(self, ctx: ParagraphContext, statement: Statement, sent_start: int) -> Statement:
        """ "''We lost. It hurts,'' Roe said.": the sentences back to the two-apostrophe mark opening the
        quotation that ends before the attribution are the statement's too."""
        start = sent_start
        for begin, stop in reversed(ctx.sentences):
            if stop > start:
                continue
            if ctx.text[stop:start].strip() or start - begin > _LONGEST_SENTENCE:
                break
            start = begin
            if ctx.text[start:sent_start].count("''") % 2 == 1:
                text = ctx.text[start : statement.body_end - ctx.base].strip()
                body_start = ctx.base + start + len(ctx.text[start:]) - len(ctx.text[start:].lstrip())
                return Statement(text, body_start, body_start + len(text), statement.speaker, statement.rule)
        return statement

    def make(self, ctx, sent_start, c_start, c_end, np, np_pos, rule: Rule, speaker=None) -> Statement | None:
        """The statement whose content is ``c_start:c_end`` of the sentence, said by the source ``np``."""
        content = ctx.masked[sent_start + c_start : sent_start + c_end]
        # Quoted words in the content are the speaker's own, stored as the quotation: one claim, not two.
        quoted = MASK in content
        # Words outside the quotation marks: the writer's paraphrase around the speaker's own words.
        paraphrased = bool(_PARAPHRASE_WORD.search(content.replace(MASK, " ")))
        text = ctx.text[sent_start + c_start : sent_start + c_end]
        if text.count("“") > text.count("”") and ctx.text.startswith("”", sent_start + c_end):
            text += "”"  # the quotation inside the statement closes right after it: “the second crew,”
        lead = len(text) - len(text.lstrip(" ,"))
        text = text.strip(" ,")
        text = _FINAL_STOPS.sub("", text).rstrip(" ,")
        if len(text.split()) < _MIN_WORDS or (quoted and not paraphrased):
            return None
        if speaker is None:
            np = np.strip(" ,")
            if len(np.split()) > 10:
                # "In a recent interview with a weekly, Ambassador Jane Roe said": the name next to the verb.
                tail = _CAPITALISED_TAIL.search(np)
                start = tail.start() if tail else len(np)
                for initials in _INITIALS_ENDING_SENTENCE.finditer(np, start):
                    start = initials.end()  # "... in Portside, D.C. He": the sentence the splitter missed
                # "... a sidewalk along the Harbour Strip": a name after a preposition is no subject.
                np = np[start:] if not _ENDS_ON_PREPOSITION.search(np, 0, start) else ""
            if not np or _name_only_after_preposition(np) or _state_of_a_place(np, ctx.masked, sent_start):
                return None
            prior = None
            if ctx.index > 0:
                prev = self.contexts[ctx.index - 1]
                prior = (prev.masked, prev.base)
            speaker = self.resolver.from_phrase(np, ctx.base + np_pos, ctx.masked[:np_pos], prior)
        if speaker is None or not speaker.name:
            return None
        if speaker.how == "role" and speaker.kind == "person" and _CANDIDATE_CAMPAIGN.match(np):
            speaker = replace(speaker, confidence=Sure.SURNAME)
        if (
            speaker.how == "full"
            and speaker.confidence <= Sure.NEW_ONE_WORD_NAME
            and not (rule in (ACCORDING_TO_BEFORE, ACCORDING_TO_AFTER, ACCORDING_TO_MIDDLE) and _ONE_NAME.fullmatch(np))
        ):
            if not _lone_subject(ctx.masked, sent_start, np_pos, np):
                return None  # "..., Holt said." with no Holt named in full anywhere: no sure source
            # "Forbes said ...", "Bob said ...": one word that is the whole subject, right before its verb,
            # names a source the article never gives in full (an outlet, a firm, a first name); on
            # polnear-train such statements were right about as often as the rest.
            speaker = replace(speaker, confidence=Sure.NEW_NAME)
        body_start = ctx.base + sent_start + c_start + lead
        return Statement(text, body_start, body_start + len(text), speaker, rule, quoted, paraphrased)


# A source phrase whose only name is the object of a preposition inside it names where or what, not who:
# "leaders in North Carolina", "And on Capitol Hill", "the woman driving along the Harbour Strip".
_NAME_AFTER_PREPOSITION = re.compile(
    r"(?:^|\s)(?i:of|in|on|at|along|about|with|for|during|near|across|over|against|alongside|"
    r"into|onto|under|toward|towards|through|ahead\sof|relating\sto)\s"
    # One space between words: a wider gap is a quotation masked out, after which a new subject may open.
    r"(?:(?:the|a|an|his|her|their|its|our|this|that|these|those)\s)?(?:[A-Z][\w.’'\-]*\s){0,4}[A-Z][\w.’'\-]*$"
)
_OPENING_CONJUNCTION = re.compile(r"^\s*(?:And|But|So|Yet|Or|Just|Even)\b")
# ... unless the words before the preposition name the source's stand-in: "a spokesman for the Ministry".
_BODIES = {"government", "administration", "campaign", "office", "team", "staff"}
_STAND_IN_WORDS = "|".join(sorted(PERSON_ROLE_NOUNS | set(ORG_ROLE_NOUNS) | _BODIES, key=len, reverse=True))
# (One person in a role stands in for the body: "an official at the Ministry"; "leaders in Portside" are a group.)
_STANDS_IN = re.compile(rf"\b(?:(?:{_PROXY_WORDS})s?|{_STAND_IN_WORDS})\s*$", re.IGNORECASE)
_CAPITALISED_WORD = re.compile(r"\b[A-Z]")


def _first_word_end(text: str) -> int:
    """Where the first word ends: a sentence opens on a capital whatever it is."""
    space = text.find(" ")
    return len(text) if space == -1 else space


def _name_only_after_preposition(np: str) -> bool:
    """The phrase's name follows a preposition (and an article), after only lowercase words or a conjunction."""
    m = _NAME_AFTER_PREPOSITION.search(np)
    if m is None:
        return False
    head = _OPENING_CONJUNCTION.sub("", np[: m.start()]).strip()
    if _STANDS_IN.search(head):
        return False
    # "Jane Roe of the Harbour Institute", "Friends of Portside": a name before the preposition is the source;
    # the first word is capitalised wherever the sentence opens.
    return not head or (head.split()[-1][0].islower() and _CAPITALISED_WORD.search(head, _first_word_end(head)) is None)


# (After a lowercase word: in "Ambassador to Elbonia Jane Roe" the preposition is part of her title.)
_ENDS_ON_PREPOSITION = re.compile(
    r"(?<![\w’'\-])[a-z][\w’'\-]*\s+(?:of|in|on|at|along|about|with|for|during|near|across|over|against|"
    r"alongside|into|onto|under|toward|towards|through|to|like|concerning|than)\s+"
    r"(?:(?:the|a|an|his|her|their|its|our)\s+)?$"
)
_INITIALS_ENDING_SENTENCE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}\s+(?=\S)")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


# A sentence opening on a one-word subject and its verb: "Forbes said", "But Bob later told".
_OPENS_ON_ONE_WORD = re.compile(
    rf"\s*(?:(?:And|But|So|Yet|Instead|However|Still|Now|Then|Later|Meanwhile),?\s+|\(?As\s+)?"
    rf"(?P<name>(?:[Tt]he\s+)?\S+)"
    # ... maybe set off by an aside or an appositive: "Forbes, however, says", "Teck, the mining firm, says".
    rf"(?:,\s+(?:however|though|too|meanwhile|(?:a|an|the)\s[^,\x00]{{1,60}}),)?\s+{AUX}"
)


def _lone_subject(masked: str, sent_start: int, np_pos: int, np: str) -> bool:
    """The sentence opens on the source, one name, right before its verb ("Forbes said that ...").
    A name cut out of a longer phrase ("Sen. Roe of Ohio said", "in Dover, Ohio, where officials said")
    is no such source, nor is one after the statement ("..., Holt said."), which may be anyone's."""
    if not _ONE_NAME.fullmatch(np):
        return False
    opening = _OPENS_ON_ONE_WORD.fullmatch(masked, sent_start, np_pos)
    if opening is None:
        # "... after Forbes reported that ...": a clause of time or cause opens on it just as well ("as Forbes
        # reported" is the writer's attribution of the sentence, not a statement of Forbes's own).
        opening = _SUBORDINATE_ONE_WORD.search(masked, sent_start, np_pos)
    return opening is not None and opening.group("name") == np


_SUBORDINATE_ONE_WORD = re.compile(
    rf"\b(?:after|when|because|while|before|since|until|once)\s+(?P<name>(?:the\s+)?[^\s,]+)\s+{AUX}$"
)


def _state_of_a_place(np: str, masked: str, sent_start: int) -> bool:
    """ "a stop in Portside, N.H., where ...": initials after a place's name and a comma are its state, no source."""
    if not _INITIALS.fullmatch(np):
        return False
    return (
        re.search(rf"[A-Z][\w’'\-]*,\s+{re.escape(np)}", masked[sent_start : sent_start + _LONGEST_SENTENCE])
        is not None
    )


_CANDIDATE_CAMPAIGN = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w’'\-]*\s+){1,2}(?:campaign|administration)$")
# "according to Bloomberg": after "according to", a single capitalised word that is the whole source
# phrase names a source (a poll, a paper, an agency) even when the article gives no longer form.
_ONE_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.’'\-]*")


def _inside(statement: Statement, other: Statement) -> bool:
    """The same speaker's statement already holds this span: "The pier, Roe said, will open." once."""
    return (
        other.body_start <= statement.body_start
        and statement.body_end <= other.body_end
        and other.speaker.name == statement.speaker.name
    )


def _nested(statement: Statement, other: Statement, s: ReportSite, verb: VerbHit) -> bool:
    """The verb and what it reports lie inside another speaker's statement ("Roe said Doe had praised the
    crew"): Doe's words as Roe gave them, part of Roe's claim, not a claim of Doe's own. (A break in
    between, "Roe said ..., and Doe said ...", makes the statement run over a clause of the writer's.)"""
    verb_at = s.ctx.base + s.start + verb.start()
    if other.rule not in VERB_RULES or not other.body_start <= verb_at:
        return False
    between = s.ctx.masked[other.body_start - s.ctx.base : verb_at - s.ctx.base]
    return _NESTING_BREAK.search(between) is None and _inside(statement, replace(other, speaker=statement.speaker))


_NESTING_BREAK = re.compile(r"[,;]|\s[-–—―]+\s|\bwhereas\b")
