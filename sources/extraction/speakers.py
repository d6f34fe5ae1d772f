"""From the words that name a source ("Mr. Roe", "the senator", "she", "a statement from the Ministry")
to a speaker: a full name from the article's cast, an organisation, a group, or nobody.
"""

import re
from dataclasses import dataclass

from .lexicon import (
    CAPITAL_OF,
    COUNTRY_OF_DEMONYM,
    DEMONYMS,
    GOVERNMENT_OF,
    GROUP_NOUNS,
    ORG_ROLE_NOUNS,
    ORG_WORDS,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    TITLE_WORDS,
    word_alternation,
)
from .names import Cast, Person, find_mentions, title_gender

_ROLE_WORDS = word_alternation(sorted(PERSON_ROLE_NOUNS | set(ORG_ROLE_NOUNS), key=len, reverse=True))
# "the senator", "the former secretary of state", "the Chinese leader", "the newspaper"
_ROLE_NP = re.compile(
    rf"(?:\b(?:the|this|that|his|her|their)|(?P<owner>(?-i:(?:[OD][’'])?[A-Z][\w.\-]*))[’']s)\s+(?:[\w\-.’']+\s+){{0,3}}?"
    rf"(?P<role>{_ROLE_WORDS})(?:\s+of\s+state)?$",
    re.IGNORECASE,
)
# "the Holt campaign", "Mina Holt's campaign": the candidate a campaign belongs to; "the Holt administration":
# the president or governor it serves.
_CAMPAIGN_OF = re.compile(
    r"(?:(?:[Tt]he|[Hh]is|[Hh]er)\s+)?(?P<name>(?:[A-Z][\w.’'\-]*\s+){0,2}?[A-Z][\w’'\-]*?)(?:[’']s?)?\s+"
    r"(?:campaign|administration)$"
)
# "Carson defied", "Cruz openly admitted": a past-tense verb (perhaps after an adverb) not closing a clause.
_PAST_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?!(?:need|indeed|speed|seed|feed|bed|red|shed)\b)[a-z]{2,}ed\b(?!,)"
)
# "the 2009 paper", "a 2015 report": a dated document, not the publication or body the noun names alone.
_DATED_DOCUMENT = re.compile(r"\b(?:1[89]|20)\d\d\s+(?:paper|report|study)$", re.IGNORECASE)
# How many characters back a pronoun looks for the person it stands for.
_PRONOUN_REACH = 1500
# Plural names of parties and communities, which speak as groups; "analysts" or "officials" do not.
_NAMED_GROUPS = {"democrats", "republicans", "americans", "conservatives", "liberals", "progressives"}
# "Some Democrats", "the Republicans", "many Americans": a share of a named group speaks for the group.
_QUANTIFIED_GROUP = re.compile(
    r"(?:(?:And|But)\s+)?(?i:the|some|many|other|most|several|few|both|all|a\s+few|a\s+number\s+of)\s+"
    rf"(?P<group>(?-i:{'|'.join(sorted(g.capitalize() for g in _NAMED_GROUPS))}))"
    # ... alone, or before a relative clause or a place: "some Democrats, who ...", "Republicans in Congress".
    r"(?=$|,|\s+(?:who|in|on|at|from)\b)"
)
# "Senate Republicans", "Leading Democrats": capitalised words before a party's members qualify them; the
# party speaks (and the words are no fuller name of it for a later "Republicans said").
_PREPOSITIONS = {"among", "for", "with", "from", "in", "on", "to", "by", "of", "at", "unlike", "like", "as", "despite"}
_QUALIFIED_PARTY = re.compile(r"(?:^|\s)(?:[A-Z][\w\-.’']*\s+){1,3}(?P<party>Democrats|Republicans)$")


def _party_of(phrase: str) -> str:
    if not phrase.endswith("s"):
        return phrase  # (most phrases: cheaper than the pattern)
    m = _QUALIFIED_PARTY.search(phrase)
    if m is None or any(w.lower() in _PREPOSITIONS for w in phrase[m.start() : m.start("party")].split()):
        return phrase  # "Among Democrats": a preposition opening the sentence, no qualifier of the party
    return m.group("party")


# Some unnamed source in the paragraph so far ("a senior official ... who declined to be named").
_UNNAMED_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[\w\-]+\s+){0,4}[a-z]+\b", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:^|\W)(?P<pron>he|she|they|i|we|it)$", re.IGNORECASE)
# "a statement from the Ministry", "a spokeswoman for the campaign", "a post on Roe's account"
_PROXY = re.compile(
    r"\b(?:(?:a|an|the|in\s+a|in\s+an)\s+)?(?:[\w\-]+\s+)?(?:statement|spokesman|spokeswoman|spokesperson|"
    r"representative|release|readout|communique|communiqué|report|letter|memo|post|tweet|notice)s?\s+"
    r"(?:from|for|by|of|issued\s+by|released\s+by|on)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# A lowercase piece of each of _PROXY's nouns, without the letters that match other characters when
# case is ignored (i, k, s): a phrase whose lowercase holds none (most are names) cannot match it.
_PROXY_PIECES = ("tatement", "po", "repre", "relea", "readout", "commun", "letter", "memo", "tweet", "not")
_LOCATING = re.compile(r"\s*(?:,\s*)?(?:of|from|at|with|in|for)\s+(?:the\s+)?[A-Z]")
# "the crowd in Anaheim", "the senator from Vermont": a place after the phrase's head ("Jane Roe of Ohio"
# is read before; "More from Jones", "documents from Jane Roe" name their source).
_PLACE_AFTER_HEAD = re.compile(rf"\S\s+(?:in|near)\s+$|\b(?:{word_alternation(PERSON_ROLE_NOUNS)})\s+from\s+$", re.I)
# "the Democrats on ", "lawmakers on ": a group located by the place that follows.
_ON_PLACE_BEFORE = re.compile(r"\b[A-Za-z]+s\s+on\s+$")
# A phrase that names no single source: one opening on a preposition, or two names joined by "and".
_NOT_A_SOURCE = re.compile(
    r"(?:over|on|of|at|for|with|about|from|to|by|into|against|despite|during|among|between|under|toward|"
    r"towards|across|through|amid)\s|.*\b[A-Z][\w.’'\-]*\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.’'\-]*"
)
# "His Catholic faith", "Their Elbonian roots": a capitalised word after a possessive determiner is a
# modifier (a faith, a nationality), never a person's name; "Appearing on Harbour Tonight, the mayor ...":
# a participle phrase opening the sentence is no source, its subject follows it.
_POSSESSIVE_DETERMINERS = ("His ", "Her ", "Their ", "Its ", "Our ", "My ", "Your ", "his ", "her ", "their ", "its ")
_POSSESSED_WORD = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|Our|My|Your)\s+[A-Z][\w’'\-]*")
# A name ending in a plural group noun: "Oklahoma Democrats", "Muslim Americans".
# (Not the nouns of things or counts: "Rasmussen Reports", "Capitol Police" are bodies.)
_NOT_PEOPLE = {
    "records",
    "emails",
    "documents",
    "polls",
    "reports",
    "studies",
    "both",
    "many",
    "some",
    "others",
    "police",
}
_GROUP_NAME = re.compile(rf"(?:^|\s)(?i:{word_alternation(sorted(GROUP_NOUNS - _NOT_PEOPLE))})$")
_FRAGMENT_ENDING_ON_OBJECT = re.compile(
    r"(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|some|many|most|several|according|said|says|"
    r"told|tells|wrote|writes|added|asked|he|she|they|we|it|i)\s)[a-z][^A-Z\x00]*?"
    r"\s(?:in|with|after|before|of|for|on|at|from|to|about|against|over|during|near|into|toward|towards|across)\s+"
    r"(?:[a-z][\w\-]*\s+){0,3}(?:[A-Z][\w.’'\-]*\s+){0,4}[A-Z][\w.’'\-]*"
)
# "Another Elbonian", "a Democrat", "one Catholic": a member of a people, party or faith, unnamed.
_UNNAMED_MEMBER = re.compile(r"(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ee]very|[Ee]ach|[Aa]ny)\s+[A-Z][a-z]+")
_OPENING_PARTICIPLE = re.compile(
    r"(?!According\b)[A-Z][a-z]+ing\s+(?:on|in|at|to|with|before|from|for|about|during|after|into|onto|outside|inside)\s"
)
# "a Harbour Ministry statement", "the Roe campaign spokesman": the source inside the phrase.
_SOURCE_SUFFIX = re.compile(
    r"^(?:a|an|the)\s+(?P<inner>[A-Z].+?)\s+(?:statement|report|release|spokesman|spokeswoman|spokesperson|"
    r"official|source|memo|letter|filing|readout)s?$"
)
# "the Chinese government", "China’s government", "the government of China"
_GOVERNMENT_PHRASE = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?P<demonym>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+government"
    r"|(?P<owner>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[’']s\s+government"
    r"|government\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))$"
)
_GROUP = re.compile(
    rf"(?:^|\s)(?P<mod>(?-i:(?:[A-Z][\w\-.’']*\s+){{0,3}}))(?P<noun>{word_alternation(sorted(GROUP_NOUNS))})$",
    re.IGNORECASE,
)
# An appositive opens on an article, a relative pronoun or a lowercase word that is not a pronoun.
_APPOSITIVE_OPENER = re.compile(
    r"^(?:(?:a|an|the|who|whose|which)\b|(?!(?:he|she|they|i|we|it|de|van|von|al|bin|da|di|le|la|du|del)\b)[a-z])"
)


