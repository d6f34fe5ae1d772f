"""Names that open on an accented capital are names like any other, written as the article writes them."""

from sources.extraction import extract_article


def quoted(text):
    return [q for q in extract_article(text).quotes if q.kind != "indirect"]


def test_a_name_opening_on_an_accented_capital_is_the_speaker():
    text = "Pier Vote\n\nThe mayor, Tomás Álvarez, spoke first.\n\n“Nobody wins this,” Álvarez told the Herald.\n"

    [quote] = quoted(text)

    assert (quote.speaker, quote.affiliation) == ("Tomás Álvarez", "the mayor")


def test_quoted_words_keep_their_accented_capitals_and_offsets():
    text = "Pier Vote\n\n“Émile was right about Ørsted,” said Mina Holt.\n"

    [quote] = quoted(text)

    assert quote.text == "Émile was right about Ørsted,"
    assert text[quote.start : quote.end] == quote.text


def test_a_name_the_article_writes_with_and_without_its_accent_is_found_all_the_same():
    text = "Pier Vote\n\n“We are ready,” said Ána Vik.\n\n“We wait,” said Ana Vik.\n"

    assert [q.speaker for q in quoted(text)] == ["Ana Vik", "Ana Vik"]
