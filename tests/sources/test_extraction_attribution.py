import pytest

from sources.extraction import extract_article


def quoted(text):
    return [q for q in extract_article(text).quotes if q.kind != "indirect"]


def speaker_of(text):
    return quoted(text)[-1].speaker


def test_speaker_after_the_quote_with_subject_first():
    assert speaker_of("Pier Vote\n\n“We are ready,” Mina Holt said.\n") == "Mina Holt"


def test_speaker_after_the_quote_inverted():
    assert speaker_of("Pier Vote\n\n“We are ready,” said Mina Holt, who runs the ferry.\n") == "Mina Holt"


def test_speaker_before_the_quote():
    assert speaker_of("Pier Vote\n\nMina Holt told the council: “We are ready.”\n") == "Mina Holt"


def test_according_to_names_the_speaker():
    assert speaker_of("Pier Vote\n\nThe pier is “long overdue,” according to Mina Holt.\n") == "Mina Holt"


def test_any_reporting_verb_names_the_speaker():
    for verb in ("warned", "insisted", "argued", "wrote", "explains", "underlines"):
        assert speaker_of(f"Pier Vote\n\n“The tide will win,” {verb} Mina Holt.\n") == "Mina Holt", verb


def test_title_before_the_name_is_not_part_of_the_speaker():
    text = "Pier Vote\n\n“We are ready,” said Deputy Harbour Commissioner Mina Holt.\n"

    assert speaker_of(text) == "Mina Holt"


@pytest.mark.parametrize("name", ["Mina von der Holt", "Teo de la Vik", "Ana van den Roe"])
def test_a_name_with_two_particles_is_one_speaker(name):
    text = f"Pier Vote\n\n“We are ready,” Harbour Commission President {name} told reporters.\n"

    [quote] = quoted(text)

    assert (quote.speaker, quote.affiliation) == (name, "Harbour Commission President")


def test_the_name_a_person_is_known_as_resolves_to_the_full_name():
    text = "Pier Vote\n\nMina Costa Vik, known as Minka, runs the ferry.\n\n“We are ready,” Minka said.\n"

    assert speaker_of(text) == "Mina Costa Vik"


def test_a_known_as_name_another_person_bears_as_surname_stays_that_persons():
    text = (
        "Pier Vote\n\nTomas Holt runs the pier. Mina Costa Vik, known as Holt, runs the ferry.\n\n"
        "“We are ready,” Holt said.\n"
    )

    assert speaker_of(text) == "Tomas Holt"


def test_surname_resolves_to_the_full_name_given_first():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\n“We are ready,” Holt said.\n"

    assert speaker_of(text) == "Mina Holt"


def test_honorific_and_surname_resolve_to_the_full_name():
    text = "Pier Vote\n\nThe ferry is run by Mina Holt.\n\n“We are ready,” Ms. Holt said.\n"

    assert speaker_of(text) == "Mina Holt"


def test_title_abbreviation_resolves_to_the_titled_person():
    text = "Pier Vote\n\nSenator Tomas Vik visited the pier.\n\n“It is a disgrace,” Sen. Vik said.\n"

    assert speaker_of(text) == "Tomas Vik"


def test_role_noun_resolves_to_the_person_with_that_title():
    text = "Pier Vote\n\nGovernor Ana Ruiz toured the pier.\n\n“It will be fixed,” the governor said.\n"

    assert speaker_of(text) == "Ana Ruiz"


def test_pronoun_continues_the_last_named_speaker():
    text = "Pier Vote\n\n“It took years,” said Mina Holt.\n\n“But we did it,” she added.\n"

    assert speaker_of(text) == "Mina Holt"


def test_pronoun_prefers_a_person_named_in_between():
    text = (
        "Pier Vote\n\n“It took years,” said Mina Holt.\n\n"
        "Tomas Vik, her rival, was not convinced. “It is too small,” he said.\n"
    )

    assert speaker_of(text) == "Tomas Vik"


