from sources.extraction import extract_article


def quoted(text):
    return [q for q in extract_article(text).quotes if q.kind != "indirect"]


def test_curly_quote_is_found_with_offsets_into_the_source():
    text = "Harbour Vote\n\n“We waited ten years for this,” said Mina Holt.\n"

    [quote] = quoted(text)

    assert quote.text == "We waited ten years for this,"
    assert text[quote.start : quote.end] == quote.text


def test_straight_quotes_are_paired_like_curly_ones():
    [quote] = quoted('Harbour Vote\n\n"The pier is ours again," said Mina Holt.\n')

    assert quote.text == "The pier is ours again,"


def test_quote_broken_by_its_attribution_gives_two_quotes_by_one_speaker():
    text = "Harbour Vote\n\n“It took too long,” Holt said. “But it is finally done.”\n"

    first, second = quoted(text)

    assert (first.text, second.text) == ("It took too long,", "But it is finally done.")
    assert first.speaker == second.speaker == "Holt"


def test_quote_running_over_two_paragraphs_is_one_quote():
    text = (
        "Harbour Vote\n\nMina Holt said: “The pier was rotten. Nobody could fish from it.\n\n"
        "“Now the children can go back to the water.”\n"
    )

    [quote] = quoted(text)

    assert quote.text == "The pier was rotten. Nobody could fish from it. Now the children can go back to the water."


def test_closing_mark_printed_as_an_opening_one_still_closes_the_quote():
    text = "Harbour Vote\n\n“The tide is turning, “said Mina Holt. “We will rebuild.”\n"

    first, second = quoted(text)

    assert first.text == "The tide is turning,"
    assert second.text == "We will rebuild."


def test_nested_single_quotes_stay_inside_the_quote():
    [quote] = quoted("Harbour Vote\n\n“They told us ‘wait another year’ again,” Holt said.\n")

    assert quote.text == "They told us ‘wait another year’ again,"


def test_body_offsets_point_into_the_parsed_body():
    text = "Harbour Vote\n\nThe council met.\n\n“We are ready,” said Mina Holt.\n"

    article = extract_article(text)
    [quote] = [q for q in article.quotes if q.kind != "indirect"]

    assert article.parsed.body[quote.body_start : quote.body_end] == quote.text


def test_fragment_in_the_writers_sentence_is_partial():
    [quote] = quoted("Harbour Vote\n\nMina Holt called the old pier “a danger to everyone” on Tuesday.\n")

    assert quote.kind == "partial"
    assert quote.speaker == "Mina Holt"


def test_full_sentence_quote_is_direct():
    [quote] = quoted("Harbour Vote\n\n“The pier will open in May,” said Mina Holt.\n")

    assert quote.kind == "direct"


def test_term_in_quotes_that_nobody_says_is_scare_without_speaker():
    [quote] = quoted("Harbour Vote\n\nThe so-called “mega pier” will cost more than the old one.\n")

    assert quote.kind == "scare"
    assert quote.speaker is None


def test_boilerplate_quotes_are_never_extracted():
    text = "Harbour Vote\n\nJoin our “Harbour News” Telegram channel today!\n\nThe pier opens soon.\n"

    assert quoted(text) == []


def test_an_unpunctuated_wall_of_text_is_read_in_bounded_time():
    import time

    wall = " ".join(["Mina Holt said “we will open” the pier and Mr. Vik told reporters"] * 4000)

    started = time.perf_counter()
    quoted("Pier Vote\n\n" + wall + "\n")

    # A broken export must not stall a batch: every rule reads a bounded window around each quote.
    assert time.perf_counter() - started < 20


def test_a_stray_opening_mark_does_not_shift_the_pairs_after_it():
    text = "Pier Vote\n\nThe “old pier was fine, Holt said, but the new one is “a marvel” and “a gift.”\n"

    texts = [q.text for q in quoted(text)]

    assert texts == ["a marvel", "a gift."]


# British style: single marks quote, double marks nest.
BRITISH = (
    "Harbour Vote\n\n"
    "‘The councillors’ decision is the right one,’ said Mina Holt, the council’s leader. ‘We can’t wait.’\n\n"
    "Opposition councillor Dev Anand called the plan ‘reckless and unfunded’ on Tuesday.\n\n"
    "‘My grandmother said “never trust a bridge” and she was wrong,’ said Bob Vik.\n"
)


def test_an_article_quoting_with_single_marks_is_read_with_single_marks():
    quotes = [(q.text, q.speaker) for q in quoted(BRITISH)]

    assert quotes[:2] == [
        ("The councillors’ decision is the right one,", "Mina Holt"),
        ("We can’t wait.", "Mina Holt"),
    ]


def test_in_a_british_article_a_quoted_phrase_is_a_partial_quote():
    partial = [q for q in quoted(BRITISH) if q.text == "reckless and unfunded"]

    assert [(q.kind, q.speaker) for q in partial] == [("partial", "Dev Anand")]


def test_in_a_british_article_double_marks_are_a_quote_inside_the_quote():
    last = quoted(BRITISH)[-1]

    assert (last.text, last.speaker) == ("My grandmother said “never trust a bridge” and she was wrong,", "Bob Vik")


def test_single_marks_nested_in_double_quotes_stay_inside_the_quote():
    text = "Harbour Vote\n\n“They told us ‘wait’ and we waited,” said Mina Holt. “It was the council’s call.”\n"

    assert [q.text for q in quoted(text)] == ["They told us ‘wait’ and we waited,", "It was the council’s call."]


def test_in_a_british_article_the_affiliation_stops_before_the_next_quote():
    first = quoted(BRITISH)[0]

    assert first.affiliation == "the council’s leader"
