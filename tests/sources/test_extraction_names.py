"""Names: each rule of the name table alone on its docstring's example, and governments as speakers."""

import re

import pytest

from sources.extraction import extract_article
from sources.extraction.names import EDGE_RULES, KIND_RULES, NAME_RULES, NOT_A_NAME, Run, find_mentions, split_run


def _example(rule) -> tuple[Run, str]:
    """The rule's example run (its docstring's first line, before "=>") and the outcome after it."""
    text, outcome = (part.strip() for part in rule.example.split("=>"))
    tokens = [(m.group(), m.start()) for m in re.finditer(r"\S+", text)]
    return Run(tokens, possessive=text.endswith("’s")), outcome


@pytest.mark.parametrize("rule", EDGE_RULES, ids=lambda rule: rule.name)
def test_edge_rule_alone_trims_its_example(rule):
    run, outcome = _example(rule)

    rule.apply(run)

    assert run.text == outcome


@pytest.mark.parametrize("rule", KIND_RULES, ids=lambda rule: rule.name)
def test_kind_rule_alone_classifies_its_example(rule):
    run, outcome = _example(rule)

    found = rule.apply(run)

    if outcome == "nothing":
        assert found is NOT_A_NAME
    else:
        assert found is not None and found is not NOT_A_NAME
        assert f"{found.kind} {found.name}" == outcome


def test_name_rules_have_unique_names_and_confidences_that_are_shares():
    names = [rule.name for rule in NAME_RULES]

    assert len(names) == len(set(names))
    assert all(0 < rule.confidence <= 1 for rule in NAME_RULES)


def test_a_titled_name_is_a_person_with_its_title():
    (mention,) = split_run("Deputy Minister Mina Holt", 0)

    assert (mention.kind, mention.name, mention.title) == ("person", "Mina Holt", "Deputy Minister")


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.speaker_alias) for q in extract_article(f"Games Row\n\n{text}\n").quotes]


def test_a_capital_speaks_for_its_country_with_the_capital_as_alias():
    found = _speakers("Beijing has repeatedly accused the organisers of politicising the games.")

    assert found == [("China", "Beijing")]


def test_a_country_speaks_as_its_government_with_the_capital_as_alias():
    found = _speakers("China has urged all nations to observe an Olympic truce during the games.")

    assert found == [("China", "Beijing")]


def test_a_country_inside_a_clause_is_not_its_source():
    found = _speakers("Ana Lima, a pilot, said the talks with Beijing, in particular on trade, failed.")

    assert ("China", "Beijing") not in found


def test_a_country_after_a_subordinator_is_not_a_source():
    found = _speakers("While Russia has endorsed the move, the council said nothing about the games.")

    assert all(speaker != "Russia" for speaker, _ in found)


def test_the_government_keeps_the_name_the_article_gives_it():
    found = _speakers("The Chinese government said the games would go ahead as planned in February.")

    assert found == [("Chinese government", "China")]


def test_a_surname_that_is_also_a_country_stays_the_person():
    found = _speakers("Rep. Jim Jordan spoke first. Jordan said the games were a distraction from the budget.")

    assert [speaker for speaker, _ in found] == ["Jim Jordan"]


def test_jan_before_a_surname_is_a_first_name_not_a_month():
    (mention,) = split_run("Jan Brewer", 0)

    assert (mention.kind, mention.name) == ("person", "Jan Brewer")


def test_a_capitals_dateline_is_not_a_source():
    found = _speakers("Washington (Agency) – Mina Holt took a swipe at the plan, saying that “loud comments” hurt.")

    assert ("United States", "Washington") not in found


@pytest.mark.parametrize(
    "dateline", ["PORTSIDE — ", "PORTSIDE, Ore. — ", "NEW PORTSIDE, N.H. — ", "PORTSIDE, Dec. 8 (Wire) — "]
)
def test_a_dateline_in_capitals_leaves_the_source_to_the_sentence(dateline):
    text = f"Pier Vote\n\n{dateline}Sen. Mina Holt toured the pier and said: “It will open in May.”\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind == "direct"]

    assert quote.speaker == "Mina Holt"


def test_america_is_not_a_government_source():
    found = _speakers("America needs leaders who understand the games, the council said on Monday in Portside.")

    assert all(speaker != "United States" for speaker, _ in found)


def test_a_modal_inside_a_sentence_is_a_first_name():
    text = "Pier Vote\n\n“The tolls will pay for it,” said Will Osei, a harbour engineer.\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker == "Will Osei"


