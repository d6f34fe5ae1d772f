"""Words that are no speaker's name: plural common nouns, modifiers, opening phrases, adjectival participles."""

import pytest

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


def test_a_one_word_name_the_article_describes_as_a_company_is_an_organisation():
    quotes = extract_article(
        "Pier Vote\n\nHarbourly, the ride-sharing company, runs the ferry app.\n\n"
        "Harbourly said that the pier would open in early May.\n"
    ).quotes

    [statement] = [q for q in quotes if q.kind == "indirect"]
    assert (statement.speaker, statement.speaker_kind) == ("Harbourly", "organisation")


def test_a_one_word_name_after_a_publication_noun_is_an_organisation():
    quotes = extract_article(
        "Pier Vote\n\nThe Elbonian newspaper Harbourly ran a story on the ferry.\n\n"
        "Harbourly said that the pier would open in early May.\n"
    ).quotes

    [statement] = [q for q in quotes if q.kind == "indirect"]
    assert (statement.speaker, statement.speaker_kind) == ("Harbourly", "organisation")


def test_a_one_word_name_that_indicated_it_would_is_an_organisation():
    quotes = extract_article(
        "Pier Vote\n\nHarbourly indicated it would give less this year.\n\n"
        "Harbourly said that the pier would open in early May.\n"
    ).quotes

    kinds = {q.speaker_kind for q in quotes if q.speaker == "Harbourly"}
    assert kinds == {"organisation"}


def test_a_one_word_name_with_which_is_an_organisation_and_a_person_stays_a_person():
    quotes = extract_article(
        "Pier Vote\n\nHarbourly, which runs the ferry app, has grown fast.\n\n"
        "Harbourly said that the pier would open in early May.\n\n"
        "Later, Bob Vik said that the ferry would be late.\n"
    ).quotes

    kinds = {q.speaker: q.speaker_kind for q in quotes if q.kind == "indirect"}
    assert kinds == {"Harbourly": "organisation", "Bob Vik": "person"}


def test_a_word_inside_a_shouted_heading_is_no_speaker():
    quotes = extract_article(
        "Pier Vote\n\nMina Holt runs the ferry.\n\n"
        "VOTERS CARE MORE ABOUT CANDIDATES’ ABILITY TO INSPIRE THAN THEIR SPEED - Jane Roe and Tom Vik: "
        "“We found that riders care about the pier.”\n\n"
        "AT LEAST 10 HURT IN PIER CRASH Harbour Mayor Tom Vik said the driver had “Elbonian roots.”\n"
    ).quotes

    found = {q.speaker for q in quotes}
    assert "ABILITY" not in found and "LEAST" not in found


def test_a_newsletter_s_label_before_a_dash_is_no_speaker():
    quotes = extract_article(
        "Pier Vote\n\nMina Holt runs the ferry.\n\n"
        'FAREWELL—"The Pier Cafe to close," by the Gazette\'s Tom Vik: "The Pier Cafe will close in May."\n'
    ).quotes

    assert "FAREWELL" not in {q.speaker for q in quotes}


def test_an_acronym_labelling_a_shouted_headline_keeps_its_capitals():
    quotes = extract_article(
        "Pier Vote\n\nMina Holt runs the ferry.\n\n"
        "HPA: FERRY FARES TO RISE “The Harbour Port Authority will raise fares.”\n"
    ).quotes

    assert [q.speaker for q in quotes] == ["HPA"]


def test_a_place_before_a_plural_group_noun_names_a_group_and_no_he():
    quotes = extract_article(
        "Pier Vote\n\nMany Portside Democrats voted early.\n\n"
        "“The party has changed,” said Tom Vik, a Democrat and former Portside state senator who ran for the "
        "board in 2008. He endorsed Holt, but told reporters on Monday that he thought the pier would open.\n"
    ).quotes

    assert "Portside Democrats" not in {q.speaker for q in quotes}


def test_a_named_group_keeps_its_name_as_a_group():
    quotes = extract_article(
        "Pier Vote\n\nMina Holt runs the ferry.\n\nPortside Voters gathered at the pier on Monday.\n\n"
        "Portside Voters told the board: “We want the pier open.”\n"
    ).quotes

    assert {(q.speaker, q.speaker_kind) for q in quotes} == {("Portside Voters", "group")}


