"""Who said a quotation: an ordered table of small rules, each tried in turn until one names a speaker.

The rule that names the speaker is stored on the record (``QuoteRecord.rule``) so that a reviewer's
correction can be traced to it. Each rule's docstring opens with a made-up example (see ``rules``).
"""

import re
from dataclasses import dataclass, replace

from . import rules as r
from .context import ParagraphContext, squeeze
from .lazy import cached_property
from .lexicon import PARTIAL_VERBS, PERSON_ROLE_NOUNS, SPEECH_VERBS, VerbFinder, VerbHit, word_alternation
from .names import CAPS_DATELINE, find_mentions
from .phrases import AUX, phrase_after_verb, trim_auxiliaries, verbs_in
from .quotes import QuoteSpan
from .rules import Rule, narrowed
from .speakers import NOBODY, Speaker, SpeakerResolver, Sure, strip_appositive

_LEAD = r"^[\s,;:\-–—\x00]*"
# A dash and a name closing the paragraph: the sign-off of a quotation.
_AFTER_DASH = re.compile(r"^[\s,.]*[—–-]+\s*(?P<np>[A-Z][^,;:()\x00“”\"]{1,60}?)\s*(?:,[^\x00“”\"]*)?[.]?\s*$")
_AFTER_ACCORDING = re.compile(rf"{_LEAD}according to\s+(?P<np>[^;:.()\x00“”\"]+)", re.IGNORECASE)
_ACCORDING_ANYWHERE = re.compile(r",\s+according to\s+(?P<np>[^;:.()\x00“”\"]+)", re.IGNORECASE)
_ACCORDING_BEFORE = re.compile(r"according to\s+(?P<np>[^,;:\x00“”\"]+?)\s*[,:]?\s*$", re.IGNORECASE)
# "Jane Roe said: “" / "Roe told the crowd, “" / "Roe said that “" -- the verb and what may follow it.
_BEFORE_TAIL = re.compile(r"^[^;\x00“”\"]{0,100}$")
# ", explained Jane Roe, “" -- a verb followed by its subject and then the quotation.
_INVERTED_TAIL = re.compile(r"^\s+(?P<np>(?:the\s+)?[A-Z][^,:;\x00“”\"]{1,60}?)\s*[,:]\s*$")
# Any past-tense verb between a quotation and a name: "“Wonderful!” beamed Jane Roe."
_ANY_PAST_INVERTED = re.compile(r"^[\s,;:\-–—\x00]*(?P<verb>[a-z]+ed)\s+(?P<np>(?:Rev\.|Dr\.|[A-Z])[^,;:()\x00“”\"]+)")
_ANY_PAST_SUBJECT = re.compile(
    r"^[\s,;:\-–—\x00]*(?P<np>he|she|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+(?P<verb>[a-z]+ed)\b"
)
# An adverbial opening before the subject: "On Monday, ", "In a speech in Ohio, ", "But ".
_INTRO_CLAUSE = re.compile(
    r"^(?:(?:In|On|At|After|Before|During|Since|When|While|As|Last|This|Earlier|Later|Speaking|Asked|Following|"
    r"Despite|With|Without|For|By|From|Under|Over|Meanwhile|However|Still|Yet|Now|Then|Also|Instead|Indeed|"
    r"Here|There|Back|[A-Z][a-z]+ing)\b"
    r"[^,]{0,80},\s+|(?:But|And|Yet|Still|Now|Then|So)\s+(?:then\s+|now\s+|so\s+)?)"
)
_IN_PLACE = re.compile(r"\b(?:in|at|from|near|outside)\s+(?:[a-z]+\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*$")
_STATE_AFTER_PLACE = re.compile(r"^[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},\s+(?=\S)")
# A source the article does not name: "one diplomat", "a senior official", "some analysts".
_UNNAMED = re.compile(r"^(?:a|an|one|some|another|several|two|three|many)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}$")
# The subject at the head of a sentence: a pronoun, "the (adjective) role", or a capitalised name.
_SUBJECT_START = re.compile(
    r"(?P<np>(?:he|she|He|She)\b|(?:[Tt]he|[Tt]his|An?)\s+(?:[\w\-’']+\s+){0,2}?[a-z][\w\-]*(?=\s+[a-z])"
    r"|(?:[A-Z][\w.’'\-]*\s+){0,5}[A-Z][\w’'\-]*)"
)
# Words after a quote that continue the writer's sentence rather than name a subject ("with X, said Roe").
_NOT_SUBJECT = re.compile(r"^(?!(?:he|she|they|it|i|we|the|a|an|his|her|their|its)\b)[a-z]")
# A name (two capitalised words or more) closing the words before a verb: the verb's subject.
_NAME_AT_END = re.compile(r"(?-i:[A-Z][\w.’'\-]*\s+(?:[A-Z]\.\s+)?[A-Z][\w’'\-]+)$")
# A lowercase past-tense or third-person verb form: "delivered", "sends" (a clause, not a name phrase).
_VERB_LIKE = re.compile(r"\b[a-z]{3,}(?:ed|es)\b")
# A description that an appositive name follows: "Vik's deputy campaign manager", "the former top aide to Vik".
_DESCRIBES_NEXT = re.compile(r"(?:the|a|an|his|her|their|[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)*[’']s?)\s+[a-z]")
# A noun phrase naming a source: a capitalised word, or an article or possessive and a word.
_NOUN_PHRASE = re.compile(r"(?:[A-Z]|(?:the|a|an|one|another|his|her|their|its)\s+\w|(?:[a-z][\w\-]*\s+){1,3}[A-Z])")
# Verbs whose object is the addressee ("told Reuters", "asked the mayor"): never an inverted subject.
_ADDRESSING = {"told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "informed", "urged", "urging"}
# Verbs whose object is the person spoken of ("attacked Romney, calling him ..."): never an inverted subject.
_TAKES_A_PERSON = {
    "attacked", "attacking", "praised", "praising", "criticized", "criticizing", "criticised", "blasted",
    "blasting", "slammed", "slamming", "mocked", "mocking", "accused", "accusing", "thanked", "thanking",
    "branded", "labeled", "blamed", "endorsed", "endorsing",
}  # fmt: skip
_TIME_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tonight|Last|This|Earlier|Later)\b"
)


