"""Affiliations: what the article says a speaker is, from titles and appositives anywhere in it.

Three shapes, each with a made-up example:
- a title before the name: "Harbour Board chairwoman Mina Holt" -> "Harbour Board chairwoman";
- an appositive after it: "Mina Holt, a ferry pilot at Bay Lines in Portside," -> "a ferry pilot at ...";
- an appositive before it: "Head of research at Bay Lines, Mina Holt, said" -> "Head of research at ...".
"""

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import ABBREVIATIONS, DEMONYMS, NOT_NAME_WORDS, PERSON_ROLE_NOUNS, TITLE_WORDS, word_alternation
from .names import Cast, Mention, Person
from .quotes import MASK

_ROLE = sorted(PERSON_ROLE_NOUNS | {w for w in TITLE_WORDS if len(w) > 3 and w.isalpha()}, key=len, reverse=True)
_ROLE_RE = re.compile(rf"\b(?:{word_alternation(_ROLE)})s?\b", re.IGNORECASE)
_NOT_APPOSITIVE = re.compile(
    r"^(?:who|whose|which|that|and|but|or|said|says|told|added|when|while|as|if|even|also|though|although|because|"
    r"since|despite|after|before|until|so|is|was|were|are|has|had|have|will|would|could|should|did|does|"
    r"took|made|got|went|came|gave|won|lost|met|ran|according|"
    # a preposition opens an adjunct, not a description: "Roe, in serving as ...", "Roe, for her part,"
    r"in|on|at|with|for|by|from|during|to|into|under|like|unlike|than|through|without)\b",
    re.IGNORECASE,
)
# A relative clause that gives a job: "who heads ...", "who is a lecturer at ...".
_WHO_HOLDS = re.compile(
    r"^who\s+(?:(?:now|also|currently|still|then|at\s+the\s+time)\s+)?(?:(?:is|was)\s+(?:now\s+|then\s+)?"
    r"(?P<be>(?:a|an|the)\s+)?|(?:served|serves|is\s+serving|has\s+served)\s+as\s+"
    r"|(?=(?:heads|leads|runs|directs|chairs|manages|founded|co-founded|oversees|teaches|advises)\b))(?P<job>.+)$"
)
# "Jane Roe is a lecturer at ...", "Jane Roe, 54, is the head of ...".
_COPULA = re.compile(r"(?:,\s+\d{1,3},)?\s+(?:is|was|has\s+been)\s+(?P<job>(?:a|an|the)\s+[^,;:\x00“”\"()]{3,160})")
# Where a role phrase names its organisation: "fellow at X", "head of X", "an expert from X".
_ORG_SPLIT = re.compile(r"\s+(?:at|of|with|for|from)\s+(?:the\s+)?(?=[A-Z])")
_HONORIFICS = {"dr", "mr", "mrs", "ms", "prof"}
# A name's suffix is part of the name, not the start of its description: "Jane Roe Jr., a pilot".
_SUFFIX = re.compile(r"^\s*,?\s*(?:Jr|Sr|II|III|IV)\b\.?")
# A home state or party tag between a name and its appositive: "Jane Roe of Elbonia, a pier trustee,",
# "Jane Roe (D-Elb.), a pier trustee,".
_PLACE_AFTER_NAME = re.compile(r"^(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}|\s*\([A-Z][\w.\-]{0,12}\))(?=,\s)")
# The phrase is a titled name itself ("former Elbonian Rep. Tomas Vik"): it names someone else.
_TITLED_NAME = re.compile(
    r"^(?:(?:former|then|[A-Z][\w.\-]*)\s+)*(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Rev)\.\s+[A-Z][\w\-]+(?:\s+[A-Z][\w.\-]+)+$"
)
# An age is no affiliation: "Jane Roe, then 29-years-old," / "Jane Roe, 54-year-old".
_AGE = re.compile(r"(?:then\s+|now\s+)?\d{1,3}[\s\-]years?[\s\-]old", re.IGNORECASE)
# "Jane Roe, the pioneer in direct-mail fundraising,": a definite description of the person.
_DEFINITE_ROLE = re.compile(r"^the\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s+(?:in|of|at|for|with|from|behind)\s+\S")
_ORG_RUN = re.compile(r"[A-Z][\w’'&.\-]*(?:\s+(?:of|for|and|&|on|the)?\s*[A-Z][\w’'&.\-]*)*(?:\s+\([A-Z]+\))?")