def test_a_hyphenated_title_before_a_name_is_not_part_of_it():
    text = (
        "Pier Vote\n\nThe statement came from Gazette Editor-in-Chief Mina Holt.\n\n"
        "“We stand by the story,” said Holt.\n"
    )

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker == "Mina Holt"


def test_a_demonym_surname_that_speaks_alone_names_a_person():
    text = "Pier Vote\n\nAna French runs the ferry.\n\n“The pier is late,” French said.\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker == "Ana French"


def test_a_demonym_surname_named_in_full_after_said_is_a_person():
    text = "Pier Vote\n\n“The pier is late,” said Ana French of the Harbour Institute.\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert (quote.speaker, quote.speaker_kind) == ("Ana French", "person")


def test_a_demonym_speaking_as_a_member_of_a_group_names_nobody():
    text = "Pier Vote\n\nPortside Republican clubs met on Monday.\n\n“The pier is late,” one Republican said.\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker is None


def test_a_hyphenated_modifier_inside_a_run_ends_what_comes_before_it():
    text = "Pier Vote\n\nSouth Elbonian-born Mina Holt runs the ferry.\n\n“The pier is late,” said Holt.\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker == "Mina Holt"


def test_an_organisation_head_noun_keeps_the_organisation_whole():
    (mention,) = split_run("The Welsh Legion", 0)

    assert (mention.kind, mention.name) == ("organisation", "Welsh Legion")


def test_a_survey_or_reserve_is_an_organisation_with_its_country_prefix():
    mentions = find_mentions("The U.S. Harbour Survey said the pier was sinking.", 0)

    assert [(m.kind, m.name) for m in mentions] == [("organisation", "U.S. Harbour Survey")]


def test_a_domain_word_after_an_institutions_of_is_no_title():
    (mention,) = split_run("Bureau of Harbour Statistics", 0)

    assert (mention.kind, mention.name) == ("organisation", "Bureau of Harbour Statistics")


def test_a_role_after_an_institutions_of_still_titles_a_person():
    (mention,) = split_run("Bank of Elbonia Governor Mina Holt", 0)

    assert (mention.kind, mention.name) == ("person", "Mina Holt")


def test_a_party_member_from_a_place_is_an_unnamed_source():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\n“The pier is late,” said a Portside Democrat.\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker is None


def test_a_two_word_surname_resolves_to_the_full_name_given_before():
    text = "Pier Vote\n\nMayor Ana de Souza opened the pier.\n\n“The pier is late,” De Souza said.\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker == "Ana de Souza"


def test_a_month_abbreviation_without_its_full_stop_ends_no_name():
    text = "Pier Vote\n\n“The pier is late,” said Li Jun, a harbour engineer.\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker == "Li Jun"


def test_a_month_abbreviation_with_its_full_stop_ends_a_name():
    mentions = find_mentions("Portside sided with Mina Holt Jan. 31 on the pier.", 0)

    assert [m.name for m in mentions] == ["Portside", "Mina Holt"]


def test_a_venue_or_a_law_names_no_speaker():
    assert split_run("Portside Harbour Inn", 0) == []
    assert split_run("Fair Tolls Act", 0) == []


def test_the_abbreviated_president_is_a_title():
    (mention,) = split_run("Pres. Mina Holt", 0)

    assert (mention.kind, mention.name) == ("person", "Mina Holt")


def test_a_headline_run_longer_than_a_name_gives_no_full_name():
    text = "Holt Just Let Something Slip\n\nThe pier opened on Monday.\n\n“The pier is late,” Holt said.\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker != "Holt Just Let Something Slip"


def test_a_title_case_subhead_holding_a_clause_names_nobody():
    found = _speakers("Ana Lima Opened Up About Her Father\n\n“He built the pier,” she told the crowd at the games.")

    assert found == [(None, "")]


def test_a_title_case_run_opening_on_a_contraction_names_nobody():
    assert find_mentions("Don’t Voters Care?", 0) == []


def test_a_demonym_before_one_unknown_word_names_an_organisation():
    found = _speakers("Western Ledger reported that the games would go ahead in February.")

    assert found == [("Western Ledger", "")]


def test_a_preposition_opening_a_run_is_no_part_of_the_name():
    found = _speakers("Alongside Mina Holt, the council said the games were “a waste of money.”")

    assert ("Alongside Mina Holt", "") not in found
    assert [m.name for m in find_mentions("Outside Harbour Lines, the pier", 0)] == ["Harbour Lines"]


