from sources.extraction.evaluation import score_article, spans_match, token_f1

GOLD = {
    "quotes": [
        {"text": "The pier will open in May,", "speaker": "Mina Holt", "affiliation": "ferry pilot", "kind": "direct"},
        {"text": "mega pier", "speaker": None, "affiliation": None, "kind": "scare"},
        {"text": "It is too small.", "speaker": "Tomas Vik", "speaker_aliases": ["Tom Vik"], "kind": "direct"},
    ],
    "indirect": [{"text": "the ferry will keep running", "speaker": "Mina Holt", "kind": "indirect"}],
}


def test_spans_match_when_one_holds_most_of_the_other():
    assert spans_match("“The pier will open in May,”", "The pier will open in May")
    assert not spans_match("The pier", "The pier will open in May")


def test_affiliation_counts_by_token_overlap():
    assert token_f1("a ferry pilot at Bay Lines", "ferry pilot") >= 0.5


def test_score_counts_speakers_aliases_and_neutral_scare_quotes():
    predictions = [
        {
            "text": "The pier will open in May,",
            "speaker": "Mina Holt",
            "affiliation": "a ferry pilot",
            "kind": "direct",
        },
        {"text": "mega pier", "speaker": None, "kind": "scare"},
        {"text": "It is too small.", "speaker": "Tom Vik", "kind": "direct"},
        {"text": "the ferry will keep running on time", "speaker": "Mina Holt", "kind": "indirect"},
    ]

    c = score_article(GOLD, predictions)

    assert (c.tp, c.fp, c.fn) == (2, 0, 0)
    assert (c.speaker_ok, c.speaker_n, c.affiliation_ok) == (2, 2, 1)
    assert (c.indirect_ok, c.indirect_n) == (1, 1)


def test_missed_and_invented_quotes_count_against():
    c = score_article(GOLD, [{"text": "Nobody said this at all", "speaker": "Mina Holt", "kind": "direct"}])

    assert (c.tp, c.fp, c.fn) == (0, 1, 2)
