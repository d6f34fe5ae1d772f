"""The faster scans give what the patterns they stand for give (made-up text)."""

import random
import re

from sources.extraction import affiliation, names, pipeline, quotes, sentences

_TEXTS = [
    "",
    "Mr. Roe and Mrs. Doe met Dr. J. R. Holt in the U.S. on Jan. 31.",
    "Insp. Vik, Capt. Lima and Sen. Ana Cruz spoke; the 3rd Harbour Fleet sailed.",
    "Rev. Mina Holt (D-Ohio) said: “The pier is safe.” The senator has said so. “We lost,” Roe said.",
    "He lives in Portside and works near North Bay, across Elbonia and throughout Harbour Land’s coast.",
    "\x00\x00\x00\x00,” The spokesman said it. Being in Portside helps. The board chairman has left!",
    "  The minister was there. Why? “Quite,” she said. «Oui», „ja“ and ‘no’.",
]


def _random_texts(alphabet: str, count: int = 3000) -> list[str]:
    rng = random.Random(1)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(count)]


def test_cap_run_matches_as_its_plain_form():
    plain = re.compile(
        rf"(?=[A-Z\d])(?<![\w’'.\-]){names._TOKEN}(?:[ \u00a0](?:{names._PARTICLE}[ \u00a0])?{names._TOKEN})*"
    )
    for text in _TEXTS + _random_texts("MrsDSenIpJt. -'’\u00a0Aa12stX\x00("):
        assert [m.span() for m in names.CAP_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_place_prepositions_match_as_their_plain_forms():
    after = re.compile(r"\b(?:in|near|across|throughout)\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)(?![\w’'\-])(?![’']s)")
    before = re.compile(r"\b(?:in|of|from|across|outside)\s+")
    for text in _TEXTS + _random_texts("inoufrmacstdh  \tABX'’s-_."):
        assert [m.groups() + m.span() for m in names._AFTER_PLACE_PREPOSITION.finditer(text)] == [
            m.groups() + m.span() for m in after.finditer(text)
        ]
        assert [m.span() for m in pipeline._PLACE_PREPOSITION.finditer(text)] == [
            m.span() for m in before.finditer(text)
        ]


def test_quote_marks_and_sentence_ends_as_the_patterns_find_them():
    for text in _TEXTS + _random_texts("\"“”„«»‘'’.!?  \nAa1(\x00x"):
        assert quotes._mark_positions(text) == [m.start() for m in quotes._MARK.finditer(text)]
        assert [m.span() for m in sentences._ends(text)] == [m.span() for m in sentences._END.finditer(text)]


def test_definite_subjects_as_the_pattern_finds_them():
    for text in _TEXTS + _random_texts("The senator has said., \x00”’x"):
        assert [m.span() for m in affiliation._definite_subjects(text)] == [
            m.span() for m in affiliation._DEFINITE_SUBJECT.finditer(text)
        ]
        assert affiliation._the_opens_clause(text) == bool(affiliation._THE_OPENING_CLAUSE.search(text))
        assert affiliation._the_after_space(text) == [m.start() for m in affiliation._THE_AFTER_SPACE.finditer(text)]


def test_title_before_reads_a_long_head_as_a_short_one():
    texts = [
        "In a long interview on the pier about the fares and the ferries, Elbonian Deputy Minister of Ports Ana Cruz",
        "x " * 40 + "said presidential candidate and former Harbour Board chairman Sen. Jane Roe",
        "x " * 40 + "Harbour spokesman the Rev. Jane Roe and National Security editor Dr. Tom Vik met",
    ]
    for text in texts:
        for at in (i for i, c in enumerate(text) if c.isupper()):
            head = text[max(0, at - 120) : at]
            whole = affiliation._title_before(head, list(affiliation._TITLE_TOKEN.finditer(head)), whole=True)
            if head.rstrip() and head.rstrip()[-1] not in affiliation._NOT_IN_TITLE_TOKEN:
                assert affiliation.title_before(text, at) == whole
    assert affiliation.title_before(texts[0], texts[0].index("Ana")) == "Elbonian Deputy Minister of Ports"


def test_word_endings_gate_the_patterns_that_need_them():
    from sources.extraction import phrases, reported

    cases = [
        (phrases._DETERMINER_BEFORE, phrases._DETERMINER_ENDINGS),
        (phrases._PREPOSITION_BEFORE, phrases._PREPOSITION_ENDINGS),
        (reported._NOUN_USE, reported._NOUN_MARKERS),
    ]
    for text in _TEXTS + _random_texts("the THE a ofn bys ſome(\t", 5000):
        tail = text.rstrip()
        for pattern, words in cases:
            if pattern.search(text):
                assert phrases.may_end_on_word(tail, words)


def test_subject_scans_from_their_last_words():
    from sources.extraction import reported

    rng = random.Random(2)
    words = ["and", "but", "Roe", "the", "Harbour", "he", "has", "quickly", ",", "was", "whom", "That", "x-y", "it."]
    for _ in range(5000):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", ", ", "\t", ""]) for _ in range(rng.randint(0, 9)))
        plain, fast = reported._OWN_SUBJECT.search(text), reported._own_subject(text)
        assert (plain and (plain.span(), plain.groupdict())) == (fast and (fast.span(), fast.groupdict()))
        plain, fast = reported._PASSIVE_OR_RELATIVE.search(text), reported._passive_or_relative(text)
        assert (plain and plain.span()) == (fast and fast.span())


def test_run_words_as_the_pattern_finds_them():
    for text in _TEXTS + _random_texts("ab ’'s\u00a0\t\nS."):
        assert names._non_space(text) == [(m.group(), m.start()) for m in names._NON_SPACE.finditer(text)]
