"""Names in an article: capitalised runs split into title and name, and the article's cast of people.

The cast maps the short forms an article uses later ("Holt", "Ms. Holt", "the professor") back to the
full name it gave first ("Mina Holt"), which is what a claim's speaker must be.
"""

import bisect
import difflib
import functools
import re
from collections.abc import Container, Iterator
from dataclasses import dataclass, field

from . import rules as r
from .lexicon import (
    CLAUSE_WORDS,
    CONTRACTIONS,
    DEMONYMS,
    FEMALE_HONORIFICS,
    GOVERNMENT_OF,
    GROUP_NOUNS,
    INSTITUTION_WORDS,
    MALE_HONORIFICS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PERSON_ROLE_NOUNS,
    PLACE_WORDS,
    SPEECH_VERBS,
    TITLE_ROLE,
    TITLE_WORDS,
)
from .rules import Rule

_ABBREV = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Cmdr|Rev|St|Jr|Sr|Prof|Pres|Atty|Sec|Supt|Insp)\."
# A name token; a full stop stays only on abbreviations and initials, so a run never crosses a sentence.
_TOKEN = (
    rf"(?:{_ABBREV}|[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w\-]*(?:[’'][A-Za-z]+)?(?![\w\-])"
    r"|\d+(?:st|nd|rd|th)?(?=[ -][A-Z]))"
)
_PARTICLE = r"(?:de|van|von|der|den|bin|ibn|al|el|da|di|del|la|le|du|dos|das|of|for|on|to|y)"
# _TOKEN with its opening capital or digit taken first and each alternative going on from there: a
# pattern that opens on a class of characters lets the engine skip to those, where one opening on an
# assertion is tried at every character, and a lowercase word after a run fails at its first letter.
# The abbreviations (one to three lowercase letters and a full stop after the capital) are tried behind
# a lookahead that turns most words away at once, each behind a lookbehind for its capital.
_ABBREV_RESTS = "|".join(f"(?<={a[0]}){a[1:]}" for a in _ABBREV.removeprefix("(?:").removesuffix(r")\.").split("|"))
_TOKEN_RESTS = (
    rf"(?:(?=[a-z]{{1,3}}\.)(?:{_ABBREV_RESTS})\.|\.(?<=[A-Z]\.)(?:[A-Z]\.)*"
    r"|(?<=[A-Z])[\w\-]*(?:[’'][A-Za-z]+)?(?![\w\-])|(?<=\d)\d*(?:st|nd|rd|th)?(?=[ -][A-Z]))"
)
# A run of capitalised tokens, allowing name particles ("von der Leyen", "de la Cruz": up to two) and
# the "of" of titles and institutions. (The two-character lookbehind says what the character before
# the run may not be.)
CAP_RUN = re.compile(
    rf"[A-Z\d](?<![\w’'.\-].){_TOKEN_RESTS}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0]){{0,2}}[A-Z\d]{_TOKEN_RESTS})*"
)
_POSSESSIVE = re.compile(r"[’']s?$")
_CONNECTORS = {"of", "for", "on", "to"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Words that end a run without being part of a name: "Roe Thursday" (a suffix is part of it: "Roe III").
_TRAILING_NOISE = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    # Months, in full and abbreviated: "sided with Russia Jan. 31" (not "May": "Theresa May").
    *[
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
}
# Abbreviated months end a run only written with their full stop ("Russia Jan. 31"): without it the
# word is a name's ("Ai Jun"). find_mentions hands the full stop on with the run.
_MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_ADDRESS = {"mr", "mrs", "ms", "dr"}
# Members of a party, which name a person but never an organisation: "a Portside Democrat said".
_PARTY_MEMBER = {"democrat", "republican", "libertarian", "independent"}
_FIRST_NAME_NOT_MONTH = {"Jan"}
# Capitalised words at a run's edge that modify a name without being part of it (rule "name_edges"):
# a sentence adverb ("Curiously Holt ...") or a hyphenated modifier ("Portside-based Mina Holt").
_HYPHEN_MODIFIER = re.compile(r"[A-Z][\w.]*-(?:[a-z]+(?:ed|ing)|born|run|made|bound)$")
_MODIFIER = re.compile(
    r"[A-Z][a-z]{2,}(?:ally|ately|ingly|edly|ently|antly|ously|ively|fully|lessly|ably|ibly)$|"
    + _HYPHEN_MODIFIER.pattern
)
# "Secretary of State", "Bank of Elbonia": words that a connector extends ("Roe of Ohio" it does not).
_JOINS_BY_CONNECTOR = TITLE_WORDS | ORG_WORDS | PERSON_ROLE_NOUNS
# Capitalised words that describe the person named after them: "Comedian Jane Roe", "Sen. Roe".
_BEFORE_NAME = TITLE_WORDS | PERSON_ROLE_NOUNS
# Title words that are also common surnames, so that a name may end with them ("Martin King").
_SURNAME_LIKE = {
    "king",
    "major",
    "judge",
    "justice",
    "white",
    "house",
    "host",
    "fellow",
    "court",
    "rice",
    "chase",
    "young",
    "price",
    "bishop",
    "cardinal",
    "member",
    "jr",
    "sr",
    "ii",
    "iii",
    "iv",
    "staff",
    "trade",
    "pope",
    "prince",
}


def _bare(token: str) -> str:
    return token.rstrip(".").lower()


@dataclass
class Mention:
    """A capitalised run in the body: what kind of thing it names and where."""

    start: int  # body offset of the whole run (titles included)
    end: int
    name: str  # the name without titles ("Mina Holt"), or the organisation's name
    name_start: int  # body offset where the name itself begins
    kind: str  # "person" | "organisation"
    title: str  # title tokens before the name, as written ("Elbonian Deputy Minister of Ports")
    possessive: bool = False
    honorific: str | None = None  # "mr", "sen" ... when the run opens with one

    @property
    def tokens(self) -> list[str]:
        return self.name.split()


def split_run(text: str, start: int, first_name: bool = False) -> list[Mention]:
    """Turn one capitalised run into mentions.

    A possessive ends a name ("Elbonia's Tomas Vik"), and so does a connector after a plain name
    ("Jane Roe of Ohio"); after a title or institution the connector belongs to it ("Secretary of State").
    ``first_name``: the run's first word is a first name even if it is also a common word ("Will").
    """
    return _shifted(_split_run_at_zero(text, first_name), start)


def _shifted(mentions: tuple[Mention, ...], start: int) -> list[Mention]:
    return [
        Mention(
            m.start + start,
            m.end + start,
            m.name,
            m.name_start + start,
            m.kind,
            m.title,
            m.possessive,
            m.honorific,
        )
        for m in mentions
    ]


@functools.lru_cache(maxsize=8192)
def _split_run_at_zero(text: str, first_name: bool = False) -> tuple[Mention, ...]:
    """split_run for a run at offset 0: articles repeat the same names, and the speaker rules read the
    same phrases again. The mentions kept here never leave it; split_run hands out shifted copies."""
    tokens = _non_space(text)
    pieces: list[tuple[list[tuple[str, int]], bool]] = []
    begin = 0
    for i, (word, _) in enumerate(tokens):
        # (_POSSESSIVE.search, for a word without spaces.)
        if word.endswith(_POSSESSIVE_ENDINGS) and word[0].isupper():
            pieces.append((tokens[begin : i + 1], True))
            begin = i + 1
        elif word in _CONNECTORS and i > begin and _bare(tokens[i - 1][0]) not in _JOINS_BY_CONNECTOR:
            pieces.append((tokens[begin:i], False))
            begin = i + 1
    if begin < len(tokens):
        pieces.append((tokens[begin:], False))
    mentions = []
    for toks, possessive in pieces:
        if not toks:
            continue
        base = toks[0][1]
        found = _classify_words(tuple((w, at - base) for w, at in toks), possessive, first_name and base == 0)
        if found:
            mentions.append(
                Mention(
                    found.start + base,
                    found.end + base,
                    found.name,
                    found.name_start + base,
                    found.kind,
                    found.title,
                    found.possessive,
                    found.honorific,
                )
            )
    return tuple(mentions)


_NON_SPACE = re.compile(r"\S+")
_POSSESSIVE_ENDINGS = ("’", "'", "’s", "'s")


def _non_space(text: str) -> list[tuple[str, int]]:
    """Each match of _NON_SPACE with its offset: str.split's words, each found after the one before."""
    tokens = []
    at = 0
    for word in text.split():
        at = text.index(word, at)
        tokens.append((word, at))
        at += len(word)
    return tokens


@functools.lru_cache(maxsize=8192)
def _classify_words(toks: tuple[tuple[str, int], ...], possessive: bool, first_name: bool = False) -> Mention | None:
    """_classify for a piece whose offsets start at 0: articles name the same people again and again,
    and the resolver reads each paragraph more than once."""
    return _classify(list(toks), possessive, first_name)


class Run:
    """One piece of a capitalised run as the name rules read it; the edge rules trim its tokens."""

    __slots__ = ("toks", "possessive", "first_name", "_split", "_lowered")

    def __init__(self, toks: list[tuple[str, int]], possessive: bool, first_name: bool = False):
        self.toks = toks
        self.possessive = possessive
        self.first_name = first_name  # the first word is a first name, whatever the lexicon says
        self._split: tuple[list[tuple[str, int]], list[tuple[str, int]]] | None = None
        self._lowered: list[str] | None = None

    @property
    def lowered(self) -> list[str]:
        """The tokens, bare and lowercase; read by the kind rules, once the edge rules are done."""
        if self._lowered is None or len(self._lowered) != len(self.toks):
            self._lowered = [_bare(w) for w, _ in self.toks]
        return self._lowered

    @property
    def text(self) -> str:
        return " ".join(w for w, _ in self.toks)

    def mention(self, kind: str, name_toks: list[tuple[str, int]] | None = None, title: str = "") -> Mention:
        name_toks = self.toks if name_toks is None else name_toks
        start, end = self.toks[0][1], self.toks[-1][1] + len(self.toks[-1][0])
        name = " ".join(w for w, _ in name_toks)
        return Mention(start, end, name, name_toks[0][1], kind, title, self.possessive)

    def split(self) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        """(title tokens, name tokens): a person's name is the run's right end up to the first title,
        demonym or connector; "Ambassador to Elbonia Ana Diaz" keeps the place with the title."""
        if self._split is None:
            name_toks: list[tuple[str, int]] = []
            for word, at in reversed(self.toks):
                b = _bare(word)
                if word in _CONNECTORS or (name_toks and (_is_title(b) or b in DEMONYMS)):
                    break
                if not name_toks and (
                    (b in TITLE_WORDS and b not in _SURNAME_LIKE) or ("-" in b and _is_title(b)) or b in DEMONYMS
                ):
                    break
                name_toks.insert(0, (word, at))
            title_toks = self.toks[: len(self.toks) - len(name_toks)]
            if (
                len(name_toks) >= 3
                and title_toks
                and title_toks[-1][0] in _CONNECTORS
                and not _INITIAL.fullmatch(name_toks[1][0])
            ):
                title_toks, name_toks = title_toks + name_toks[:1], name_toks[1:]
            self._split = (title_toks, name_toks)
        return self._split


_INITIAL = re.compile(r"[A-Z]\.")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.)+")