def test_another_member_of_a_faith_or_party_is_unnamed():
    quotes = extract_article(
        "Pier Vote\n\nMina Holt runs the ferry.\n\n"
        'Another Elbonian who worked at the pier and who did not want to be named said he heard Holt talk of "fraud".\n'
    ).quotes

    assert "Elbonian" not in {q.speaker for q in quotes}


def test_a_clause_fragment_whose_only_name_is_a_preposition_s_object_names_no_source():
    quotes = extract_article(
        "Pier Vote\n\nTrade in North Harbourland has grown.\n\n"
        'Elbonia\'s expanding influence has provoked mixed feelings in many states, and it has used "velvet gloves" '
        "in its dealings with North Harbourland, said Mina Holt, a professor at Portside University.\n"
    ).quotes

    assert {q.speaker for q in quotes} == {"Mina Holt"}


def test_according_to_a_body_s_report_still_names_it():
    quotes = extract_article(
        "Pier Vote\n\nMina Holt chairs the party. She has raised $3 million through that account, according to a "
        "recent Harbour Elections Commission report.\n"
    ).quotes

    assert [q.speaker for q in quotes if q.kind == "indirect"] == ["Harbour Elections Commission"]


def test_the_government_of_a_country_the_lexicon_lacks_is_a_government():
    [statement] = [
        q
        for q in extract_article(
            "Pier Vote\n\nThe government of North Harbourland has also agreed to host up to 200 ferry workers.\n"
        ).quotes
        if q.kind == "indirect"
    ]

    assert (statement.speaker, statement.speaker_kind) == ("government of North Harbourland", "government")


def test_a_country_in_an_ambassador_s_title_is_no_speaker():
    quotes = extract_article(
        "Pier Vote\n\nTom Vik was on the ferry.\n\n"
        "Vik, a cadet at a Portside academy, was returning home for the holidays, Elbonia’s Ambassador to France "
        "told reporters.\n"
    ).quotes

    assert "France" not in {q.speaker for q in quotes}


def test_a_plural_noun_cue_opening_a_clause_after_a_comma_reports_nothing():
    quotes = extract_article(
        "Pier Vote\n\nUsers left Seaview Plus last year.\n\nMr. Vik and Ms. Roe cited Harbourly as the most likely "
        "buyer. The two companies already have many ties: Several Pier executives used to work at Harbourly's "
        "Seaview, tweets appear in Seaview search results and advertisers can buy ads on Pier through Seaview's "
        "bid manager.\n"
    ).quotes

    assert [q for q in quotes if q.kind == "indirect"] == []


def test_a_one_word_source_after_according_to_or_the_is_an_organisation():
    quotes = extract_article(
        "Pier Vote\n\nAccording to Harbourly, the pier will open in May.\n\n"
        "Harbourly also said that the fares would rise.\n\n"
        "The Gazetteer reported that the ferry was late. The Gazetteer said that the crew was tired.\n\n"
        "Tom Vik runs the ferry. “We are late,” the Elbonian said.\n"
    ).quotes

    kinds = {q.speaker: q.speaker_kind for q in quotes if q.speaker}
    assert kinds["Harbourly"] == "organisation" and kinds["Gazetteer"] == "organisation"
    assert kinds.get("Tom Vik", "person") == "person"


def test_a_plural_common_noun_before_a_name_is_no_part_of_it():
    found = speakers(
        "Pier Vote\n\nCelebrities Mina Holt, Ana Lind and Per Vik went on the radio to applaud the pier.\n\n"
        'Holt thanked the mayor for "finally taking action when the board would not."\n'
    )

    assert "Mina Holt" in found and "Celebrities Mina Holt" not in found


def test_a_plural_word_before_an_organisation_s_acronym_stays_in_its_name():
    from sources.extraction.names import find_mentions

    names = {m.name for m in find_mentions("The ad was paid for by Priorities HPA Action.", 0)}

    assert "Priorities HPA Action" in names


def test_the_label_after_a_name_in_a_fact_box_is_no_part_of_it():
    found = speakers(
        "Pier Vote\n\nMeet the ferry workers.\n\n"
        "Name: Mina Holt Age: 54 City: Portside Job: Deckhand Why she is protesting: "
        "\u201cI work two jobs and still cannot pay the rent on time.\u201d\n"
    )

    assert "Mina Holt" in found and "Mina Holt Age" not in found