def _inverted_subject(verb: VerbHit, rest: str) -> re.Match | None:
    """ ", explained Jane Roe, “" -- the subject after the verb; not an addressee ("telling Reuters,")
    nor a time ("said Thursday on Twitter,")."""
    if verb.group().lower() in _ADDRESSING or verb.group().lower() in _TAKES_A_PERSON:
        return None
    m = _INVERTED_TAIL.match(rest)
    return None if m is None or _TIME_WORD.match(m.group("np")) else m


# "WASHINGTON (Agency) — Roe said ...": a dateline is where the story was filed, never its subject.
_DATELINE = re.compile(r"^[A-Z][A-Za-z.’'\-]*(?:[ ,]+[A-Z][A-Za-z.’'\-]*){0,3}\s*\([^()]{1,30}\)\s*[–—-]+\s*")
_NAME_AFTER_ROLE = re.compile(
    rf"\s+(?:[a-z][\w\-]*\s+){{0,2}}(?:{word_alternation(sorted(PERSON_ROLE_NOUNS, key=len, reverse=True))})\s+"
    r"(?P<np>(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]*)"
)
_QUALIFIES_ROLE = re.compile(rf"\s+(?:{'|'.join(sorted(PERSON_ROLE_NOUNS, key=len, reverse=True))})\b")
_SPEECH_IN = VerbFinder(SPEECH_VERBS)
_CUE = VerbFinder(SPEECH_VERBS | PARTIAL_VERBS)
# A fragment's own attribution stands within this many words after it: "“a waste,” says Roe".
_FRAGMENT_REACH = 4


# "Rubio will continue to be", "began to wonder": a verb of the lexicon before an infinitive is no saying.
_BEFORE_INFINITIVE = re.compile(r"\s+to\s+[a-z]")
_POSSESSIVE_ENDINGS = ("’s ", "'s ", "s’ ", "s' ")
_ASPECTUAL = {"continue", "continues", "continued", "continuing", "begin", "begins", "began", "beginning"}


def _saying(finder: VerbFinder, text: str):
    """The verbs of ``finder`` used as verbs of saying in ``text``."""
    for verb in verbs_in(finder, text):
        if verb.group() in _ASPECTUAL and _BEFORE_INFINITIVE.match(text, verb.end()):
            continue
        if text.endswith(_POSSESSIVE_ENDINGS, 0, verb.start()):
            continue  # "calling Trump’s charge “pathetic”": after a possessive the cue word is a noun
        yield verb


# "After Vik argued ..., Holt said": the first verb is in a clause of its own, not the one that reports.
_SUBORDINATE_OPENING = re.compile(
    r"(?:After|Before|Despite|When|While|Although|Though|If|As|Because|Since|Unlike|Once|Until|Whether)\b"
)
_REPORTS_A_CLAUSE = {"said", "says", "told", "wrote", "writes", "argued", "argues", "claimed", "claims", "insisted"}


_OPENING_MARK = re.compile(r"[“\"]")


@dataclass
class Attribution:
    speaker: Speaker
    rule: Rule | None


@dataclass
class SubjectFound:
    """The subject of a cue verb before a quotation, and the shape it was found in."""

    shape: str  # inverted | coordinated | plain
    speaker: Speaker


# The words between a subject and its verb, at the end of the words before the verb (compiled once:
# AUX is long, and building the pattern per quotation cost more than matching it).
_AUX_AT_END = re.compile(rf"\s+{AUX}$")
_AUX_WORD_AT_END = re.compile(r"\s+(?:has|had|have|would|will|is|was|were|did|does|also|then|later|once)$")