# Words before a name that make it an object, not a subject: "told Roe", "of Roe", "in Ohio".
_OBJECT_POSITION = re.compile(
    r"\b(?:told|tell|to|of|about|with|against|for|by|than|and|at|from|on|into|like|in|near|over|across|"
    r"under|within|toward|towards|between|among|behind|beside|called|asked|met|meet|meeting|visited|"
    r"defeated|beat|attacked|criticized|praised|endorsed|thanked|urged|including)\s*$"
    # "for the Clarion-Ledger", "in downtown Portside": a preposition, then an article or one word.
    r"|\b(?:of|for|to|at|in|from|on|with|by|near|into|across|outside)\s+(?:the|downtown|[a-z]+ern)\s+$"
)

# A person described right before the name: "62-year-old Brenda Johnson", "foreign minister, Erlan Idrissov".
_DESCRIBED_BEFORE = re.compile(rf"(?:\d+-year-old\s+|\b(?:{_ROLE_WORDS}),\s+)$")
# Where a sentence's subject starts: "Vik said", "And Vik, for all ..., agrees".
_SENTENCE_START = re.compile(r"(?:^|[.!?][”\"’]?\s+)(?:(?:And|But|So|Yet|Then|Still)\s+)?$")
# "As for Vik, he said ...": the topic is who the pronoun after it is.
_TOPIC = re.compile(r"(?:^|[.!?][”\"’)]?\s+|,\s+)(?:as\s+for|as\s+to)\s+$")

# A name opening a sentence or a clause: "Vik said", "And Vik", "On Monday, Vik", "Vik, who ..."
_OPENS_CLAUSE = re.compile(
    r"(?:^|[.!?][”\"’)]?\s+|[.!?][”\"’)]?\s+(?:And|But|So|Yet|Then|Still)\s+|^(?:And|But)\s+|,\s+)$"
)
# Rule "titled_subject": a name after a capitalised word and a role opens the sentence all the same
# ("Obama consultant Cornell Belcher picked up ...", "McGinty campaign spokesman Sean Coit said ...").
_TITLED_OPENING = re.compile(
    rf"(?:^|[.!?][”\"’)]?\s+)(?:[A-Z][\w.’'\-]*\s+){{1,3}}(?:[a-z][\w\-]*\s+){{0,2}}(?:{_ROLE_WORDS})\s+$"
)
# ... and the capitalised word before the role is not who "he" is.
_MODIFIES_NEXT_NAME = re.compile(rf"\s+(?:[a-z][\w\-]*\s+){{0,2}}(?:{_ROLE_WORDS})\s+[A-Z]")
_ABBREVIATED = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|Prof))\.$")
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z“\"])")


def _last_sentences_start(context: str, count: int = 3) -> int:
    """Where the last ``count`` sentences of ``context`` begin."""
    # Not after an abbreviation or an initial: "Dr. Ortiz", "Jane Q. Roe".
    ends = [
        m.end()
        for m in _SENTENCE_END.finditer(context)
        if not _ABBREVIATED.search(context[max(0, m.start() - 5) : m.start() + 1])
    ]
    return ends[-count] if len(ends) >= count else 0


class Sure:
    """How sure each way of naming a source is (``Speaker.confidence``); a rule may only lower it."""

    FULL_NAME = 0.9  # "Jane Roe", as the article first gives it
    SURNAME = 0.85  # "Ms. Roe", "Roe": resolved to the full name given first
    ORGANISATION = 0.8  # "the Harbour Ministry"
    GOVERNMENT = 0.8  # "Beijing", "China", "the Chinese government": the country's government
    NEW_NAME = 0.7  # a full name (or a titled one) the article gives nowhere else
    PRONOUN_IN_PARAGRAPH = 0.7  # "she", with the person named earlier in the paragraph
    PRONOUN_LAST_SPEAKER = 0.65  # "she", the last speaker of that gender
    NEW_ONE_WORD_NAME = 0.6  # "Roe", never given in full
    ROLE = 0.6  # "the senator", "Elbonia's foreign ministry": the one person or body with that role
    PRONOUN_PREVIOUS_PARAGRAPH = 0.55  # "she", named in the paragraph before
    NAMED_GROUP = 0.5  # "Democrats", "Harbour residents"
    PRONOUN_FIRST_MENTION = 0.4  # "she", before anyone spoke: the first person the paragraph before names
    ROLE_LAST_SPEAKER = 0.4  # "the official", taken to be the last speaker
    THEY = 0.3
    UNNAMED_GROUP = 0.3  # "analysts"
    NOBODY = 0.2


