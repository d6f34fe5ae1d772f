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


def test_indirect_precision_counts_a_statement_with_the_right_content_and_speaker():
    predictions = [
        {"text": "the ferry will keep running", "speaker": "Mina Holt", "kind": "indirect"},
        {"text": "the ferry will keep running", "speaker": "Tomas Vik", "kind": "indirect"},
    ]

    counts = score_article(GOLD, predictions)

    assert (counts.indirect_right, counts.indirect_predicted) == (1, 2)


def test_indirect_precision_refuses_a_statement_far_longer_than_the_annotated_one():
    long_ = "the ferry will keep running all winter because the harbour board found the money it needed at last"
    counts = score_article(GOLD, [{"text": long_, "speaker": "Mina Holt", "kind": "indirect"}])

    assert (counts.indirect_ok, counts.indirect_right, counts.indirect_predicted) == (1, 0, 1)


def test_a_quote_the_article_repeats_is_matched_once_per_copy():
    gold = {"quotes": [{"text": "We are ready.", "speaker": "Mina Holt", "kind": "direct"}] * 2, "indirect": []}
    predictions = [{"text": "We are ready.", "speaker": "Mina Holt", "kind": "direct"}] * 3

    counts = score_article(gold, predictions)

    assert (counts.tp, counts.fp) == (2, 1)