class QuoteSite:
    """Where a quotation sits, and what the rules read around it (each computed once, when asked)."""

    def __init__(self, attributor: "Attributor", quote: QuoteSpan):
        first_i, self.first_s, _ = quote.first
        last_i, _, last_e = quote.last
        self.at = attributor
        self.opening = attributor.contexts[first_i]
        self.closing = attributor.contexts[last_i]
        self.mark = self.first_s - 1  # the opening quotation mark
        self.after_pos = last_e + 1 if quote.closed else last_e
        # A fragment woven into the writer's sentence ("Roe called it “a mess,” the paper said") belongs
        # to the verb that introduces it; a full quotation to the attribution that follows it.
        self.fragment = self.opening.text[self.first_s : self.first_s + 1].islower()

    @cached_property
    def after(self) -> str:
        """The words after the closing mark, to the end of the attribution's sentence."""
        ctx, pos = self.closing, self.after_pos
        _, sent_end = ctx.sentence(max(pos - 1, 0))
        if not ctx.masked[pos:sent_end].strip():
            # “Why now?” Holt asked. -- a quote ending in ? ! or . ends the sentence for the splitter;
            # the attribution is the next one.
            _, sent_end = ctx.sentence(min(sent_end, len(ctx.masked) - 1))
        after = ctx.masked[pos:sent_end]
        # Another quotation opening after this one ends the reach of the words between them.
        cut = _OPENING_MARK.search(after)
        return after[: cut.start()] if cut and cut.start() > 0 else after

    @property
    def after_base(self) -> int:
        return self.closing.base + self.after_pos

    @cached_property
    def after_verb(self) -> VerbHit | None:
        return next(verbs_in(_SPEECH_IN, self.after), None)

    @cached_property
    def after_lead(self) -> str:
        """What stands between the closing mark and the verb after it ("" for ",” said Roe")."""
        verb = self.after_verb
        return self.after[: verb.start()].strip(" ,;:\u2013\u2014-\x00") if verb else ""

    @cached_property
    def after_subject(self) -> str:
        """The subject phrase before the verb after the quotation: ",” Jane Roe, a pilot, said" -> "Jane Roe"."""
        verb = self.after_verb
        if verb is None:
            return ""
        np = _AUX_AT_END.sub("", self.after[: verb.start()].rstrip())
        np = _AUX_WORD_AT_END.sub("", np)
        return strip_appositive(np)

    @cached_property
    def names_its_source_after(self) -> bool:
        """A verb of saying right after the quotation, with a subject that is no pronoun: the article names
        this quotation's source there ("“...,” the editorial board writes"), whoever spoke before."""
        verb = self.after_verb
        if verb is None or self.fragment:
            return False
        if self.closing.text[: self.after_pos - 1].rstrip()[-1:] not in (",", "?", "!"):
            return False  # the writer's sentence goes on after the quotation, or a new one begins
        if not re.search(r"(?:ed|s|said|told|wrote|put|spoke|thought|felt)$", verb.group()):
            return False  # "“...!” Conservatives still praise ...": a base form begins the writer's sentence
        lead = self.after[: verb.start()].strip(" ,;:\u2013\u2014-\x00")
        subject = lead or self.after[verb.end() :].strip(" ,\x00").split(",")[0]
        if len(lead.split()) > 3 or not _NOUN_PHRASE.match(subject):
            return False  # "“...,” and donations began to ...": the writer's sentence goes on
        return not re.match(r"(?:he|she|they|we|i|it)\b", subject, re.I)

    @cached_property
    def sentence_start(self) -> int:
        return self.opening.sentence(self.mark)[0]

    @cached_property
    def before(self) -> str:
        """The opening mark's sentence up to the mark."""
        return self.opening.masked[self.sentence_start : self.mark]

    @cached_property
    def before_subject(self) -> SubjectFound | None:
        verbs = list(_saying(_SPEECH_IN, self.before))
        if not verbs or not _BEFORE_TAIL.match(self.before[verbs[-1].end() :]):
            return None
        found = self.at.subject_of(self.opening, self.sentence_start, verbs[-1], self.before, self.mark)
        if (
            self.fragment
            and len(verbs) > 1
            and verbs[0].group() in _REPORTS_A_CLAUSE
            and not _SUBORDINATE_OPENING.match(self.before.lstrip())
            and not re.search(r",\s+(?:and|but)\s", self.before[verbs[0].end() : verbs[-1].start()])
        ):
            # "Holt said that Vik begged her and “would have dropped to his knees”": quoted words inside
            # what Holt said are Holt's, not those of someone her clause mentions.
            first = self.at.subject_of(self.opening, self.sentence_start, verbs[0], self.before, self.mark)
            if first is not None and first.shape == "plain" and first.speaker.name and ";" not in self.before:
                return first
        return found

    @cached_property
    def cue_subject(self) -> SubjectFound | None:
        cues = list(_saying(_CUE, self.before))
        if not cues:
            return None
        return self.at.subject_of(self.opening, self.sentence_start, cues[-1], self.before, self.mark, loose=True)

    def phrase(self, np: str, pos: int, after: bool = True) -> Speaker | None:
        ctx, mark = (self.closing, self.after_pos) if after else (self.opening, self.mark)
        return self.at.np(np, pos, ctx, mark)