# What a name rule returns when the run names nothing (None means: the next rule decides).
NOT_A_NAME = Mention(0, 0, "", 0, "none", "")


# The edge rules: each trims words that stand at a run's edge without being part of a name. -------------
def possessor(run: Run) -> None:
    """Elbonia’s => Elbonia"""
    if run.possessive:
        word, at = run.toks[-1]
        run.toks[-1] = (_POSSESSIVE.sub("", word), at)


# "U.S.", "D.C.": the full stop of two initials or more may end a sentence too ("Mr.", "J." never do).
_ENDS_SENTENCE_IN_RUN = re.compile(r"(?:[A-Z]\.){2,}$")


def name_opener(run: Run) -> None:
    """Curiously Portside-based 1962 Mina Holt => Mina Holt"""
    toks = run.toks
    # "South Elbonian-born Mina Holt": a hyphenated modifier inside the run ends what comes before it too.
    inner = [i for i, (word, _) in enumerate(toks[1:-2], 1) if "-" in word and _HYPHEN_MODIFIER.match(word)]
    if inner:
        del toks[: inner[-1] + 1]
    # "... in the U.S. While Mina Holt": a full stop the sentence splitter took for an abbreviation's, then a
    # word that opens sentences; the name starts after it.
    opened = [
        i
        for i in range(1, len(toks) - 1)
        if toks[i - 1][0].endswith(".")
        and _bare(toks[i][0]) in NOT_NAME_WORDS
        and _ENDS_SENTENCE_IN_RUN.search(toks[i - 1][0])
    ]
    if opened:
        del toks[: opened[-1] + 1]
    if len(toks) >= 3 and toks[1][0] == "The":
        # "Enter The Harbour Times.", "Watch The Harbour Show": a word before a capitalised article (a verb in
        # the imperative, an adverb) opens the sentence; the name starts after the article.
        del toks[:2]
    while toks:
        word = toks[0][0]
        bare = _bare(word)
        if not (
            bare in NOT_NAME_WORDS
            or (bare.endswith("ed") and bare in SPEECH_VERBS)  # "Stated Stone, “...”"
            or word in _CONNECTORS
            or _is_modifier(word)
            or word[0].isdigit()
        ):
            break
        if bare in _ADDRESS:
            break  # "Mr. Roe": the address stays, a title of the name
        if toks[0][0] in _FIRST_NAME_NOT_MONTH and len(toks) >= 2:
            break  # "Jan Brewer": the month is abbreviated with a full stop ("Jan. 31"), a first name is not
        if run.first_name and len(toks) >= 2:
            break  # "said Will Doyle": inside a sentence, the modal is a first name
        toks.pop(0)
    if len(toks) >= 3 and toks[0][0].endswith("s") and _plural_noun(toks[0][0]) and _person_like(toks[1:]):
        # "Celebrities Mina Holt, Ana Lind and ...", "Pastors Tomas Vik": a plural common noun before a name
        # says what its bearer is (and others with it), and is no first name.
        toks.pop(0)


