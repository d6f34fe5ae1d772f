"""Phrase helpers the quotation and reported-speech rules share: verbs used as verbs, and the words
between a source and its verb."""

import re
from collections.abc import Iterator

from .lexicon import VerbFinder, VerbHit

# Words that may stand between a subject and its verb of saying: "Roe has also said", "Roe later told".
AUX = r"(?:(?:also|later|then|again|once|recently|previously|has|had|have|would|will|is|was|were|did|does|"
AUX += r"(?-i:[a-z]\w*ly)|went on to|continued to|is quoted as|was quoted as)\s+){0,2}"

# Before a noun that looks like a verb: "with a smile", "in the report", "after his remarks".
_DETERMINERS = "a|an|the|his|her|their|its|this|that|these|those|some|any|no|each|every|another|whose|our|my|your"
_DETERMINER_BEFORE = re.compile(rf"\b(?:{_DETERMINERS})\s+$", re.IGNORECASE)
# (Not "to": "to talk about" is an infinitive.)
_DETERMINER_GAP_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|its|this|that|our|my|your)\s+[\w\-]+\s+$", re.IGNORECASE
)
_IRREGULAR_PAST = {"told", "wrote", "said", "spoke", "thought", "felt", "knew", "sought", "found", "began", "put it"}
_PREPOSITIONS = "in|on|with|of|for|by|after|before|about|from"
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{_PREPOSITIONS})\s+$", re.IGNORECASE)
# Both end on their word and the spaces after it: a match starts at most this far before those spaces, and
# the search starts there (it is asked before every verb found).
_LONGEST_BEFORE = max(len(word) for word in f"{_DETERMINERS}|{_PREPOSITIONS}".split("|"))
_AUXILIARY_AFTER = re.compile(r"\s+(?:is|was|are|were|has|have|had|will|would|could|should|can|may|might|must)\b")
_DETERMINER_ENDINGS = tuple(_DETERMINERS.split("|"))
_PREPOSITION_ENDINGS = tuple(_PREPOSITIONS.split("|"))


def may_end_on_word(tail: str, words: tuple[str, ...]) -> bool:
    """Whether ``tail`` (a text with its trailing spaces stripped) may end on one of ``words``, ignoring
    case: what a pattern "\\b(?:words)\\s*$" needs, told without its search. (Beyond ASCII, where case
    folding has exceptions, the pattern is left to tell.)"""
    last = tail[-8:]
    return not last.isascii() or last.lower().endswith(words)


def verbs_in(pattern: VerbFinder, text: str) -> Iterator[VerbHit]:
    """Matches of a verb pattern that are used as verbs, not as nouns ("a smile", "in comments")."""
    for m in pattern.finditer(text):
        start = m.start()
        head = text[max(0, start - 12) : start]
        tail = head.rstrip()
        near = max(0, len(tail) - _LONGEST_BEFORE)
        # (Both patterns need spaces after their word: most verbs follow one, so the word is tested first.)
        if may_end_on_word(tail, _DETERMINER_ENDINGS) and _DETERMINER_BEFORE.search(head, near):
            continue
        word = m.group()
        if (
            not word.endswith(("ed", "s", "ing"))
            and word not in _IRREGULAR_PAST
            and _DETERMINER_GAP_BEFORE.search(text[max(0, start - 30) : start])
        ):
            continue  # "in a phone call", "the final report": a bare form after a determiner is a noun
        if (
            not word.endswith("ing")
            and may_end_on_word(tail, _PREPOSITION_ENDINGS)
            and _PREPOSITION_BEFORE.search(head, near)
        ):
            continue
        if _AUXILIARY_AFTER.match(text, m.end()):
            continue  # "the road project is": a noun followed by its verb
        yield m


