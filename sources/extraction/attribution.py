"""Attribution rules: who said a quotation. Each rule is small, named and tried in order.

The rule that names the speaker is stored on the record (``QuoteRecord.rule``) so that a reviewer's
correction can be traced to it. Every example sentence below is made up.
"""

import re
from dataclasses import dataclass

from .context import TRANSCRIPT_LABEL, ParagraphContext, squeeze
from .lexicon import PARTIAL_VERBS, SPEECH_VERBS, VerbFinder
from .names import find_mentions
from .quotes import MASK, QuoteSpan
from .speakers import NOBODY, Speaker, SpeakerResolver, strip_appositive

_AUX = r"(?:(?:also|later|then|again|once|recently|previously|has|had|have|would|will|is|was|were|did|does|"
_AUX += r"\w+ly|went on to|continued to|is quoted as|was quoted as)\s+){0,2}"
_LEAD = r"^[\s,;:\-–—\x00]*"
# ",” according to Jane Roe."
# A dash and a name closing the paragraph: the sign-off of a quotation.
_AFTER_DASH = re.compile(r"^[\s,.]*[—–-]+\s*(?P<np>[A-Z][^,;:()\x00“”\"]{1,60}?)\s*(?:,[^\x00“”\"]*)?[.]?\s*$")
_AFTER_ACCORDING = re.compile(rf"{_LEAD}according to\s+(?P<np>[^;:.()\x00“”\"]+)", re.IGNORECASE)
# "Jane Roe said: “" / "Roe told the crowd, “" / "Roe said that “" -- the verb and what may follow it.
_BEFORE_TAIL = re.compile(r"^[^;\x00“”\"]{0,100}$")
# ", explained Jane Roe, “" -- a verb followed by its subject and then the quotation.
_INVERTED_TAIL = re.compile(r"^\s+(?P<np>(?:the\s+)?[A-Z][^,:;\x00“”\"]{1,60}?)\s*[,:]\s*$")
# Any past-tense verb between a quotation and a name: "“Wonderful!” beamed Jane Roe."
_ANY_PAST_INVERTED = re.compile(r"^[\s,;:\-–—\x00]*(?P<verb>[a-z]+ed)\s+(?P<np>(?:Rev\.|Dr\.|[A-Z])[^,;:()\x00“”\"]+)")
_ANY_PAST_SUBJECT = re.compile(
    r"^[\s,;:\-–—\x00]*(?P<np>he|she|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+(?P<verb>[a-z]+ed)\b"
)
_TRAILING_AUX = re.compile(
    r"(?:\s+(?:also|later|then|again|once|recently|previously|still|even|further|now|already|just|has|had|have|"
    r"would|will|is|was|were|did|does|could|can|may|might|must|should|long|never|often|always|\w+ly))+$"
)


# Before a noun that looks like a verb: "with a smile", "in the report", "after his remarks".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|its|this|that|these|those|some|any|no|each|every|another|whose|our|my|your)\s+$",
    re.IGNORECASE,
)
# (Not "to": "to talk about" is an infinitive.)
_DETERMINER_GAP_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|its|this|that|our|my|your)\s+[\w\-]+\s+$", re.IGNORECASE
)
_IRREGULAR_PAST = {"told", "wrote", "said", "spoke", "thought", "felt", "knew", "sought", "found", "began", "put it"}
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|with|of|for|by|after|before|about|from)\s+$", re.IGNORECASE)


_AUXILIARY_AFTER = re.compile(r"\s+(?:is|was|are|were|has|have|had|will|would|could|should|can|may|might|must)\b")


def verbs_in(pattern, text: str):
    """Matches of a verb pattern that are used as verbs, not as nouns ("a smile", "in comments")."""
    for m in pattern.finditer(text):
        head = text[max(0, m.start() - 12) : m.start()]
        if _DETERMINER_BEFORE.search(head):
            continue
        word = m.group()
        if (
            not word.endswith(("ed", "s", "ing"))
            and word not in _IRREGULAR_PAST
            and _DETERMINER_GAP_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        ):
            continue  # "in a phone call", "the final report": a bare form after a determiner is a noun
        if _PREPOSITION_BEFORE.search(head) and not m.group().endswith("ing"):
            continue
        if _AUXILIARY_AFTER.match(text, m.end()):
            continue  # "the road project is": a noun followed by its verb
        yield m


_TRAILING_TIME = re.compile(
    r"\s+(?:on|last|this|earlier|late|early)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"week|month|year|night|morning|afternoon|evening|weekend)\s*)+$|\s+(?:yesterday|today|tonight)$",
    re.IGNORECASE,
)