# The rules ------------------------------------------------------------------------------------------
def after_quote_dash(q: QuoteSite) -> Speaker | None:
    """“The supply chains are fragile” — Mina Holt, analyst at Harbour Research."""
    m = _AFTER_DASH.match(q.after)
    return q.phrase(m.group("np"), q.after_base + m.start("np")) if m else None


def after_quote_according_to(q: QuoteSite) -> Speaker | None:
    """“The pier will open in May,” according to Mina Holt."""
    m = _AFTER_ACCORDING.match(q.after) or _ACCORDING_ANYWHERE.search(q.after)
    return q.phrase(phrase_after_verb(m.group("np")), q.after_base + m.start("np")) if m else None


def after_quote_inverted(q: QuoteSite) -> Speaker | None:
    """“The pier will open in May,” said Mina Holt."""
    verb = q.after_verb
    if verb is None:
        return None
    post = q.after[verb.end() :]
    # ",” said Jane Roe" or "..., with the town, said Jane Roe": a verb after a comma is inverted.
    if q.after_lead and not (_NOT_SUBJECT.match(q.after_lead) and re.match(r"^\s+(?:[A-Z]|the\s|a\s|an\s)", post)):
        return None
    if q.after_lead and _NAME_AT_END.search(q.after_lead):
        return None  # ",” another friend, Mina Holt told the Gazette": the name before the verb is its subject
    parts = re.split(r"[,;:()\x00“”\"]", post.strip())
    np = parts[0].rstrip(" .")
    speaker = q.phrase(phrase_after_verb(np), q.after_base + verb.end())
    if (speaker is None or not speaker.name) and np[:1].islower():
        # ", said master of ceremonies Mina Holt": a lowercase title with its own "of", then the full name.
        found = find_mentions(np, 0)
        last = found[-1] if found else None
        if last is not None and last.kind == "person" and len(last.tokens) >= 2 and last.end >= len(np) - 1:
            speaker = q.phrase(last.name, q.after_base + verb.end())
    if (speaker is None or not speaker.name) and len(parts) > 1 and _DESCRIBES_NEXT.match(np):
        # ", said Vik's deputy campaign manager, Mina Holt": a description, then the name it describes.
        named = q.phrase(parts[1].strip().rstrip(" ."), q.after_base + verb.end())
        if named is not None and named.name and named.kind == "person" and named.how in ("full", "surname"):
            return named
    return speaker


def after_quote_subject(q: QuoteSite) -> Speaker | None:
    """“The pier will open in May,” Mina Holt said."""
    if q.after_verb is None or not q.after_lead:
        return None
    speaker = q.phrase(q.after_subject, q.after_base + q.after_verb.start())
    if speaker and (speaker.name or not _UNNAMED.match(q.after_subject)):
        return speaker
    return None


def after_quote_unnamed(q: QuoteSite) -> Speaker | None:
    """“The pier is not safe,” one engineer said."""
    if q.after_verb is not None and q.after_lead and _UNNAMED.match(q.after_subject):
        return Speaker(None, "person", 1.0, "unknown")
    return None


def _after_any_verb(q: QuoteSite, pattern: re.Pattern) -> Speaker | None:
    m = pattern.match(q.after)
    if not m:
        return None
    speaker = q.phrase(phrase_after_verb(m.group("np").rstrip(" .")), q.after_base + m.start("np"))
    return speaker if speaker and speaker.name and speaker.kind == "person" else None


def after_quote_any_verb_inverted(q: QuoteSite) -> Speaker | None:
    """“Wonderful!” beamed Mina Holt."""
    return _after_any_verb(q, _ANY_PAST_INVERTED)


def after_quote_any_verb(q: QuoteSite) -> Speaker | None:
    """“Wonderful!” Mina Holt beamed."""
    return _after_any_verb(q, _ANY_PAST_SUBJECT)


def after_fragment(q: QuoteSite) -> Speaker | None:
    """The new fares are “a waste of money,” says Mina Holt."""
    verb = q.after_verb
    if verb is None or len(q.after[: verb.start()].split()) > _FRAGMENT_REACH:
        return None
    return after_quote_inverted(q) or after_quote_subject(q)


def before_quote_according_to(q: QuoteSite) -> Speaker | None:
    """According to Mina Holt, “the pier will open in May.”"""
    m = _ACCORDING_BEFORE.search(q.before)
    if not m:
        return None
    pos = q.opening.base + q.sentence_start + m.start("np")
    return q.phrase(phrase_after_verb(m.group("np")), pos, after=False)