def test_pronoun_respects_gender_shown_by_the_honorific():
    text = (
        "Pier Vote\n\n“It took years,” said Ms. Mina Holt.\n\n“It is too small,” said Mr. Tomas Vik.\n\n"
        "“But it is ours,” she said.\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_unattributed_quote_paragraph_continues_the_previous_speaker():
    text = "Pier Vote\n\n“It took years,” said Mina Holt.\n\n“Now the children can swim again.”\n"

    assert speaker_of(text) == "Mina Holt"


def test_organisation_can_be_the_speaker():
    text = "Pier Vote\n\n“The work is complete,” said a statement from the Harbour Ministry.\n"

    assert speaker_of(text) == "Harbour Ministry"


def test_newspaper_named_earlier_speaks_as_the_newspaper():
    text = "Pier Vote\n\nThe Coastal Times obtained the plans.\n\n“The pier is unsafe,” the newspaper wrote.\n"

    assert speaker_of(text) == "Coastal Times"


def test_addressee_of_told_is_not_the_speaker():
    text = "Pier Vote\n\n“The pier is unsafe,” Mina Holt told Tomas Vik.\n"

    assert speaker_of(text) == "Mina Holt"


def test_transcript_label_names_the_speaker():
    text = "Pier Vote\n\nHOLT: I said it then: “the pier is unsafe” and nobody listened.\n"

    assert speaker_of(text) == "Holt"


def test_unknown_source_gives_no_speaker_and_low_confidence():
    [quote] = quoted("Pier Vote\n\nThe plan was “a mistake from the start,” some residents say.\n")

    assert quote.speaker is None
    assert quote.confidence < 0.5


def test_every_record_names_the_rule_that_attributed_it():
    [quote] = quoted("Pier Vote\n\n“We are ready,” said Mina Holt.\n")

    assert quote.rule == "after_quote_inverted"


def test_question_ending_its_sentence_takes_the_attribution_after_it():
    assert speaker_of("Pier Vote\n\nMina Holt chairs the board.\n\n“Why now?” Holt asked.\n") == "Mina Holt"


def test_colon_after_a_name_introduces_the_quote():
    text = "Pier Vote\n\nThe view of pollster Mina Holt: “Turnout will be low this year.”\n"

    assert speaker_of(text) == "Mina Holt"


def test_fragment_belongs_to_the_verb_that_introduces_it_not_to_a_later_source():
    text = "Pier Vote\n\nMina Holt called the plan “a waste of money,” the Coastal Times reported.\n"

    assert speaker_of(text) == "Mina Holt"


def test_participle_takes_the_subject_of_the_verb_before_it():
    text = "Pier Vote\n\nMina Holt spoke to the council on Monday, saying the repairs were “long overdue.”\n"

    assert speaker_of(text) == "Mina Holt"


def test_misspelt_surname_resolves_to_the_known_person():
    text = "Pier Vote\n\nMina Hollander runs the ferry.\n\n“We are ready,” Holander said.\n"

    assert speaker_of(text) == "Mina Hollander"


def test_full_name_given_only_in_the_headline_resolves_a_surname():
    assert speaker_of("Mina Holt Wins The Pier Vote\n\n“We did it,” Holt said.\n") == "Mina Holt"


def test_state_after_a_hometown_is_not_the_speaker():
    text = "Pier Vote\n\nMina Holt, a teacher from Portside, Maine, said: “We are ready.”\n"

    assert speaker_of(text) == "Mina Holt"


def test_person_heads_a_phrase_that_locates_her():
    text = "Pier Vote\n\n“The pier is sound,” Mina Holt of the Harbour Institute wrote.\n"

    assert speaker_of(text) == "Mina Holt"


def test_party_and_state_tag_after_a_name_is_dropped():
    assert speaker_of("Pier Vote\n\n“We are ready,” said Sen. Tomas Vik (D-Ohio).\n") == "Tomas Vik"


def test_pronoun_does_not_go_to_a_place():
    text = "Pier Vote\n\nMina Holt, 54, runs the ferry to Port Elba.\n\n“It is a good life,” she said.\n"

    assert speaker_of(text) == "Mina Holt"


def test_the_company_is_the_organisation_named_before():
    text = "Pier Vote\n\nBay Lines Incorporated runs the ferry.\n\n“Fares will not rise,” the company said.\n"

    assert speaker_of(text) == "Bay Lines Incorporated"


def test_party_tag_set_off_by_commas_is_not_the_speaker():
    text = "Pier Vote\n\n“We are ready,” Senate Leader Tomas Vik, R-Ohio, said.\n"

    assert speaker_of(text) == "Tomas Vik"


def test_shared_surname_goes_to_the_person_the_article_follows():
    text = (
        "Pier Vote\n\nMina Holt runs the ferry. Holt has done so for years. Holt loves it.\n\n"
        "Her brother, Jon Holt, helps on weekends.\n\n“We are ready,” Holt said.\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_the_subject_after_an_opening_adverbial_is_the_speaker():
    text = "Pier Vote\n\nIn a statement, the Harbour Board said: “The pier is safe.”\n"

    assert speaker_of(text) == "Harbour Board"


def test_dash_and_name_after_a_quote_sign_it():
    text = "Pier Vote\n\n“The tide always wins” — Mina Holt, ferry pilot at Bay Lines.\n"

    assert speaker_of(text) == "Mina Holt"


def test_attribution_right_after_a_fragment_outranks_a_cue_further_back():
    text = (
        "Pier Vote\n\nMina Holt chairs the board.\n\nFerry crews worry and see the plan as “a big gamble,” says Holt.\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_the_official_after_an_unnamed_official_is_nobody_in_particular():
    text = (
        "Pier Vote\n\n“We are ready,” said Harbour Commissioner Mina Holt.\n\n"
        "A senior official, who asked not to be named, said the pier was sound. “It will hold,” the official said.\n"
    )

    assert speaker_of(text) is None


def test_unnamed_source_after_a_quote_names_nobody_even_in_a_transcript():
    text = "Pier Vote\n\nHOLT: It is not over. “Nobody has a better plan,” as one engineer told me.\n"

    [quote] = quoted(text)

    assert quote.speaker is None
    assert quote.rule == "after_quote_unnamed"


def test_hyphenated_modifier_before_a_name_is_not_part_of_it():
    text = "Pier Vote\n\nPortside-based Mina Holt runs the ferry.\n\n“We are ready,” Holt said.\n"

    assert speaker_of(text) == "Mina Holt"


def test_sentence_adverb_before_a_surname_is_not_part_of_the_name():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nCuriously Holt said the pier “is not ready yet.”\n"

    assert speaker_of(text) == "Mina Holt"


def test_headline_words_the_body_writes_in_lowercase_end_a_name():
    text = "Mina Holt Wins Pier Vote\n\nThe ferry pilot wins the vote at last.\n\n“We did it,” Mina said.\n"

    assert speaker_of(text) == "Mina Holt"


def test_pronoun_goes_to_the_subject_rather_than_a_name_named_after_it():
    text = (
        "Pier Vote\n\nTomas Vik spoke after the vote. Asked who leads the board, he named Dr. Lena Ortiz. "
        "“She has done fine work,” he said.\n"
    )

    assert speaker_of(text) == "Tomas Vik"


def test_pronoun_after_a_name_tells_that_persons_gender():
    text = (
        "Pier Vote\n\nTomas Vik left early because he was tired. Lena Ortiz stayed as she had work.\n\n"
        "“It was a long night,” he said.\n"
    )

    assert speaker_of(text) == "Tomas Vik"


def test_state_after_name_of_hometown_is_not_the_speaker():
    assert speaker_of("Pier Vote\n\nTomas Vik of Portside, Elb., said: “We are ready.”\n") == "Tomas Vik"


def test_unknown_description_before_a_known_full_name_is_not_part_of_it():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nHarpist Mina Holt said: “We are ready.”\n"

    assert speaker_of(text) == "Mina Holt"


def test_lowercase_description_before_a_full_name_keeps_the_name_as_subject():
    text = "Pier Vote\n\nTuesday in Port Elba, former harbour master Tomas Vik said the pier “is not ready.”\n"

    assert speaker_of(text) == "Tomas Vik"


def test_a_capitalised_opener_the_article_never_uses_as_a_name_is_not_the_subject():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nHumming along, the old crew sang “a song about the pier.”\n"

    assert speaker_of(text) is None


def test_a_sentence_subject_without_a_cue_is_left_to_a_reviewer():
    text = "Pier Vote\n\nThe ferry belongs to Vik.\n\nVik sang “a song about the sea and the pier” at the party.\n"

    [quote] = quoted(text)

    assert (quote.speaker, quote.rule) == (None, "sentence_subject")


def test_a_bare_quote_paragraph_far_from_any_speaker_gets_no_speaker():
    text = (
        "Pier Vote\n\n“We are ready,” Mina Holt said.\n\nThe pier opened in 1902.\n\n"
        "It closed for repairs last winter.\n\n“The tide is rising everywhere in the bay this year.”\n"
    )

    assert speaker_of(text) is None


def test_a_country_inside_a_prepositional_phrase_is_not_the_speaker():
    text = (
        "Pier Vote\n\nDespite worries over Elbonia, the two mayors pledged to support each other’s “core interests.”\n"
    )

    assert speaker_of(text) is None


def test_the_state_after_a_town_is_not_the_subject_of_the_sentence():
    text = (
        "Pier Vote\n\nSpeaking at a town hall in Salem, New Caledonia, Mina Holt went after the board, "
        "calling it “a total wreck.”\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_a_name_before_told_is_the_speaker_not_the_outlet_after_it():
    text = "Pier Vote\n\n“She runs the ferry,” another pilot, Mina Holt told Harbour Radio.\n"

    assert speaker_of(text) == "Mina Holt"


def test_a_name_keeps_its_numeral_suffix():
    text = "Pier Vote\n\n“We are ready,” Tomas Vik III, founder of the Pier Trust, tells the Gazette.\n"

    assert speaker_of(text) == "Tomas Vik III"


def test_he_is_the_one_word_name_opening_the_sentence_before():
    text = (
        "Pier Vote\n\nHolt spoke first and Vik answered. Vik admitted his pick was political. "
        "“The tide will win,” he said.\n"
    )

    assert speaker_of(text) == "Vik"


def test_she_is_not_the_husband_the_sentence_names():
    text = (
        "Pier Vote\n\nMina Holt, a pilot, said the vote mattered. Along with her husband, Tomas Vik, "
        "she has given to the trust.\n\n“I feel bad to say it,” she said.\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_his_after_an_object_tells_nothing_of_the_objects_gender():
    text = (
        "Pier Vote\n\nTomas Vik apologised to Mina Holt and to his crew.\n\n"
        "Holt said she accepted the apology.\n\n“We should move on,” she said.\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_where_opens_the_clause_whose_subject_is_the_speaker():
    text = "Pier Vote\n\nThe row reached the pier, where Deputy Minister Mina Holt told us that “the pier is safe.”\n"

    assert speaker_of(text) == "Mina Holt"


def test_a_quotation_goes_on_with_the_last_quotations_speaker_not_a_statement_between():
    text = (
        "Pier Vote\n\n“The fares are fair,” Mina Holt told the Gazette, after Tomas Vik stated that they "
        "were too high. “They will stay.”\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_he_is_the_name_after_a_role_not_the_name_qualifying_the_role():
    text = "Pier Vote\n\nHolt spokesman Tomas Vik answered the critics. “Nice try, not true,” he said.\n"

    assert speaker_of(text) == "Tomas Vik"


def test_the_sentence_subject_is_the_name_after_a_qualified_role():
    text = "Pier Vote\n\nHolt campaign spokesman Tomas Vik called the plan “a long overdue repair” on Tuesday.\n"

    assert speaker_of(text) == "Tomas Vik"


def test_he_after_as_for_a_name_is_that_name():
    text = (
        "Pier Vote\n\n“It is a disaster,” Tomas Vik said.\n\n"
        "As for Sen. Mina Holt, she said she was not worried. “I will have the votes,” she said.\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_the_addressee_after_telling_is_not_the_speaker():
    text = "Pier Vote\n\nLater, Mina Holt returned the compliment, telling Harbour Radio, “We are friends.”\n"

    assert speaker_of(text) == "Mina Holt"


def test_a_day_after_said_is_not_the_speaker():
    text = "Pier Vote\n\nHowever, the Pier Trust said Thursday on Twitter, “We never asked for it.”\n"

    assert speaker_of(text) == "Pier Trust"


def test_a_clause_before_a_colon_speaks_through_its_subject():
    text = "Pier Vote\n\nDeputy Minister Mina Holt delivered a blunt message to Tomas Vik: “It is time to stop.”\n"

    assert speaker_of(text) == "Mina Holt"


def test_a_one_word_name_after_an_exclamation_and_before_said_is_a_name():
    text = "Pier Vote\n\n“We are tired of it, it is offensive!” Holt said.\n"

    assert speaker_of(text) == "Holt"


def test_he_is_the_name_after_a_sentence_opening_and():
    text = (
        "Pier Vote\n\n“Nobody has fixed it,” Tomas Vik said.\n\n"
        "And Holt, for all the work she has done, seems to agree. “We do not know yet,” she said.\n"
    )

    assert speaker_of(text) == "Holt"


def test_she_is_the_person_an_age_describes():
    text = (
        "Pier Vote\n\n“It is late,” Tomas Vik said.\n\n"
        "At the pier in Portside, 62-year-old Mina Holt also railed against the fares. “They are too high,” she said.\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_a_relative_clause_runs_on_to_its_places_state():
    text = "Pier Vote\n\nMina Holt, who is a pilot at the ferry of Portside, Elbonia, called it “a waste of money.”\n"

    assert speaker_of(text) == "Mina Holt"


def test_pronoun_before_the_verb_is_not_the_person_named_after_it():
    text = (
        "Pier Vote\n\nMayor Mina Holt wants the pier rebuilt. Tomas Vik spoke to the harbour board on Monday.\n\n"
        "He said that Holt is “a menace to the whole coast.”\n"
    )

    assert speaker_of(text) == "Tomas Vik"


def test_a_sentence_opening_on_a_person_named_in_full_attributes_its_fragment():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nHolt sang “a song about the sea and the pier” at the party.\n"

    [quote] = quoted(text)

    assert (quote.speaker, quote.rule) == ("Mina Holt", "sentence_head")


def test_a_fragment_with_its_own_unresolved_source_is_not_given_to_the_sentence_subject():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nHolt would have to “move to the center,” Cuban said.\n"

    [quote] = quoted(text)

    assert quote.speaker is None


def test_pronoun_does_not_go_to_a_name_after_an_article():
    text = (
        "Pier Vote\n\n“We will win,” said Tomas Vik, a lawyer.\n\n"
        "He wrote a column for the Portside Ledger, the state's largest paper.\n\n"
        "“The politics are blatant,” he said.\n"
    )

    assert speaker_of(text) == "Tomas Vik"


def test_a_name_written_after_the_is_no_person_a_surname_stands_for():
    text = "Pier Vote\n\nFans on the Holt Express wore paper hats.\n\n“We will win,” Holt told the crowd.\n"

    assert speaker_of(text) == "Holt"


def test_a_verb_with_a_doubled_consonant_introduces_the_quote():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nA weary Holt quipped, “The tide never asks for a permit.”\n"

    assert speaker_of(text) == "Mina Holt"


def test_a_whole_sentence_after_a_verb_with_a_doubled_consonant_is_a_direct_quote():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nA weary Holt quipped, “The tide never asks for a permit.”\n"

    assert quoted(text)[-1].kind == "direct"


def test_a_name_used_before_a_noun_after_the_still_names_the_person():
    text = (
        "Pier Vote\n\nVolunteers for the Mina Holt campaign knocked on doors.\n\n"
        "“We will win the pier vote,” Holt said.\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_a_participle_opening_the_sentence_is_not_its_subject():
    text = (
        "Pier Vote\n\nTomas Vik chairs the harbour board.\n\n"
        "Standing in for Mina Holt at the pier, Vik took aim at “the pier’s sorry state of repair.”\n"
    )

    assert speaker_of(text) == "Tomas Vik"


def test_a_name_in_apposition_after_a_described_role_is_the_speaker():
    text = (
        "Pier Vote\n\nTomas Vik wants the pier rebuilt.\n\n"
        "“We are treating the whole month as one long vote,” said Vik’s deputy campaign manager, Mina Holt.\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_a_candidates_campaign_speaks_for_the_candidate():
    text = (
        "Pier Vote\n\nMina Holt is running for mayor. The Harbour Gazette backed her rival.\n\n"
        "The Holt campaign projects that the new tolls would raise “two million a year.”\n"
    )

    assert speaker_of(text) == "Mina Holt"


@pytest.mark.parametrize("campaign", ["Holt’s campaign", "Holt's mayoral campaign"])
def test_a_candidates_campaign_in_the_possessive_speaks_for_the_candidate(campaign):
    text = (
        "Pier Vote\n\nMina Holt is running for mayor. The Harbour Gazette backed her rival.\n\n"
        f"{campaign} projects that the new tolls would raise “two million a year.”\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_a_campaign_of_a_surname_with_an_apostrophe_speaks_for_the_candidate():
    text = (
        "Pier Vote\n\nMina O’Holt is running for mayor. The Harbour Gazette backed her rival.\n\n"
        "O’Holt’s campaign projects that the new tolls would raise “two million a year.”\n"
    )

    assert speaker_of(text) == "Mina O’Holt"


def test_an_office_in_the_possessive_still_speaks_as_a_body():
    text = (
        "Pier Vote\n\nMina Holt is running for mayor. The Harbour Gazette backed her rival.\n\n"
        "Holt’s office projects that the new tolls would raise “two million a year.”\n"
    )

    assert speaker_of(text) == "Holt’s office"


def test_pronoun_goes_to_a_one_word_name_that_opens_its_sentence_with_a_past_verb():
    text = (
        "Pier Vote\n\n“We will win,” said Tomas Vik, the harbour master.\n\n"
        "Osei defied the question. “Ask me again in May,” he said.\n"
    )

    assert speaker_of(text) == "Osei"


def test_a_quote_whose_own_source_cannot_be_named_does_not_go_to_the_last_speaker():
    text = (
        "Pier Vote\n\n“We will win,” said Tomas Vik, the harbour master.\n\n"
        "“Are we talking about the same pier?” the editorial board writes.\n"
    )

    assert speaker_of(text) is None


def test_a_lowercase_title_with_its_own_of_before_the_name_after_said():
    text = "Pier Vote\n\n“Welcome to the new pier,” said master of ceremonies Mina Holt, a ferry pilot.\n"

    assert speaker_of(text) == "Mina Holt"


def test_continue_before_an_infinitive_does_not_introduce_the_quote():
    text = (
        "Pier Vote\n\nMina Holt and Tomas Vik ran for mayor.\n\n"
        "Holt said she is certain Vik will continue to be “a champion for the harbour.”\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_a_place_before_a_surname_in_the_headline_is_no_first_name():
    text = (
        "Scuffle outside Portside Holt rally\n\n"
        "As front-runner Mina Holt prepared to speak in Portside on Tuesday, a fight broke out.\n\n"
        "“We will rebuild the pier,” Holt said.\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_quoted_words_inside_what_someone_said_are_theirs_not_those_of_a_person_in_the_clause():
    text = (
        "Pier Vote\n\nMina Holt and Tomas Vik ran for mayor.\n\n"
        "Holt said that Vik begged her for an endorsement and “would have dropped to his knees” for it.\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_a_verb_of_saying_in_an_opening_clause_does_not_report_the_main_clause():
    text = (
        "Pier Vote\n\nMina Holt and Tomas Vik ran for mayor.\n\n"
        "After Holt argued that the pier should be rebuilt, Vik said only that her “numbers don’t add up.”\n"
    )

    assert speaker_of(text) == "Tomas Vik"


def test_the_person_a_verb_of_attack_names_is_its_object_not_an_inverted_subject():
    text = (
        "Pier Vote\n\nMina Holt and Tomas Vik ran for mayor.\n\n"
        "Early in the race, Holt attacked Vik, calling him, among other things, “a failed harbour master.”\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_a_one_word_source_the_article_writes_in_lowercase_is_no_name():
    text = "Pier Vote\n\nThe ferry was the star of the harbour.\n\n“The pier is late,” Star said.\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker is None


def test_a_place_qualifying_a_role_is_not_the_sentence_subject():
    text = (
        "Pier Vote\n\nThe Portside senator emailed supporters saying: “The struggle continues” and vowing to fight.\n"
    )

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker != "Portside"


def test_a_place_the_article_writes_after_in_is_no_speaker():
    text = "Pier Vote\n\nThe ferry docks in Port Harbour.\n\n“The pier is late,” Port Harbour said.\n"

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker is None


def test_one_word_the_article_writes_twice_after_in_is_a_place():
    text = (
        "Pier Vote\n\nThe ferry docks in Portside. Tolls in Portside are high.\n\n“The pier is late,” Portside said.\n"
    )

    [quote] = [q for q in extract_article(text).quotes if q.kind != "indirect"]

    assert quote.speaker is None


def test_pronoun_does_not_go_to_a_one_word_place_that_opens_its_sentence():
    text = (
        "Pier Vote\n\nVoters in Elbonia went to the polls on Tuesday.\n\n"
        "Elbonia is one of the swing states. “We have work to do,” she told a crowd.\n"
    )

    assert speaker_of(text) is None


def test_pronoun_does_not_go_to_a_common_word_that_opens_its_sentence():
    text = (
        "Pier Vote\n\nThe employees of the ferry came early.\n\n"
        "Employees treated well stay, and “you can not put a price tag on that,” he says.\n"
    )

    assert [q.speaker for q in extract_article(text).quotes] == [None]


def test_a_capitalised_role_noun_alone_goes_to_the_body_it_stands_for():
    text = (
        "Pier Vote\n\nThe Harbour Committee on Ferries met on Monday. "
        "Later, the Committee said the pier was “unsafe for now.”\n"
    )

    assert speaker_of(text) == "Harbour Committee on Ferries"


def test_a_capitalised_role_noun_alone_with_no_body_named_is_nobody():
    text = "Pier Vote\n\nMina Holt met the ferry committee on Monday. Later, the Committee said it was “unsafe.”\n"

    assert speaker_of(text) is None


def test_the_sentence_opening_fallback_skips_one_word_nobody_is_named_by():
    text = "Pier Vote\n\nOn Sunday, conservative Web sites had assembled videos, calling it “a disaster.”\n"

    assert speaker_of(text) is None


def test_the_sentence_opening_fallback_goes_on_to_a_name_of_the_article():
    text = (
        "Pier Vote\n\nMina Holt runs the ferry.\n\n"
        "Hours later, Holt returned the compliment, telling the Gazette, “Tomas is a friend.”\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_a_place_after_in_locates_the_source_without_being_it():
    text = (
        "Games Row\n\nHe does not mention the games as often as he did. "
        "But in Portside, the crowd booed when he told them Holt “has a number of sponsors.”\n"
    )

    assert speaker_of(text) is None


def test_shouted_words_the_body_also_writes_in_lowercase_are_no_source():
    text = (
        "Pier Vote\n\nPIER POLLS NOT WRONG, JUST TOO EARLY - Mina Holt and Ana Lima: “The polls were not wrong.”\n\n"
        "The polls closed too early on Tuesday.\n"
    )

    assert speaker_of(text) is None


def test_a_role_noun_from_a_place_is_the_person_with_that_role():
    text = (
        "Pier Vote\n\nSen. Mina Holt toured the pier on Monday.\n\n"
        "The senator from Elbonia said the pier was “unsafe,” noting that it is “very old.”\n"
    )

    assert speaker_of(text) == "Mina Holt"


def test_a_cue_word_after_a_possessive_is_a_noun_not_the_verb_of_the_quote():
    text = "Pier Vote\n\nHarbour spokesman Jon Reed responded on Twitter, calling Holt’s charge “pathetic.”\n"

    assert speaker_of(text) == "Jon Reed"


def test_a_town_and_its_state_inside_a_common_noun_subject_speak_for_nobody():
    text = (
        "Pier Vote\n\nThe timeline of events on Tuesday in Portside, Elbonia, shows that the name was known long"
        " before officials called it a “workplace” issue.\n"
    )

    assert "Elbonia" not in {quote.speaker for quote in quoted(text)}