def _plural_noun(word: str) -> bool:
    """ "Celebrities", "Pastors", "Elbonians": the plural of a role, title or people's noun, or a word
    that only a plural ends in ("-ies", "-ians")."""
    lowered = word.lower()
    if len(lowered) >= 7 and lowered.endswith(("ies", "ians")):
        return True
    singulars = (lowered[:-1], lowered[:-2] if lowered.endswith("es") else "")
    return lowered in GROUP_NOUNS or any(
        w and (w in PERSON_ROLE_NOUNS or w in TITLE_WORDS or w in DEMONYMS) for w in singulars
    )


def _person_like(toks: list[tuple[str, int]]) -> bool:
    """Words that may make a person's name: first names, initials, a surname; no lexicon word, no acronym."""
    return all(
        _INITIAL.fullmatch(word) or (_first_name_like(word) and not word.isupper() and _bare(word) not in ORG_WORDS)
        for word, _ in toks
    )


def _is_modifier(word: str) -> bool:
    """_MODIFIER.match, asked only of the words that could match it: an adverb's "-ly" or a hyphen."""
    return (word.endswith("ly") or "-" in word) and _MODIFIER.match(word) is not None


def name_tail(run: Run) -> None:
    """Mina Holt Thursday of => Mina Holt"""
    toks = run.toks
    while toks and (
        toks[-1][0] in _CONNECTORS
        or _bare(toks[-1][0]) in _TRAILING_NOISE
        or (toks[-1][0].endswith(".") and _bare(toks[-1][0]) in _MONTH_ABBREVIATIONS)
        or _is_modifier(toks[-1][0])
    ):
        toks.pop()


def sentence_full_stop(run: Run) -> None:
    """Mina Holt. => Mina Holt"""
    word, at = run.toks[-1]
    if word.endswith(".") and len(word) > 2 and _bare(word) not in _SUFFIXES and _bare(word) not in TITLE_WORDS:
        run.toks[-1] = (word[:-1], at)


# The kind rules: the first that decides gives the mention, or NOT_A_NAME. -------------------------------
def shouted_headline(run: Run) -> Mention | None:
    """PIER VOTE DELAYED AGAIN => nothing"""
    if len(run.toks) < 3:
        return None  # (most runs: too short to shout)
    words = [w for w, _ in run.toks if not _INITIALS_ONLY.fullmatch(w)]
    return NOT_A_NAME if len(words) >= 3 and all(w.isupper() and len(w) > 1 for w in words) else None


def title_case_clause(run: Run) -> Mention | None:
    """Mina Holt Got Real About Being => nothing"""
    lowered = run.lowered
    # "Don’t Voters Care?": a contraction opens a clause even where it opens the run.
    return NOT_A_NAME if any(w in CLAUSE_WORDS for w in lowered[1:]) or lowered[0] in CONTRACTIONS else None


def plural_title(run: Run) -> Mention | None:
    """Senators Holt => nothing"""
    first = run.lowered[0]
    plural = len(run.toks) == 2 and first.endswith("s") and first[:-1] in TITLE_WORDS and first not in TITLE_WORDS
    # A title for several people before one surname names none of them ("Publishers Weekly" is a body's name).
    return NOT_A_NAME if plural and run.lowered[1] not in ORG_WORDS else None


def place_or_event(run: Run) -> Mention | None:
    """Harbour Bay Summer Games => nothing"""
    lowered = [w for w in run.lowered if w not in _SUFFIXES]  # "World War II"
    return NOT_A_NAME if len(run.toks) >= 2 and lowered and lowered[-1] in PLACE_WORDS else None


def country(run: Run) -> Mention | None:
    """Beijing => government China"""
    government = GOVERNMENT_OF.get(run.text)
    if government is None:
        return None
    found = run.mention("government")
    found.name = government
    return found


def organisation_words(run: Run) -> Mention | None:
    """Elbonian Ports Ministry => organisation Elbonian Ports Ministry"""
    lowered = run.lowered
    if (
        not any(w in ORG_WORDS or w in INSTITUTION_WORDS for w in lowered)
        and not _hyphenated_org_tail(lowered[-1])
        and not _foreign_masthead(lowered)
    ):
        return None
    if len(lowered) == 1 and lowered[0] in _COMMON_ACRONYMS:
        return NOT_A_NAME  # "reality TV star": the word alone is a common noun, not a channel's name
    if lowered[0] in _ADDRESS or _is_title_then_person(lowered):
        return None  # "Senate Majority Leader Jane Roe": a person with an institution in her title
    return run.mention("organisation")


def _foreign_masthead(lowered: list[str]) -> bool:
    """ "La Harbour", "Il Portside", "L'Harbour Romano", "Le Courrier Harbour": a run opening on a French,
    Italian or German article is a newspaper's or a body's name, as English names do not open on one
    ("Le Pen" alone is a surname: two words after "le" are needed)."""
    first = lowered[0]
    if first.startswith(("l'", "l’")) and len(first) > 2:
        return True
    return len(lowered) >= 2 and first in _FOREIGN_ARTICLES and (first != "le" or len(lowered) >= 3)


_FOREIGN_ARTICLES = {"la", "le", "il", "der", "die", "das"}


def _hyphenated_org_tail(word: str) -> bool:
    """ "Harbour Sun-Times": a last word joined to a body's word by a hyphen names a body, as the word alone does."""
    return "-" in word and word.rsplit("-", 1)[1] in ORG_WORDS


_NUMBERED = re.compile(r"\d")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def numbered_thing(run: Run) -> Mention | None:
    """Harbour Flight HB804 => nothing"""
    # A digit inside a name that is no organisation's: a flight, a vehicle, a model; no person's name
    # ("Air Force 1st Lt. Mina Holt": an ordinal is part of a title).
    return NOT_A_NAME if any(_NUMBERED.search(w) and not _ORDINAL.fullmatch(w) for w, _ in run.toks) else None


def titled_body(run: Run) -> Mention | None:
    """Harbour Pollster => organisation Harbour Pollster"""
    if run.split()[1]:
        return None
    if run.lowered[-1] in _PARTY_MEMBER:
        return NOT_A_NAME  # "Portside Democrat": a party member from a place, unnamed
    if len(run.toks) >= 2 and not all(w in TITLE_WORDS or w in DEMONYMS for w in run.lowered):
        return run.mention("organisation")
    return NOT_A_NAME  # "Deputy Minister": titles alone name nobody


def lone_initial(run: Run) -> Mention | None:
    """X. => nothing"""
    name_toks = run.split()[1]
    return NOT_A_NAME if len(name_toks) == 1 and len(name_toks[0][0].rstrip(".")) <= 1 else None


def acronym(run: Run) -> Mention | None:
    """HPA => organisation HPA"""
    title_toks, name_toks = run.split()
    word = name_toks[0][0]
    if len(name_toks) == 1 and word.isupper() and len(word) > 1 and not title_toks:
        if _bare(word).lower() in _COMMON_ACRONYMS:
            return NOT_A_NAME  # "a new SUV", "his IQ": a common noun written in capitals
        return run.mention("organisation")
    return None