# "a ferry pilot at Bay Lines": a described job at a named place, whatever the job is called.
_DESCRIBED_AT = re.compile(r"^(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){1,4}(?:at|of|for|with|from)\s+(?:the\s+)?[A-Z]")


@dataclass
class Affiliation:
    wording: str
    role: str | None
    organization: str | None
    at: int


def split_affiliation(wording: str) -> tuple[str | None, str | None]:
    """(role, organisation) where the wording allows: "fellow at Some Institute in Town"."""
    m = _ORG_SPLIT.search(wording)
    if m and _joins_a_title(wording, m):
        m = None
    if m:
        org = _ORG_RUN.match(wording, m.end())
        role = re.sub(r"^(?:a|an|the)\s+", "", wording[: m.start()], flags=re.IGNORECASE).strip(" ,")
        return role or None, org.group().strip() if org else None
    # "Harbour Board chairwoman": a capitalised organisation before a lowercase role.
    m = re.match(r"^(?P<org>(?:[A-Z][\w’'.\-]*\s+){1,4})(?P<role>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)*)$", wording)
    # A possessor is a person, not an organisation: "Holt’s chief adviser".
    if m and m.group("org").split()[0].lower() not in DEMONYMS and not re.search(r"[’']s\s*$", m.group("org")):
        return m.group("role").strip(), m.group("org").strip()
    return re.sub(r"^(?:a|an|the)\s+", "", wording, flags=re.IGNORECASE) or None, None


def _joins_a_title(wording: str, split: re.Match) -> bool:
    """ "of" after a capitalised word belongs to one title or name ("Secretary of State", "School of
    Business"), unlike "fellow at the Institute" or "head of the Harbour Board"."""
    words = wording[: split.start()].split()
    return bool(words) and words[-1][:1].isupper() and split.group().split()[0] == "of"


# Role nouns that say how someone stands to another or what they own, which annotators never took for
# the speaker's affiliation.
_RELATION_WORDS = {"rival", "rivals", "opponent", "opponents", "billionaire", "challenger", "nemesis", "foe"}


def _bare_word(word: str) -> str:
    return word.rstrip(".,").lower()


# Abbreviated titles: "Vermont Sen.", "Ohio Gov.", "Army Lt. Gen."
_ABBREVIATED_TITLE = re.compile(r"\b(?:Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Adm|Maj|Sgt|Atty|Supt)\.")


# A word of a title run, and a possessor ending one; compiled once, read before every name.
# (One character, then any more: a pattern that opens on a class lets the engine skip to it.)
_TITLE_TOKEN = re.compile(r"[^\s,;:()\x00“”\"][^\s,;:()\x00“”\"]*")
_NOT_IN_TITLE_TOKEN = frozenset(',;:()\x00“”"')
_POSSESSOR = re.compile(r"[’']s$")


# A word that may stand before a capitalised title: a role, a title word, a body ("campaign Chairman")
# or an adjective by its ending ("presumptive", "longtime", "then-Senate").
_TITLE_MODIFIER = re.compile(
    rf"(?:{'|'.join(sorted(PERSON_ROLE_NOUNS | TITLE_WORDS, key=len, reverse=True))})"
    r"|campaign|committee|board|team|staff|caucus|council|office|then-.+|[a-z\-]{3,}(?:ive|ial|al|ic|ary|ent|ant|time)"
)
# A token with a full stop that does not end a sentence: "Sen.", "U.S.", "Dr.".
_ABBREVIATION_TOKEN = re.compile(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,4}\.")


def title_before(masked: str, name_start: int) -> str | None:
    """The title run just before a name: "Elbonian Deputy Minister of Ports", "harbour board aide"."""
    head = masked[max(0, name_start - 120) : name_start]
    tail = head.rstrip()
    if not tail or tail[-1] in _NOT_IN_TITLE_TOKEN:
        return None  # a paragraph's start or punctuation right before the name: no title (the test below, sooner)
    # Most titles are a few words: the words of the head's last characters are read first, and all of
    # them only when the title may run on to the first of those (whose start the window may have cut).
    near = max(0, len(head) - _TITLE_WINDOW)
    if near:
        found = _title_before(head, list(_TITLE_TOKEN.finditer(head, near)), whole=False)
        if found is not _READ_ALL:
            return found
    return _title_before(head, list(_TITLE_TOKEN.finditer(head)), whole=True)