@dataclass
class Speaker:
    """The outcome of naming a source: ``name`` is None when nobody can be named with confidence."""

    name: str | None
    kind: str  # person | organisation | group
    confidence: float
    how: str  # full | surname | pronoun | role | organisation | government | group | unknown
    gender: str | None = None
    # Another form of the name to record with it: "Beijing" for the government of China.
    alias: str = ""


NOBODY = Speaker(None, "person", Sure.NOBODY, "unknown")


# "(D-Ohio)" after a name, and the article before an organisation's name; compiled once, read per phrase.
_ONE_WORD = re.compile(r"[A-Z][a-z]+")
_PARTY_TAG = re.compile(r"\s*\([^()]{0,40}\)?$")
_LEADING_THE = re.compile(r"^The\s+")


class SpeakerResolver:
    """Resolves source phrases against the article's cast, remembering who spoke last."""

    def __init__(self, cast: Cast, body: str = ""):
        self.cast = cast
        self.body = body  # the article's (quote-masked) body, where the writer describes what a name is
        self.history: list[tuple[int, str, str | None]] = []  # (body offset, name, gender)
        self._bodies: dict[str, bool] = {}
        self._full_bodies: dict[str, bool] = {}  # _full_name_of_a_body's answers
        self._shouts: dict[str, bool] = {}

    def _shouted(self, name: str) -> bool:
        """Every use of the capitals ``name`` in the body stands beside other words in capitals (a heading) or
        opens a paragraph before a dash or colon ("PSA—", a newsletter's label for the item). Read once per
        name: an acronym ("FBI") comes back with every mention."""
        if name not in self._shouts:
            self._shouts[name] = self._read_shouted(name)
        return self._shouts[name]

    def _read_shouted(self, name: str) -> bool:
        uses = [m for m in re.finditer(rf"(?<![\w’'\-.]){re.escape(name)}(?![\w\-])", self.body)]
        return bool(uses) and all(
            _CAPITALS_BEFORE.search(self.body, max(0, m.start() - 20), m.start())
            or _CAPITALS_AFTER.match(self.body, m.end())
            or ((not m.start() or self.body[m.start() - 1] == "\n") and _LABEL_MARK.match(self.body, m.end()))
            for m in uses
        )

    def _full_name_of_a_body(self, name: str) -> bool:
        """A name of two words or more, never titled nor shortened, that the article introduces as a body's:
        "Harbour Rising, a conservative research group", "a firm called Harbour Analytica", "the activist
        group Harbour Eye", "the town's newspaper, Harbour Romano,"."""
        if name not in self._full_bodies:
            found = False
            at = self.body.find(name) if self.body else -1
            while at != -1 and not found:
                found = bool(
                    BODY_APPOSITIVE.match(self.body, at + len(name))
                    or _BODY_BEFORE_NAME.search(self.body, max(0, at - 40), at)
                )
                at = self.body.find(name, at + 1)
            self._full_bodies[name] = found
        return self._full_bodies[name]

    def _named_as_body(self, name: str) -> bool:
        """The article's own words show that a one-word name is a body's, not a
        person's: "Harbourly, which ...", "Harbourly, the ride-sharing company, ...", "Harbourly said it
        would ...", "Harbourly's website", "harbourly.com", "according to Harbourly.", "the Harbourly reported",
        "a report from Harbourly"."""
        if name not in self._bodies:
            found = False
            at = self.body.find(name)
            while at != -1 and not found:
                whole = not (at and (self.body[at - 1].isalnum() or self.body[at - 1] in "-’'"))
                found = whole and (
                    bool(_DESCRIBED_AS_BODY.match(self.body, at + len(name)))
                    or (
                        _ACCORDING_TO_BEFORE.search(self.body, max(0, at - 20), at) is not None
                        and _SOURCE_NAME_END.match(self.body, at + len(name)) is not None
                    )
                    or (
                        self.body[max(0, at - 4) : at] in ("the ", "The ")
                        and _PUBLICATION_END.match(self.body, at + len(name)) is not None
                    )
                    or _REPORT_FROM_BEFORE.search(self.body, max(0, at - 24), at) is not None
                    or _BODY_NOUN_BEFORE.search(self.body, max(0, at - 24), at) is not None
                )
                at = self.body.find(name, at + 1)
            self._bodies[name] = found
        return self._bodies[name]

    def remember(self, pos: int, speaker: Speaker) -> None:
        if speaker.name and speaker.kind == "person":
            person = self.cast.people.get(speaker.name)
            if person is not None and speaker.gender and not person.gender:
                person.gender = speaker.gender
            gender = person.gender if person else speaker.gender
            self.history.append((pos, speaker.name, gender))

    def _has_spoken(self, name: str) -> bool:
        return any(n == name for _, n, _ in self.history)

    def last_speaker(self, pos: int, gender: str | None = None) -> str | None:
        for at, name, g in reversed(self.history):
            if at <= pos and (gender is None or g is None or g == gender):
                return name
        return None

    # ---------------------------------------------------------------------------------------
    def from_phrase(
        self, phrase: str, pos: int, subject_context: str = "", prior: tuple[str, int] | None = None
    ) -> Speaker | None:
        """The speaker a source phrase names, or None when the phrase names no source at all.

        ``phrase`` ends where the source's name ends ("..., Jane Roe, a professor at X," is cut to
        "..., Jane Roe" by the caller's appositive handling); ``pos`` is its body offset.
        """
        phrase = phrase.strip(" ,;:\u2013\u2014-\x00")
        # "Jane Roe (D-Ohio)": the party and state tag after a name.
        if "(" in phrase:
            phrase = _PARTY_TAG.sub("", phrase)
        phrase = phrase.rstrip(" ,")
        if not phrase:
            return None
        inner = self._inner_source(phrase, pos)
        if inner is not None:
            return inner
        if _NOT_A_SOURCE.match(phrase):
            return None  # "over Ukraine", "Putin and Xi": a prepositional phrase, or two sources at once
        if phrase.startswith(_POSSESSIVE_DETERMINERS) and _POSSESSED_WORD.fullmatch(phrase):
            return None  # "His Catholic faith ...": a modifier, no name
        if phrase[:1].islower() and _FRAGMENT_ENDING_ON_OBJECT.fullmatch(phrase):
            # "in its dealings with Central Asia", "just hours after the Portside", "candidate and made a direct
            # appeal to blue-collar Americans": a piece of a clause whose only name is a preposition's object.
            return None
        if _UNNAMED_MEMBER.fullmatch(phrase):
            return Speaker(None, "person", Sure.NOBODY, "unknown")  # "Another Muslim said": one of many, unnamed
        if "ing " in phrase[:20] and _OPENING_PARTICIPLE.match(phrase):
            return None  # "Appearing on Harbour Tonight": an opening participle phrase, no subject
        m = _PRONOUN.search(phrase)
        if m:
            return self.pronoun(m.group("pron").lower(), pos, subject_context, prior)
        quantified = _QUANTIFIED_GROUP.match(phrase)
        if quantified:
            # "Some Democrats said": a party speaks as a group, however many of it are said to speak (on
            # polnear-train the gold names the party).
            phrase = quantified.group("group")
        phrase = _party_of(phrase)
        if phrase.lower() in GROUP_NOUNS:
            if phrase[0].isupper() and phrase.lower() in _NAMED_GROUPS:
                # "Democrats said": a party speaks as a group
                return Speaker(phrase, "group", Sure.NAMED_GROUP, "group")
            return Speaker(None, "group", Sure.UNNAMED_GROUP, "group")  # "Analysts said": nobody in particular
        return (
            self._government_phrase(phrase)
            or self._named(phrase, pos, subject_context)
            or self._by_role(phrase, pos, subject_context)
            or self._group(phrase)
        )

    @staticmethod
    def _government_phrase(phrase: str) -> Speaker | None:
        """ "the Chinese government", "China's government": the government, named as the article names it."""
        m = _GOVERNMENT_PHRASE.match(phrase)
        if not m:
            return None
        if m.group("demonym"):
            country = COUNTRY_OF_DEMONYM.get(m.group("demonym").lower())
            named = f"{m.group('demonym')} government"
        else:
            country = GOVERNMENT_OF.get(m.group("owner") or m.group("country") or "")
            named = f"{country}’s government" if m.group("owner") else f"government of {country}"
        if country is None and m.group("country"):
            # "the government of Costa Rica", a country the lexicon does not list: a government all the same.
            place = m.group("country")
            return Speaker(f"government of {place}", "government", Sure.GOVERNMENT, "government", alias=place)
        if country is None:
            return None
        return Speaker(named, "government", Sure.GOVERNMENT, "government", alias=country)

    def government(self, written: str, country: str, pos: int) -> Speaker:
        """ "Beijing", "China": the country's government, with the other form as an alias; a surname the
        article gives a person ("Jordan said", with Jim Jordan named) stays that person."""
        people = self.cast.by_surname.get(written.lower())
        if people:
            person = self.cast.lookup(written, pos) or people[0]
            return Speaker(person.name, "person", Sure.SURNAME, "surname", person.gender)
        alias = written if written != country else CAPITAL_OF.get(country, "")
        return Speaker(country, "government", Sure.GOVERNMENT, "government", alias=alias)

    def _inner_source(self, phrase: str, pos: int) -> Speaker | None:
        """ "a statement from the Ministry", "a Harbour Ministry spokesman": the source inside the phrase."""
        lowered = phrase.lower()
        proxy = _PROXY.search(phrase) if any(piece in lowered for piece in _PROXY_PIECES) else None
        for m in (proxy, _SOURCE_SUFFIX.match(phrase)):
            if m:
                inner = self.from_phrase(m.group(m.lastgroup or 0), pos)
                if inner is not None and inner.name:
                    return inner
        return None

    def _government_source(self, phrase: str, mention, pos: int, context: str) -> Speaker | None:
        """A country or capital is a source only as the whole phrase and the subject of its clause:
        "China has urged ...", "Beijing accused ...", never "While Russia ..." or "... with Beijing, ... said"."""
        written = phrase[mention.start : mention.end]
        if mention.possessive or re.sub(r"^the\s+", "", phrase, flags=re.I) != written:
            return None
        at = context.rfind(written, max(0, len(context) - 200))
        if at >= 0:
            between = context[at + len(written) :]
            # "The United States has ...": the article before the name opens the clause with it.
            opening = context[: at - 4] if context[at - 4 : at] in ("The ", "the ") else context[:at]
            if not _OPENS_CLAUSE.search(opening) or "," in between or len(between.split()) > 3:
                return None  # "if Russia invades neighboring Ukraine, something ..."
        return self.government(written, mention.name, pos)

    def _named(self, phrase: str, pos: int, context: str = "") -> Speaker | None:
        """A name heading the phrase ("Jane Roe of the Harbour Institute") or ending it."""
        mentions = find_mentions(phrase, 0)
        if not mentions and _ONE_WORD.fullmatch(phrase) and phrase.lower() in self.cast.by_surname:
            # "Cuban said", with Mark Cuban named: a surname that is also a word of the lexicons (a
            # demonym, a compass word) is no mention, but it is the person's name.
            return self.mention(phrase, "person", pos)
        for mention in mentions:
            # "Jane Roe of the Harbour Institute": the person heads the phrase, the rest locates her.
            if mention.kind == "person" and _LOCATING.match(phrase, mention.end):
                return self.mention(mention.name, mention.kind, pos, bool(mention.title), title_gender(mention.title))
        last = mentions[-1] if mentions else None
        if last is not None and last.kind == "person" and _PLACE_AFTER_HEAD.search(phrase, 0, last.start):
            return None  # "the crowd in Anaheim": a place locates the source ("in the Gazette" may name it)
        if (
            last is not None
            and last.kind == "person"
            and len(last.tokens) > 1
            and phrase.endswith(last.name)
            and _ON_PLACE_BEFORE.search(phrase, 0, last.start)
        ):
            return None  # "the Democrats on Harbour Hill": a place after a plural noun, no source
        if last is not None and last.end >= len(phrase.rstrip(" .,")) - 1:
            if last.kind == "government":
                return self._government_source(phrase, last, pos, context)
            if len(last.tokens) == 1 and last.title and not last.honorific and not self.cast.lookup(last.name, pos):
                # "as Western Journalism reported": a demonym before one word the article names nobody by is
                # a thing's name (an outlet's, a company's), not a person's.
                return self.mention(phrase[last.start : last.end], "organisation", pos)
            return self.mention(last.name, last.kind, pos, bool(last.title), title_gender(last.title))
        return None

    def _by_role(self, phrase: str, pos: int, subject_context: str) -> Speaker | None:
        """ "the senator", "Elbonia's foreign ministry": a role noun, resolved to who holds it."""
        m = _ROLE_NP.search(phrase)
        if not m:
            return None
        if m.group("owner") and m.group("role").lower() == "campaign":
            # "Holt's campaign", "Holt's presidential campaign": as "the Holt campaign", the candidate's.
            person = self.cast.lookup(m.group("owner"), pos)
            if person is not None:
                return Speaker(person.name, "person", Sure.ROLE, "role", person.gender)
        if m.group("owner") and m.group("role").lower() in ORG_ROLE_NOUNS:
            # "Elbonia's foreign ministry": the phrase names the body itself.
            return Speaker(m.group(0), "organisation", Sure.ORGANISATION, "organisation")
        if _UNNAMED_BEFORE.search(subject_context or "") and re.search(
            rf"\b(?:a|an|one)\s+(?:[\w\-]+\s+){{0,4}}{re.escape(m.group('role'))}\b", subject_context or "", re.I
        ):
            return Speaker(None, "person", Sure.NOBODY, "role")  # "A senior official ... the official said"
        role = m.group("role").lower()
        if role == "campaign" or (role == "administration" and m.start() == 0):
            # "The Holt campaign said": a candidate's campaign speaks for the candidate the article names, and
            # "the Holt administration", the whole source, for its head ("a secretary in the Holt
            # administration" is someone else).
            candidate = _CAMPAIGN_OF.match(m.group(0))
            person = self.cast.lookup(candidate.group("name"), pos) if candidate else None
            if person is not None:
                return Speaker(person.name, "person", Sure.ROLE, "role", person.gender)
        return self.role(m.group("role").lower(), pos, m.group(0))

    @staticmethod
    def _group(phrase: str) -> Speaker | None:
        """ "Harbour residents": a named group; "the residents": nobody in particular."""
        m = _GROUP.search(phrase)
        if not m:
            return None
        mod = (m.group("mod") or "").strip()
        if mod and not mod.lower().startswith("the"):
            return Speaker(f"{mod} {m.group('noun')}", "group", Sure.NAMED_GROUP, "group")
        return Speaker(None, "group", Sure.UNNAMED_GROUP, "group")

    def mention(self, name: str, kind: str, pos: int, titled: bool = False, gender: str | None = None) -> Speaker:
        if name.isupper() and (
            (len(name) > 3 and all(w.lower() in self.cast.lowercase for w in name.split())) or self._shouted(name)
        ):
            # "AT LEAST 10 KILLED", "TOO EARLY": shouted words the body also writes in lowercase; "UN: PIER
            # CLOSED", "CANDIDATES’ ABILITY TO INSPIRE": a word the body only writes inside a shouted heading.
            return NOBODY
        if kind == "organisation" and name in self.cast.people:
            kind = "person"  # "Mark Cuban": a run read as an organisation that the article shows is a person
        elif kind == "person" and " " not in name and name not in self.cast.people and self.cast.is_org(name):
            kind = "organisation"  # "Mashable announced": the article wrote "the website Mashable" before
        if kind == "organisation" and name.rstrip(".") in _STATE_INITIALS:
            return NOBODY  # "Washington, D.C.", "wins R.I.": a state's abbreviation is a place, no source
        if kind == "organisation":
            name = _LEADING_THE.sub("", name)
            full = self.cast.full_org(name, pos)
            if full == name and name.lower() in ORG_ROLE_NOUNS:
                return self.role(name.lower(), pos)  # "the Committee": a role noun, whatever its capital
            return Speaker(full, "organisation", Sure.ORGANISATION, "organisation")
        person = self.cast.lookup(name, pos, gender)
        if person is not None and not titled and self._place(person.name, person):
            return Speaker(None, "person", Sure.NOBODY, "unknown")
        if person is not None:
            how = "full" if person.name == name else "surname"
            # "Oklahoma Democrats", "Optimistic Americans": capitalised words before a plural group noun name a
            # group, not a person (whose short form, "Democrats", would gather every Democrat's claims).
            kind = "group" if _GROUP_NAME.search(person.name) else "person"
            if kind == "person" and how == "full" and not person.evidence and self._full_name_of_a_body(name):
                kind = "organisation"  # as sure as the name: the kind is all that changes
            return Speaker(person.name, kind, Sure.FULL_NAME if how == "full" else Sure.SURNAME, how, person.gender)
        org = self.cast.long_org(name) if " " not in name else None
        if org is not None:
            return Speaker(org, "organisation", Sure.ORGANISATION, "organisation")
        if titled and name in GOVERNMENT_OF:
            return NOBODY  # "Elbonia's Ambassador to France": the country in a title, not the title's holder
        if _GROUP_NAME.search(name) or _plural_demonym(name):
            sure = Sure.NEW_NAME if (len(name.split()) > 1 or titled) else Sure.NEW_ONE_WORD_NAME
            return Speaker(name, "group", sure, "full")  # "Americans who have felt left behind": a group
        if " " not in name and _plural_common_noun(name):
            # "Two House Committees asked", "Criminal Defense Lawyers praised": the plural of a role or a body's
            # common noun, capitalised in a longer name or a title, is nobody's name.
            return Speaker(None, "person", Sure.NOBODY, "unknown")
        if " " not in name and (_camel_case_body(name) or (self.body and self._named_as_body(name))):
            # Still a new one-word name to the rules (as sure as one), but a body's, not a person's.
            sure = Sure.NEW_NAME if titled else Sure.NEW_ONE_WORD_NAME
            return Speaker(name, "organisation", sure, "full")
        if not titled and (not self.cast.named_inside(name) or self.cast.common_word(name) or self._place(name, None)):
            # "Any confrontation would ...": a word capitalised only where it opens a sentence is no name;
            # nor is one the article also writes in lowercase ("the star", "the web"), unless titled.
            return Speaker(None, "person", Sure.NOBODY, "unknown")
        sure = Sure.NEW_NAME if (len(name.split()) > 1 or titled) else Sure.NEW_ONE_WORD_NAME
        return Speaker(name, "person", sure, "full")

    def _place(self, name: str, person: Person | None) -> bool:
        """ "in San Diego": a name of two words or more the article writes after "in", "near", "across" or
        "throughout", never with a title or shortened; one word there may be an outlet ("in Politico").
        "Election Day", "Harvest Night": a day whose first word the article also writes as a common word."""
        if person and person.evidence:
            return False
        if self.cast.places.get(name, 0) >= (1 if " " in name else 2):
            return True
        words = name.split()
        return len(words) == 2 and words[1] in _EVENT_HEADS and words[0].lower() in self.cast.lowercase

    def pronoun(self, pron: str, pos: int, context: str = "", prior: tuple[str, int] | None = None) -> Speaker:
        """he/she: someone named earlier in the paragraph, else the last speaker of that gender, unless the
        previous paragraph named someone after that speaker last spoke."""
        gender = PERSON_PRONOUNS.get(pron)
        if pron in {"i", "we", "it"}:
            return Speaker(None, "person", Sure.NOBODY, "pronoun")
        if pron == "they":
            name = self.last_speaker(pos)
            return Speaker(name, "group", Sure.THEY if name else Sure.NOBODY, "pronoun")
        person = self._named_in(context, pos, gender)
        if person is not None:
            return Speaker(person.name, "person", Sure.PRONOUN_IN_PARAGRAPH, "pronoun", gender)
        last_at = max((at for at, _, g in self.history if at <= pos), default=-1)
        if prior is not None and last_at < prior[1]:
            person = self._named_in(prior[0], pos, gender)
            if person is not None:
                return Speaker(person.name, "person", Sure.PRONOUN_PREVIOUS_PARAGRAPH, "pronoun", gender)
        name = self.last_speaker(pos, gender)
        if name:
            return Speaker(name, "person", Sure.PRONOUN_LAST_SPEAKER, "pronoun", gender)
        if prior is not None:
            # Nobody has spoken yet: the person the previous paragraph names, whoever came first.
            person = self._named_in(prior[0], pos, gender)
            if person is not None:
                return Speaker(person.name, "person", Sure.PRONOUN_FIRST_MENTION, "pronoun", gender)
        return Speaker(None, "person", Sure.NOBODY, "pronoun", gender)

    def _named_in(self, context: str, pos: int, gender: str | None):
        """The person "he" or "she" stands for in ``context``, compatible with ``gender``.

        Rule "pronoun_subject": the subject of one of the last three sentences outranks a name that only
        appears later in them. "Vik met the mayor at the pier. Asked about Lena Ortiz, he said: ..." is Vik.
        """
        context = context[-_PRONOUN_REACH:]
        candidates = list(self._candidates(context, pos, gender))
        recent = _last_sentences_start(context)
        for person, start in candidates:
            if start < recent:
                break
            if _OPENS_CLAUSE.search(context[:start]) or _TITLED_OPENING.search(context[:start]):
                return person
        return candidates[0][0] if candidates else None

    def _candidates(self, context: str, pos: int, gender: str | None):
        """People named in ``context`` outside object position, last first, with where they are named."""
        for mention in reversed(find_mentions(context, 0)) if context else []:
            if mention.kind != "person" or mention.possessive:
                continue
            before = context[max(0, mention.start - 24) : mention.start].lower()
            if (
                _OBJECT_POSITION.search(before)
                and not _TOPIC.search(before)
                and not _SENTENCE_START.search(context[: mention.start])  # "And Obama, ..., agrees."
            ):
                continue
            if _MODIFIES_NEXT_NAME.match(context, mention.end):
                continue  # "Clinton spokeswoman Jennifer Palmieri said": Clinton qualifies the speaker
            if not mention.title and context[max(0, mention.start - 4) : mention.start] in ("the ", "The "):
                continue  # "the Harbour Gazette reported": an article before a name makes it no person
            person = self.cast.lookup(mention.name, pos)
            if person is not None and _GROUP_NAME.search(person.name):
                continue  # "Oklahoma Democrats ... he said": a group is no "he"
            if person is None:
                if len(mention.tokens) == 1 and self.cast.long_org(mention.name):
                    continue  # "Compaq, she predicted, ...": the short name of "Compaq Computer" is no "she"
                person = self._one_word_subject(mention, context)
                if person is None:
                    continue
            opens_sentence = (
                _SENTENCE_START.search(context[: mention.start])
                or _TITLED_OPENING.search(context[: mention.start])
                or _DESCRIBED_BEFORE.search(context, max(0, mention.start - 60), mention.start)
            )
            if not (person.evidence or self._has_spoken(person.name) or opens_sentence):
                continue  # a place ("Nova Scotia") or an unknown word is not who "he" is
            if person.gender is None or gender is None or person.gender == gender:
                yield person, mention.start

    def _one_word_subject(self, mention, context: str) -> Person | None:
        """Rule "one_word_subject": "Cruz admitted his pick was political. “It is,” he said." -- a name the
        article never gives in full is who "he" is when it opens the sentence and is used as a name
        inside sentences too (not "Reprising the attack, he said")."""
        if len(mention.tokens) != 1 or mention.title or not _SENTENCE_START.search(context[: mention.start]):
            return None
        if self.cast.common_word(mention.name) or mention.name in self.cast.places:
            return None  # "Employees treated well stay", "in Florida": a common word or a place is no "she"
        if not self.cast.named_inside(mention.name) and not (
            # "Carson defied the question.": a past-tense verb after it shows a subject even when the
            # article writes the name only where sentences open ("Eyebrows raised, he ..." is no subject).
            _PAST_VERB_AFTER.match(context, mention.end) and mention.name.lower() not in GROUP_NOUNS
        ):
            return None
        after = re.match(r"\s+([a-z][\w\-]*)", context[mention.end : mention.end + 30])
        if after and (after.group(1) in PERSON_ROLE_NOUNS or after.group(1) in TITLE_WORDS):
            return None  # "Florida delegate John Archer": a place qualifying a role
        return Person(mention.name, mention.start, [mention.start])

    def role(self, role: str, pos: int, phrase: str = "") -> Speaker:
        if role in ORG_ROLE_NOUNS:
            if _DATED_DOCUMENT.search(phrase):
                return Speaker(None, "organisation", Sure.NOBODY, "role")  # "the 2009 paper": a study, no newspaper
            org = self.cast.org_for(role, ORG_ROLE_NOUNS[role], pos)
            if org:
                return Speaker(re.sub(r"^The\s+", "", org), "organisation", Sure.ROLE, "role")
            if role not in PERSON_ROLE_NOUNS:
                return Speaker(None, "organisation", Sure.NOBODY, "role")
        person = self.cast.person_with_role(role, pos, phrase)
        if person is not None:
            return Speaker(person.name, "person", Sure.ROLE, "role", person.gender)
        name = self.last_speaker(pos)
        if name:
            return Speaker(name, "person", Sure.ROLE_LAST_SPEAKER, "role")
        return Speaker(None, "person", Sure.NOBODY, "role")