def acronym_in_name(run: Run) -> Mention | None:
    """Harbour HPA Action => organisation Harbour HPA Action"""
    title_toks, name_toks = run.split()
    words = [w for w, _ in name_toks]
    # Persons' names hold initials ("J.J.", "TJ") and numerals ("III"), not words of three capitals or more;
    # a name all in capitals is shouted, and its words say nothing.
    if len(words) < 2 or all(w.isupper() for w in words):
        return None
    if any(_ACRONYM_WORD.fullmatch(w) and _bare(w) not in _SUFFIXES for w in words):
        return run.mention("organisation", name_toks)
    return None


_ACRONYM_WORD = re.compile(r"(?![IVX]+\b)[A-Z]{3,}")


# Common nouns usually written in capitals: things, not bodies that speak.
_COMMON_ACRONYMS = {"tv", "pc", "dvd", "cd", "atm", "suv", "gps", "iq", "ufo", "id", "vip", "dna"}


def title_then_name(run: Run) -> Mention | None:
    """Deputy Minister Mina Holt => person Mina Holt"""
    title_toks, name_toks = run.split()
    honorific = None
    for word, _ in title_toks:
        if _bare(word) in TITLE_WORDS and _bare(word) not in DEMONYMS:
            honorific = _bare(word)
    found = run.mention("person", name_toks, " ".join(w for w, _ in title_toks))
    found.honorific = honorific
    return found


# The tables, in order. Each confidence is measured on polnear-train (the README's name rules): for a
# rule that names a speaker, the share of quotations given a speaker it named that the gold attributes
# to that speaker; for a rule that trims or discards, the share of its decisions that kept every gold
# speaker's name whole. The country rule names no quoted speaker there and takes the
# organisation's confidence.
EDGE_RULES = (
    Rule(r.POSSESSOR, 1.0, possessor),
    Rule(r.NAME_OPENER, 0.99, name_opener),
    Rule(r.NAME_TAIL, 0.99, name_tail),
    Rule(r.SENTENCE_FULL_STOP, 1.0, sentence_full_stop),
)
KIND_RULES = (
    Rule(r.SHOUTED_HEADLINE, 1.0, shouted_headline),
    Rule(r.TITLE_CASE_CLAUSE, 1.0, title_case_clause),
    Rule(r.PLURAL_TITLE, 0.75, plural_title),
    Rule(r.PLACE_OR_EVENT, 1.0, place_or_event),
    Rule(r.COUNTRY, 0.8, country),
    Rule(r.ORGANISATION_WORDS, 0.81, organisation_words),
    Rule(r.NUMBERED_THING, 1.0, numbered_thing),
    Rule(r.TITLED_BODY, 0.99, titled_body),
    Rule(r.LONE_INITIAL, 1.0, lone_initial),
    Rule(r.ACRONYM, 0.62, acronym),
    # No polnear-train quotation to measure it on (bench_name_rules: 0 decisions): as sure as organisation_words.
    Rule(r.ACRONYM_IN_NAME, 0.81, acronym_in_name),
    Rule(r.TITLE_THEN_NAME, 0.94, title_then_name),
)
NAME_RULES = (*EDGE_RULES, *KIND_RULES)


def _classify(toks: list[tuple[str, int]], possessive: bool, first_name: bool = False) -> Mention | None:
    """The mention a piece of a capitalised run makes: the edge rules trim it, the first kind rule
    that decides names its kind."""
    run = Run(toks, possessive, first_name)
    for rule in EDGE_RULES:
        if not run.toks:
            return None
        rule.apply(run)
    if not run.toks:
        return None
    for rule in KIND_RULES:
        found = rule.apply(run)
        if found is not None:
            return None if found is NOT_A_NAME else found
    return None


def _is_title_then_person(lowered: list[str]) -> bool:
    """ "Senate Majority Leader Jane Roe": org words inside a title still end in a person's name."""
    last = lowered[-1]
    if last in ORG_WORDS or last in TITLE_WORDS or last in DEMONYMS:
        return False
    # "Bureau of Labor Statistics", "Board of Elections": after an institution's "of" only a person's
    # role ("Department of Defense Secretary Ash Carter") makes the rest a person's name.
    for i, word in enumerate(lowered[:-2]):
        if word in ORG_WORDS and lowered[i + 1] in _CONNECTORS:
            return any(w in PERSON_ROLE_NOUNS for w in lowered[i + 2 : -1])
    return any(_is_title(w) for w in lowered[:-1])


def _is_title(word: str) -> bool:
    """A title or role word before a name, hyphenated ones included: "Editor-in-Chief", "Co-Founder"."""
    return word in _BEFORE_NAME or ("-" in word and any(part in _BEFORE_NAME for part in word.split("-")))


def find_mentions(masked: str, offset: int) -> list[Mention]:
    """Capitalised mentions in a (quote-masked) paragraph; offsets are body offsets."""
    out: list[Mention] = []
    dateline = CAPS_DATELINE.match(masked)
    dateline_end = dateline.end() if dateline else 0
    # (Called for every paragraph and every source phrase: each run's tests are the cheap ones first.)
    joined_end = 0
    for m in CAP_RUN.finditer(masked):
        start = m.start()
        if start < dateline_end or start < joined_end:
            continue  # "WASHINGTON — Roe said": where the story was filed
        if start and masked[start - 1] in "(-/":
            continue  # "(D-Ohio)", "R-Texas": a party and state tag, not a name
        run, end = m.group(), m.end()
        after = masked[end : end + 1]
        # "said Will Doyle", "Will Doyle, a professor": a modal inside a sentence or before a comma is a
        # first name; "Will Roe win?" opens a question.
        first_name = (
            run[:1] in _MODAL_INITIALS
            and run.split(maxsplit=1)[0] in _MODAL_FIRST_NAMES
            and (not _OPENS_SENTENCE.search(masked, max(0, start - 4), start) or after == ",")
        )
        if after == "." and run[run.rfind(" ") + 1 :].lower() in _MONTH_ABBREVIATIONS:
            run += "."  # "Russia Jan. 31": the month's full stop, which the run leaves out
        if after == " " and masked.startswith(" and ", end) and (" of " in run or " for " in run):
            joined = _BODY_NAME_AND.search(run) and _AND_REST.match(masked, end)
            if joined:
                # "Office of Management and Budget", "Center for Strategic and International Studies": after a
                # body's "of" or "for", a common word ("Management", "Strategic") and "and" go on with the name.
                run, end = run + joined.group(), joined.end()
                after, joined_end = masked[end : end + 1], end
        if after == ":" and run.count(" ") >= 2 and len(_FORM_LABEL.findall(masked)) >= 3:
            # "Name: Mina Holt Age: 54 City: Portside": in a fact box of labels and values, the word before a
            # colon is the next label, not the end of the name.
            run = run[: run.rfind(" ")]
        participle = _PARTICIPLE_OPENING.match(run) if "ing" in run else None
        if participle and _OPENS_SENTENCE.search(masked, max(0, start - 4), start):
            # "Entrusting Mina Holt with the pier is a risk": a sentence opening on a participle, then the name.
            run, start = run[participle.end() :], start + participle.end()
        pieces = _split_run_at_zero(run, first_name)
        if pieces:
            shifted = _shifted(pieces, offset + start)
            if (
                shifted[0].kind == "person"
                and " " not in shifted[0].name
                and masked[max(0, start - 40) : start].rstrip().endswith(_NAMED_BODY_NOUNS)
                and _NAMED_BODY_BEFORE.search(masked, max(0, start - 40), start)
            ):
                # "the website Mashable", "the newspaper Harbourside": the noun before the name says what it is.
                shifted[0].kind = "organisation"
            out.extend(shifted)
    return out