# How many of the head's last characters title_before reads first, and what it returns when those
# are not enough.
_TITLE_WINDOW = 48


class _ReadAll(str):
    pass


_READ_ALL = _ReadAll()


def _title_before(head: str, tokens: list[re.Match], whole: bool) -> str | None:
    """title_before with the words of the head, or of its last characters (``whole`` False): then
    _READ_ALL when the title might reach the first of them."""
    if len(tokens) < 4 and not whole:
        return _READ_ALL
    if not tokens or head[tokens[-1].end() :].strip():
        return None
    if len(tokens) > 1 and tokens[-1].group().rstrip(".").lower() in _HONORIFICS:
        # "National Security editor Dr. Jane Roe": the honorific is part of the name, the title precedes it.
        tokens = tokens[:-1]
    elif (
        len(tokens) > 2
        and tokens[-1].group().rstrip(".").lower() in {"rev", "reverend"}
        and tokens[-2].group().lower() == "the"
    ):
        tokens = tokens[:-2]  # "Harbour spokesman the Rev. Jane Roe": the title precedes "the Rev."
    kept: list[re.Match] = []
    lower_ok = True
    for i in range(len(tokens) - 1, -1, -1):
        if i <= 1 and not whole:
            return _READ_ALL  # the word before this one may be cut, or more words come before it
        tok = tokens[i]
        if kept and head[tok.end() : kept[0].start()].strip():
            break  # punctuation between two words ends the title: "in Elbonia, Minister Roe"
        word = tok.group()
        bare = word.rstrip(".").lower()
        if kept and word.endswith(".") and not _ABBREVIATION_TOKEN.fullmatch(word):
            break  # "... voting. Senator Roe": a full stop ends the sentence before the title
        if bare in {"of", "for", "to", "on"} and kept:
            before = tokens[i - 1].group().rstrip(".") if i else ""
            if not before or not (before[0].isupper() or _ROLE_RE.fullmatch(before)):
                break  # "no mention of rival Jane Roe": only a role or a name heads "of ...", as in "head of"
            kept.insert(0, tok)
            continue
        if _POSSESSOR.search(word) and word[0].isupper():
            kept.insert(0, tok)  # "Holt's chief adviser": the possessor ends the title
            break
        if word[0].isupper() and (bare not in NOT_NAME_WORDS or bare in DEMONYMS):
            kept.insert(0, tok)
            # "presidential candidate Sen. Jane Roe": lowercase roles may stand before an honorific title,
            # not before a place or a name ("Ohio Sen.", "Holt aide").
            lower_ok = lower_ok and bare in TITLE_WORDS
            continue
        if bare == "and" and kept and kept[0].group()[0].islower() and i and tokens[i - 1].group()[0].islower():
            # "presidential contender and former surgeon Jane Roe": two roles joined, one description.
            kept.insert(0, tok)
            continue
        if (
            word[0].islower()
            and lower_ok
            and (bare in PERSON_ROLE_NOUNS or (kept and len(kept) < 4))
            # next to a capitalised title only a role, a title word or an adjective: "presidential
            # candidate Sen.", "state Rep.", "presumptive Republican", never the writer's verb
            # ("endorsed Senator Roe", "feel President Roe")
            and (not kept or kept[0].group()[0].islower() or _TITLE_MODIFIER.fullmatch(bare))
        ):
            if bare in {
                "the",
                "a",
                "an",
                "and",
                "or",
                "with",
                "by",
                "said",
                "says",
                "told",
                "met",
                "as",
                "after",
                "before",
                "in",
                "at",
                "from",
                "no",
                "not",
                "all",
                "but",
                "even",
                "also",
                "than",
                "that",
                "his",
                "her",
                "their",
                "its",
            }:
                break
            kept.insert(0, tok)
            continue
        break
    while kept and kept[0].group().lower() in {"of", "for", "to", "on"}:
        kept.pop(0)
    if not kept:
        return None
    title = head[kept[0].start() : kept[-1].end()]
    roles = [_bare_word(t.group()) for t in kept if _ROLE_RE.fullmatch(t.group().rstrip("."))]
    if roles and all(role in _RELATION_WORDS for role in roles):
        return None  # "rival Jane Roe", "Billionaire Jane Roe": a relation or a fortune, not what she is
    if not _ROLE_RE.search(title) and not (len(kept) > 1 and _ABBREVIATED_TITLE.search(title)):
        return None  # "Vermont Sen." describes; "Sen." alone is only the fallback of last resort
    return title