# The abbreviations of states and districts written with initials (a place, where "U.N." or "E.U." is a body).
_STATE_INITIALS = {"D.C", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "R.I", "S.C", "S.D", "W.Va", "W.V"}
# The last word of a day's or an evening's name ("Election Day", "Christmas Eve"), a surname too ("Kristen Day").
_EVENT_HEADS = {"Day", "Eve", "Night", "Week"}
# A word in capitals (two letters or more, not initials) right before or after a name, on the same line.
_CAPITALS_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,}[’']?[:,]?[ \u00a0]+$")
_CAPITALS_AFTER = re.compile(r"[’']?[:,]?[ \u00a0]+[A-Z]{2,}(?![\w.])")
# "according to Harbourly.", "the Harbourly reported": a source named by one word after "according to" or
# an article is a publication or a body (a person is named in full, or by surname without "the").
_ACCORDING_TO_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?:[Tt]he\s+)?$")
_SOURCE_NAME_END = re.compile(r"\s*[,.;:)]")
# "a report from Harbourly", "an article in Harbourly": a one-word name a piece of writing comes from.
_REPORT_FROM_BEFORE = re.compile(r"\b(?:report|reports|story|article|analysis|poll|survey)\s+(?:from|by|in)\s+$")
# ... and after "the", what a publication does ("the Texan said" is a person, named by where he is from).
_PUBLICATION_END = re.compile(r"[’']s?\s|\s+(?:reported|reports|wrote|writes|published|publishes)\b")
_LABEL_MARK = re.compile(r"\s?[—–:]")
# What follows a one-word name the writer describes as a body: a relative "which", an appositive headed by
# a body's noun, "said it/its", a thing such a body has, a web address.
_BODY_NOUNS = (
    "company|website|site|newspaper|magazine|network|firm|outlet|publication|giant|retailer|airline|pollster|"
    "agency|organization|organisation|group|carrier|newsletter|blog|startup|nonprofit|broadcaster|platform"
)
# "the Elbonian newspaper Harbourly", "the social network Harbourly": a publication's or a platform's noun
# right before the name. Not "company", "firm" or "group": "the company Holt founded" names its founder.
_BODY_NOUN_BEFORE = re.compile(
    r"\b(?:newspaper|magazine|website|outlet|publication|newsletter|blog|broadcaster|platform|network|"
    r"retailer|airline|startup|nonprofit)\s+$"
)
_DESCRIBED_AS_BODY = re.compile(
    rf"(?:,?\s+which\b"
    rf"|,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}(?:{_BODY_NOUNS})\b"
    r"|\s+(?:said|says|reported|reports|announced|added|noted|wrote|found|indicated|confirmed|stated)"
    r"(?:\s+on\s+\w+)?,?\s+(?:that\s+)?(?:it|its)\b"
    r"|(?:’s|'s|’|')?\s+(?:website|newsroom|reporters|reporting|editors|employees|headquarters|shares|stock|"
    r"subscribers|readers|executives|chief\s+executive)\b"
    r"|\.(?:com|org|net)\b)"
)