def _shaped(found: SubjectFound | None, shape: str) -> Speaker | None:
    return found.speaker if found is not None and found.shape == shape else None


def before_quote_inverted(q: QuoteSite) -> Speaker | None:
    """The pier is late, explained Mina Holt, “but it will open in May.”"""
    return _shaped(q.before_subject, "inverted")


def before_quote_coordinated(q: QuoteSite) -> Speaker | None:
    """Mina Holt toured the pier and said, “It will open in May.”"""
    return _shaped(q.before_subject, "coordinated")


def before_quote(q: QuoteSite) -> Speaker | None:
    """Mina Holt told the council: “The pier will open in May.”"""
    return _shaped(q.before_subject, "plain")


_SHOUTED_AFTER_LABEL = re.compile(r"\s*:\s+[A-Z][A-Z’'\-]+\s+[A-Z][A-Z’'\-]+\b")


def transcript(q: QuoteSite) -> Speaker | None:
    """Mina Holt runs the ferry. // HOLT: I said it then: “the pier is unsafe” and nobody listened."""
    label = q.opening.label
    if not label or label in {"Q", "A"}:
        return None
    if _SHOUTED_AFTER_LABEL.match(q.opening.text, len(label)):
        # "UN: PIER CLOSED FOR GOOD": a shouted headline's topic, an acronym kept as written ("Un" is nobody);
        # a longer word is no speaker's label.
        short = " " not in label and len(label) <= 4
        return Speaker(label, "organisation", Sure.ORGANISATION, "organisation") if short else None
    return q.at.resolver.mention(label.title(), "person", q.opening.base, titled=True)


def sentence_cue_inverted(q: QuoteSite) -> Speaker | None:
    """Praising the crew, called Mina Holt, “a model for the coast.”"""
    return _shaped(q.cue_subject, "inverted")


def sentence_cue_coordinated(q: QuoteSite) -> Speaker | None:
    """Mina Holt toured the pier on Monday, calling it “a long overdue repair.”"""
    return _shaped(q.cue_subject, "coordinated")


def sentence_cue(q: QuoteSite) -> Speaker | None:
    """Mina Holt called the plan “a long overdue repair” on Tuesday."""
    return _shaped(q.cue_subject, "plain")


def colon_intro(q: QuoteSite) -> Speaker | None:
    """The pollster Mina Holt: “Turnout will be low.”"""
    ctx, before = q.opening, q.before.rstrip()
    if not before.endswith(":"):
        return None
    head = before[:-1].rstrip()
    last = re.split(r"[,;\x00“”\"]|\s[-–—]\s", head)[-1]
    # "Mina Holt delivered a blunt message to Tomas Vik:": a clause with a verb, whose subject speaks.
    doing = _VERB_LIKE.search(last)
    speaker = None if doing else q.phrase(last, ctx.base + q.sentence_start, after=False)
    if speaker is None or not speaker.name:
        speaker = q.at.sentence_subject_of(ctx, q.sentence_start, len(before) + q.sentence_start - 1)
    return speaker


def same_paragraph(q: QuoteSite) -> Speaker | None:
    """Mina Holt said the wait was over. “It is late.” “But it is ours.”"""
    found = q.at.by_paragraph.get(q.opening.index)
    if not found:
        return None
    # "“A,” Holt told the paper, after Vik stated his view. “B.”": the quotation goes on with the last
    # quotation's speaker, not with the source of a statement between them.
    quoted = [s for at, s in q.at.quoted_by_paragraph.get(q.opening.index, []) if at <= q.opening.base + q.first_s]
    if quoted:
        return quoted[-1]
    before = [s for at, s in found if at <= q.opening.base + q.first_s]
    return before[-1] if before else found[0][1]


def _opens_paragraph(q: QuoteSite) -> bool:
    return not q.opening.masked[: q.mark].strip(" \x00\u2014\u2013-")


def continuation(q: QuoteSite) -> Speaker | None:
    """Mina Holt said the town had waited long enough. // “Ten years is a long time.”"""
    if not _opens_paragraph(q) or q.opening.index < 1:
        return None
    found = q.at.by_paragraph.get(q.opening.index - 1)
    return found[-1][1] if found else None


def continuation_lead_in(q: QuoteSite) -> Speaker | None:
    """Mina Holt, who runs the ferry, has a view on the matter. // “Ten years is a long time.”"""
    if not _opens_paragraph(q) or q.opening.index < 1:
        return None
    return q.at.lead_in(q.at.contexts[q.opening.index - 1])