_WRITING_IN = re.compile(r"^(?:writing|reporting)\s+(?:in|for)\s+(?P<org>(?:[Tt]he\s+)?[A-Z].*)$")
# "Jane Roe of the Harbour delegation": a body named after "of the", right after the name.
_OF_THE_BODY = re.compile(
    r"\s+(?P<body>of\s+the\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*(?:\s+[a-z]+)?)"
    r"(?=[,.;:]|\s+(?:said|says|told)\b)"
)


def of_the_body(masked: str, end: int) -> str | None:
    """ "said Mina Holt of the Portside delegation." -> "of the Portside delegation"."""
    m = _OF_THE_BODY.match(masked, end)
    if not m:
        return None
    # "of the Coastal Institute. But Dan Vik ...": capitalised words run on past the sentence's end.
    body = _first_sentence(m.group("body"))
    last = body.split()[-1]
    if last[0].islower() and last not in _BODY_NOUNS:
        body = body.rsplit(" ", 1)[0]
    return body if len(body.split()) > 2 else None


_BODY_NOUNS = {"delegation", "campaign", "committee", "board", "team", "staff", "caucus", "council", "office"}


# A comma after a name, then the words up to the next comma (a parenthesis of a few words may sit inside).
_APPOSITIVE = re.compile(r"^\s*,\s+(?P<app>[^,;:\x00“”\"()]+(?:\([^)]{1,20}\))?[^,;:\x00“”\"()]*)")


def appositive_after(masked: str, end: int) -> str | None:
    """ "Mina Holt, a ferry pilot at Bay Lines, said" -> "a ferry pilot at Bay Lines"."""
    rest = masked[end : end + 260]
    suffix = _SUFFIX.match(rest) or _PLACE_AFTER_NAME.match(rest)
    if suffix:
        return appositive_after(masked, end + suffix.end())
    m = _APPOSITIVE.match(rest)
    if not m:
        return None
    # A dash ends the description: "Roe, who runs the pier — which to this day ..." -> "runs the pier".
    app = _first_sentence(re.split(r"\s+[-–—]{1,2}\s+", m.group("app"))[0].strip())
    if _AGE.fullmatch(app):
        return None
    if re.fullmatch(r"\d+", app):
        # An age comes first: "Mina Holt, 54, a ferry pilot" -- the description follows it.
        return appositive_after(masked, end + m.end())
    writes = _WRITING_IN.match(app)
    if writes:
        return writes.group("org").rstrip(" .")  # "Jane Roe, writing in the Harbour Times," -> the paper
    job = _WHO_HOLDS.match(app)
    if job and re.match(r"[a-z]+ing\b", job.group("job")) and not job.group("be"):
        return None  # "Roe, who was speaking to the Harbour Board,": what she was doing, not her job
    if job:
        # "Mina Holt, who heads the pier trust at Bay Lines," -> "heads the pier trust at Bay Lines".
        app = job.group("job")
        runs = re.match(
            r"(?:heads|leads|runs|directs|chairs|manages|oversees)\s+(?:the\s+|an?\s+)?[\w’'\-]*\s*[A-Z]", app
        )
        described = runs or _DESCRIBED_AT.match("a " + app) or _ROLE_RE.search(app)
        return app.rstrip(" .") if described else None
    if _NOT_APPOSITIVE.match(app) or _VERB_FIRST.match(app) or len(app.split()) > 22:
        return None
    if _TITLED_NAME.match(app):
        return None  # "who backs Roe, former Elbonian Rep. Tomas Vik, lives ...": another person
    # "a lawyer in Portside who specializes in ferries": the description is the noun phrase before "who",
    # unless the clause itself gives the job ("a donor who heads the Harbour Board").
    who = re.search(r"\s+who\s+", app)
    if who and _ROLE_RE.search(app[: who.start()]) and not _WHO_HOLDS.match(app[who.start() :].strip()):
        app = app[: who.start()]
    if not _ROLE_RE.search(app) and not _DESCRIBED_AT.match(app) and not _DEFINITE_ROLE.match(app):
        return None
    app = re.sub(r"\s+(?:said|says|told|added|wrote|argued|warned|by\s+the\s+time|at\s+the\s+time)\b.*$", "", app)
    # ", a British think tank" continues the description of the organisation named at its end.
    more = re.match(r"^,\s+(?P<more>(?:a|an)\s+[^,;:\x00“”\"]{3,60}?),", rest[m.end() :]) or re.match(
        r"^,\s+(?P<more>[A-Z]*[a-z]*[^,;:\x00“”\"]{3,100}?),\s+(?:said|says|told|endorsed|added|wrote|is|was|has)\b",
        rest[m.end() :],
    )
    if more and not _NOT_APPOSITIVE.match(more.group("more")) and _ROLE_RE.search(more.group("more")):
        app = f"{app}, {more.group('more')}"
    return app.rstrip(" .")


