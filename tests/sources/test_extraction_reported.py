from sources.extraction import extract_article


def reported(text):
    return [q for q in extract_article(text).quotes if q.kind == "indirect"]


def test_said_that_gives_the_reported_content_and_speaker():
    [statement] = reported("Pier Vote\n\nMina Holt said that the pier would open in early May.\n")

    assert statement.text == "the pier would open in early May"
    assert statement.speaker == "Mina Holt"


def test_according_to_at_the_end_gives_the_statement_before_it():
    [statement] = reported("Pier Vote\n\nThe pier will open in early May, according to Mina Holt.\n")

    assert statement.text == "The pier will open in early May"
    assert statement.speaker == "Mina Holt"


def test_according_to_at_the_start_gives_the_statement_after_it():
    [statement] = reported("Pier Vote\n\nAccording to Mina Holt, the pier will open in early May.\n")

    assert statement.text == "the pier will open in early May"


def test_trailing_attribution_gives_the_statement_before_it():
    [statement] = reported("Pier Vote\n\nThe pier will open in early May, Holt said.\n")

    assert statement.text == "The pier will open in early May"
    assert statement.speaker == "Holt"


def test_told_skips_the_addressee():
    [statement] = reported("Pier Vote\n\nMina Holt told reporters that the pier would open in May.\n")

    assert statement.text == "the pier would open in May"
    assert statement.speaker == "Mina Holt"


def test_reported_offsets_point_into_the_source():
    text = "Pier Vote\n\nMina Holt said that the pier would open in early May.\n"

    [statement] = reported(text)

    assert text[statement.start : statement.end] == statement.text