def test_a_past_verb_of_saying_opening_a_run_is_no_part_of_the_name():
    found = _speakers("Mina Holt spoke first at the games.\n\nStated Holt, “The games are ready for the crowds.”")

    assert found == [("Mina Holt", "")]


def test_a_plural_title_before_one_surname_names_nobody():
    found = _speakers("Together, Senators Holt and Vik, of Harbour and Portside, said the games were “a disaster.”")

    assert all(speaker != "Senators Holt" for speaker, _ in found)


def test_a_numbered_flight_is_no_person_but_an_ordinal_in_a_title_is_fine():
    found = _speakers("Portair Flight PA804 left at noon.\n\nPortair has confirmed that it carried 56 passengers.")

    assert all(speaker != "Portair Flight PA804" for speaker, _ in found)
    assert [m.name for m in find_mentions("said Air Force 1st Lt. Mina Holt.", 0)] == ["Mina Holt"]


@pytest.mark.parametrize("name", ["Harbour Computer", "Portside Motors", "Elbonia Airlines", "Gull Pharmaceuticals"])
def test_a_company_head_noun_names_an_organisation(name):
    (mention,) = split_run(name, 0)

    assert (mention.kind, mention.name) == ("organisation", name)


@pytest.mark.parametrize("text", ["the former reality TV star spoke", "a new SUV for the mayor"])
def test_a_common_noun_written_in_capitals_names_nobody(text):
    assert find_mentions(text, 0) == []


def test_a_treaty_names_no_speaker():
    mentions = find_mentions("And the North Harbour Free Trade Agreement, which Holt had called a disaster", 0)

    assert [m.name for m in mentions] == ["Holt"]


def test_the_noun_before_a_one_word_name_says_it_is_an_organisation():
    mentions = find_mentions("A few hours later the website Harbourly said it would close.", 0)

    assert [(m.kind, m.name) for m in mentions] == [("organisation", "Harbourly")]


@pytest.mark.parametrize("name", ["Portside Register", "Harbour Sentinel", "Harbour Beacon", "Holt Report"])
def test_a_publication_named_by_its_masthead_word_is_an_organisation(name):
    (mention,) = split_run(name, 0)

    assert (mention.kind, mention.name) == ("organisation", name)


def test_a_last_word_joined_to_a_body_word_by_a_hyphen_names_a_body():
    (mention,) = split_run("Portside Sun-Times", 0)

    assert (mention.kind, mention.name) == ("organisation", "Portside Sun-Times")


@pytest.mark.parametrize("name", ["Harbour HPA", "HPA Portside", "Priorities HPA Action"])
def test_a_name_holding_a_word_of_three_capitals_is_an_organisation(name):
    (mention,) = split_run(name, 0)

    assert mention.kind == "organisation"


@pytest.mark.parametrize("name", ["Mina Holt III", "TJ Holt", "MINA HOLT"])
def test_numerals_initials_and_shouted_names_stay_persons(name):
    (mention,) = split_run(name, 0)

    assert (mention.kind, mention.name) == ("person", name)


@pytest.mark.parametrize("name", ["Mina Pope", "Tomas Prince"])
def test_a_title_word_that_is_also_a_surname_may_end_a_name(name):
    (mention,) = split_run(name, 0)

    assert (mention.kind, mention.name) == ("person", name)


def test_a_surname_like_title_before_a_name_is_still_a_title():
    (mention,) = split_run("Prince Tomas Holt", 0)

    assert (mention.kind, mention.name, mention.title) == ("person", "Tomas Holt", "Prince")


def test_a_party_committeeman_is_a_title_before_the_name():
    (mention,) = split_run("Harbour Party Committeeman Mina Holt", 0)

    assert (mention.kind, mention.name, mention.title) == ("person", "Mina Holt", "Harbour Party Committeeman")


@pytest.mark.parametrize("name", ["La Harbourina", "Il Portsider", "L’Harbour Romano", "Le Courrier Harbour"])
def test_a_name_opening_on_a_foreign_article_is_an_organisation(name):
    (mention,) = split_run(name, 0)

    assert (mention.kind, mention.name) == ("organisation", name)


def test_a_surname_of_le_and_one_word_stays_a_person():
    (mention,) = split_run("Le Holt", 0)

    assert mention.kind == "person"