# "managing director", "acting chairman": participles that are part of a title.
_TITLE_PARTICIPLES = (
    "managing|acting|founding|presiding|ranking|visiting|consulting|supervising|contributing|commanding|"
    "reigning|sitting|governing|leading|outgoing|incoming|retiring|executive"
)
# The writer's verb after a name that was itself the appositive: "the union's president, Jane Roe, expressed
# concern ...", "Jane Roe, eventually saying ...". "named in May as ..." still describes.
_VERB_FIRST = re.compile(
    rf"^(?:[a-z]+ly\s+)?(?:(?!(?:{_TITLE_PARTICIPLES})\b)[a-z]{{3,}}ing\b|[a-z]{{3,}}ed\s+(?!(?:[\w’']+\s+){{0,3}}as\b))"
    # "Holt, Vik and other pilots are ...": a list of names, not a description of the first.
    r"|^[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\s+and\s+"
)


def _first_sentence(text: str) -> str:
    """Cut at a full stop that ends a sentence (not "U.S." or "Dr.")."""
    for m in re.finditer(r"\.\s+(?=[\"'“‘]*[A-Z])", text):
        if not ABBREVIATIONS.search(text[max(0, m.start() - 12) : m.start() + 1]):
            return text[: m.start()]
    return text


# A verb of the writer's sentence before a description: "conflated Cruz with the former governor".
_VERB_BEFORE_DESCRIPTION = re.compile(
    r"^.*\b(?:[a-z]+ed|was|were|is|are|sent|met|told)\b.*?\b(?:with|to|by|as|for|against|from)\s+(?=(?:the|a|an)\s)"
)


# "The transport minister": the article, up to three words, and a role noun closing the phrase.
_DEFINITE_ROLE_ONLY = re.compile(r"^[Tt]he\s+(?:[\w\-’']+\s+){0,3}(?P<role>[a-z][\w\-]*)$")


def appositive_before(masked: str, name_start: int) -> str | None:
    """ "Head of research at Bay Lines, Mina Holt, said" -> "Head of research at Bay Lines"."""
    head = masked[max(0, name_start - 200) : name_start]
    if not head.rstrip().endswith(","):
        return None  # what the pattern ends on: most names have no comma right before them
    m = re.search(r"(?:^|[.;:\x00“”\"]\s*|,\s+)(?P<app>[^,.;:\x00“”\"]{3,160}),\s+$", head)
    if not m:
        return None
    app = m.group("app").strip()
    if m.start("app") and ABBREVIATIONS.search(head[: m.start("app")].rstrip()):
        return None  # "... backing former Florida Gov. Jeb Bush for president, Jane Roe": mid-sentence
    # "Roe conflated X with the former Alabama governor, Jane Roe": the description starts at its article.
    verb = _VERB_BEFORE_DESCRIPTION.search(app)
    if verb:
        app = app[verb.end() :]
        if _ROLE_RE.fullmatch(app.split()[-1]) and len(app.split()) <= 8:
            return app  # "... with the segregationist former Elbonian Governor, Jane Roe"
    owned = re.match(
        r"^(?:[A-Z][\w.\-]*[’']s|(?:[Tt]he\s+)?[a-z]+[’']s|(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+"
        r"(?:[\w\-]+\s+){0,3}[a-z][\w\-]*$",
        app,
    )
    if owned and _ROLE_RE.search(app):
        return app  # "Elbonia's foreign minister, Jane Roe, said"
    definite = _DEFINITE_ROLE_ONLY.match(app)
    if definite and _ROLE_RE.fullmatch(definite.group("role")):
        return "the" + app[3:]  # "The mayor, Jane Roe, said": the role, as a description inside a sentence
    if not re.search(r"\b(?:at|of|with|for|from)\b", app) or not _ROLE_RE.search(app):
        return None
    if re.match(r"^(?:in|on|at|after|before|when|while|during|speaking|asked)\b", app, re.IGNORECASE):
        return None
    return app