# What follows a full name the writer introduces as a body's: a relative "which" or an appositive whose
# head is a body's noun after at most three modifiers, ending the appositive ("a member of the group", "the
# group's strategist", "a newspaper editor" are persons'). Not "pollster": "Jane Roe, a Democratic pollster".
_FULL_NAME_BODY_NOUNS = _BODY_NOUNS.replace("pollster|", "") + "|union|pac"
BODY_APPOSITIVE = re.compile(
    rf",?\s+which\b|,\s+(?:the|a|an)\s+(?:(?!of\b|for\b)[\w\-]+\s+){{0,3}}(?:{_FULL_NAME_BODY_NOUNS})"
    r"(?=\s*[,.;:)]|\s+(?:that|which|based|founded|owned|run)\b)"
)
# ... and what precedes one: a body's noun, with "called" or a comma between ("a firm called X",
# "investment company X", "the Vatican's official newspaper, X").
_BODY_BEFORE_NAME = re.compile(rf"\b(?:{_FULL_NAME_BODY_NOUNS})(?:\s+called|,)?\s+$")


def _plural_demonym(name: str) -> bool:
    """ "Elbonians", "Saudis": the people of a country, a group (the singular names one of them)."""
    return " " not in name and name.endswith("s") and name[:-1].lower() in DEMONYMS