_NAMED_BODY_NOUNS = (
    *("website", "site", "newspaper", "magazine", "network", "channel", "company", "firm", "startup", "outlet"),
    *("publication", "blog", "broadcaster", "nonprofit", "charity", "app", "platform"),
)
# (Searched only where the words before the name end on one of the nouns: the search is asked at most runs.)
_NAMED_BODY_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:news\s+)?(?:{'|'.join(_NAMED_BODY_NOUNS)})\s+$")


# "WASHINGTON —", "DECATUR, Ill. —", "PORTSMOUTH, N.H. —", "ST. LOUIS, Dec. 8 (UPI) —": the place a
# story was filed, in capitals, before the dash that opens its first sentence.
CAPS_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.’'\-]+(?:\s[A-Z][A-Z.’'\-]+){0,2}"
    r"(?:,\s+(?:[A-Z][a-z]{1,4}\.(?:\s?[A-Z]\.)?|(?:[A-Z]\.){2}|[A-Z][a-z]{2,3}\.?\s\d{1,2}))?"
    r"(?:\s*\([^()]{1,30}\))?\s*[–—-]+\s+"
)
# A body's name that ends on "of" or "for" and one common word (a noun or adjective by its ending:
# "Management", "Strategic", "Health", "Housing"), so that "and" may go on with it; a place after "of"
# ("University of Portside and ...") ends the name there.
_BODY_NAME_AND = re.compile(
    rf"(?i:\b(?:{'|'.join(sorted(ORG_WORDS))}))\s(?:of|for)\s"
    r"[A-Z][a-z]+(?:ment|ic|ics|al|ity|ing|ion|ance|ence|ure|th|ness|ship|ive|ry)$"
)
_AND_REST = re.compile(r" and (?:[A-Z][\w\-]*[ \u00a0]){0,2}[A-Z][\w\-]*(?![\w’'\-])(?![ \u00a0][A-Z])")
# A label in a fact box: a capitalised word, a colon, a value ("Age: 54", "City: Portside").
_FORM_LABEL = re.compile(r"[A-Z][a-z]+:[ \u00a0]+\S")
# A participle opening a run of three words or more: "Entrusting Mina Holt" (not "Sterling Holt").
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]{4,}ing[ \u00a0](?=\S+[ \u00a0]\S)")
# Common words that are also first names, kept as such where the sentence shows it.
_MODAL_FIRST_NAMES = {"Will"}
_MODAL_INITIALS = {name[0] for name in _MODAL_FIRST_NAMES}
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;][”\"’)]*\s+|^\s*)$")


_WORD = re.compile(r"(?<![\w’'\-])[A-Za-z][\w’'\-]*")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;][”\"’)\]]*\s+|[“\"(]\s*|\n\n)$")


class _BodyWords:
    """Answers whether the body uses a word in some way, looking only when asked and remembering the answer.

    An article asks about a few dozen words (its headline's, a few names), while its body holds thousands:
    collecting every word up front cost more than all the asking.
    """

    def __init__(self, body: str):
        self.body = body
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word not in self._known:
            self._known[word] = self._used(word)
        return self._known[word]

    def _used(self, word: str) -> bool:
        raise NotImplementedError

    def _whole_words(self, word: str) -> Iterator[int]:
        """The offsets where ``word`` stands in the body as a whole word, as _WORD would find it."""
        body, i = self.body, self.body.find(word)
        while i != -1:
            end = i + len(word)
            if not (i and _WORD_CHAR.match(body, i - 1)) and not _WORD_CHAR.match(body, end):
                yield i
            i = body.find(word, i + 1)


class _CapitalisedInside(_BodyWords):
    def _used(self, word: str) -> bool:
        if not _CAPITALISED_WORD.fullmatch(word):
            return False
        return any(_capital_says_name(self.body, start, start + len(word)) for start in self._whole_words(word))


class _LowercaseWords(_BodyWords):
    def _used(self, word: str) -> bool:
        return bool(_LOWERCASE_WORD.fullmatch(word)) and next(self._whole_words(word), None) is not None


def capitalised_inside(body: str) -> Container[str]:
    """Capitalised words the body uses inside a sentence, where the capital says "name"; also those
    right after a quotation and before a verb of saying ("“... offensive!” Cruz said")."""
    return _CapitalisedInside(body)


def _capital_says_name(body: str, start: int, end: int) -> bool:
    """The capitalised word at ``start:end`` stands inside a sentence, or names who spoke a quotation."""
    return not (
        _SENTENCE_OPENING.search(body[max(0, start - 3) : start])
        or _AFTER_DATELINE.search(body[max(0, start - 6) : start])
    ) or (body[max(0, start - 2) : start - 1] in _CLOSING_MARKS and bool(_SAID_AFTER.match(body, end)))


# The words _WORD finds that open on a capital or on a lowercase letter (the same lookbehind, so the
# same words).
_CAPITALISED_WORD = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]*")
_LOWERCASE_WORD = re.compile(r"(?<![\w’'\-])[a-z][\w’'\-]*")
_WORD_CHAR = re.compile(r"[\w’'\-]")


def lowercase_words(body: str) -> Container[str]:
    """The words the body writes in lowercase: common words, whatever a headline's title case says."""
    return _LowercaseWords(body)


# "in San Diego", "across Central Asia": a capitalised run after a preposition of place, not possessive.
# (Each word checks its own start, "\b" as a lookbehind after it: a pattern opening on its words' letters
# lets the engine skip to those letters, where one opening on "\b" is tried at every character. The
# lookbehind comes after the first space, which turns away the word inside others, "being", sooner.)
_AFTER_PLACE_PREPOSITION = re.compile(
    r"(?:in\s(?<!\win\s)|near\s(?<!\wnear\s)|across\s(?<!\wacross\s)|throughout\s(?<!\wthroughout\s))"
    r"\s*([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)(?![\w’'\-])(?![’']s)"
)


def places_in(body: str) -> dict[str, int]:
    """The capitalised runs the body writes after "in", "near", "across" or "throughout" (places), with
    how often."""
    found: dict[str, int] = {}
    for m in _AFTER_PLACE_PREPOSITION.finditer(body):
        found[m.group(1)] = found.get(m.group(1), 0) + 1
    return found


_CLOSING_MARKS = {"”", '"', "’"}
# "PORTSIDE (Wire) — Fog rolled in": the dash after a dateline opens the story's first sentence.
_AFTER_DATELINE = re.compile(r"\)\s*[–—-]+\s*$")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|asked|replied|wrote|continued)\b")