def continuation_two_back(q: QuoteSite) -> Speaker | None:
    """Mina Holt said the town had waited. // “Ten years is long.” // “It is ours.”

    No further back: whoever spoke last, three paragraphs up or more, is right about one time in ten,
    so the quotation is left without a speaker for the reviewer rather than given a guess.
    """
    if not _opens_paragraph(q) or q.opening.index < 2 or q.at.by_paragraph.get(q.opening.index - 1):
        return None
    found = q.at.by_paragraph.get(q.opening.index - 2)
    if found:
        return found[-1][1]
    pctx = q.at.contexts[q.opening.index - 2]
    # "Holt, who runs the ferry, has a view:" -- a lead-in sentence naming the speaker.
    return q.at.lead_in(pctx) if pctx.masked.rstrip().endswith(":") else None


def sentence_head(q: QuoteSite) -> Speaker | None:
    """Mina Holt sang “a song about the pier” at the party.

    No verb of saying, but the sentence opens on a person the article names in full, and the quoted
    words are in that person's sentence: right about as often as a cue verb. A name heard nowhere else
    in full, or one found further into the sentence, is left to ``sentence_subject`` and a reviewer.
    """
    ctx = q.opening
    if not q.before.strip():
        return None
    verb = q.after_verb
    if verb is not None and len(q.after[: verb.start()].split()) <= _FRAGMENT_REACH:
        return None  # "Roe would have to “move to the center,” Vik said": a source the rules could not name
    speaker = q.at.sentence_head_of(ctx, q.sentence_start, q.mark)
    if speaker is None or not speaker.name or speaker.kind != "person" or speaker.how not in ("full", "surname"):
        return None
    cast = q.at.resolver.cast
    if cast.lookup(speaker.name, ctx.base + q.sentence_start) is None:
        return None  # a name the article gives only here
    first = speaker.name.split()[0]
    if first.endswith("ing") and not cast.named_inside(first):
        return None  # "Celebrating Roe's win, ...": a participle opening the sentence
    return speaker


def sentence_subject(q: QuoteSite) -> Speaker | None:
    """Mina Holt raised the issue of “the buildup” on Monday."""
    ctx = q.opening
    if not q.before.strip():
        return None
    speaker = q.at.sentence_subject_of(ctx, q.sentence_start, q.mark)
    if speaker is None or not speaker.name or speaker.kind != "person" or speaker.how == "pronoun":
        return None
    cast = q.at.resolver.cast
    if cast.lookup(speaker.name, ctx.base + q.sentence_start) is None and not cast.named_inside(speaker.name):
        return None  # "Reprising the attack, ...": a capitalised word only ever seen opening a sentence
    return speaker


# The table: a quotation's attribution usually follows it, a fragment's usually introduces it. Each
# confidence is the rule's accuracy on polnear-train, rounded (see the README); rules used too rarely
# to measure keep the confidence of their closest kin. ------------------------------------------------
_AFTER = (
    Rule(r.AFTER_QUOTE_DASH, 0.9, after_quote_dash, explicit=True),
    Rule(r.AFTER_QUOTE_ACCORDING_TO, 0.9, after_quote_according_to, explicit=True),
    Rule(r.AFTER_QUOTE_INVERTED, 0.95, after_quote_inverted, explicit=True),
    Rule(r.AFTER_QUOTE_SUBJECT, 0.95, after_quote_subject, explicit=True),
    Rule(r.AFTER_QUOTE_UNNAMED, 0.3, after_quote_unnamed, settles=True),
    Rule(r.AFTER_QUOTE_ANY_VERB_INVERTED, 0.72, after_quote_any_verb_inverted),
    Rule(r.AFTER_QUOTE_ANY_VERB, 0.72, after_quote_any_verb),
)
_BEFORE = (
    Rule(r.BEFORE_QUOTE_ACCORDING_TO, 0.9, before_quote_according_to, explicit=True),
    Rule(r.BEFORE_QUOTE_INVERTED, 0.6, before_quote_inverted, explicit=True),
    Rule(r.BEFORE_QUOTE_COORDINATED, 0.85, before_quote_coordinated, explicit=True),
    Rule(r.BEFORE_QUOTE, 0.95, before_quote, explicit=True),
)
_TRANSCRIPT = Rule(r.TRANSCRIPT_LABEL, 0.7, transcript)
_CUE_RULES = (
    Rule(r.SENTENCE_CUE_INVERTED, 0.65, sentence_cue_inverted),
    Rule(r.SENTENCE_CUE_COORDINATED, 0.7, sentence_cue_coordinated),
    Rule(r.SENTENCE_CUE, 0.85, sentence_cue),
)
_FALLBACK = (
    Rule(r.COLON_INTRO, 0.85, colon_intro),
    Rule(r.SAME_PARAGRAPH, 0.9, same_paragraph),
    Rule(r.CONTINUATION, 0.75, continuation),
    Rule(r.CONTINUATION_LEAD_IN, 0.5, continuation_lead_in),
    Rule(r.CONTINUATION_TWO_BACK, 0.35, continuation_two_back),
    Rule(r.SENTENCE_HEAD, 0.85, sentence_head),
    Rule(r.SENTENCE_SUBJECT, 0.35, sentence_subject),
)
_AFTER_FRAGMENT = Rule(r.AFTER_FRAGMENT, 0.9, after_fragment, explicit=True)
# By name: "rule in _FALLBACK" compared every field of up to seven rules, for each rule of each quotation.
_FALLBACK_NAMES = frozenset(rule.name for rule in _FALLBACK)
# The order for a full quotation and for a fragment; every rule appears in QUOTE_RULES once.
FULL_QUOTE_ORDER = (*_AFTER, *_BEFORE, _TRANSCRIPT, *_CUE_RULES, *_FALLBACK)
FRAGMENT_ORDER = (*_BEFORE, _AFTER_FRAGMENT, _TRANSCRIPT, *_CUE_RULES, *_AFTER, *_FALLBACK)
QUOTE_RULES = (*_AFTER, _AFTER_FRAGMENT, *_BEFORE, _TRANSCRIPT, *_CUE_RULES, *_FALLBACK)


