import re

from sources.extraction.lexicon import VerbFinder, word_alternation


def test_word_alternation_matches_what_the_plain_alternation_matches():
    words = ["press secretary", "minister", "mayor", "aide", "min", "m.p."]
    texts = ["The Minister said", "the mayor's aide", "a min. later", "MP Roe", "the press secretary, Roe", "mp"]
    plain = re.compile(rf"\b(?:{'|'.join(words)})s?\b", re.IGNORECASE)
    grouped = re.compile(rf"\b(?:{word_alternation(words)})s?\b", re.IGNORECASE)

    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_word_alternation_joins_words_as_they_are_when_one_opens_on_no_lowercase_letter():
    assert word_alternation(["Dr", "doctor"]) == "Dr|doctor"


def test_verb_finder_finds_verbs_after_a_hyphen_and_not_inside_words():
    finder = VerbFinder({"said", "told"})

    hits = [(h.start(), h.group()) for h in finder.finditer("He said -said unsaid; Said told-off Told")]

    assert hits == [(3, "said"), (9, "said"), (22, "Said"), (36, "Told")]