def headline_case(
    headline: str, body: str, capital: Container[str] | None = None, lower: Container[str] | None = None
) -> str:
    """Rule "headline_case": lower the title-case words of a headline that the body writes as common words.

    "Mina Holt Wins Pier Vote" over a body that says "she wins" and "the vote", and never "Wins" or "Vote"
    inside a sentence, becomes "Mina Holt wins Pier vote": its names then end where the body's do.
    """
    lower = lowercase_words(body) if lower is None else lower
    capital = capitalised_inside(body) if capital is None else capital

    def fix(m: re.Match) -> str:
        word = m.group()
        common = word[:1].lower() + word[1:]
        return common if word[0].isupper() and common in lower and word not in capital else word

    return _WORD.sub(fix, headline)


@dataclass
class Person:
    """Someone the article names in full, with what it says about them."""

    name: str
    first_pos: int
    positions: list[int] = field(default_factory=list)
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    title: str | None = None
    # Signs that the name is a person's and not a place's ("Nova Scotia"): a title or honorific,
    # a later mention by surname alone, having spoken. Pronouns only go to names with some.
    evidence: int = 0

    @property
    def surname(self) -> str:
        toks = [t for t in self.name.split() if _bare(t) not in _SUFFIXES]
        return toks[-1] if toks else self.name


# ", known as Lula," / " (nicknamed Chappo)": the name a person goes by, right after the full name.
_NICKNAME = re.compile(
    r"(?:,\s*|\s*\()(?:(?:better|widely|popularly|commonly|also)\s+)?(?:known\s+as|nicknamed)\s+"
    r"(?P<nick>[A-Z][\w’'\-]+)(?=[,.;:)\s])"
)