def _camel_case_body(word: str) -> bool:
    """ "HarbourNet", "WikiLeaks": a capital inside one word is a brand's or a site's; a surname's only after
    its particle ("McCain", "DeSantis", "VanderSloot")."""
    camel = _CAMEL_CASE.fullmatch(word)
    return camel is not None and camel.group(1).lower() not in _SURNAME_PARTICLES


_CAMEL_CASE = re.compile(r"([A-Z][a-z]+)[A-Z][A-Za-z]*")
_SURNAME_PARTICLES = {
    "mc", "mac", "de", "di", "da", "du", "la", "le", "van", "vande", "vander", "von", "del", "della", "fitz", "st",
}  # fmt: skip


def _plural_common_noun(word: str) -> bool:
    """ "Lawyers", "Committees", "Agencies": the plural of a noun of the role or organisation lexicons."""
    if not word.endswith("s") or len(word) < 4:
        return False
    lowered = word.lower()
    singulars = (
        lowered[:-1],
        lowered[:-3] + "y" if lowered.endswith("ies") else "",
        lowered[:-2] if lowered.endswith("es") else "",
    )
    return any(w and (w in PERSON_ROLE_NOUNS or w in ORG_WORDS or w in TITLE_WORDS) for w in singulars)


# strip_appositive's patterns, compiled once: the rules call it for every source phrase.
_ABSOLUTE_WITH = re.compile(r"(?:^|(?<=,\s))(?:with|as)\s+(?=[A-Z])")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_TRAILING_WHO = re.compile(r",?\s+who(?:\s+\w+ly)?$")
_COMMA_SPACE = re.compile(r",\s+")
_WHO = re.compile(r"(?:who|whose)\b")
# "where Senate Leader Jane Roe (D-Ohio)": "where" or "when", then capitalised words only (a party tag after them).
_WHERE_NAME = re.compile(r"(?:where|when)\s+(?:[A-Z][\w.’'\-]*\s+){0,6}[A-Z][\w.’'\-]*(?:\s+\([^()]{1,20}\))?")
# "whose husband", "whose late son": a relative "whose" and the noun its name follows.
_WHOSE_KIN = re.compile(r"whose\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*")
_STATE_SEGMENT = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")