def copula_after(masked: str, end: int, start: int = 0) -> str | None:
    """ "Mina Holt is a ferry pilot at Bay Lines." -> "a ferry pilot at Bay Lines"."""
    m = _COPULA.match(masked, end)
    if not m or _CONDITION_BEFORE.search(masked[max(0, start - 12) : start]):
        return None  # "If Mina Holt is the first ...": a supposition, not a description
    job = _first_sentence(m.group("job").strip())
    # "the campaign's political director and one of the staffers who ...": the description ends there.
    job = re.split(r"\s+(?:and\s+(?:one|some|many|part)\s+of|who|which|whose|that)\s+", job)[0]
    head = re.split(r"\s+(?:of|at|for|with|from|to|in|on)\s+", job)[0]
    if len(job.split()) > 16 or not (_ROLE_RE.search(head) or _DESCRIBED_AT.match(job)):
        return None  # "the first of the three contenders to ...": no role heads it
    return job.rstrip(" .")


_CONDITION_BEFORE = re.compile(r"\b(?:[Ii]f|[Ww]hether|[Uu]nless)\s+$")


# Words that make a bare title or a party label: "Sen.", "state Rep.", "Republican". They say less than
# any description, so a description the article gives the same person wins over them.
_BARE_TITLE_WORDS = {
    "sen",
    "sens",
    "senator",
    "rep",
    "reps",
    "representative",
    "congressman",
    "congresswoman",
    "gov",
    "rev",
    "reverend",
    "state",
    "us",
    "u.s",
    "republican",
    "democrat",
    "democratic",
    "gop",
    "independent",
    "libertarian",
}


# A side taken rather than a position held: "a Trump supporter" says less than "Congressman".
_STANCE_WORDS = {"supporter", "supporters", "backer", "backers", "critic", "critics", "fan", "fans"}


def is_bare(wording: str) -> bool:
    """ "state Rep.", "a Republican", "a Trump supporter": a title or party label alone, or a stance."""
    words = [w.strip(".,").lower() for w in wording.split()]
    words = [w for w in words if w not in {"a", "an", "the"}]
    if words and all(w in _BARE_TITLE_WORDS for w in words):
        return True
    if not _STANCE_WORDS.intersection(words):
        return False  # no stance word: some role is left (the role pattern is slow, so test words first)
    roles = [m.group().lower() for m in _ROLE_RE.finditer(wording)]
    return bool(roles) and all(r in _STANCE_WORDS for r in roles)


def _describe(masked: str, mention: Mention, base: int, full_name: bool) -> str | None:
    """What the article says about the person at this mention: the first description found, unless it is
    a bare title and the same mention also has a description ("Sen. Jane Roe, a pier trustee,")."""
    local_start = mention.name_start - base
    local_end = mention.end - base
    bare = None
    for find in (
        lambda: title_before(masked, local_start),
        lambda: appositive_after(masked, local_end),
        lambda: appositive_before(masked, mention.start - base) if full_name else None,
        lambda: copula_after(masked, local_end, mention.start - base),
        lambda: of_the_body(masked, local_end),
    ):
        wording = find()
        if wording and not is_bare(wording):
            return wording
        bare = bare or wording
    return bare