class Cast:
    """The people and organisations an article names, and how its short forms resolve to them."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.by_surname: dict[str, list[Person]] = {}
        self.by_first: dict[str, list[Person]] = {}
        self.orgs: list[tuple[int, str]] = []
        self.headline = ""
        self.inside_caps: Container[str] | None = None  # capitalised_inside() of the body, when known
        self._headline_firsts: dict[tuple[str, str], str | None] = {}
        # _misspelt's answers: the close surnames, and how many surnames the index held then.
        self._close_surnames: dict[str, tuple[int, list[str]]] = {}
        self.lowercase: Container[str] = set()  # lowercase_words() of the body, when known
        self.places: dict[str, int] = {}  # places_in() of the body, when known

    def named_inside(self, name: str) -> bool:
        """The body writes every word of ``name`` with its capital inside a sentence (True when unknown)."""
        return self.inside_caps is None or all(word in self.inside_caps for word in name.split())

    def common_word(self, name: str) -> bool:
        """A one-word ``name`` the body also writes in lowercase ("the star", "on the web"): a common word."""
        return " " not in name and name[:1].lower() + name[1:] in self.lowercase

    # building ---------------------------------------------------------------------------
    def add_mentions(self, mentions: list[Mention], first_names: bool = True) -> None:
        """Add the people and organisations of ``mentions``; ``first_names`` False keeps their first words
        out of the first-name index (a name that may be a thing's: "the Harbour Express")."""
        for m in mentions:
            if m.kind == "organisation":
                self.orgs.append((m.start, m.name))
            elif len(m.tokens) >= 2 and not all(t.isupper() for t in m.tokens):
                person = self.people.get(m.name)
                if person is None:
                    person = Person(m.name, m.start)
                    self.people[m.name] = person
                    self.by_surname.setdefault(person.surname.lower(), []).append(person)
                    if first_names:
                        self.by_first.setdefault(m.tokens[0].lower(), []).append(person)
                person.positions.append(m.start)
                self.note_title(person, m)
        for m in mentions:
            # Short forms with an honorific tell the gender and role of the person they stand for.
            if m.kind == "person" and len(m.tokens) == 1:
                gender = title_gender(m.title)
                person = self.lookup(m.name, m.start, gender)
                if person is not None:
                    person.positions.append(m.start)
                    person.evidence += 1
                    if gender and person.gender is None and len(self.by_surname.get(m.name.lower(), ())) > 1:
                        continue  # "Mr. Roe" with Jane and Tom Roe named: which of them is not sure enough to tell
                    self.note_title(person, m)

    def note_title(self, person: Person, m: Mention) -> None:
        if not m.title:
            return
        person.evidence += 1
        for word in m.title.split():
            b = _bare(word)
            if b in MALE_HONORIFICS:
                person.gender = person.gender or "m"
            elif b in FEMALE_HONORIFICS:
                person.gender = person.gender or "f"
            if b in TITLE_WORDS:
                person.roles.add(TITLE_ROLE.get(b, b))
        if person.title is None and any(_bare(w) not in {"mr", "mrs", "ms", "dr", "miss"} for w in m.title.split()):
            person.title = m.title

    def promote_speaking_surnames(self, body: str) -> None:
        """Rule "demonym_surname": "Mark Cuban", "Cornel West" read as organisations (the last word is a
        demonym or a compass word), but an article that has that word speak alone ("Cuban said", "said
        West") or the whole name speak after "said" ("said Mark Cuban of ...") names a person by it."""
        for start, name in list(self.orgs):
            tokens = name.split()
            if len(tokens) != 2 or name in self.people or tokens[1].lower() not in DEMONYMS:
                continue
            first = tokens[0].lower()
            if first in _NOT_A_FIRST_NAME or first in ORG_WORDS or first in PLACE_WORDS or tokens[0] in GOVERNMENT_OF:
                continue
            # "said Mark Cuban": a body is hardly ever the subject after "said".
            if f"said {name}" not in body and not _speaks_alone(tokens[1], body):
                continue
            self.orgs.remove((start, name))
            self.add_mentions([Mention(start, start + len(name), name, start, "person", "")])

    def learn_nicknames(self, mentions: list[tuple[Mention, str, int]]) -> None:
        """ "Luiz Inácio Lula da Silva, known as Lula," then "Lula said": the name the article says a
        person goes by stands for that person, as a surname does (unless another person has it).
        ``mentions``: each mention with the masked paragraph it is in and that paragraph's offset."""
        for m, masked, base in mentions:
            if m.kind != "person" or len(m.tokens) < 2 or ("known as" not in masked and "nicknamed" not in masked):
                continue
            nick = _NICKNAME.match(masked, m.end - base)
            person = self.people.get(m.name)
            if nick and person is not None and not self.by_surname.get(nick.group("nick").lower()):
                self.by_surname[nick.group("nick").lower()] = [person]

    def finish(self) -> None:
        self._merge_described_names()
        self._merge_two_word_surnames()
        for people in self.by_surname.values():
            for p in people:
                p.positions.sort()
        self.orgs.sort()

    def _merge_described_names(self) -> None:
        """Rule "known_name_suffix": "Comedian Jane Roe" where the article also names "Jane Roe" is Jane Roe.

        A run of three or more words that ends in the full name of someone the article named on its own
        before (or in the headline) carries a description the lexicon does not know ("Comedian",
        "Entrusting", "Kentuckian").
        """
        for name, long in list(self.people.items()):
            tokens = name.split()
            if len(tokens) < 3 or long.name != name:
                continue
            short = self.people.get(" ".join(tokens[-2:]))
            if short is None or short is long or short.name != " ".join(tokens[-2:]):
                continue
            if short.first_pos > long.first_pos:
                continue  # "Ana Lima Cruz ... Lima Cruz said": a two-word surname used after the full name
            self._absorb(short, long, name)

    def _absorb(self, keep: Person, gone: Person, name: str) -> None:
        """``gone`` is ``keep`` under another name: its mentions and what they told move to ``keep``,
        which ``name`` now stands for, and ``gone`` leaves the surname and first-name indexes."""
        keep.positions.extend(gone.positions)
        keep.evidence += gone.evidence + 1
        keep.gender = keep.gender or gone.gender
        keep.roles |= gone.roles
        for index in (self.by_surname, self.by_first):
            for people in index.values():
                if gone in people:
                    people.remove(gone)
        self.people[name] = keep

    def _merge_two_word_surnames(self) -> None:
        """Rule "two_word_surname": "Bill de Blasio ... De Blasio said" is Bill de Blasio. A two-word name
        that only ever follows a longer one ending in it, whose extra words are first names, is the
        longer one's surname."""
        for name, short in list(self.people.items()):
            tokens = name.split()
            if len(tokens) != 2 or short.name != name:
                continue
            tail = name.lower()
            longer = [
                p
                for n, p in self.people.items()
                if p.name == n
                and len(n.split()) > 2
                and n.lower().endswith(" " + tail)
                and 0 <= p.first_pos < short.first_pos  # in the body: a headline's title case hides names
                and all(_first_name_like(w) for w in n.split()[:-2])
                and self.named_inside(" ".join(n.split()[:-2]))
            ]
            if len(longer) != 1:
                continue
            (long,) = longer
            self._absorb(long, short, name)

    # resolving --------------------------------------------------------------------------
    def lookup(self, name: str, pos: int, gender: str | None = None) -> Person | None:
        """The person a name stands for at ``pos``: the full name, or the nearest with that surname.

        ``gender``, from an honorific ("Mr. Roe"), chooses among people who share the surname: with Jane
        and Tom Roe named, "Mr. Roe" is Tom even when Jane is named more often.
        """
        if name in self.people:
            return self.people[name]
        tokens = name.split()
        key = tokens[-1].lower() if tokens else ""
        candidates = self.by_surname.get(key, [])
        if not candidates and len(tokens) == 1:
            candidates = self.by_first.get(key, [])
        if not candidates and len(tokens) >= 2:
            # "Jane Q. Roe" later written "Jane Roe": same first and last name.
            candidates = [p for p in self.by_surname.get(key, []) if p.name.split()[0].lower() == tokens[0].lower()]
        if not candidates and len(tokens) == 1 and len(key) >= 6:
            candidates = self._misspelt(key)
        if not candidates and len(tokens) == 1 and self.headline:
            return self._from_headline(tokens[0])
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        if gender is not None:
            candidates = (
                [p for p in candidates if p.gender == gender]
                or [p for p in candidates if p.gender is None]
                or candidates
            )
        return max(candidates, key=lambda p: (len(p.positions), _last_before(p.positions, pos)))

    def _from_headline(self, surname: str) -> Person | None:
        """ "Jane Roe Wins Pier Vote" then "Roe said": a headline's title case hides where names end,
        but the word before a surname the body uses is its first name."""
        first = self._before_in_headline(surname)
        if first is None or _bare(first) in _NOT_A_FIRST_NAME:
            return None
        person = Person(f"{first} {surname}", -1, [-1])
        self.people[person.name] = person
        self.by_surname.setdefault(surname.lower(), []).append(person)
        return person

    def _before_in_headline(self, surname: str) -> str | None:
        """The capitalised word before ``surname`` in the headline. Remembered: every unresolved one-word
        name of the article asks, most of them many times."""
        key = (self.headline, surname)
        if key not in self._headline_firsts:
            self._headline_firsts[key] = next(
                (
                    m.group(1)
                    for m in _HEADLINE_PAIR.finditer(self.headline)
                    if m.group(2) == surname
                    or m.group(2)[len(surname) :] in ("’s", "'s", "’", "'")
                    and m.group(2).startswith(surname)
                ),
                None,
            )
        return self._headline_firsts[key]

    def _misspelt(self, key: str) -> list[Person]:
        """A surname one or two letters off a known one ("Hollt" for "Holt" is too short to guess).

        The close surnames are remembered with how many surnames the index held: an article asks about
        the same unknown words again and again, and the index only ever gains surnames.
        """
        known = self._close_surnames.get(key)
        if known is None or known[0] != len(self.by_surname):
            close = [
                surname
                for surname in self.by_surname
                if abs(len(surname) - len(key)) <= 2 and surname[:2] == key[:2] and _similar(surname, key)
            ]
            known = self._close_surnames[key] = (len(self.by_surname), close)
        return [p for surname in known[1] for p in self.by_surname[surname]]

    def person_with_role(self, role: str, pos: int, phrase: str = "") -> Person | None:
        """ "the senator", "the Italian leader": the most recent person mentioned with that role.

        A demonym in the phrase must agree with the person's title ("Italian" with "Italy's President").
        """
        role = TITLE_ROLE.get(role, role)
        wanted = _ROLE_FAMILY.get(role, {role})
        nation = next((w[:4] for w in phrase.lower().split() if w in DEMONYMS and len(w) > 3), None)
        best, best_pos = None, -(10**9)
        for person in self.people.values():
            if not wanted & person.roles:
                continue
            if nation and nation not in (person.title or "").lower():
                continue
            last = _last_before(person.positions, pos)
            if last > best_pos:
                best, best_pos = person, last
        return best

    def full_org(self, name: str, pos: int) -> str:
        """ "the Times" -> "Harbour Times" when the article named it so before: the longest earlier form;
        "Xinhua" -> "Xinhua News Agency" when the article names it so anywhere (a short name)."""
        if " " in name:
            return name
        best = name
        for at, org in self.orgs:
            if at < pos and org.endswith(" " + name) and len(org) > len(best):
                best = org
        return best if best != name else (self.long_org(name) or name)

    def is_org(self, name: str) -> bool:
        """The article names an organisation by exactly ``name``."""
        return any(org == name for _, org in self.orgs)

    def long_org(self, name: str) -> str | None:
        """The organisation whose full name starts with the one word ``name`` and goes on in organisation
        words: "Xinhua" in an article that also says "Xinhua News Agency"."""
        found = None
        for _, org in self.orgs:
            words = org.split()
            if (
                words[0] == name
                and len(words) > 1
                and all(_bare(w) in ORG_WORDS for w in words[1:])
                and (found is None or len(org) > len(found))
            ):
                found = org
        return found

    def org_for(self, noun: str, words: set[str], pos: int) -> str | None:
        """ "the ministry": the nearest organisation named before ``pos`` with a matching word; for
        "the company" or "the group", whose names rarely say so, the nearest organisation at all."""
        best = nearest = None
        for at, name in self.orgs:
            if at >= pos:
                break
            nearest = name
            if {_bare(w) for w in name.split()} & words and _bare(name) != noun:
                best = name  # not "Committee" itself, the role noun with a capital: no name
        if best is None and noun in {"company", "group", "firm", "organization", "campaign"}:
            return nearest
        return best


def _first_name_like(word: str) -> bool:
    """A word that may be a first name or an initial: capitalised, no lexicon word, no participle."""
    bare = _bare(word)
    return word[:1].isupper() and bare not in _NOT_A_FIRST_NAME and not bare.endswith("ing")


@functools.lru_cache(maxsize=65536)
def _similar(surname: str, key: str) -> bool:
    """Close spellings; the resolver compares the same pairs for every short form of an article."""
    return difflib.SequenceMatcher(None, surname, key).ratio() >= 0.85


# Two capitalised words side by side in a headline, the second one read ahead (pairs overlap).
_HEADLINE_PAIR = re.compile(r"\b([A-Z][\w’'\-]+) (?=([A-Z][\w’'\-]+)\b)")
_NOT_A_FIRST_NAME = NOT_NAME_WORDS | TITLE_WORDS | DEMONYMS


def _speaks_alone(word: str, body: str) -> bool:
    """ "Cuban said", "said West": the word speaks on its own, not as one of a group ("one Republican said")."""
    if not _may_speak_alone(word, body):
        return False
    return any(
        not _UNNAMED_BEFORE.search(body, max(0, m.start() - 12), m.start())
        for m in re.finditer(rf"\b{word}(?=\s+(?:said|says|told|added|wrote|continued)\b)|(?<=\bsaid )\b{word}\b", body)
    )


def _may_speak_alone(word: str, body: str) -> bool:
    """Whether ``word`` stands before a verb of saying or after "said " anywhere in the body: what the
    pattern of promote_speaking_surnames needs. Most organisations fail this, and are spared the
    compiling of a pattern of their own and its scan of the whole body."""
    if f"said {word}" in body:
        return True
    at = body.find(word)
    while at != -1:
        if _SAID_AFTER.match(body, at + len(word)):
            return True
        at = body.find(word, at + 1)
    return False


# "one Republican said", "another Democrat said": a demonym speaking as a member of a group, not by name.
_UNNAMED_BEFORE = re.compile(r"\b(?:a|an|one|another|other|the|some|many|most|every|each|fellow)\s+$", re.I)
_MALE_KIN = {"husband", "son", "father", "brother", "grandson", "grandfather", "nephew", "uncle", "stepson"}
_FEMALE_KIN = {"wife", "daughter", "mother", "sister", "granddaughter", "grandmother", "niece", "aunt", "widow"}
_KIN_BEFORE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:late\s+|former\s+|eldest\s+|youngest\s+)?"
    rf"(?P<kin>{'|'.join(sorted(_MALE_KIN | _FEMALE_KIN))}),?\s+$"
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|of|with|against|for|by|than|at|from|on|about|told|asked|thanked|praised|attacked|criticized|"
    r"endorsed|called|met|beat|defeated)\s+$"
)
# he, his, himself (group "m"), she, herself, as whole words. The pattern opens on their first letters, so
# the engine skips to those, where one opening on "\b" is tried at every character.
_GENDERED_PRONOUN = re.compile(r"[hs](?<!\w[hs])(?:(?<=h)(?P<m>e|is|imself)|(?<=s)he|(?<=h)erself)\b")
_CLAUSE_BREAK = re.compile(r"[.!?;:\x00](?:\s|$)|[.!?]$|\x00")