def test_a_word_before_a_capitalised_article_opens_the_sentence_not_the_name():
    found = speakers(
        "Pier Vote\n\nMina Holt wants a new pier.\n\n"
        "Enter The Harbour Times. \u201cShe is selling fiction,\u201d the paper\u2019s editorial board wrote.\n\n"
        "That only escalated the fight. The Times responded with a second critical piece, entitled "
        "\u201cThe pier is not bold. It is vain.\u201d\n"
    )

    assert "Enter The Harbour Times" not in found and "Harbour Times" in found


def test_a_body_s_name_goes_on_after_and_when_a_common_word_follows_its_of():
    from sources.extraction.names import find_mentions

    def names(text):
        return [m.name for m in find_mentions(text, 0)]

    assert names("Tomas Vik, the former Harbour Office of Management and Budget director, left.") == [
        "Tomas Vik",
        "Harbour Office of Management and Budget",
    ]
    assert "Harbour Institute for Strategic and Maritime Studies" in names(
        "The Harbour Institute for Strategic and Maritime Studies said so."
    )
    # A place after "of" ends the body's name: the other name is another's.
    assert names("The University of Portside and Harbour College agreed.") == [
        "University of Portside",
        "Harbour College",
    ]


def test_the_name_after_whose_husband_is_the_husband_s_not_the_subject():
    from sources.extraction.speakers import strip_appositive

    assert (
        strip_appositive("Mina Holt, whose husband, Navy diver Tomas Holt, was killed in the raid in Portside, Maine,")
        == "Mina Holt"
    )
    assert strip_appositive("Mina Holt, whose late son, Per Holt,") == "Mina Holt"
    # A name after "whose" and an article's phrase is no kin's: the sentence's subject comes later.
    assert strip_appositive("After Tomas Vik, whose boat, the Pier Queen, sank, Mina Holt") == "Mina Holt"


def test_a_word_opening_a_paragraph_after_a_bracketed_sentence_is_no_name():
    found = speakers(
        "Pier Vote\n\nThe polls closed early, and the count was slow. [Harbour Wire.]\n\n"
        "Signs of late shifts were there all along -More from the pollsters: "
        "\u201cData collected by our firm helps confirm that both issues were in play.\u201d\n"
    )

    assert "Signs" not in found


def test_a_day_named_by_a_common_word_is_no_speaker():
    found = speakers(
        "Pier Vote\n\nMina Holt beat Tomas Vik in the primary, Holt said.\n\n"
        "There are local grievances: anger at the slow pace of vote counting after Election Day, as well as a "
        "belief that Vik\u2019s loss in the primary was driven in part by the media declaring Holt the presumptive "
        "nominee the night before voters went to the polls.\n\nThe election was close.\n"
    )

    assert "Election Day" not in found


def test_a_person_whose_surname_is_day_still_speaks():
    found = speakers("Pier Vote\n\nThe day was long.\n\nMina Day said that the pier would open in May.\n")

    assert "Mina Day" in found


def test_the_name_after_a_closing_where_is_the_source():
    found = speakers(
        "Pier Vote\n\nThe harbour board met on Monday.\n\n"
        "The furor spread to the other side of the Harbour Hall, where Board Leader Mina Holt (D-Portside) told "
        'reporters that "the ferry is going nowhere."\n'
    )

    assert found == {"Mina Holt"}


def test_a_place_after_a_plural_noun_and_on_is_no_source():
    from sources.extraction.names import Cast, find_mentions
    from sources.extraction.speakers import SpeakerResolver

    cast = Cast()
    cast.add_mentions(find_mentions("Harbour Hill is busy.", 0))
    resolver = SpeakerResolver(cast)

    assert resolver.from_phrase("Vik's meeting with the Democrats on Harbour Hill", 100) is None
    assert resolver.from_phrase("Vik's meeting with Mina Holt", 100).name == "Mina Holt"