def collect(
    cast: Cast, mentions: list[tuple[Mention, str, int]], paragraphs: list[tuple[str, int]] | None = None
) -> dict[str, Affiliation]:
    """The first affiliation the article gives each person (mentions carry paragraph text and base); a
    bare title or party label only when the article describes the person nowhere. ``paragraphs`` (masked
    text and base) are where definite descriptions are read; by default those the mentions carry."""
    found: dict[str, Affiliation] = {}
    bare: dict[str, Affiliation] = {}
    titled_alone: dict[str, Affiliation] = {}
    for mention, masked, base in mentions:
        if mention.kind != "person":
            continue
        person = cast.lookup(mention.name, mention.start)
        if person is None and len(mention.tokens) == 1 and mention.honorific and mention.honorific not in _HONORIFICS:
            # "Gov. Kasich", never named in full: the title is what the article says he is.
            titled_alone.setdefault(mention.name, Affiliation(mention.title, mention.title, None, mention.start))
        if person is None or person.name in found:
            continue
        wording = _describe(masked, mention, base, person.name == mention.name)
        if wording:
            role, org = split_affiliation(wording)
            (bare if is_bare(wording) else found).setdefault(
                person.name, Affiliation(wording, role, org, mention.start)
            )
    for name, titled in bare.items():
        found.setdefault(name, titled)
    for person in cast.people.values():
        # "Sen. Jane Roe" and no description anywhere: the title the article gives is her affiliation.
        if person.name not in found and person.title:
            found[person.name] = Affiliation(person.title, person.title, None, person.first_pos)
    if paragraphs is None:
        paragraphs = list({base: (masked, base) for _, masked, base in mentions}.values())
    for name, described in _definite_descriptions(cast, mentions, paragraphs).items():
        found.setdefault(name, described)
    for name, titled in titled_alone.items():
        found.setdefault(name, titled)
    return found


# "The presumptive nominee said ...": a definite description heading a sentence, standing for someone.
_DEFINITE_SUBJECT = re.compile(
    rf"(?:^|[.!?][”\"’]?\s+|[,\x00][”\"’]?\s+)(?P<np>[Tt]he\s+(?:[\w\-’'“”]+\s+){{0,4}}?(?:{word_alternation(_ROLE)}))"
    r"\s+(?:has|had|is|was|said|says|told|wrote|reported|added|also|then|later|did|does|will|would|[a-z]+ed)\b"
)
# What _DEFINITE_SUBJECT needs after a break (its other opening is the paragraph's start), found by a
# scan that skips from break to break where the pattern's own tries its openings at every character.
_THE_OPENING_CLAUSE = re.compile(r"[.!?,\x00][”\"’]?\s+[Tt]he\s")
# ... asked as a scan for "the" after a space, each then read backwards: a scan for the breaks stops at
# every masked character of a quotation.
_THE_AFTER_SPACE = re.compile(r"\s[Tt]he(?=\s)")


def _the_after_space(masked: str) -> list[int]:
    """Where _THE_AFTER_SPACE matches (its space), in order: "the" and "The" found by str.find, each
    then read on both sides (a scan of the pattern stops at every space)."""
    found = []
    for word in ("the", "The"):
        at = masked.find(word, 1)
        while at != -1:
            if masked[at - 1].isspace() and masked[at + 3 : at + 4].isspace():
                found.append(at - 1)
            at = masked.find(word, at + 1)
    found.sort()
    return found


_BREAKS = frozenset(".!?,\x00")
_CLOSING = frozenset('”"’')


def _break_before_the(masked: str) -> Iterator[int]:
    """Where _THE_OPENING_CLAUSE matches, each "the" read backwards to the break before its spaces (the
    pattern's own scan stops at every masked character of a quotation)."""
    for j in _the_after_space(masked):
        while j and masked[j - 1].isspace():
            j -= 1
        if j and masked[j - 1] in _BREAKS:
            yield j - 1
        elif j > 1 and masked[j - 1] in _CLOSING and masked[j - 2] in _BREAKS:
            yield j - 2


def _the_opens_clause(masked: str) -> bool:
    """_THE_OPENING_CLAUSE.search(masked) is not None."""
    return next(_break_before_the(masked), None) is not None


def _definite_subjects(masked: str) -> Iterator[re.Match]:
    """_DEFINITE_SUBJECT.finditer(masked): each of its matches opens at the paragraph's start or at a
    break before "the", so the pattern is matched there only."""
    after = 0
    for at in itertools.chain((0,) if masked.startswith(("The", "the")) else (), _break_before_the(masked)):
        if at < after:
            continue
        m = _DEFINITE_SUBJECT.match(masked, at)
        if m:
            after = m.end()
            yield m


# How far before a description the person it stands for was named, in characters.
_DESCRIPTION_REACH = 500


def _the_one(named: dict) -> Person | None:
    """The one person named, or the article's protagonist among several: named at least twice as often
    as any other."""
    people = sorted((p for p in named.values() if p is not None), key=lambda p: len(p.positions), reverse=True)
    if len(named) == 1:
        return people[0] if people else None
    if len(named) >= 2 and len(people) == len(named) and len(people[0].positions) >= 2 * len(people[1].positions):
        return people[0]
    return None