def _kin_before(masked: str, start: int) -> re.Match | None:
    """_KIN_BEFORE right before ``start``, searched only when the word there is a kin word (the pattern
    ends on one, then a comma and spaces): the search is asked at every person's mention."""
    head = masked[max(0, start - 30) : start].rstrip()
    last = (head[:-1] if head.endswith(",") else head).rsplit(None, 1)
    if not last or last[-1] not in _MALE_KIN and last[-1] not in _FEMALE_KIN:
        return None
    return _KIN_BEFORE.search(masked, max(0, start - 30), start)


def title_gender(title: str | None) -> str | None:
    """The gender an honorific before a name tells: "Mr." a man, "Mrs." or "Ms." a woman."""
    for word in (title or "").split():
        b = _bare(word)
        if b in MALE_HONORIFICS:
            return "m"
        if b in FEMALE_HONORIFICS:
            return "f"
    return None


def learn_genders(cast: Cast, mentions: list[tuple[Mention, str, int]]) -> None:
    """Rule "pronoun_gender": "Tomas Vik left early because he was tired" tells that Vik is a man.

    For each person named, the first "he/his/himself" or "she/herself" after the name in the same
    sentence, with no other name between them, is a vote; a person the honorifics left without a gender
    takes the one with at least twice the votes of the other. ("her" and "him" are left out: as objects
    they are usually someone else.)
    """
    votes: dict[str, list[int]] = {}
    for i, (m, masked, base) in enumerate(mentions):
        if m.kind != "person":
            continue
        kin = _kin_before(masked, m.start - base)
        if kin:
            # Rule "kin_gender": "her husband, Tomas Vik" is a man, "his daughter Mina" a woman.
            person = cast.lookup(m.name, m.start)
            if person is not None and person.gender is None:
                person.gender = "m" if kin.group("kin") in _MALE_KIN else "f"
            continue
        person = cast.lookup(m.name, m.start)
        if person is None or person.gender:
            continue
        if _OBJECT_BEFORE.search(masked, max(0, m.start - base - 14), m.start - base):
            continue  # "Roe apologised to Vik and to his staff": "his" is the subject's, not Vik's
        end = m.end - base
        stop = len(masked)
        if i + 1 < len(mentions) and mentions[i + 1][1] is masked:
            stop = mentions[i + 1][0].start - base
        following = masked[end:stop]
        cut = _CLAUSE_BREAK.search(following)
        if cut:
            following = following[: cut.start()]
        found = _GENDERED_PRONOUN.search(following)
        if found:
            tally = votes.setdefault(person.name, [0, 0])
            tally[0 if found.group("m") else 1] += 1
    for name, (male, female) in votes.items():
        person = cast.people[name]
        if male >= 2 * female and male > female:
            person.gender = "m"
        elif female >= 2 * male and female > male:
            person.gender = "f"


# Roles that a general word stands for: "the leader" may be a president, a premier or a chancellor.
_ROLE_FAMILY = {
    "leader": {"leader", "president", "prime minister", "premier", "chancellor", "king", "minister", "prime"},
    "official": {"official", "secretary", "minister", "director", "spokesman", "ambassador", "aide"},
    "lawmaker": {"senator", "representative"},
    "candidate": {"candidate", "nominee"},
}


def _last_before(positions: list[int], pos: int) -> int:
    i = bisect.bisect_left(positions, pos)
    if i > 0:
        return positions[i - 1]
    # Mentioned only later: rank after everyone mentioned before.
    return -1 - (positions[0] if positions else 10**9)