class Attributor:
    """Applies the rules to the quotations of one article, in reading order.

    ``rules`` narrows the table (a test runs one rule alone); the order is always the table's.
    """

    def __init__(
        self, contexts: list[ParagraphContext], resolver: SpeakerResolver, rules: tuple[Rule, ...] = QUOTE_RULES
    ):
        self.contexts = contexts
        self.resolver = resolver
        self.by_paragraph: dict[int, list[tuple[int, Speaker]]] = {}  # attributed speakers per paragraph
        self.quoted_by_paragraph: dict[int, list[tuple[int, Speaker]]] = {}  # ... of quotations only
        self.full_order, self.fragment_order = narrowed(rules, FULL_QUOTE_ORDER, FRAGMENT_ORDER)

    def note(self, paragraph: int, pos: int, speaker: Speaker, quoted: bool = True) -> None:
        """Remember who spoke at ``pos``; ``quoted`` False for the source of a reported statement."""
        if speaker.name:
            self.by_paragraph.setdefault(paragraph, []).append((pos, speaker))
            if quoted:
                self.quoted_by_paragraph.setdefault(paragraph, []).append((pos, speaker))
            self.resolver.remember(pos, speaker)

    def attribute(self, quote: QuoteSpan) -> Attribution:
        site = QuoteSite(self, quote)
        for rule in self.fragment_order if site.fragment else self.full_order:
            if rule.name in _FALLBACK_NAMES and site.names_its_source_after:
                break  # "“...,” columnist Ai Jun wrote": a source the rules could not name, not the last speaker
            speaker = rule.apply(site)
            if speaker is not None and (speaker.name or rule.settles):
                confidence = min(rule.confidence, speaker.confidence)
                return Attribution(replace(speaker, confidence=confidence), rule)
        return Attribution(NOBODY, None)

    # What several rules share -------------------------------------------------------------------------
    def subject_of(
        self, ctx: ParagraphContext, sent_start: int, verb: VerbHit, before: str, mark: int, loose: bool = False
    ) -> SubjectFound | None:
        """The subject of ``verb`` before a quotation; ``loose`` falls back on the sentence's subject."""
        rest = before[verb.end() :]
        # ", explained Jane Roe, “...”" / "Said Holt: “...”": the name follows the verb.
        m = _inverted_subject(verb, rest)
        if m:
            speaker = self.np(m.group("np"), ctx.base + sent_start + verb.end(), ctx, mark)
            if speaker:
                return SubjectFound("inverted", speaker)
        # The subject sits in the verb's own clause: after the last quotation or semicolon before it.
        np = trim_auxiliaries(re.split(r"[;:\x00“”\"]", before[: verb.start()])[-1])
        if not np.strip():
            np = phrase_after_verb(re.split(r"[,:]", rest)[0].strip())
            speaker = self.np(np, ctx.base + sent_start + verb.end(), ctx, mark)
            return SubjectFound("inverted", speaker) if speaker else None
        if re.search(r"\b(?:and|but)\s*$", np) or (np.endswith(",") and verb.group().endswith("ing")):
            # "Roe told the council on Monday, saying ..." / "Roe noted the delay, and said ...":
            # the subject of the verb before, or of the whole sentence.
            earlier = list(_saying(_SPEECH_IN, before[: verb.start()]))
            if earlier:
                found = self._plain_subject(ctx, sent_start, earlier[-1], before[: verb.start()], mark)
                if found is not None:
                    return SubjectFound("coordinated", found)
            speaker = self.sentence_subject_of(ctx, sent_start, verb.start())
            return SubjectFound("coordinated", speaker) if speaker else None
        # "Holt, who runs the ferry, said" / "When asked, Holt said": the clause's own subject. "He" is read
        # with the words before the verb only: "He said Roe was “a fraud”" is not about Roe.
        speaker = self.np(strip_appositive(np), ctx.base + sent_start + verb.start(), ctx, sent_start + verb.start())
        if speaker is None and loose:
            speaker = self.sentence_subject_of(ctx, sent_start, verb.start())
        return SubjectFound("plain", speaker) if speaker else None

    def _plain_subject(self, ctx, sent_start, verb, before, mark) -> Speaker | None:
        """The subject of an earlier verb in a coordinated sentence ("Roe noted X, and said")."""
        rest = before[verb.end() :]
        m = _inverted_subject(verb, rest)
        if m:
            speaker = self.np(m.group("np"), ctx.base + sent_start + verb.end(), ctx, mark)
            if speaker:
                return speaker
        np = trim_auxiliaries(re.split(r"[;:\x00“”\"]", before[: verb.start()])[-1])
        if not np.strip():
            np = phrase_after_verb(re.split(r"[,:]", rest)[0].strip())
            return self.np(np, ctx.base + sent_start + verb.end(), ctx, mark)
        if re.search(r"\b(?:and|but)\s*$", np) or (np.endswith(",") and verb.group().endswith("ing")):
            return self.sentence_subject_of(ctx, sent_start, verb.start())
        return self.np(strip_appositive(np), ctx.base + sent_start + verb.start(), ctx, sent_start + verb.start())

    def sentence_subject_of(self, ctx: ParagraphContext, sent_start: int, end: int) -> Speaker | None:
        """ "The mayor, standing on the pier, promised ...": the first noun phrase of the sentence, else
        the first person named among its first words."""
        found = self.sentence_head_of(ctx, sent_start, end)
        if found is not None:
            return found
        # "Republican candidate Jane Roe quickly took to the stage": the first name among the first words.
        head = " ".join(self._head(ctx, sent_start, end).split()[:10])
        for mention in find_mentions(head, 0):
            if mention.start == 0 and mention.name.endswith("ing") and len(mention.tokens) == 1:
                continue  # "Marking the end of ...": a participle opening the sentence
            if _QUALIFIES_ROLE.match(head, mention.end):
                continue  # "The Portside senator emailed ...": a place qualifying a role, no name
            if mention.kind == "person" and not mention.possessive:
                if (
                    len(mention.tokens) == 1
                    and not mention.title
                    and not self.resolver.cast.lookup(mention.name, ctx.base + sent_start)
                    and not self.resolver.cast.long_org(mention.name)
                ):
                    continue  # "conservative Web sites had ...": one word nobody is named by, among the first words
                return self.resolver.mention(mention.name, mention.kind, ctx.base + sent_start, bool(mention.title))
        return None

    def sentence_head_of(self, ctx: ParagraphContext, sent_start: int, end: int) -> Speaker | None:
        """The speaker the noun phrase opening the sentence names, after any opening adverbial."""
        head = self._head(ctx, sent_start, end)
        prior = (self.contexts[ctx.index - 1].masked, self.contexts[ctx.index - 1].base) if ctx.index else None
        m = _SUBJECT_START.match(head)
        if m and m.group("np")[0].isupper():
            # "Obama consultant Cornell Belcher picked up ...": the qualifier is not the subject.
            m = _NAME_AFTER_ROLE.match(head, m.end()) or m
        if m:
            found = self.resolver.from_phrase(m.group("np"), ctx.base + sent_start, ctx.masked[:sent_start], prior)
            if found is not None and found.name:
                return found
        return None

    @staticmethod
    def _head(ctx: ParagraphContext, sent_start: int, end: int) -> str:
        """The sentence up to ``end``, without its dateline and opening adverbial."""
        sentence = squeeze(ctx.masked[sent_start:end]).lstrip()
        dateline = _DATELINE.match(sentence) or CAPS_DATELINE.match(sentence)
        sentence = sentence[dateline.end() :] if dateline else sentence
        head = _INTRO_CLAUSE.sub("", sentence)
        if head != sentence and _IN_PLACE.search(sentence[: len(sentence) - len(head)].rstrip(" ,")):
            # "Speaking in Salem, New Hampshire, Roe said": the state finishes the place, Roe follows.
            head = _STATE_AFTER_PLACE.sub("", head, count=1)
        return head

    def lead_in(self, ctx: ParagraphContext) -> Speaker | None:
        """The person heading the last sentence of a paragraph that introduces a quotation."""
        last_start, _ = ctx.sentence(max(len(ctx.masked) - 1, 0))
        subject = self.sentence_subject_of(ctx, last_start, len(ctx.masked))
        return subject if subject is not None and subject.name and subject.kind == "person" else None

    def np(self, np: str, pos: int, ctx: ParagraphContext, mark: int) -> Speaker | None:
        """The speaker a source phrase names, read with the paragraph before ``mark`` as its context."""
        np = np.strip(" ,\x00")
        if not np or len(np.split()) > 12:
            return None
        prior = None
        if ctx.index > 0:
            prev = self.contexts[ctx.index - 1]
            prior = (prev.masked, prev.base)
        return self.resolver.from_phrase(np, pos, ctx.masked[: max(0, mark)], prior)