def _relative_runs_on(segments: list[str], relative: int) -> bool:
    """The relative clause at ``relative`` runs on to the verb: after it come only a place's state ("who is a
    pastor in Elizabeth, Colorado,") and, after one, the clause's own lowercase words ("who was to travel to
    Columbus, Ohio, on Wednesday to promote the rules,")."""
    rest = segments[relative + 1 :]
    if not rest or not _STATE_SEGMENT.fullmatch(rest[0].strip()):
        return False
    return all(seg[:1].islower() for seg in rest[1:])


_ARTICLE_THEN_PLACE = re.compile(r"(?:a|an|the)\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}")


def strip_appositive(phrase: str) -> str:
    """Cut a trailing appositive: "Jane Roe, a professor at Some University," -> "Jane Roe".

    Also the leading one: "Head of research at Some Bank, Jane Roe," -> "Jane Roe".
    """
    phrase = phrase.strip(" ,\x00")
    # "..., with Jane Roe saying": the absolute construction's subject follows "with".
    # (Each substitution only where the phrase holds what its pattern needs: most hold none of it.)
    if phrase.startswith(("with", "as")) or "," in phrase:
        phrase = _ABSOLUTE_WITH.sub("", phrase)
    # "Jane Roe - who ran the ferry -" / "Jane Roe, who": dashes set off appositives too, and a relative
    # clause left at the end belongs to the name before it.
    if "-" in phrase or "–" in phrase or "—" in phrase:
        phrase = _SPACED_DASH.sub(", ", phrase)
    if "who" in phrase:
        phrase = _TRAILING_WHO.sub("", phrase)
    if ", " in phrase and _DAY_THEN_YEAR.search(phrase):
        # "On March 2, 2015, the Harbour Post": the year's comma is the date's, not an appositive's.
        phrase = _DAY_THEN_YEAR.sub(r"\1 \2", phrase)
    segments = _COMMA_SPACE.split(phrase)
    if len(segments) == 1:
        return _SUBORDINATOR.sub("", phrase)
    relative = next((i for i, seg in enumerate(segments) if i and _WHO.match(seg)), None)
    if relative is not None and relative + 1 < len(segments) and _WHOSE_KIN.fullmatch(segments[relative]):
        # "Mina Holt, whose husband, Navy diver Tomas Holt, was killed in Portside, Maine," -- the name after
        # "whose husband" is the husband's, and the relative clause runs on to the verb: the subject is before it.
        rest = segments[relative + 2 :]
        if segments[relative + 1][:1].isupper() and all(
            seg[:1].islower() or (k and _PLACE_TAIL.search(rest[k - 1]) and _STATE_SEGMENT.fullmatch(seg))
            for k, seg in enumerate(rest)
        ):
            return strip_appositive(", ".join(segments[:relative]))
    if relative is not None and _relative_runs_on(segments, relative):
        # "Swanson, who is a pastor at a church in Elizabeth, Colorado," -- the relative clause runs on to
        # the verb, its place's state included: the subject is before it.
        segments = segments[:relative]
        if len(segments) == 1:
            return _SUBORDINATOR.sub("", segments[0].strip())
    if segments[-1].startswith(("where ", "when ")) and _WHERE_NAME.fullmatch(segments[-1]):
        # "The fight spread to the Capitol, where Senate Leader Jane Roe (D-Ohio)": the clause's own subject,
        # right before the verb, is the source.
        return segments[-1].split(None, 1)[1]
    for i in range(len(segments) - 1, 0, -1):
        late = i == len(segments) - 1 and _LATE_INTRO.match(segments[i - 1])
        opened = (i == 1 and (_INTRO.match(segments[0]) or _OPENING_THEN_BODY.fullmatch(phrase))) or late
        if opened and not _WH_WORD.match(segments[i]):
            # "In a statement, the ministry", "..., but on Thursday, the party", "Hours later, the Harbour
            # Board": after an opening adverbial, "the ..." is the subject.
            return _SUBORDINATOR.sub("", segments[i].strip())
        if (
            (
                _PLACE_TAIL.search(segments[i - 1])
                and (is_appositive(segments[i - 1]) or (i == 1 and _COMMON_NOUN_HEAD.match(segments[0])))
            )
            or _OF_PLACE.fullmatch(segments[i - 1])
        ) and re.fullmatch(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}", segments[i]):
            # "a pilot from Portside, Maine," / "Jane Roe of Portside, Maine.,": the state finishes the place.
            continue
        if _WORD_OF_PLACE.fullmatch(segments[i].strip()) and _ENDS_ON_NAME.search(segments[i - 1]):
            # "Senator Jane Roe, Republican of Portside,": a description of the name before it, not a source.
            continue
        if (
            i + 1 < len(segments)
            and _STATE_SEGMENT.fullmatch(segments[i].strip())
            and _ARTICLE_THEN_PLACE.fullmatch(segments[i - 1])
            and segments[i + 1][:1].islower()
        ):
            # "Jane Roe, a Portside, Maine, pilot,": a town and its state describe the noun after them.
            continue
        # "..., because he said": a subordinator opens the clause, the subject follows it.
        seg = _SUBORDINATOR.sub("", segments[i].strip())
        if seg and not is_appositive(seg):
            return seg
    return _SUBORDINATOR.sub("", segments[0].strip())


