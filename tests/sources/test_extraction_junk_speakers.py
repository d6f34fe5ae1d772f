"""Words that are no speaker's name: plural common nouns, modifiers, opening phrases, adjectival participles."""

from sources.extraction import extract_article


def speakers(text):
    return {q.speaker for q in extract_article(text).quotes}


def test_a_plural_role_noun_in_a_body_s_name_is_no_speaker():
    found = speakers(
        "Pier Vote\n\nMina Holt runs the ferry.\n\n"
        "Two House Committees on Monday asked the ministry to investigate whether the pier was safe.\n"
    )

    assert "Committees" not in found


def test_a_plural_profession_after_a_title_like_word_is_no_speaker():
    found = speakers(
        "Pier Vote\n\nWhile groups like the Harbour Union and the Elbonian Association of Criminal Defense Lawyers "
        "praised the plan and said the pier was safe, others did not.\n"
    )

    assert "Lawyers" not in found


def test_a_capitalised_word_after_his_is_a_modifier_not_a_name():
    quotes = extract_article(
        "Pier Vote\n\nThe new harbour master grew up in Portside, he said.\n\n"
        "His Catholic faith is important to him, and he said he often thinks of what his parents told him: "
        '"To be happy, you have to help the poor."\n'
    ).quotes

    assert "Catholic" not in {q.speaker for q in quotes}


def test_an_opening_participle_phrase_is_no_source():
    found = speakers(
        "Pier Vote\n\nMina Holt runs the ferry.\n\n"
        'Appearing on HTV\' Meet the Harbour, the mayor said the ferry company "caused enormous delays" last year.\n'
    )

    assert "Harbour" not in found


def test_a_participle_after_an_adverb_and_a_preposition_is_an_adjective():
    found = speakers(
        "Pier Vote\n\nIt is time for the Harbour Times' annual Closing Dinner, a ritual that may seem odd in the "
        "face of recently announced layoffs and continued cost-cutting.\n"
    )

    assert "Closing Dinner" not in found