def trim_auxiliaries(np: str) -> str:
    """ "Roe has long" -> "Roe", "the ministry on Tuesday" -> "the ministry": words between a subject
    and its verb."""
    np = _TRAILING_AUX.sub("", np.rstrip())
    return _TRAILING_AUX.sub("", _TRAILING_TIME.sub("", np))


# An adverbial opening before the subject: "On Monday, ", "In a speech in Ohio, ", "But ".
_INTRO_CLAUSE = re.compile(
    r"^(?:(?:In|On|At|After|Before|During|Since|When|While|As|Last|This|Earlier|Later|Speaking|Asked|Following|"
    r"Despite|With|Without|For|By|From|Under|Over|Meanwhile|However|Still|Yet|Now|Then|Also|Instead|Indeed)\b"
    r"[^,]{0,80},\s+|(?:But|And|Yet|Still|Now|Then|So)\s+)"
)
# A source the article does not name: "one diplomat", "a senior official", "some analysts".
_UNNAMED = re.compile(r"^(?:a|an|one|some|another|several|two|three|many)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}$")
# The subject at the head of a sentence: a pronoun, "the (adjective) role", or a capitalised name.
_SUBJECT_START = re.compile(
    r"(?P<np>(?:he|she|He|She)\b|(?:[Tt]he|[Tt]his|An?)\s+(?:[\w\-’']+\s+){0,2}?[a-z][\w\-]*(?=\s+[a-z])"
    r"|(?:[A-Z][\w.’'\-]*\s+){0,5}[A-Z][\w’'\-]*)"
)
# Words after a quote that continue the writer's sentence rather than name a subject ("with X, said Roe").
_NOT_SUBJECT = re.compile(r"^(?!(?:he|she|they|it|i|we|the|a|an|his|her|their|its)\b)[a-z]")
_SPEECH_IN = VerbFinder(SPEECH_VERBS)
_ACCORDING_ANYWHERE = re.compile(r",\s+according to\s+(?P<np>[^;:.()\x00“”\"]+)", re.IGNORECASE)
_ACCORDING_BEFORE = re.compile(r"according to\s+(?P<np>[^,;:\x00“”\"]+?)\s*[,:]?\s*$", re.IGNORECASE)
_CUE = VerbFinder(SPEECH_VERBS | PARTIAL_VERBS)
# Addressee and topic after "told"/"of": never the speaker ("Roe told Doe", "Roe said of Doe").
_NP_STOP = re.compile(
    r"\s+(?:in|on|at|during|after|before|when|while|as|via|through|from|to|with|about|of|who|which|that|"
    r"last|this|on|early|late|earlier|later|recently|told|added|because|but|and\s+(?:then|added|said))\b.*$",
    re.IGNORECASE,
)


@dataclass
class Attribution:
    speaker: Speaker
    rule: str
    # An explicit but unnamed source ("“...,” one diplomat said") settles the question: nobody named.
    final: bool = False


def _phrase_after_verb(np: str) -> str:
    """ "Jane Roe on Tuesday" -> "Jane Roe"; keeps "a statement from the Ministry" whole."""
    if re.match(r"^(?:a|an|the)\s+(?:\w+\s+)?(?:statement|spokes\w+|release|report|letter|post)\b", np, re.I):
        return re.split(r"\s+(?:on|in|at|during|after|when|while)\s+(?=[a-z0-9])", np)[0]
    return _NP_STOP.sub("", np)


