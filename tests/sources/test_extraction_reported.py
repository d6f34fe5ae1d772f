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
    [statement] = reported("Pier Vote\n\nThe pier will open in early May, Mina Holt said.\n")

    assert statement.text == "The pier will open in early May"
    assert statement.speaker == "Mina Holt"


def test_told_skips_the_addressee():
    [statement] = reported("Pier Vote\n\nMina Holt told reporters that the pier would open in May.\n")

    assert statement.text == "the pier would open in May"
    assert statement.speaker == "Mina Holt"


def test_the_day_or_statement_between_said_and_its_clause_is_no_part_of_the_statement():
    text = (
        "Pier Vote\n\nMina Holt runs the port.\n\n"
        "Mina Holt said Thursday she would leave the board if the fares rose.\n\n"
        "Mina Holt told reporters on Monday night they were ready for the storm.\n\n"
        "Mina Holt said in a brief statement Friday night she would stay.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [
        ("she would leave the board if the fares rose", "Mina Holt"),
        ("they were ready for the storm", "Mina Holt"),
        ("she would stay", "Mina Holt"),
    ]


def test_where_the_words_appeared_between_the_name_and_its_verb_is_no_part_of_the_source():
    text = (
        "Pier Vote\n\nMina Holt runs the port.\n\n"
        "While Jon Reed wants a new pier, Mina Holt in a Harbour Times op-ed said the old one would do.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("the old one would do", "Mina Holt")]


def test_an_aside_between_commas_before_that_is_no_part_of_the_statement():
    text = "Pier Vote\n\nMina Holt runs the port.\n\nMina Holt testified, for example, that she never saw the plans.\n"

    assert [(s.text, s.speaker) for s in reported(text)] == [("she never saw the plans", "Mina Holt")]


def test_an_aside_between_hyphens_printed_as_dashes_is_no_clause_of_its_own():
    text = (
        "Pier Vote\n\nJon Reed runs the ferry.\n\n"
        "Jon Reed, a pilot at Harbourline - which runs the ferry and which has backed the plan - said the pier "
        "was safe.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("the pier was safe", "Jon Reed")]


def test_an_organisation_s_role_after_said_gives_the_name_that_follows_it():
    text = (
        "Pier Vote\n\nJon Reed runs the ferry.\n\n"
        "The pier is safe, said the company's chief executive, Jon Reed, who took over in May.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("The pier is safe", "Jon Reed")]


def test_a_relation_after_said_gives_the_name_that_follows_it():
    text = (
        "Pier Vote\n\nJon Reed runs the ferry.\n\n"
        "The pier was his first love, said his best friend at Portside College, Jon Reed, who sailed with him.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("The pier was his first love", "Jon Reed")]


def test_told_a_named_addressee_keeps_the_clause_s_own_subject():
    [statement] = reported("Pier Vote\n\nMina Holt told Harbour News she would support the plan.\n")

    assert statement.text == "she would support the plan"


def test_reported_offsets_point_into_the_source():
    text = "Pier Vote\n\nMina Holt said that the pier would open in early May.\n"

    [statement] = reported(text)

    assert text[statement.start : statement.end] == statement.text


def test_attribution_in_the_middle_gives_the_whole_sentence():
    [statement] = reported("Pier Vote\n\nMina Holt runs the ferry.\n\nThe pier, Holt said, will open in early May.\n")

    assert statement.text == "The pier, Holt said, will open in early May"
    assert statement.speaker == "Mina Holt"


def test_two_apostrophe_quote_marks_run_on_to_the_next_quoted_sentence():
    text = "Pier Vote\n\n''We are ready,'' Mina Holt said. ''The pier is safe now.''\n"

    [statement] = reported(text)

    assert statement.speaker == "Mina Holt"
    assert statement.text.endswith("''The pier is safe now.''")


def test_a_statement_from_a_one_word_name_never_given_in_full_is_not_a_claim():
    assert reported("Pier Vote\n\nThe pier will open in early May, Holt said.\n") == []


def test_a_one_word_name_opening_the_sentence_before_its_verb_is_the_source():
    # An outlet or a firm is often named by one word only: "Forbes said that ...".
    text = (
        "Pier Vote\n\nThe ferry firm Harbourline runs boats to Dover.\n\n"
        "Harbourline said that the pier would open in May.\n"
    )

    [statement] = reported(text)

    assert statement.text == "the pier would open in May"
    assert statement.speaker == "Harbourline"


def test_a_one_word_name_set_off_by_an_aside_or_appositive_before_its_verb_is_the_source():
    text = (
        "Pier Vote\n\nThe ferry firm Harbourline runs boats to Dover.\n\n"
        "Harbourline, however, says that the pier will open in May.\n\n"
        "Harbourline, the ferry firm, says it alone pays the harbour tax.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [
        ("the pier will open in May", "Harbourline"),
        ("it alone pays the harbour tax", "Harbourline"),
    ]


def test_a_one_word_name_opening_a_clause_of_time_is_the_source_of_its_verb():
    text = (
        "Pier Vote\n\nThe ferry firm Harbourline runs boats to Dover.\n\n"
        "The deal fell apart in May, after Harbourline reported that the pier was unsafe.\n\n"
        "The deal fell apart in May, as Harbourline reported that same week.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("the pier was unsafe", "Harbourline")]


def test_a_one_word_name_cut_out_of_a_longer_subject_is_no_source():
    assert reported("Pier Vote\n\nA ferry crashed in Dover, Kent, where officials said the pier was closed.\n") == []


def test_noun_that_looks_like_a_verb_is_no_cue():
    assert reported("Pier Vote\n\nMina Holt runs the ferry. The road project is late again this year.\n") == []


def test_short_statements_get_lower_confidence():
    long_, short = reported(
        "Pier Vote\n\nMina Holt said that the pier would open in early May.\n\nTomas Vik announced his resignation.\n"
    )

    assert short.confidence < long_.confidence


def test_ministry_with_a_possessive_country_speaks_as_itself():
    [statement] = reported("Pier Vote\n\nElbonia's foreign ministry on Tuesday said it opposed the new pier.\n")

    assert (statement.speaker, statement.text) == ("Elbonia's foreign ministry", "it opposed the new pier")


def test_analysts_say_names_nobody():
    assert reported("Pier Vote\n\nAnalysts said the pier plan was largely symbolic.\n") == []


def test_where_it_was_told_is_not_what_was_told():
    assert reported("Pier Vote\n\nMina Holt told a daily news briefing.\n") == []


def test_place_and_time_after_the_verb_are_no_statement():
    assert reported("Pier Vote\n\nMina Holt spoke in Portside on Thursday.\n") == []


def test_according_to_in_the_middle_gives_the_whole_sentence():
    [statement] = reported("Pier Vote\n\nMina Holt runs the ferry.\n\nThe pier, according to Holt, will open in May.\n")

    assert (statement.speaker, statement.text) == ("Mina Holt", "The pier, according to Holt, will open in May")


def test_long_opening_before_the_source_still_finds_the_name_next_to_the_verb():
    text = (
        "Pier Vote\n\nIn a long interview with a weekly paper in the north of the country, Harbour Commissioner "
        "Mina Holt said the pier would open in May.\n"
    )

    [statement] = reported(text)

    assert statement.speaker == "Mina Holt"


def test_trailing_source_may_name_who_was_told():
    text = "Pier Vote\n\nThe pier will open in May, Mina Holt told reporters on Monday.\n"

    [statement] = reported(text)

    assert (statement.speaker, statement.text) == ("Mina Holt", "The pier will open in May")


def test_state_after_a_hometown_introduced_by_of_is_not_the_speaker():
    [statement] = reported("Pier Vote\n\nLena Ortiz, 54, of Portside, Elb., said that the pier would open in May.\n")

    assert statement.speaker == "Lena Ortiz"


def test_a_clause_with_its_own_verb_before_that_is_part_of_the_content():
    [statement] = reported("Pier Vote\n\nTomas Vik said it is no surprise that the pier is late again.\n")

    assert statement.text == "it is no surprise that the pier is late again"


def test_adverb_between_the_subject_and_the_verb_is_not_part_of_the_name():
    text = "Pier Vote\n\nTomas Vik runs the ferry.\n\nVik now says the pier will not open before June.\n"

    [statement] = reported(text)

    assert statement.speaker == "Tomas Vik"


def test_a_verb_of_praise_or_blame_reports_its_object():
    [statement] = reported("Pier Vote\n\nTomas Vik lambasted the new fare rules for the ferry.\n")

    assert statement.speaker == "Tomas Vik"
    assert statement.text == "the new fare rules for the ferry"


def test_a_verb_that_passes_on_what_was_said_reports_its_object():
    [statement] = reported("Pier Vote\n\nTomas Vik echoed the harbour board's doubts about the pier.\n")

    assert statement.speaker == "Tomas Vik"
    assert statement.text == "the harbour board's doubts about the pier"


def test_an_aim_is_not_a_reported_statement():
    # "seeking to cut fares" says what someone wants to do, not what they said: nothing to check.
    assert reported("Pier Vote\n\nTomas Vik is seeking to cut the ferry fares by half.\n") == []


def test_a_stance_participle_is_not_a_reported_statement():
    # A position taken is no statement to check; on polnear-train such objects were one four times in ten.
    assert reported("Pier Vote\n\nTomas Vik is opposing the plan to close the pier.\n") == []


def test_the_object_of_a_verb_of_speaking_alone_is_not_a_statement():
    assert reported("Pier Vote\n\nTomas Vik began his tour of the harbour on Monday.\n") == []


def test_a_verb_of_speaking_followed_by_that_reports_the_clause():
    [statement] = reported("Pier Vote\n\nTomas Vik wrote that the pier was unsafe.\n")

    assert statement.text == "the pier was unsafe"


def test_trying_to_is_not_a_reported_statement():
    assert reported("Pier Vote\n\nTomas Vik is trying to keep the ferry running all winter.\n") == []


def test_a_statement_mixing_paraphrase_and_quoted_words_gives_the_statement_and_the_quotation():
    records = extract_article("Pier Vote\n\nTomas Vik said the ferry was “a danger to every passenger.”\n").quotes

    assert [(q.kind, q.text, q.speaker) for q in records] == [
        ("indirect", "the ferry was “a danger to every passenger.”", "Tomas Vik"),
        ("partial", "a danger to every passenger.", "Tomas Vik"),
    ]


def test_a_mixed_statement_is_one_claim_with_the_quotation_inside_it():
    extracted = extract_article("Pier Vote\n\nTomas Vik said the ferry was “a danger to every passenger.”\n")

    assert [(q.kind, q.text) for q in extracted.claims] == [
        ("indirect", "the ferry was “a danger to every passenger.”")
    ]


def test_a_statement_that_is_all_quotation_is_only_the_quotation():
    records = extract_article("Pier Vote\n\nTomas Vik said: “The ferry is a danger to every passenger.”\n").quotes

    assert [q.kind for q in records] == ["direct"]


def test_the_one_told_after_a_quotation_is_not_its_source():
    text = "Pier Vote\n\n“The pier is ready,” Mina Holt, a pilot at the harbour, told Harbour Radio.\n"

    assert reported(text) == []


def test_a_short_clause_is_as_sure_a_statement_as_a_long_one():
    text = (
        "Pier Vote\n\nThe Harbour Board runs the port.\n\n"
        "Later, the Harbour Board said it would cooperate.\n\n"
        "The Harbour Board said the pier would stay open until the storm had passed.\n"
    )

    short, long_ = reported(text)

    assert (short.text, short.speaker) == ("it would cooperate", "Harbour Board")
    assert short.confidence == long_.confidence


def test_a_noun_and_a_bare_auxiliary_are_no_short_clause():
    long_, short = reported(
        "Pier Vote\n\nMina Holt said that the pier would open in early May.\n\nTomas Vik praised harbour might.\n"
    )

    assert short.text == "harbour might"
    assert short.confidence < long_.confidence


def test_an_agency_s_short_name_is_the_full_name_the_article_gives():
    text = (
        "Pier Vote\n\nThe official Portside News Agency covered the vote.\n\n"
        "The pier will open in early May, Portside reported.\n"
    )

    [statement] = reported(text)

    assert statement.speaker == "Portside News Agency"


def test_a_country_is_not_taken_for_the_sea_named_after_it():
    text = "Pier Vote\n\nBoats fish in the North Elbonia Sea.\n\n“The sea belongs to everyone,” Elbonia said.\n"

    [quote] = extract_article(text).quotes

    assert quote.speaker == "Elbonia"


def test_two_sources_at_once_name_nobody():
    text = "Pier Vote\n\nMina Holt and Tomas Vik said the pier would open in early May.\n"

    assert reported(text) == []


def test_a_clause_of_the_writer_after_a_middle_attribution_is_not_the_statement():
    text = "Pier Vote\n\nThe two mayors met on Monday, the Portside Gazette reported, marking a new start.\n"

    [statement] = reported(text)

    assert (statement.speaker, statement.text) == ("Portside Gazette", "The two mayors met on Monday")


def test_a_scene_setting_clause_before_the_source_is_not_the_statement():
    assert reported("Pier Vote\n\nWhile the board waited for the vote, Mina Holt told reporters on Tuesday.\n") == []


def test_a_subordinate_clause_inside_the_statement_stays_in_it():
    [statement] = reported("Pier Vote\n\nIf the vote passes, the pier will open in May, Mina Holt said.\n")

    assert statement.text == "If the vote passes, the pier will open in May"


def test_a_verb_of_doing_after_a_sentence_is_no_attribution():
    assert reported("Pier Vote\n\nThe boats left the harbour before dawn, Mina Holt sailed.\n") == []


def test_a_surname_ending_like_an_adverb_is_still_the_source():
    [statement] = reported("Pier Vote\n\nMina Kelly runs the ferry.\n\nMs. Kelly said the pier would open in May.\n")

    assert statement.speaker == "Mina Kelly"


def test_a_passive_verb_reports_nothing_from_its_subject():
    assert reported("Pier Vote\n\nMina Holt was endorsed the day before by the ferry union.\n") == []


def test_a_relative_clause_reports_nothing_from_its_antecedent():
    assert reported("Pier Vote\n\nMina Holt met Tomas Vik, whom she praised the day before on the pier.\n") == []


def test_a_participle_after_said_is_the_writers_clause():
    text = "Pier Vote\n\n“The pier is safe,” Mina Holt said, drawing gasps from the crowd at the pier.\n"

    assert reported(text) == []


def test_what_someone_keeps_or_knows_is_no_statement_without_that():
    assert reported("Pier Vote\n\nMina Holt maintains a lead of ten points in the ferry vote.\n") == []
    [statement] = reported("Pier Vote\n\nMina Holt maintains that the pier is safe for ferries.\n")
    assert statement.text == "the pier is safe for ferries"


def test_who_was_urged_belongs_to_what_was_urged():
    [statement] = reported("Pier Vote\n\nMina Holt urged all ferry pilots to stay in port on Friday.\n")

    assert statement.text == "all ferry pilots to stay in port on Friday"


def test_a_trailing_source_after_a_quoted_ending_without_comma_inside_the_mask():
    text = "Pier Vote\n\nThe pilots see themselves as “the second crew,” says Mina Holt.\n"

    [statement] = reported(text)

    assert statement.text == "The pilots see themselves as “the second crew,”"
    assert statement.speaker == "Mina Holt"


def test_a_clause_after_a_middle_attribution_opening_on_and_is_the_writers():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nThe pier is safe, Holt said, and the crowd went home.\n"

    [statement] = reported(text)

    assert statement.text == "The pier is safe"


def test_the_object_of_spoke_about_is_the_statement():
    [statement] = reported("Pier Vote\n\nMina Holt spoke about the safety record of the new pier.\n")

    assert statement.text == "the safety record of the new pier"


def test_is_calling_for_is_no_passive():
    [statement] = reported("Pier Vote\n\nMina Holt is calling for a ban on night ferries.\n")

    assert (statement.speaker, statement.text) == ("Mina Holt", "a ban on night ferries")


def test_her_before_a_noun_opens_the_object_and_a_dash_ends_it():
    [statement] = reported("Pier Vote\n\nMina Holt called for her messages to be made public — all of them.\n")

    assert statement.text == "her messages to be made public"


def test_her_alone_after_the_preposition_is_whom_it_was_about():
    assert reported("Pier Vote\n\nMina Holt spoke about her at length on Monday.\n") == []


def test_a_verb_inside_someone_s_quotation_reports_nothing_of_the_writer_s():
    text = "Pier Vote\n\n“Tomas Vik said the ferry would stop in May,” Mina Holt said.\n"

    assert [q.speaker for q in reported(text)] == []


def test_a_party_named_as_such_is_a_source_even_after_but():
    [statement] = reported("Pier Vote\n\nBut Democrats said the pier would open in early May.\n")

    assert (statement.speaker, statement.text) == ("Democrats", "the pier would open in early May")


def test_some_of_a_party_speak_for_the_party():
    [statement] = reported("Pier Vote\n\nSome Democrats argued that the pier would open in early May.\n")

    assert (statement.speaker, statement.text) == ("Democrats", "the pier would open in early May")


def test_a_party_qualified_by_capitalised_words_is_the_party():
    text = "Pier Vote\n\nTop Republicans said the pier was late. Senate Republicans said the ferry would stop.\n"

    assert [(q.speaker, q.speaker_kind) for q in reported(text)] == [("Republicans", "group")] * 2


def test_a_party_after_an_opening_preposition_is_not_the_subject():
    text = "Pier Vote\n\nAmong Democrats, most voters described themselves as liberals.\n"

    assert [q.speaker for q in reported(text)] == []


def test_a_capitalised_today_is_part_of_the_name_before_it():
    [statement] = reported("Pier Vote\n\nHarbour TODAY reported that the pier would open in early May.\n")

    assert statement.speaker == "Harbour TODAY"


def test_a_party_as_a_possessive_is_no_quantified_group():
    text = "Pier Vote\n\nThe Republicans’ leader said the pier would open in early May.\n"

    assert [q.speaker for q in reported(text)] != ["Republicans"]


def test_an_object_after_according_to_in_the_middle_ends_before_a_participle():
    text = "Pier Vote\n\nFerry trips rose by a third, according to Mina Holt, driven by the new pier.\n"

    [statement] = reported(text)

    assert statement.text == "Ferry trips rose by a third"


def test_what_was_asked_ends_where_the_writer_s_clause_begins():
    text = "Pier Vote\n\nMina Holt asked the port to close the pier, which would be a first for the town.\n"

    [statement] = reported(text)

    assert statement.text == "the port to close the pier"


def test_a_trailing_attribution_may_go_on_with_a_participle_holding_a_quotation():
    text = "Pier Vote\n\nThe pier is safe, Mina Holt told reporters, saying it would open in “early May.”\n"

    statement, participle = reported(text)

    assert statement.text == "The pier is safe"
    assert participle.text == "it would open in “early May.”"


def test_an_aim_to_criticise_is_no_statement():
    assert reported("Pier Vote\n\nMina Holt has sought to challenge the harbour board's plan for the pier.\n") == []


def test_what_follows_a_quotation_s_attribution_is_no_statement():
    text = "Pier Vote\n\n“We lost the vote,” Mina Holt said quietly, as the crowd on the pier went home.\n"

    assert reported(text) == []


def test_said_before_a_gerund_reports_the_clause_it_opens():
    [statement] = reported("Pier Vote\n\nMina Holt said seeing the new crew at work was a relief.\n")

    assert statement.text == "seeing the new crew at work was a relief"
    assert statement.speaker == "Mina Holt"


def test_proposed_before_a_gerund_reports_what_was_proposed():
    [statement] = reported("Pier Vote\n\nMina Holt proposed cutting the ferry fares by half.\n")

    assert statement.text == "cutting the ferry fares by half"
    assert statement.speaker == "Mina Holt"


def test_a_gerund_after_recalled_is_still_a_deed():
    assert reported("Pier Vote\n\nMina Holt recalled arriving at the pier at dawn.\n") == []


def test_vowed_to_reports_what_was_vowed_up_to_the_writer_s_next_clause():
    [statement] = reported("Pier Vote\n\nMina Holt vowed to reopen the pier by May, a promise few believed.\n")

    assert statement.text == "to reopen the pier by May"
    assert statement.speaker == "Mina Holt"


def test_an_aim_after_other_verbs_of_intent_is_no_statement():
    assert reported("Pier Vote\n\nMina Holt decided to reopen the pier by May.\n") == []


def test_a_verb_of_doing_with_a_bare_object_is_no_statement():
    text = "Pier Vote\n\nMina Holt used her speech at the dock to thank the crew.\n"

    assert reported(text) == []


def test_the_subject_of_a_deed_is_still_who_she_stands_for_next():
    text = (
        "Pier Vote\n\nJon Reed runs the ferry. Mina Holt used her speech at the dock to thank the crew. "
        "She said the pier would open in early May.\n"
    )

    [statement] = reported(text)

    assert statement.text == "the pier would open in early May"
    assert statement.speaker == "Mina Holt"


def test_states_as_a_plural_noun_is_no_cue():
    text = "Pier Vote\n\nVoters went to the polls in the Coast Belt states that have lost ferry jobs.\n"

    assert reported(text) == []


def test_a_writer_s_clause_after_and_is_no_trailing_attribution():
    text = "Pier Vote\n\nMina Holt runs the ferry. The fares rose in May, and Holt was expected to lose the vote.\n"

    assert reported(text) == []


def test_a_source_with_its_relative_clause_is_no_content_before_the_verb():
    text = "Pier Vote\n\nMina Holt, who backed the pier plan in 2012, said on Monday that she is supporting Jon Reed.\n"

    [statement] = reported(text)

    assert statement.text == "she is supporting Jon Reed"
    assert statement.speaker == "Mina Holt"


def test_a_scene_before_the_source_is_no_statement():
    text = "Pier Vote\n\nAt a rally in Dover, N.H., on Tuesday, Mina Holt endorsed Jon Reed, saying he knows ferries.\n"

    assert not [s for s in reported(text) if s.text.startswith("At a rally")]


def test_a_participle_of_saying_reports_for_the_subject_of_its_sentence():
    [statement] = reported("Pier Vote\n\nMina Holt toured the pier on Monday, saying it would open in early May.\n")

    assert statement.text == "it would open in early May"
    assert statement.speaker == "Mina Holt"


def test_a_participle_of_saying_reports_for_a_titled_name_the_article_gives_nowhere_in_full():
    # A titled surname is a source named less surely than a full name (Sure.NEW_NAME), which still clears
    # STATEMENT_FLOOR: on polnear-train these participles were right 10 times in 13.
    text = "Pier Vote\n\nMr. Holt revised his plans in October, saying that the pier would open in May.\n"

    [statement] = reported(text)

    assert statement.text == "the pier would open in May"
    assert statement.speaker == "Holt"


def test_a_participle_of_saying_goes_on_with_the_statement_before_it():
    text = "Pier Vote\n\nThe pier is late, Mina Holt said, adding that the fares would rise in June.\n"

    assert [(s.text, s.speaker) for s in reported(text)] == [
        ("The pier is late", "Mina Holt"),
        ("the fares would rise in June", "Mina Holt"),
    ]


def test_the_name_after_an_inverted_said_is_its_source_not_a_statement():
    text = (
        "Pier Vote\n\nMina Holt runs the ferry. “It is unlikely” that the pier opens before Holt, said Jon Reed, "
        "a pollster.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [
        ("“It is unlikely” that the pier opens before Holt", "Jon Reed")
    ]


def test_an_open_two_apostrophe_quotation_runs_on_over_the_sentences_it_holds():
    text = (
        "Pier Vote\n\n''We lost the vote,'' Mina Holt said. ''It hurts. We will be back next year.'' The board met.\n"
    )

    [statement] = reported(text)

    assert statement.text == "''We lost the vote,'' Mina Holt said. ''It hurts. We will be back next year.''"


def test_an_open_two_apostrophe_quotation_runs_on_after_a_middle_attribution():
    text = "Pier Vote\n\nAfter all, Mina Holt said, the board ''has been after me for years. Nothing new there.''\n"

    [statement] = reported(text)

    assert statement.text.endswith("Nothing new there.''")


def test_a_statement_in_a_subordinate_clause_ends_where_the_main_clause_goes_on():
    text = "Pier Vote\n\nWhile Mina Holt said that the pier was safe, the harbour board closed it on Monday.\n"

    [statement] = reported(text)

    assert statement.text == "the pier was safe"


def test_a_statement_in_a_relative_clause_ends_where_the_main_clause_goes_on():
    text = "Pier Vote\n\nMina Holt, who said the fares would rise, toured the dock on Monday with the crew.\n"

    [statement] = reported(text)

    assert statement.text == "the fares would rise"


def test_a_two_apostrophe_quotation_opened_sentences_before_its_attribution_is_taken_whole():
    text = "Pier Vote\n\nThe board met. ''We lost the vote. It hurts a lot,'' Mina Holt said. The ferry left.\n"

    [statement] = reported(text)

    assert statement.text == "''We lost the vote. It hurts a lot"
    assert text[statement.start : statement.end] == statement.text


def test_a_clause_after_a_conjunction_with_its_own_subject_is_that_subjects_statement():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nThe board met, and Holt said the pier would open in May.\n"

    [statement] = reported(text)

    assert statement.text == "the pier would open in May"
    assert statement.speaker == "Mina Holt"


def test_two_names_joined_by_and_stay_two_sources():
    text = "Pier Vote\n\nMina Holt and Jon Reed met.\n\nMina Holt and Jon Reed said the pier would open in May.\n"

    assert reported(text) == []


def test_a_two_apostrophe_quotation_after_a_colon_is_the_statement_to_its_closing_marks():
    text = "Pier Vote\n\nMina Holt said: ''The pier is safe. We are ready.'' The ferry left.\n"

    [statement] = reported(text)

    assert statement.text == "''The pier is safe. We are ready.''"
    assert statement.speaker == "Mina Holt"


def test_a_participle_of_saying_after_a_long_titled_subject_is_that_subjects_statement():
    text = "Pier Vote\n\nU.S. District Court Judge Mina Q. Holt closed the pier, saying the deck was unsafe.\n"

    [statement] = reported(text)

    assert statement.text == "the deck was unsafe"
    assert statement.speaker == "Mina Q. Holt"


def test_a_participle_of_the_writer_after_a_trailing_attribution_is_no_part_of_it():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nThe pier is safe, Holt said on Monday, drawing cheers.\n"

    [statement] = reported(text)

    assert statement.text == "The pier is safe"
    assert statement.speaker == "Mina Holt"


def test_a_time_phrase_before_a_trailing_attribution_is_no_statement():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nEarlier this week, Holt wrote to the board.\n"

    assert reported(text) == []


def test_a_candidates_campaign_speaks_for_the_candidate():
    text = "Pier Vote\n\nMina Holt is running for mayor.\n\nThe Holt campaign said the pier would open in May.\n"

    [statement] = reported(text)

    assert statement.text == "the pier would open in May"
    assert statement.speaker == "Mina Holt"


def test_a_two_apostrophe_quotation_after_said_of_someone_and_a_colon_is_the_statement():
    text = "Pier Vote\n\nMina Holt said of Mr. Reed: ''He runs a safe pier.''\n"

    [statement] = reported(text)

    assert statement.text == "''He runs a safe pier.''"
    assert statement.speaker == "Mina Holt"


def test_a_two_apostrophe_quotation_after_a_verb_and_a_comma_is_the_statement_to_its_closing_marks():
    text = "Pier Vote\n\nAs Mina Holt put it, ''The pier is safe. We are ready.'' The ferry left.\n"

    [statement] = reported(text)

    assert statement.text == "''The pier is safe. We are ready.''"
    assert statement.speaker == "Mina Holt"


def test_according_to_a_one_word_name_names_that_source():
    text = "Pier Vote\n\nThe pier will open in early May, according to Harbourwatch.\n"

    [statement] = reported(text)

    assert statement.text == "The pier will open in early May"
    assert statement.speaker == "Harbourwatch"


def test_a_one_word_name_never_given_in_full_is_still_no_source_of_a_trailing_attribution():
    text = "Pier Vote\n\nThe pier will open in early May, Harbourwatch said.\n"

    assert reported(text) == []


def test_a_place_after_a_preposition_in_the_subject_is_not_the_source():
    text = (
        "Pier Vote\n\nMina Holt runs the ferry.\n\n"
        "Harbour leaders in North Portside argued that the pier would never open.\n"
    )

    assert [s.speaker for s in reported(text) if "never open" in s.text] == []


def test_an_opening_phrase_of_place_is_not_the_source():
    text = "Pier Vote\n\nAnd on Capitol Quay, several owners made clear that the pier was unsafe.\n"

    assert [s.speaker for s in reported(text) if "unsafe" in s.text] == []


def test_a_party_of_a_place_after_the_name_describes_the_source():
    text = "Pier Vote\n\nSenator Mina Holt, Republican of North Portside, said on Sunday that the pier was unsafe.\n"

    [statement] = reported(text)

    assert statement.speaker == "Mina Holt"


def test_a_pronoun_never_stands_for_a_word_like_nobody_opening_a_sentence():
    text = (
        "Pier Vote\n\nNobody asked about the pier, so Holt brought it up himself. "
        "He called the plan ''shameful'' and urged the board to act.\n"
    )

    assert "Nobody" not in [s.speaker for s in reported(text)]


def test_a_subordinator_after_a_missed_sentence_end_is_not_part_of_the_source():
    text = (
        "Pier Vote\n\nMina Holt runs the ferry. Most recently the owners voted to close the old pier for good in "
        "the U.S. While Holt has condemned the plan to close the old pier, the owners say it is safe.\n"
    )

    assert {s.speaker for s in reported(text)} == {"Mina Holt"}


def test_a_name_after_a_preposition_ending_a_long_subject_is_not_the_source():
    text = (
        "Pier Vote\n\nThe tired woman accused of driving her old van onto a crowded sidewalk along the Harbour "
        "Strip told police that she had not slept for days.\n"
    )

    assert [s.speaker for s in reported(text)] == []


def test_the_state_after_a_place_is_not_the_source():
    text = (
        "Pier Vote\n\nOfficials who inspected the ferry at her home in Portside, N.H., said that it was "
        "in good repair.\n"
    )

    assert [s.speaker for s in reported(text)] == []


def test_a_participle_opening_the_sentence_is_not_part_of_the_name():
    text = (
        "Pier Vote\n\nEntrusting Tom Reed with our pier is a risky proposition. "
        "He has suggested that the harbor could simply close.\n"
    )

    assert {s.speaker for s in reported(text)} <= {"Tom Reed"}


def test_a_name_opening_the_sentence_says_what_its_second_verb_reports():
    [statement] = reported("Pier Vote\n\nMina Holt toured the pier on Monday and said it would open in May.\n")

    assert statement.text == "it would open in May"
    assert statement.speaker == "Mina Holt"


def test_a_relative_clause_before_and_said_leaves_the_statement_unclaimed():
    text = "Pier Vote\n\nMina Holt met the pilot who built the pier and said it would open in May.\n"

    assert reported(text) == []


def test_said_little_reports_nothing():
    assert reported("Pier Vote\n\nMina Holt toured the pier and said little about the fares.\n") == []


def test_a_participle_after_a_comma_names_no_source_after_it():
    text = (
        'Pier Vote\n\nMina Holt rebuked critics who call the crew "pier pirates," saying calling the Harbour Board,'
        " also known as HB, by another name would not help.\n"
    )

    assert "Harbour Board" not in {statement.speaker for statement in reported(text)}


def test_a_dated_paper_is_a_study_not_the_newspaper_the_article_names():
    text = (
        "Pier Vote\n\nThe Harbour Times reported on the vote.\n\n"
        "The pier would lose money every year, according to the 2009 paper.\n"
    )

    assert "Harbour Times" not in {statement.speaker for statement in reported(text)}


def test_a_gerund_closing_a_list_speaks_for_no_name_before_it():
    text = (
        "Pier Vote\n\nIn Holt's mind, her style - whether questioning a judge overseeing a case involving Harbour"
        ' University, attacking the crew as having "sunk like a stone," or repeatedly referring to Sen. Jon Reed as'
        ' "Captain" - is an appealing strategy.\n'
    )

    assert "Harbour University" not in {statement.speaker for statement in reported(text)}


def test_claiming_responsibility_or_victory_is_a_deed_not_a_statement():
    text = "Pier Vote\n\nThe Harbour Front claimed responsibility for the fire.\n\nMina Holt declared victory.\n"

    assert reported(text) == []


def test_a_name_after_the_role_in_an_inverted_source_is_who_said_it():
    text = (
        "Pier Vote\n\nThe pier will open in May, said a former spokesman for the Harbour Board, Jon Reed,"
        " who also ran for mayor.\n"
    )

    [statement] = reported(text)

    assert statement.speaker == "Jon Reed"


def test_a_cue_word_its_relative_clause_describes_is_a_noun():
    text = "Pier Vote\n\nThe crew toured offices once used for the “Harbour Nights” TV show, which starred Mina Holt.\n"

    assert reported(text) == []


def test_a_relative_clause_after_a_deed_reports_nothing():
    text = "Pier Vote\n\nAsked to leave, Mina Holt refused, which prompted the board to adjourn.\n"

    assert reported(text) == []


def test_a_trailing_attribution_of_the_whole_sentence_is_not_part_of_the_statement():
    text = "Pier Vote\n\nMina Holt said the pier will open in May, the Harbour Times reported late Thursday.\n"

    statements = {statement.speaker: statement.text for statement in reported(text)}

    assert statements["Mina Holt"] == "the pier will open in May"


def test_she_is_never_the_short_name_of_a_company_the_article_names():
    text = (
        "Pier Vote\n\nMina Holt ran Harbour Computer for six years.\n\n"
        "She urged the board to buy the pier. Harbour, she predicted, would come to them.\n"
    )

    assert "Harbour" not in {statement.speaker for statement in reported(text)}


def test_an_infinitive_of_purpose_before_talk_about_reports_nothing():
    text = (
        "Pier Vote\n\nJon Reed wrote that he needed to connect Mina Holt, a pilot who was one of the pier's top"
        " donors, with someone at the council to talk about her interests in Portside.\n"
    )

    assert "Mina Holt" not in {statement.speaker for statement in reported(text)}


def test_to_be_sure_before_a_subject_is_the_writer_s_aside():
    assert reported("Pier Vote\n\nTo be sure, the Holt campaign is trying to make the fares lower.\n") == []


def test_a_date_with_its_year_before_the_source_leaves_the_source_whole():
    [statement] = reported("Pier Vote\n\nOn March 2, 2015, the Harbour Times revealed that Holt used a private boat.\n")

    assert statement.speaker == "Harbour Times"


def test_a_subordinate_clause_before_a_named_body_leaves_the_body_the_source():
    text = (
        "Pier Vote\n\nThough Mina Holt has described herself as a pilot, the Harbour Post reported that she "
        "has sold the boat.\n"
    )

    [statement] = [s for s in reported(text) if s.speaker == "Harbour Post"]

    assert statement.text == "she has sold the boat"


def test_back_in_a_month_opens_the_sentence_before_its_source():
    [statement] = reported("Pier Vote\n\nBack in April, the Harbour Post announced its plan to close the pier.\n")

    assert statement.speaker == "Harbour Post"


def test_a_time_after_but_opens_the_clause_of_the_source():
    text = (
        "Pier Vote\n\nMina Holt had planned to visit Dover, Ohio, but on Thursday, the Harbour Party "
        "announced she was not coming.\n"
    )

    [statement] = reported(text)

    assert statement.speaker == "Harbour Party"
    assert statement.text == "she was not coming"


def test_a_clause_opening_on_what_after_a_subordinate_clause_names_no_source():
    text = (
        "Pier Vote\n\nMina Holt runs the pier. Because at the Harbour Post, what Holt says is now the "
        "baseline for the truth.\n"
    )

    assert reported(text) == []


def test_a_country_named_with_the_opening_its_clause_speaks_as_its_government():
    [statement] = reported("Pier Vote\n\nThe United States openly called for the overthrow of the harbour board.\n")

    assert statement.speaker == "United States"
    assert statement.text == "the overthrow of the harbour board"


def test_a_participle_after_an_inverted_attribution_of_a_quotation_has_its_source():
    text = "Pier Vote\n\n“We lost the pier,” said Mina Holt, a pilot, noting that the board would resign.\n"

    [statement] = reported(text)

    assert statement.speaker == "Mina Holt"
    assert statement.text == "the board would resign"


def test_recalling_after_a_quotation_s_attribution_is_what_its_speaker_meant():
    text = "Pier Vote\n\n“We lost the pier,” Mina Holt said, recalling a visit to the harbour by the board.\n"

    [statement] = reported(text)

    assert statement.speaker == "Mina Holt"
    assert statement.text == "a visit to the harbour by the board"


def test_citing_after_an_inverted_attribution_has_the_source_after_the_verb():
    text = "Pier Vote\n\n“We lost the pier,” said Mina Holt, a pilot, citing the closed ferry dock and the fares.\n"

    [statement] = reported(text)

    assert statement.speaker == "Mina Holt"
    assert statement.text == "the closed ferry dock and the fares"


def test_citing_after_the_writer_s_own_clause_reports_nothing():
    assert reported("Pier Vote\n\nMina Holt closed the pier on Monday, citing the high fares.\n") == []


def test_referring_to_after_a_quotation_gives_what_it_referred_to():
    text = "Pier Vote\n\n“It hurts,” Mina Holt said, referring to the long list of closed ferry docks.\n"

    [statement] = reported(text)

    assert statement.speaker == "Mina Holt"
    assert statement.text == "the long list of closed ferry docks"


def test_referring_to_a_few_words_names_whom_a_quotation_meant():
    assert reported("Pier Vote\n\n“We are hostile,” Mina Holt said, referring to the harbour board.\n") == []


def test_referring_to_runs_on_past_that_of_its_object():
    text = "Pier Vote\n\n“Look at them,” Mina Holt said, referring to bruises that the pilot showed to the police.\n"

    [statement] = reported(text)

    assert statement.text == "bruises that the pilot showed to the police"


def test_a_gloss_ends_where_the_writer_goes_on_with_a_participle():
    text = (
        "Pier Vote\n\n“It grows,” Mina Holt said, referring to the crowd at the ferry dock, standing now at "
        "a thousand.\n"
    )

    [statement] = reported(text)

    assert statement.text == "the crowd at the ferry dock"


def test_a_participle_of_saying_opening_the_sentence_is_its_subject_s_statement():
    text = "Pier Vote\n\nNoting that the pier was closed, Mina Holt asked the board for a vote.\n"

    [statement] = reported(text)

    assert statement.speaker == "Mina Holt"
    assert statement.text == "the pier was closed"


def test_promising_opening_the_sentence_is_its_subject_s_statement():
    text = "Pier Vote\n\nPromising that the ferry would run again, Mina Holt left the harbour.\n"

    [statement] = reported(text)

    assert statement.speaker == "Mina Holt"
    assert statement.text == "the ferry would run again"


def test_an_opening_participle_before_no_named_subject_reports_nothing():
    assert reported("Pier Vote\n\nNoting that the pier was closed, the crowd went home early.\n") == []


def test_as_a_named_body_first_reported_names_the_body():
    text = "Pier Vote\n\nMina Holt runs the pier. (As the Harbour Post first reported, Holt sold the old ferry.)\n"

    [statement] = reported(text)

    assert statement.speaker == "Harbour Post"


def test_as_the_one_word_outlet_reported_names_the_outlet():
    text = "Pier Vote\n\nMina Holt runs the pier. As The Harbour reported, Holt was accused of breaking the rules.\n"

    [statement] = reported(text)

    assert statement.speaker == "Harbour"
    assert statement.text == "Holt was accused of breaking the rules"


def test_an_aside_between_double_hyphens_before_the_verb_leaves_the_subject():
    text = (
        "Pier Vote\n\nMina Holt -- whose father built the pier -- has publicly derided the plan, suggesting "
        "that efforts to revive it are misguided.\n"
    )

    assert {s.speaker for s in reported(text)} == {"Mina Holt"}


def test_an_aside_between_dashes_before_the_verb_leaves_the_subject():
    text = "Pier Vote\n\nTom Reed — who was posted at the pier for years — told reporters he would not appeal.\n"

    [statement] = reported(text)

    assert statement.speaker == "Tom Reed"
    assert statement.text == "he would not appeal"


def test_an_aside_that_opens_on_a_name_stays_the_source():
    text = "Pier Vote\n\nA former pilot -- Mina Holt, who ran the ferry -- said the pier was unsafe.\n"

    [statement] = reported(text)

    assert statement.speaker == "Mina Holt"


def test_a_verb_inside_another_speakers_statement_is_part_of_it():
    statements = reported("Pier Vote\n\nMina Holt said Tom Reed had praised the new pier at the harbour.\n")

    assert [(q.speaker, q.text) for q in statements] == [
        ("Mina Holt", "Tom Reed had praised the new pier at the harbour")
    ]


def test_a_speaker_after_a_comma_in_another_statement_keeps_his_own():
    statements = reported(
        "Pier Vote\n\nMina Holt said the pier would open in May, and Tom Reed said the fares would rise.\n"
    )

    assert ("Tom Reed", "the fares would rise") in [(q.speaker, q.text) for q in statements]


def test_a_dash_after_the_verb_breaks_off_to_the_writers_clause():
    statements = reported("Pier Vote\n\nMina Holt reports — so if you like ferries, this is the pier for you.\n")

    assert statements == []


def test_an_aside_between_dashes_then_that_gives_what_was_said():
    [statement] = reported("Pier Vote\n\nMina Holt said — on the radio, as it happens — that the pier opens in May.\n")

    assert statement.text == "the pier opens in May"


def test_a_manner_adverb_then_a_preposition_says_how_not_what():
    statements = reported("Pier Vote\n\nMina Holt has spoken privately to the harbour crews about the new pier.\n")

    assert statements == []


def test_a_relative_clause_with_a_cue_verb_in_mid_sentence_is_no_attribution():
    statements = reported("Pier Vote\n\nThe harbour talks, which Mina Holt denies, ended on Monday without a deal.\n")

    assert statements == []


def test_a_name_after_said_behind_a_partial_quotation_is_its_source_not_a_statement():
    statements = reported(
        "Pier Vote\n\nMina Holt toured the pier on Monday. Holt “has a lot of good roles to play, but this one "
        "matters,” said Tom Reed, whose ferry docks at the pier.\n"
    )

    assert not [q for q in statements if q.text.startswith("Tom Reed")]


def test_a_name_ending_in_s_gives_no_verb_to_the_phrase_before_a_trailing_source():
    statements = reported(
        "Pier Vote\n\nMina Holt came to the pier. An enthusiastic Reynolds supporter, Holt complained of the fares.\n"
    )

    assert "An enthusiastic Reynolds supporter" not in [q.text for q in statements]


def test_a_noun_with_its_description_before_a_trailing_source_is_no_statement():
    statements = reported(
        "Pier Vote\n\nMina Holt runs the pier. The new harbour survey, conducted by the Dover Institute, Holt said.\n"
    )

    assert statements == []


def test_a_verb_after_a_description_still_makes_a_clause():
    [statement] = reported(
        "Pier Vote\n\nMina Holt runs the pier. "
        "The pilot, who lived in Dover, worked at the pier for years, Holt said.\n"
    )

    assert statement.text == "The pilot, who lived in Dover, worked at the pier for years"


def test_a_statement_in_a_clause_of_time_ends_at_its_comma():
    statements = reported("Pier Vote\n\nWhen Mina Holt said the fares would rise, the crowd at the pier fell silent.\n")

    assert [q.text for q in statements] == ["the fares would rise"]


def test_a_participle_of_saying_after_the_object_opens_a_statement_of_its_own():
    statements = reported("Pier Vote\n\nMina Holt praised the crew of the ferry, noting that the fares would fall.\n")

    assert [q.text for q in statements] == ["the crew of the ferry", "the fares would fall"]


def test_a_short_object_before_a_participle_of_saying_stays_whole():
    statements = reported("Pier Vote\n\nMina Holt praised the crew, noting that the fares would fall.\n")

    assert statements[0].text == "the crew, noting that the fares would fall"


def test_a_naming_participle_after_a_noun_gives_a_name_not_a_statement():
    statements = reported("Pier Vote\n\nMina Holt, the owner, is even offering a special beer called Pier Pale Ale.\n")

    assert statements == []


def test_a_naming_verb_after_its_subject_still_reports():
    [statement] = reported("Pier Vote\n\nTom Reed spoke at the pier. Mina Holt called Reed a careless pilot.\n")

    assert statement.text == "Reed a careless pilot"


def test_according_to_after_a_sentence_with_its_own_saying_verb_names_no_second_source():
    statements = reported("Pier Vote\n\nMina Holt said the pier would open in May, according to the Harbour Gazette.\n")

    assert [q.speaker for q in statements] == ["Mina Holt"]


def test_said_that_then_a_time_opens_the_reported_clause():
    text = "Pier Vote\n\nMina Holt kept the pier open for years, but says that in hindsight she would have waited.\n"
    [statement] = reported(text)

    assert statement.text == "in hindsight she would have waited"
    assert statement.speaker == "Mina Holt"


def test_that_as_an_object_before_a_place_is_no_reported_clause():
    assert reported("Pier Vote\n\nMina Holt hinted at that in a news conference on Monday.\n") == []


def test_a_participle_of_saying_reports_for_the_subject_after_an_opening_phrase():
    text = "Pier Vote\n\nIn a speech at the dock on Monday, Mina Holt struck a calm tone, saying the pier was safe.\n"
    [statement] = reported(text)

    assert statement.text == "the pier was safe"
    assert statement.speaker == "Mina Holt"


def test_a_cue_word_after_the_subject_s_own_verb_is_not_the_participle_s_head():
    text = "Pier Vote\n\nMina Holt revised her ferry plans in May, saying the pier would stay open.\n"
    [statement] = reported(text)

    assert statement.text == "the pier would stay open"
    assert statement.speaker == "Mina Holt"


def test_a_name_opening_the_sentence_says_what_its_coordinated_but_has_said_reports():
    text = "Pier Vote\n\nMina Holt kept the pier open for years but has since said the fares were fair.\n"
    [statement] = reported(text)

    assert statement.text == "the fares were fair"
    assert statement.speaker == "Mina Holt"


def test_a_name_after_any_opening_phrase_says_what_its_coordinated_said_reports():
    text = (
        "Pier Vote\n\nMina Holt runs the port.\n\n"
        "When asked about the fares, Mina Holt smiled and said the pier would open in May.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("the pier would open in May", "Mina Holt")]


def test_according_to_opening_the_sentence_leaves_its_coordinated_said_to_the_rules_of_according_to():
    text = (
        "Pier Vote\n\nMina Holt runs the port.\n\n"
        "According to Jon Reed, Mina Holt toured the pier and said the fares would rise.\n"
    )

    assert ("the fares would rise", "Mina Holt") not in [(s.text, s.speaker) for s in reported(text)]


def test_a_body_named_with_the_after_an_opening_phrase_is_the_source():
    text = "Pier Vote\n\nHours later, the Harbour Board said the pier would stay open until May.\n"
    [statement] = reported(text)

    assert statement.text == "the pier would stay open until May"
    assert statement.speaker == "Harbour Board"


def test_quoted_words_inside_the_first_predicate_leave_the_coordinated_said_to_the_name_opening_the_sentence():
    text = (
        "Pier Vote\n\nMina Holt runs the port.\n\n"
        "Mina Holt called the fares “a disgrace,” but said she would not vote against them.\n"
    )

    assert ("she would not vote against them", "Mina Holt") in [(s.text, s.speaker) for s in reported(text)]


def test_a_title_and_a_name_of_four_words_opening_the_sentence_say_what_its_coordinated_said_reports():
    text = (
        "Pier Vote\n\nMina Holt runs the port.\n\n"
        "Earlier, Port Director Mina Holt toured the pier and said the fares would rise.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("the fares would rise", "Mina Holt")]


def test_a_name_and_its_appositive_opening_the_sentence_say_what_its_coordinated_said_reports():
    text = "Pier Vote\n\nMina Holt, a former pilot, joined the board and said she would reopen the pier.\n"
    [statement] = reported(text)

    assert statement.text == "she would reopen the pier"
    assert statement.speaker == "Mina Holt"


def test_a_body_named_with_the_after_and_is_the_source_of_its_own_clause():
    text = "Pier Vote\n\nThe reviews came back clear, and the Harbour Safety Board has said the pier was safe.\n"
    [statement] = reported(text)

    assert statement.text == "the pier was safe"
    assert statement.speaker == "Harbour Safety Board"


def test_a_quotation_opened_inside_a_said_clause_runs_on_to_its_closing_marks():
    text = "Pier Vote\n\nMina Holt said the pier might reopen in May: ''Is it safe? We think so.''\n"
    [statement] = reported(text)

    assert statement.text == "the pier might reopen in May: ''Is it safe? We think so.''"
    assert statement.speaker == "Mina Holt"


def test_mr_before_a_shared_surname_is_the_man_of_the_two():
    text = (
        "Pier Vote\n\nJane Roe and Tom Roe toured the pier. Mrs. Roe said the fares were fair.\n\n"
        "Jane Roe runs the board, which she has led for years.\n\nMr. Roe said the ferry would run again in May.\n"
    )
    statements = reported(text)

    assert [(s.speaker, s.text) for s in statements][-1] == ("Tom Roe", "the ferry would run again in May")


def test_a_straight_mark_closing_a_curly_quotation_leaves_no_quotation_open():
    text = (
        'Pier Vote\n\nMina Holt called the pier a “safe harbour," one that served the town well. '
        "And she said the ferry would run again in May.\n"
    )
    statements = reported(text)

    assert ("Mina Holt", "the ferry would run again in May") in [(s.speaker, s.text) for s in statements]


def test_what_a_source_would_not_say_is_reported():
    [statement] = reported("Pier Vote\n\nMina Holt would not say whether the pier would reopen in May.\n")

    assert statement.text == "whether the pier would reopen in May"
    assert statement.speaker == "Mina Holt"


def test_a_negated_verb_of_belief_is_no_statement():
    assert reported("Pier Vote\n\nMina Holt did not believe the pier would reopen in May.\n") == []


def test_a_clause_with_its_own_subject_and_verb_of_saying_ends_the_statement():
    text = "Pier Vote\n\nMina Holt said the fares were fair, but she added that the pier needed repairs.\n"
    statements = reported(text)

    assert ("Mina Holt", "the fares were fair") in [(s.speaker, s.text) for s in statements]


def test_who_said_after_a_name_in_the_object_reports_for_that_name():
    text = (
        "Pier Vote\n\nThe plan was backed on Friday by Sen. Mina Holt of Ohio, the ranking Democrat on the board, "
        "who said none of the fares were raised.\n"
    )
    [statement] = reported(text)

    assert statement.text == "none of the fares were raised"
    assert statement.speaker == "Mina Holt"


def test_who_said_after_a_place_s_state_is_not_the_state_s_statement():
    text = "Pier Vote\n\nThe fares rose, said Tom Doe, a pilot from Portside, New Harbour, who said he would sail.\n"

    assert "New Harbour" not in [s.speaker for s in reported(text)]


def test_a_titled_name_after_but_is_the_subject_of_its_own_says_clause():
    text = "Pier Vote\n\nFew pilots would admit this, but Sen. Mina Holt says she was lost for weeks.\n"
    [statement] = reported(text)

    assert statement.text == "she was lost for weeks"
    assert statement.speaker == "Mina Holt"


def test_a_name_of_a_place_of_work_after_a_role_is_the_source():
    text = "Pier Vote\n\nAnother pollster, Mina Holt of Portside University, said her survey showed the fares rising.\n"
    [statement] = reported(text)

    assert statement.text == "her survey showed the fares rising"
    assert statement.speaker == "Mina Holt"


def test_a_day_s_possessive_after_said_opens_the_reported_clause():
    [statement] = reported("Pier Vote\n\nMina Holt said Thursday's vote had led her to sell the ferry.\n")

    assert statement.text == "Thursday's vote had led her to sell the ferry"
    assert statement.speaker == "Mina Holt"


def test_he_is_never_a_body_the_article_named_as_one():
    text = (
        "Pier Vote\n\nThe website Harbourly said it would close.\n\n"
        "Harbourly announced that it was shedding several editors.\n\n"
        "It starts with the mayor's claim that ''the press is lost.'' They are lost, he says, by clinging on.\n"
    )

    assert "Harbourly" not in {s.speaker for s in reported(text) if s.text.startswith("They")}


def test_a_noun_of_saying_with_a_copula_gives_the_possessor_s_statement():
    text = (
        "Pier Vote\n\nMina Holt runs the ferry.\n\n"
        "But Ms. Holt's main point on Monday was that the fares would rise in June.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("the fares would rise in June", "Mina Holt")]


def test_a_noun_of_saying_without_a_copula_or_inside_the_sentence_reports_nothing():
    text = (
        "Pier Vote\n\nMina Holt's claim that the pier was safe drew critics.\n\n"
        "One of Mina Holt's points was that the fares would rise.\n"
    )

    assert reported(text) == []


def test_made_it_clear_reports_its_clause():
    text = "Pier Vote\n\nMina Holt runs the ferry.\n\nHolt made it clear that the fares would not rise this year.\n"

    assert [(s.text, s.speaker) for s in reported(text)] == [("the fares would not rise this year", "Mina Holt")]


def test_pointing_out_is_a_participle_of_saying():
    text = "Pier Vote\n\nMina Holt toured the pier on Monday, pointing out that fuel costs had doubled.\n"

    assert [(s.text, s.speaker) for s in reported(text)] == [("fuel costs had doubled", "Mina Holt")]


def test_a_pronoun_with_a_contracted_auxiliary_is_the_source():
    text = "Pier Vote\n\nMina Holt runs the ferry. She’s suggesting that the fares should fall in June.\n"

    assert [(s.text, s.speaker) for s in reported(text)] == [("the fares should fall in June", "Mina Holt")]


def test_a_participle_after_an_inverted_attribution_leaves_out_when_it_was_said():
    text = "Pier Vote\n\n“We are ready,” said Mina Holt during the debate, suggesting that the fares would fall.\n"

    assert [(s.text, s.speaker) for s in reported(text)] == [("the fares would fall", "Mina Holt")]


def test_a_participle_of_saying_after_a_long_quotation_and_its_attribution_is_a_statement():
    text = (
        "Pier Vote\n\nMina Holt runs the ferry.\n\n“We have waited for this pier for a very long time, and "
        "everybody in town knows it by now, believe me, and we will all see it open in the spring,” said Holt, "
        "suggesting that the fares would fall.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("the fares would fall", "Mina Holt")]


def test_a_participle_of_saying_after_an_opening_phrase_of_time_is_the_main_subject_s():
    text = (
        "Pier Vote\n\nMina Holt runs the ferry.\n\n"
        "For months, Holt has been on the sidelines of the fare fight, arguing she did not want to tip the scales.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("she did not want to tip the scales", "Mina Holt")]


def test_the_administration_of_a_named_person_speaks_for_that_person():
    text = "Pier Vote\n\nGovernor Mina Holt runs the state.\n\nThe Holt administration says that the pier is safe.\n"

    assert [(s.text, s.speaker) for s in reported(text)] == [("the pier is safe", "Mina Holt")]


def test_a_role_in_a_named_administration_is_not_its_head():
    text = (
        "Pier Vote\n\nGovernor Mina Holt runs the state.\n\n''The pier is safe and it will open in May,'' said "
        "Jon Reed, a lawyer during the Holt administration who has endorsed Tom Doe.\n"
    )

    assert "Mina Holt" not in [s.speaker for s in reported(text)]


def test_ruled_and_calculated_report_a_clause_after_that_only():
    text = (
        "Pier Vote\n\nThe Harbour Board ruled that the pier met the safety code.\n\n"
        "The Harbour Board ruled the port for ten years.\n\nJon Reed calculates that the fares will double.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [
        ("the pier met the safety code", "Harbour Board"),
        ("the fares will double", "Jon Reed"),
    ]


def test_a_participle_set_off_after_the_subject_reports_up_to_its_closing_comma():
    text = (
        "Pier Vote\n\nJon Reed runs the ferry.\n\n"
        "But Reed, making it clear that safety trumped other concerns at the port, stood beside the mayor.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("safety trumped other concerns at the port", "Jon Reed")]


TRANSCRIPT = "Pier Vote\n\nHost Tomas Vik spoke with Mina Holt, who runs the ferry.\n\n"


def test_a_transcript_line_is_what_its_labelled_speaker_said():
    [statement] = reported(TRANSCRIPT + "HOLT: Well, the pier will open in May, and the town will pay for it.\n")

    assert statement.speaker == "Mina Holt"
    assert statement.text == "Well, the pier will open in May, and the town will pay for it."


def test_a_question_in_a_transcript_is_no_claim():
    assert reported(TRANSCRIPT + "VIK: Will the pier open in May, and who will pay for it?\n") == []


def test_a_label_naming_nobody_in_the_article_is_no_speaker():
    assert reported(TRANSCRIPT + "UPDATE: The pier will open in May, and the town will pay for it.\n") == []


def test_a_transcript_line_holding_a_quotation_is_left_to_the_quote_rules():
    text = TRANSCRIPT + "HOLT: They told me “the pier is safe” and I believed them for a year.\n"

    records = [(q.kind, q.speaker, q.rule, q.text) for q in extract_article(text).quotes]

    assert records == [("partial", "Mina Holt", "transcript_label", "the pier is safe")]


def test_warned_with_no_addressee_reports_the_clause_right_after_it():
    text = (
        "Pier Vote\n\nThe Harbour Board runs the port.\n\n"
        "The Harbour Board has warned they could close the pier in May.\n"
    )

    assert [(s.text, s.speaker) for s in reported(text)] == [("they could close the pier in May", "Harbour Board")]


def test_an_interviews_answers_are_the_interviewees_statements():
    text = (
        "Pier Vote\n\nMina Holt runs the ferry. She spoke to the Gazette.\n\n"
        "Q: When will the pier open?\n\nA: In May, and the town will pay for every plank of it.\n"
    )

    assert [(s.speaker, s.text) for s in reported(text)] == [
        ("Mina Holt", "In May, and the town will pay for every plank of it.")
    ]


def test_of_several_people_an_introduction_names_the_headlines_is_the_interviewee():
    text = (
        "Mina Holt on the pier\n\nMina Holt runs the ferry that Tomas Vik built.\n\n"
        "Q: When will the pier open?\n\nA: In May, and the town will pay for every plank of it.\n"
    )

    assert [s.speaker for s in reported(text)] == ["Mina Holt"]


def test_answers_nobody_can_be_sure_of_are_no_statements():
    text = (
        "Pier Vote\n\nMina Holt runs the ferry that Tomas Vik built.\n\n"
        "Q: When will the pier open?\n\nA: In May, and the town will pay for every plank of it.\n"
    )

    assert reported(text) == []