def _definite_descriptions(
    cast: Cast,
    mentions: list[tuple[Mention, str, int]],
    paragraphs: list[tuple[str, int]],
) -> dict[str, Affiliation]:
    """Rule "definite_description": "Jane Roe toured the pier. The harbour master said ..." describes Roe
    when the article describes her nowhere else and she is the subject named last before it, in an
    earlier sentence."""
    found: dict[str, Affiliation] = {}
    people = [(m.start, m, masked, base) for m, masked, base in mentions if m.kind == "person" and not m.possessive]
    told = {base for _, _, base in mentions}
    for masked, base in paragraphs:
        if not (masked.startswith(("The", "the")) or _the_opens_clause(masked)):
            continue  # no "the" where the pattern's noun phrase opens: its slower scan would find nothing
        for d in _definite_subjects(masked):
            np = d.group("np")
            roles = _ROLE_RE.findall(re.split(r"\s+of\s+", np)[0])
            head = _bare_word(roles[-1]) if roles else ""
            if head.removesuffix("s") not in PERSON_ROLE_NOUNS or head in _NO_DESCRIPTION_HEADS:
                continue  # "the state said", "the man said": no role
            if re.search(r"[’']s\s", np):
                continue  # "the prime minister's spokesman": someone else's role
            at = base + d.start("np")
            after_quote = d.group().startswith(MASK)
            person = _the_one(_named_before(cast, people, at)) if base in told and not after_quote else None
            person = person or _last_subject(cast, people, at)
            if person is None or person.name in found or _pronoun_disagrees(person, masked[d.end("np") :]):
                continue
            found[person.name] = Affiliation(np, *split_affiliation(np), at)
    return found


# Heads that name no role, only a person: "the man said".
_NO_DESCRIPTION_HEADS = {"man", "woman", "men", "women"}
# A verb after a name makes it the subject of its sentence: "Jane Roe says ...", "Roe could ...".
_SUBJECT_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:is|was|has|had|will|would|could|can|may|might|should|did|does|"
    r"[a-z]{2,}(?:s|ed)|said|told|made|took|came|gave|got|ran|won|lost|met|went|spoke|wrote|began)\b"
)


def _pronoun_disagrees(person: Person, rest: str) -> bool:
    """ "The senator has often cited his state's ...": a pronoun of the description's own sentence
    that cannot stand for the person."""
    sentence = re.split(r"[.!?]", rest, maxsplit=1)[0]
    pronoun = re.search(r"\b(?:(?P<m>he|his|him|himself)|(?P<f>she|her|hers|herself))\b", sentence, re.IGNORECASE)
    if pronoun is None or person.gender is None:
        return False
    return person.gender != ("m" if pronoun.group("m") else "f")


def _named_before(cast: Cast, people: list, at: int) -> dict[str, Person | None]:
    """Everyone named within reach before ``at``, by full name (None for a name the cast does not hold)."""
    named: dict[str, Person | None] = {}
    for start, m, _, _ in people:
        if at - _DESCRIPTION_REACH < start < at:
            who = cast.lookup(m.name, m.start)
            named[who.name if who else m.name] = who
    return named


def _last_subject(cast: Cast, people: list, at: int) -> Person | None:
    """The subject of the last sentence before ``at`` that names someone (within reach): its first
    person, when the sentence opens with that name or a verb follows it ("Jane Roe says ...")."""
    before = [
        (m, masked, base, who)
        for start, m, masked, base in people
        if at - _DESCRIPTION_REACH < start < at and (who := cast.lookup(m.name, m.start)) is not None
    ]
    if not before:
        return None
    last, masked, base, _ = before[-1]
    if base <= at < base + len(masked) and not re.search(r"[.!?]", masked[last.end - base : at - base]):
        return None  # "But Roe has a point, the columnist said": the writer's subject, not the speaker
    opening = max(masked.rfind(c, 0, last.start - base) for c in ".!?") + 1
    first, who = next((m, w) for m, _, b, w in before if b == base and m.start - base >= opening)
    starts = re.fullmatch(r"[\s”\"’]*(?:(?:But|And|Then|So|Still|Now)\s+)?", masked[opening : first.start - base])
    if not (starts or _SUBJECT_VERB.match(masked, first.end - base)):
        return None
    if re.match(r"\s*(?:,|and\b|or\b)\s*[A-Z]", masked[first.end - base :]):
        return None  # "Roe and Vik didn't know ...": two subjects
    return who