# "Jane Roe of Portside" or "of Portside" (after "Jane Roe, 54,"): a hometown, which a state may follow.
_OF_PLACE = re.compile(r"(?:[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3}\s+)?of\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?")
# "Republican of Portside", "Democrat of North Portside": one word, "of", a place.
_WORD_OF_PLACE = re.compile(r"[A-Z][a-z]+\s+of\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}")
_ENDS_ON_NAME = re.compile(r"\b[A-Z][\w’'\-]*$")
# "The timeline of events in ...": a phrase headed by a common noun, whose place is no appositive's.
_COMMON_NOUN_HEAD = re.compile(r"(?:The|A|An)\s+[a-z]")
_PLACE_TAIL = re.compile(r"\b(?:from|in|near|outside|based\s+in)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*$")
_INTRO = re.compile(
    r"(?:In|On|At|After|Before|During|When|While|Asked|Speaking|Last|This|Earlier|Later|Meanwhile|However|"
    r"For|Since|Despite|Under|By|Separately|Still|Yet|Instead|Back|Though|Although|Because|Once|Whereas)\b"
)
# An adverbial opening the clause after a conjunction: "..., but on Thursday, the party said".
_LATE_INTRO = re.compile(
    r"(?:but|and|yet|so)\s+(?:on|in|at|after|before|during|last|this|earlier|later|since)\b[^,]{0,30}$"
)
# "Because at the Post, what Roe says ...": a clause of its own, no subject.
_WH_WORD = re.compile(r"(?:what|which|who|whom|whose|how|why|where|whether)\b", re.IGNORECASE)
_DAY_THEN_YEAR = re.compile(r"\b(\d{1,2}),\s+(\d{4})\b")
# An opening phrase of the writer's without a name, then a body named with "the": "Hours later, the
# Harbour Board", "Late last year, the Ministry", "Regardless, the agency".
_OPENING_THEN_BODY = re.compile(r"(?:[A-Z][a-z]+(?:\s+[a-z]+){1,3}|[A-Z][a-z]+ly|Regardless),\s+the\s+[A-Z][^,]*")
_SUBORDINATOR = re.compile(
    r"^(?:because|when|where|whereas|while|as|since|if|although|though|and|but|so|after|before|until|once)\s+"
)


# Lowercase descriptors (no preposition, no verb-like "-ed"/"-s" word) and a capitalised name at the end.
_DESCRIBED_NAME = re.compile(
    r"(?:(?!(?:of|for|to|with|by|at|in|on|from|and|or|but|about|like|than)\b)[a-z][\w\-]*\s+){1,4}"
    r"(?:[A-Z][\w.’'\-]*\s+){1,3}[A-Z][\w’'\-]*$"
)
_ROLE_IN = re.compile(rf"\b(?:{_ROLE_WORDS})\b", re.IGNORECASE)


def is_appositive(segment: str) -> bool:
    """A comma segment that describes a name rather than being one ("a professor at X", "54")."""
    if _DESCRIBED_NAME.match(segment) and not re.match(r"(?:a|an|the|who|whose|which)\b", segment):
        mentions = find_mentions(segment, 0)
        if mentions and mentions[-1].kind == "person" and len(mentions[-1].tokens) >= 2:
            return False  # "former harbour master Tomas Vik": lowercase words before the name describe it
    if _APPOSITIVE_OPENER.match(segment) or re.fullmatch(r"\d+|[RDI]-[A-Z][\w.]*", segment):
        return True  # "a professor", "54", "R-Ky."
    if not _ROLE_IN.search(segment):
        return False
    mentions = find_mentions(segment, 0)
    first = mentions[0] if mentions else None
    if (
        first
        and first.kind == "person"
        and first.start == 0
        and len(first.tokens) >= 2
        and _LOCATING.match(segment, first.end)
    ):
        return False  # "Jane Roe of Harbour University": a person's name, then where she works
    # "Secretary of State Jane Roe" ends in the person it describes: that is the source itself; "director for
    # Jane Roe" ends in the person the role serves, and describes the name before it.
    last = mentions[-1] if mentions else None
    return not (
        last and last.kind == "person" and last.end >= len(segment) - 1 and not _SERVES.search(segment, 0, last.start)
    )


# A role's preposition right before the name it serves: "director for", "adviser to", "spokeswoman of".
_SERVES = re.compile(r"\b(?:for|to|of|with|under)\s+$")