_AUX_WORDS: tuple[str, ...] = (
    *("also", "later", "then", "again", "once", "recently", "previously", "still", "even", "further", "now"),
    *("already", "just", "has", "had", "have", "would", "will", "is", "was", "were", "did", "does", "could"),
    *("can", "may", "might", "must", "should", "long", "never", "often", "always", "first"),
)
_TRAILING_AUX = re.compile(rf"(?:\s+(?:{'|'.join(_AUX_WORDS)}|[a-z]\w*ly))+$")
_ADVERB = re.compile(r"[a-z]\w*ly")
_TRAILING_TIME = re.compile(
    r"\s+(?:on|last|this|earlier|late|early)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"week|month|year|night|morning|afternoon|evening|weekend)\s*)+$|\s+(?-i:yesterday|today|tonight)$",
    re.IGNORECASE,
)


def trim_auxiliaries(np: str) -> str:
    """ "Roe has long" -> "Roe", "the ministry on Tuesday" -> "the ministry", "Roe in a blog post" -> "Roe":
    words between a subject and its verb."""
    np = _without_trailing_aux(np.rstrip())
    np = _without_trailing_aux(_without_trailing_time(np))
    if np.endswith(_MEDIUM_ENDINGS):
        np = _TRAILING_MEDIUM.sub("", np)
    return np


# Where the words appeared, between the subject and its verb: "Roe in a blog post said", "the ministry in a
# statement on Friday said" (the day is trimmed first).
_MEDIUMS = (
    "statement|post|interview|letter|op-ed|tweet|email|e-mail|speech|video|memo|release|editorial|column|essay|"
    "filing|message|appearance|podcast|broadcast|book|memoir|note"
)
_MEDIUM_ENDINGS = tuple(_MEDIUMS.split("|")) + tuple(w + "s" for w in _MEDIUMS.split("|"))
_TRAILING_MEDIUM = re.compile(
    rf"\s+(?:in|on|during|via)\s+(?:a|an|the|his|her|their|its|two|several)\s+(?:[\w\-’'.]+\s+){{0,3}}(?:{_MEDIUMS})s?$"
)


# The last letters of _TRAILING_TIME's words: a phrase ending on another ASCII character cannot match it.
_TIME_WORD_ENDINGS = frozenset("ykhrtgndYKHRTGND")


def _without_trailing_time(np: str) -> str:
    """``_TRAILING_TIME.sub("", np)``, which tries every space of the phrase; only a phrase ending on one
    of its words' last letters can match (a non-ASCII letter may match one under IGNORECASE)."""
    last = np.rstrip()[-1:]
    if last.isascii() and last not in _TIME_WORD_ENDINGS:
        return np
    return _TRAILING_TIME.sub("", np)


_AUX_WORD_SET = frozenset(_AUX_WORDS)


def _without_trailing_aux(np: str) -> str:
    """``_TRAILING_AUX.sub("", np)``, which can only match when the last word is one of its words: most
    phrases end on a name, and the pattern tried at every space costs more than looking at that word."""
    last = np.rsplit(None, 1)
    if not last or (last[-1] not in _AUX_WORD_SET and not _ADVERB.fullmatch(last[-1])):
        return np
    return _TRAILING_AUX.sub("", np)


# Addressee and topic after "told"/"of": never the speaker ("Roe told Doe", "Roe said of Doe").
_NP_STOP = re.compile(
    r"\s+(?:in|on|at|during|after|before|when|while|as|via|through|from|to|with|about|of|who|which|that|"
    r"last|this|on|early|late|earlier|later|recently|told|added|because|but|and\s+(?:then|added|said))\b.*$",
    re.IGNORECASE,
)


def phrase_after_verb(np: str) -> str:
    """ "Jane Roe on Tuesday" -> "Jane Roe"; keeps "a statement from the Ministry" whole."""
    if re.match(r"^(?:a|an|the)\s+(?:\w+\s+)?(?:statement|spokes\w+|release|report|letter|post)\b", np, re.I):
        return re.split(r"\s+(?:on|in|at|during|after|when|while)\s+(?=[a-z0-9])", np)[0]
    return _NP_STOP.sub("", np)