def test_a_one_word_name_a_report_comes_from_is_an_organisation():
    quotes = extract_article(
        "Pier Vote\n\nMina Holt is discrediting an earlier report from Harbourly saying the ferry would stop.\n\n"
        "\u201cThe ferry company is lining up buyers for its boats,\u201d Harbourly reported on Tuesday evening.\n"
    ).quotes

    assert [(q.speaker, q.speaker_kind) for q in quotes if q.speaker == "Harbourly"] == [("Harbourly", "organisation")]


def test_a_state_s_initials_are_a_place_not_a_source():
    found = speakers(
        "Pier Vote\n\nMina Holt wins R.I., vows to press on to the next primary.\n\n"
        "If you live in Portside or Washington, D.C., feel free to \u201cvote your conscience\u201d on the pier.\n"
    )

    assert not {"R.I", "R.I.", "D.C", "D.C."} & found


def test_a_role_serving_a_name_describes_the_name_before_it():
    text = (
        "Pier Vote\n\nMina Holt is running for mayor.\n\n"
        "Jon Reed, North Harbour director for Holt, said the campaign had opened its tenth office in the county.\n"
    )

    [statement] = [q for q in extract_article(text).quotes if q.kind == "indirect"]

    assert statement.speaker == "Jon Reed"


def test_a_title_ending_in_the_name_is_still_the_name():
    from sources.extraction.speakers import strip_appositive

    assert strip_appositive("Former Secretary of State Mina Holt") == "Former Secretary of State Mina Holt"


def test_a_one_word_name_with_a_capital_inside_is_an_organisation():
    text = "Pier Vote\n\nThe ferry runs late.\n\n“The pier is late,” HarbourNet wrote.\n"

    [quote] = extract_article(text).quotes

    assert (quote.speaker, quote.speaker_kind) == ("HarbourNet", "organisation")


@pytest.mark.parametrize("surname", ["McHolt", "DeVik", "VanderRoe"])
def test_a_surname_with_a_capital_after_its_particle_stays_a_person(surname):
    text = f"Pier Vote\n\nThe ferry runs late.\n\n“The pier is late,” {surname} said.\n"

    [quote] = extract_article(text).quotes

    assert (quote.speaker, quote.speaker_kind) == (surname, "person")


def test_the_plural_of_a_demonym_is_a_group():
    text = "Pier Vote\n\nThe ferry runs late.\n\n“The pier is late,” Norwegians said.\n"

    [quote] = extract_article(text).quotes

    assert (quote.speaker, quote.speaker_kind) == ("Norwegians", "group")


@pytest.mark.parametrize(
    "introduction",
    [
        "Harbour Analytica, a data research firm, runs the ferry app.",
        "The town hired a firm called Harbour Analytica to run the ferry app.",
        "The town hired the activist group Harbour Analytica last year.",
    ],
)
def test_a_full_name_the_article_introduces_as_a_body_is_an_organisation(introduction):
    text = f"Pier Vote\n\n{introduction}\n\n“The pier is late,” Harbour Analytica said.\n"

    kinds = {q.speaker_kind for q in extract_article(text).quotes if q.speaker == "Harbour Analytica"}

    assert kinds == {"organisation"}


@pytest.mark.parametrize(
    "introduction",
    ["Mina Holt, a Democratic pollster, runs the ferry app.", "Mina Holt, a member of the group, runs the ferry."],
)
def test_a_full_name_introduced_as_a_pollster_or_a_member_stays_a_person(introduction):
    text = f"Pier Vote\n\n{introduction}\n\n“The pier is late,” Mina Holt said.\n"

    kinds = {q.speaker_kind for q in extract_article(text).quotes if q.speaker == "Mina Holt"}

    assert kinds == {"person"}


def test_a_town_and_its_state_before_the_noun_of_an_appositive_describe_it():
    from sources.extraction.speakers import strip_appositive

    assert strip_appositive("Jon Reed, a Portside, Maine, pilot helping to run the ferry,") == "Jon Reed"
    assert strip_appositive("Jon Reed, a pilot from Portside, Maine,") == "Jon Reed"


def test_a_relative_clause_running_over_a_town_and_its_state_to_the_verb_leaves_the_name_before_it():
    from sources.extraction.speakers import strip_appositive

    assert (
        strip_appositive("Governor Mina Holt, who was to visit Portside, Maine, on Monday to open the pier,")
        == "Governor Mina Holt"
    )