class Attributor:
    """Applies the rules to the quotations of one article, in reading order."""

    def __init__(self, contexts: list[ParagraphContext], resolver: SpeakerResolver):
        self.contexts = contexts
        self.resolver = resolver
        self.by_paragraph: dict[int, list[tuple[int, Speaker]]] = {}  # attributed speakers per paragraph

    def note(self, paragraph: int, pos: int, speaker: Speaker) -> None:
        if speaker.name:
            self.by_paragraph.setdefault(paragraph, []).append((pos, speaker))
            self.resolver.remember(pos, speaker)

    # ------------------------------------------------------------------------------------
    def attribute(self, quote: QuoteSpan) -> Attribution:
        first_i, first_s, _ = quote.first
        last_i, _, last_e = quote.last
        opening = self.contexts[first_i]
        closing = self.contexts[last_i]
        after = (lambda: self.after_quote(closing, last_e + 1 if quote.closed else last_e),)
        before = (
            lambda: self.before_quote(opening, first_s - 1),
            lambda: self.transcript(opening),
            lambda: self.sentence_cue(opening, first_s - 1),
        )
        # A fragment woven into the writer's sentence ("Roe called it “a mess,” the paper said") belongs
        # to the verb that introduces it; a full quotation to the attribution that follows it.
        fragment = opening.text[first_s : first_s + 1].islower()
        if fragment:
            # ... “a waste,” says Roe: an attribution right after the fragment outranks a cue further back.
            immediate = (lambda: self.after_quote(closing, last_e + 1 if quote.closed else last_e, immediate=True),)
            rules = (before[0], *immediate, *before[1:], *after)
        else:
            rules = (*after, *before)
        rules += (
            lambda: self.colon_intro(opening, first_s - 1),
            lambda: self.same_paragraph(opening, first_s),
            lambda: self.continuation(opening, first_s - 1),
            lambda: self.sentence_subject(opening, first_s - 1),
        )
        for rule in rules:
            found = rule()
            if found is not None and (found.speaker.name or found.final):
                return found
        return Attribution(NOBODY, "none")

    # rules ----------------------------------------------------------------------------------
    def after_quote(self, ctx: ParagraphContext, pos: int, immediate: bool = False) -> Attribution | None:
        """“The pier will open in May,” said Mina Holt. / “...,” Holt said. / “...,” she added."""
        _, sent_end = ctx.sentence(max(pos - 1, 0))
        if not ctx.masked[pos:sent_end].strip():
            # “Why now?” Holt asked. -- a quote ending in ? ! or . ends the sentence for the splitter;
            # the attribution is the next one.
            _, sent_end = ctx.sentence(min(sent_end, len(ctx.masked) - 1))
        after = ctx.masked[pos:sent_end]
        # Another quotation opening after this one ends the reach of the words between them.
        cut = re.search(r"[“\"]", after)
        if cut and cut.start() > 0:
            after = after[: cut.start()]
        base = ctx.base + pos
        m = _AFTER_DASH.match(after)
        if m:
            # “The supply chains are fragile” — Jane Roe, analyst at Harbour Research.
            speaker = self._np(m.group("np"), base + m.start("np"), ctx, pos)
            if speaker:
                return Attribution(speaker, "after_quote_dash")
        m = None if immediate else (_AFTER_ACCORDING.match(after) or _ACCORDING_ANYWHERE.search(after))
        if m:
            speaker = self._np(_phrase_after_verb(m.group("np")), base + m.start("np"), ctx, pos)
            if speaker:
                return Attribution(speaker, "after_quote_according_to")
        verb = next(verbs_in(_SPEECH_IN, after), None)
        if immediate and (verb is None or len(after[: verb.start()].split()) > 4):
            return None
        if verb is None:
            return self._after_any_verb(ctx, after, base, pos)
        pre, post = after[: verb.start()], after[verb.end() :]
        lead = pre.strip(" ,;:\u2013\u2014-\x00")
        # ",” said Jane Roe" or "..., with the town, said Jane Roe": a verb after a comma is inverted.
        if not lead or (_NOT_SUBJECT.match(lead) and re.match(r"^\s+(?:[A-Z]|the\s|a\s|an\s)", post)):
            np = re.split(r"[,;:()\x00“”\"]", post.strip())[0].rstrip(" .")
            speaker = self._np(_phrase_after_verb(np), base + verb.end(), ctx, pos)
            if speaker:
                return Attribution(speaker, "after_quote_inverted")
        if lead:
            np = re.sub(rf"\s+{_AUX}$", "", pre.rstrip())
            np = re.sub(r"\s+(?:has|had|have|would|will|is|was|were|did|does|also|then|later|once)$", "", np)
            np = strip_appositive(np)
            speaker = self._np(np, base + verb.start(), ctx, pos)
            if speaker and (speaker.name or not _UNNAMED.match(np)):
                return Attribution(speaker, "after_quote_subject")
            if _UNNAMED.match(np):
                return Attribution(Speaker(None, "person", 0.3, "unknown"), "after_quote_unnamed", final=True)
        return self._after_any_verb(ctx, after, base, pos)

    def _after_any_verb(self, ctx, after, base, pos) -> Attribution | None:
        """“Wonderful!” beamed Jane Roe. / “...,” she quipped. -- a verb outside the lexicon."""
        for pattern, rule in (
            (_ANY_PAST_INVERTED, "after_quote_any_verb_inverted"),
            (_ANY_PAST_SUBJECT, "after_quote_any_verb"),
        ):
            m = pattern.match(after)
            if m:
                np = _phrase_after_verb(m.group("np").rstrip(" ."))
                speaker = self._np(np, base + m.start("np"), ctx, pos)
                if speaker and speaker.name and speaker.kind == "person":
                    return Attribution(
                        Speaker(speaker.name, "person", speaker.confidence * 0.8, speaker.how, speaker.gender),
                        rule,
                    )
        return None

    def before_quote(self, ctx: ParagraphContext, mark: int) -> Attribution | None:
        """Mina Holt said, “The pier will open in May.” / Holt told the council: “...”"""
        sent_start, _ = ctx.sentence(mark)
        before = ctx.masked[sent_start:mark]
        m = _ACCORDING_BEFORE.search(before)
        if m:
            speaker = self._np(_phrase_after_verb(m.group("np")), ctx.base + sent_start + m.start("np"), ctx, mark)
            if speaker:
                return Attribution(speaker, "before_quote_according_to")
        verbs = list(verbs_in(_SPEECH_IN, before))
        if not verbs:
            return None
        verb = verbs[-1]
        if not _BEFORE_TAIL.match(before[verb.end() :]):
            return None
        return self._subject_of(ctx, sent_start, verb, before, mark, "before_quote")

    def sentence_cue(self, ctx: ParagraphContext, mark: int) -> Attribution | None:
        """Holt called the plan “a long overdue repair” on Tuesday: a cue verb anywhere before."""
        sent_start, _ = ctx.sentence(mark)
        before = ctx.masked[sent_start:mark]
        cues = list(verbs_in(_CUE, before))
        if not cues:
            return None
        return self._subject_of(ctx, sent_start, cues[-1], before, mark, "sentence_cue")

    def _subject_of(self, ctx, sent_start, verb, before, mark, rule) -> Attribution | None:
        rest = before[verb.end() :]
        # ", explained Jane Roe, “...”" / "Said Holt: “...”": the name follows the verb.
        m = _INVERTED_TAIL.match(rest)
        if m:
            speaker = self._np(m.group("np"), ctx.base + sent_start + verb.end(), ctx, mark)
            if speaker:
                return Attribution(speaker, f"{rule}_inverted")
        np = before[: verb.start()]
        # The subject sits in the verb's own clause: after the last quotation or semicolon before it.
        np = re.split(r"[;:\x00“”\"]", np)[-1]
        np = trim_auxiliaries(np)
        if not np.strip():
            np = _phrase_after_verb(re.split(r"[,:]", rest)[0].strip())
            speaker = self._np(np, ctx.base + sent_start + verb.end(), ctx, mark)
            return Attribution(speaker, f"{rule}_inverted") if speaker else None
        if re.search(r"\b(?:and|but)\s*$", np) or (np.endswith(",") and verb.group().endswith("ing")):
            # "Roe told the council on Monday, saying ..." / "Roe noted the delay, and said ...":
            # the subject of the verb before, or of the whole sentence.
            earlier = list(verbs_in(_SPEECH_IN, before[: verb.start()]))
            if earlier and rule != "coordinated":
                found = self._subject_of(ctx, sent_start, earlier[-1], before[: verb.start()], mark, "coordinated")
                if found is not None:
                    return Attribution(found.speaker, f"{rule}_coordinated")
            speaker = self._sentence_subject(ctx, sent_start, verb.start())
            return Attribution(speaker, f"{rule}_coordinated") if speaker else None
        # "Holt, who runs the ferry, said" / "When asked, Holt said": the clause's own subject.
        np = strip_appositive(np)
        speaker = self._np(np, ctx.base + sent_start + verb.start(), ctx, mark)
        if speaker is None and rule == "sentence_cue":
            speaker = self._sentence_subject(ctx, sent_start, verb.start())
        return Attribution(speaker, rule) if speaker else None

    def colon_intro(self, ctx: ParagraphContext, mark: int) -> Attribution | None:
        """The pollster Jane Roe: “Turnout will be low.” -- a name or a sentence ending in a colon."""
        sent_start, _ = ctx.sentence(mark)
        before = ctx.masked[sent_start:mark].rstrip()
        if not before.endswith(":"):
            return None
        head = before[:-1].rstrip()
        speaker = self._np(re.split(r"[,;\x00“”\"]|\s[-–—]\s", head)[-1], ctx.base + sent_start, ctx, mark)
        if speaker is None or not speaker.name:
            speaker = self._sentence_subject(ctx, sent_start, len(before) + sent_start - 1)
        return Attribution(speaker, "colon_intro") if speaker else None

    def _sentence_subject(self, ctx, sent_start, end) -> Speaker | None:
        """ "The mayor, standing on the pier, promised ...": the first noun phrase of the sentence."""
        head = squeeze(ctx.masked[sent_start:end]).lstrip()
        head = _INTRO_CLAUSE.sub("", head)
        prior = (self.contexts[ctx.index - 1].masked, self.contexts[ctx.index - 1].base) if ctx.index else None
        m = _SUBJECT_START.match(head)
        if m:
            found = self.resolver.from_phrase(m.group("np"), ctx.base + sent_start, ctx.masked[:sent_start], prior)
            if found is not None and found.name:
                return found
        # "Republican candidate Jane Roe quickly took to the stage": the first name among the first words.
        words = head.split()
        for mention in find_mentions(" ".join(words[:10]), 0):
            if mention.start == 0 and mention.name.endswith("ing") and len(mention.tokens) == 1:
                continue  # "Marking the end of ...": a participle opening the sentence
            if mention.kind == "person" and not mention.possessive:
                return self.resolver.mention(mention.name, mention.kind, ctx.base + sent_start, bool(mention.title))
        return None

    def sentence_subject(self, ctx: ParagraphContext, mark: int) -> Attribution | None:
        """Roe raised the issue of “the buildup” on Monday. -- no cue at all: the sentence's subject,
        with low confidence, and only when it is a person the article names."""
        sent_start, _ = ctx.sentence(mark)
        if not ctx.masked[sent_start:mark].strip():
            return None
        speaker = self._sentence_subject(ctx, sent_start, mark)
        if speaker is None or not speaker.name or speaker.kind != "person" or speaker.how == "pronoun":
            return None
        if self.resolver.cast.lookup(
            speaker.name, ctx.base + sent_start
        ) is None and not self.resolver.cast.named_inside(speaker.name):
            return None  # "Reprising the attack, ...": a capitalised word only ever seen opening a sentence
        return Attribution(Speaker(speaker.name, "person", 0.35, speaker.how), "sentence_subject")

    def transcript(self, ctx: ParagraphContext) -> Attribution | None:
        """ROE: The pier opens in May. -- the label of a transcript line names the speaker."""
        if not ctx.label or ctx.label in {"Q", "A"}:
            return None
        speaker = self.resolver.mention(ctx.label.title(), "person", ctx.base)
        return Attribution(Speaker(speaker.name, "person", 0.7, "transcript"), "transcript_label")

    def same_paragraph(self, ctx: ParagraphContext, pos: int) -> Attribution | None:
        """“It is late.” Holt said. “But it is ours.” -- a quote beside an attributed one."""
        found = self.by_paragraph.get(ctx.index)
        if not found:
            return None
        before = [s for at, s in found if at <= ctx.base + pos]
        speaker = before[-1] if before else found[0][1]
        return Attribution(Speaker(speaker.name, speaker.kind, 0.75, "continuation"), "same_paragraph")

    def continuation(self, ctx: ParagraphContext, mark: int) -> Attribution | None:
        """A quote paragraph with no attribution continues the previous paragraph's speaker.

        Holt said the town had waited long enough. // “Ten years is a long time.”
        """
        if ctx.masked[:mark].strip(" \x00\u2014\u2013-"):
            return None  # the quote sits inside the writer's own sentence
        for back in (1, 2):
            prev = ctx.index - back
            if prev < 0:
                break
            found = self.by_paragraph.get(prev)
            if found:
                s = found[-1][1]
                return Attribution(Speaker(s.name, s.kind, 0.7 if back == 1 else 0.55, "continuation"), "continuation")
            pctx = self.contexts[prev]
            # "Holt, who runs the ferry, has a view:" -- a lead-in sentence naming the speaker.
            if pctx.masked.rstrip().endswith(":") or back == 1:
                last_start, _ = pctx.sentence(max(len(pctx.masked) - 1, 0))
                subject = self._sentence_subject(pctx, last_start, len(pctx.masked))
                if subject is not None and subject.name and subject.kind == "person":
                    return Attribution(Speaker(subject.name, "person", 0.5, "continuation"), "continuation_lead_in")
        # No speaker in the two paragraphs before: whoever spoke last, further back, is right about one time
        # in ten, so the quotation is left without a speaker for the reviewer rather than given a guess.
        return None

    # ------------------------------------------------------------------------------------
    def _np(self, np: str, pos: int, ctx: ParagraphContext, mark: int) -> Speaker | None:
        np = np.strip(" ,\x00")
        if not np or len(np.split()) > 12:
            return None
        prior = None
        if ctx.index > 0:
            prev = self.contexts[ctx.index - 1]
            prior = (prev.masked, prev.base)
        return self.resolver.from_phrase(np, pos, ctx.masked[: max(0, mark)], prior)


__all__ = ["Attribution", "Attributor", "TRANSCRIPT_LABEL", "MASK"]
