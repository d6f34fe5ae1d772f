import pytest

from sources.extraction import extract_article
from sources.extraction.affiliation import appositive_after, split_affiliation


def first_quote(text):
    return [q for q in extract_article(text).quotes if q.kind != "indirect"][0]


def test_appositive_after_the_name_is_the_affiliation():
    quote = first_quote("Pier Vote\n\n“We are ready,” said Mina Holt, a ferry pilot at Bay Lines in Portside.\n")

    assert quote.affiliation == "a ferry pilot at Bay Lines in Portside"


def test_title_before_the_name_is_the_affiliation():
    quote = first_quote("Pier Vote\n\n“We are ready,” said Deputy Harbour Commissioner Mina Holt.\n")

    assert quote.affiliation == "Deputy Harbour Commissioner"


def test_appositive_before_the_name_is_the_affiliation():
    text = "Pier Vote\n\nHead of research at Bay Lines, Mina Holt, said: “We are ready.”\n"

    assert first_quote(text).affiliation == "Head of research at Bay Lines"


def test_affiliation_given_earlier_in_the_article_follows_the_surname():
    text = "Pier Vote\n\nMina Holt, a ferry pilot at Bay Lines, watched.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation == "a ferry pilot at Bay Lines"


def test_affiliation_splits_into_role_and_organisation():
    assert split_affiliation("a ferry pilot at Bay Lines in Portside") == ("ferry pilot", "Bay Lines")


def test_capitalised_organisation_before_a_lowercase_role_is_split():
    assert split_affiliation("Harbour Board policy adviser") == ("policy adviser", "Harbour Board")


def test_photo_caption_gives_a_title_the_body_leaves_out():
    text = (
        "Pier Vote\n\nHarbour Commissioner Mina Holt on the pier. (Jo Doe/Coastal Photo Agency)\n\n"
        "“We did it,” said Mina Holt.\n"
    )

    quote = first_quote(text)

    assert quote.affiliation == "Harbour Commissioner"
    assert "Harbour Commissioner" not in extract_article(text).parsed.body


def test_relative_clause_giving_a_job_is_the_affiliation():
    text = "Pier Vote\n\nMina Holt, who heads the pier trust at Bay Lines, said: “We are ready.”\n"

    quote = first_quote(text)

    assert quote.affiliation == "heads the pier trust at Bay Lines"
    assert quote.organization == "Bay Lines"


def test_possessive_title_before_the_name_is_the_affiliation():
    text = "Pier Vote\n\nElbonia's harbour minister, Mina Holt, was cautious. “We must wait,” Holt said.\n"

    assert first_quote(text).affiliation == "Elbonia's harbour minister"


def test_is_a_job_sentence_gives_the_affiliation():
    text = "Pier Vote\n\nMina Holt is a ferry pilot at Bay Lines.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation == "a ferry pilot at Bay Lines"


def test_a_title_before_the_name_is_the_affiliation_when_the_article_gives_no_other():
    text = "Pier Vote\n\nThe vote went to Sen. Tomas Vik on Monday.\n\n“We won,” Vik said.\n"

    [quote] = extract_article(text).quotes

    assert (quote.speaker, quote.affiliation) == ("Tomas Vik", "Sen.")


def test_title_before_an_honorific_is_the_affiliation():
    text = "Pier Vote\n\n“We are ready,” said Bay Lines safety editor Dr. Mina Holt.\n"

    assert first_quote(text).affiliation == "Bay Lines safety editor"


def test_two_roles_joined_before_the_name_are_one_affiliation():
    text = "Pier Vote\n\nMayoral contender and former surgeon Mina Holt spoke.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation == "Mayoral contender and former surgeon"


def test_an_age_is_not_an_affiliation():
    text = (
        "Pier Vote\n\nMina Holt, the pioneer in harbour ferries, came back.\n\n"
        "In 1990 Holt, then 29-years-old, was named director.\n\n“We are ready,” Holt said.\n"
    )

    assert first_quote(text).affiliation == "the pioneer in harbour ferries"


def test_a_name_suffix_does_not_start_the_affiliation():
    text = "Pier Vote\n\nMina Holt III, founder of the Bay Lines Trust, came back.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation == "founder of the Bay Lines Trust"


def test_a_job_given_by_who_now_runs_ends_at_a_dash():
    text = "Pier Vote\n\n“We are ready,” said Mina Holt, who now runs the Pier Trust — which still hosts the fair.\n"

    assert first_quote(text).affiliation == "runs the Pier Trust"


def test_words_of_the_writers_sentence_before_a_role_are_not_the_title():
    text = "Pier Vote\n\nThe mayor made no mention of harbour director Mina Holt.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation == "harbour director"


def test_a_clause_after_the_name_is_not_an_appositive():
    text = "Pier Vote\n\nMina Holt, even as the state primary neared, stayed home.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation is None


def test_a_capitalised_title_with_of_is_one_role_without_an_organisation():
    assert split_affiliation("U.S. Secretary of State") == ("U.S. Secretary of State", None)


def test_a_possessor_is_not_an_organisation():
    assert split_affiliation("Holt’s chief adviser") == ("Holt’s chief adviser", None)


def test_an_organisation_named_with_of_stays_whole_before_its_role():
    assert split_affiliation("School of Business head") == ("School of Business head", None)


def test_lowercase_roles_before_an_honorific_title_belong_to_the_affiliation():
    quote = first_quote("Pier Vote\n\n“We are ready,” said Harbour party candidate Sen. Mina Holt.\n")

    assert quote.affiliation == "Harbour party candidate Sen."


def test_a_possessive_pronoun_opens_an_appositive_before_the_name():
    text = "Pier Vote\n\nIn a statement, her senior policy adviser, Mina Holt, said: “We are ready.”\n"

    assert first_quote(text).affiliation == "her senior policy adviser"


def test_a_definite_role_before_the_name_is_the_affiliation():
    text = "Pier Vote\n\nThe harbour commissioner, Mina Holt, told reporters: “We are ready.”\n"

    assert first_quote(text).affiliation == "the harbour commissioner"


def test_a_definite_phrase_that_is_no_role_is_no_affiliation():
    text = "Pier Vote\n\nThe next morning, Mina Holt told reporters: “We are ready.”\n"

    assert first_quote(text).affiliation is None


def test_of_the_body_after_the_name_ends_with_its_sentence():
    text = "Pier Vote\n\n“We are ready,” said Mina Holt of the Harbour Pilots Guild. But Tomas Vik disagreed.\n"

    assert first_quote(text).affiliation == "of the Harbour Pilots Guild"


@pytest.mark.parametrize("title", ["Former first lady", "former energy regulator", "Former Vik speechwriter"])
def test_a_lowercase_role_before_the_name_is_the_affiliation(title):
    text = f"Pier Vote\n\n{title} Mina Holt wrote a book.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation == title


def test_who_served_as_gives_the_job():
    text = "Pier Vote\n\n“We are ready,” said Mina Holt, who served as Tomas Vik’s chief of staff, on Monday.\n"

    assert first_quote(text).affiliation == "Tomas Vik’s chief of staff"


def test_a_copula_description_ends_before_its_relative_clause():
    text = (
        "Pier Vote\n\nMina Holt is the ferry trust’s political director and one of the pilots who went north.\n\n"
        "“We are ready,” Holt said.\n"
    )

    assert first_quote(text).affiliation == "the ferry trust’s political director"


def test_a_supposition_is_no_description():
    text = "Pier Vote\n\nIf Mina Holt is the first pilot elected, things change.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation is None


def test_writing_in_a_paper_names_the_paper():
    text = "Pier Vote\n\nMina Holt, writing in the Harbour Times, said: “We are ready.”\n"

    assert first_quote(text).affiliation == "the Harbour Times"


def test_of_the_body_after_the_name_is_the_affiliation():
    quote = first_quote("Pier Vote\n\n“We are ready,” said Mina Holt of the Portside delegation.\n")

    assert quote.affiliation == "of the Portside delegation"


def test_a_definite_description_describes_the_one_person_named_before_it():
    text = (
        "Pier Vote\n\nMina Holt toured the pier on Monday. In a filing, the ferry director reported a loss.\n\n"
        "“We are ready,” Holt said.\n"
    )

    assert first_quote(text).affiliation == "the ferry director"


def test_a_title_given_to_a_surname_alone_is_its_affiliation():
    text = "Pier Vote\n\n“We are ready,” Gov. Holt said.\n"

    assert first_quote(text).affiliation == "Gov."


def test_a_definite_description_goes_to_the_protagonist_among_several_named():
    text = (
        "Pier Vote\n\nMina Holt toured the pier. Holt met Tomas Vik there. Holt praised the crew.\n\n"
        "“It is late,” Holt said. Asked about it later, the ferry director said no.\n"
    )

    assert first_quote(text).affiliation == "the ferry director"


def test_a_place_before_an_abbreviated_title_is_a_description():
    quote = first_quote("Pier Vote\n\n“We are ready,” said Harbour Sen. Mina Holt, who spoke later.\n")

    assert quote.affiliation == "Harbour Sen."


def test_a_rival_is_no_affiliation():
    text = "Pier Vote\n\nTomas Vik attacked rival Mina Holt.\n\n“We are ready,” said Mina Holt, a pilot at Bay Lines.\n"

    assert first_quote(text).affiliation == "a pilot at Bay Lines"


def test_a_description_after_a_bare_title_wins_over_the_title():
    quote = first_quote("Pier Vote\n\n“We are ready,” said state Rep. Mina Holt, a member of the Harbour Board.\n")

    assert quote.affiliation == "a member of the Harbour Board"


def test_a_party_label_gives_way_to_a_later_title():
    text = (
        "Pier Vote\n\nRepublican Mina Holt toured the pier.\n\nLater, Harbour Sen. Mina Holt spoke.\n\n"
        "“We are ready,” Holt said.\n"
    )

    assert first_quote(text).affiliation == "Harbour Sen."


def test_a_stance_does_not_replace_a_title():
    quote = first_quote("Pier Vote\n\n“We are ready,” said Congressman Tomas Vik, a Holt supporter.\n")

    assert quote.affiliation == "Congressman"


def test_what_someone_was_doing_is_no_affiliation():
    quote = first_quote("Pier Vote\n\n“We are ready,” said Mina Holt, who was speaking to the Harbour Board.\n")

    assert quote.affiliation is None


def test_an_appositive_ends_at_the_sentence_before_a_quotation_in_two_apostrophes():
    text = "said Mina Holt, Democrat of Portside. ''We are ready,'' she added."

    assert appositive_after(text, text.index(",")) == "Democrat of Portside"


def test_a_who_clause_that_gives_no_job_ends_the_appositive():
    quote = first_quote("Pier Vote\n\n“We are ready,” said Mina Holt, a ferry captain who grew up in Portside.\n")

    assert quote.affiliation == "a ferry captain"


def test_the_writers_verb_after_a_name_is_no_appositive():
    text = (
        "Pier Vote\n\nThe pier's owner, Mina Holt, expressed concern that members could leave. "
        "“We are ready,” Holt said.\n"
    )

    assert first_quote(text).affiliation == "The pier's owner"


def test_a_title_participle_opens_an_appositive():
    quote = first_quote("Pier Vote\n\n“We are ready,” said Mina Holt, managing director of Bay Lines.\n")

    assert quote.affiliation == "managing director of Bay Lines"


def test_a_list_of_names_is_no_appositive():
    text = "Pier Vote\n\nHolt, Vik and other pilots are in a fight for the contract.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation is None


def test_the_writers_verb_before_a_capitalised_title_is_not_part_of_it():
    text = "Pier Vote\n\nThe crew endorsed Senator Mina Holt on Monday.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation == "Senator"


def test_a_full_stop_ends_the_title_before_a_name():
    text = "Pier Vote\n\nThe pier was closed for voting. Senator Mina Holt toured it.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation == "Senator"


def test_an_adjective_before_a_capitalised_title_belongs_to_it():
    text = "Pier Vote\n\nThe crew met presumptive Republican nominee Mina Holt.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation == "presumptive Republican nominee"


def test_a_definite_description_in_a_paragraph_naming_nobody_describes_the_last_subject():
    text = (
        "Pier Vote\n\nHarbour Times editor Tomas Vik asked Mina Holt about the vote. Holt says she is calm.\n\n"
        "Asked if she was worried, the ferry director said no.\n\n“We are ready,” Holt said.\n"
    )

    assert first_quote(text).affiliation == "the ferry director"


def test_a_definite_description_after_a_quotation_describes_the_last_subject():
    text = (
        "Pier Vote\n\nMina Holt called for a vote on Monday.\n\n"
        "“The pier is ours,” the ferry director wrote in a letter.\n\n“We are ready,” Holt said.\n"
    )

    [quote] = [q for q in extract_article(text).quotes if q.text == "We are ready,"]

    assert quote.affiliation == "the ferry director"


def test_someone_elses_role_is_no_description_of_them():
    text = (
        "Pier Vote\n\nMina Holt called for a vote on Monday.\n\n"
        "Later, the harbour master’s spokesman said the pier was closed.\n\n“We are ready,” Holt said.\n"
    )

    assert first_quote(text).affiliation is None


def test_a_definite_description_after_two_subjects_describes_neither():
    text = (
        "Pier Vote\n\nMina Holt and Tomas Vik did not know it then.\n\n"
        "Asked about it, the ferry director said no.\n\n“We are ready,” Holt said.\n"
    )

    assert first_quote(text).affiliation is None


def test_a_home_state_between_the_name_and_its_appositive_is_skipped():
    quote = first_quote("Pier Vote\n\n“We are ready,” said Rep. Mina Holt of Elbonia, an ally of the harbour board.\n")

    assert quote.affiliation == "an ally of the harbour board"


def test_a_finite_verb_after_the_comma_opens_no_appositive():
    text = "Pier Vote\n\nGov. Mina Holt of Elbonia, will become the ferry director.\n\n“We are ready,” Holt said.\n"

    assert first_quote(text).affiliation == "Gov."


def test_another_titled_name_after_the_comma_is_no_appositive():
    text = (
        "Pier Vote\n\nOne crew member who backs Holt, former Elbonian Rep. Tomas Vik, lives nearby.\n\n"
        "“We are ready,” said Mina Holt.\n"
    )

    assert first_quote(text).affiliation is None


def test_a_description_after_the_writers_verb_before_the_name_is_the_affiliation():
    text = (
        "Pier Vote\n\nCritics confused Tomas Vik with the former Elbonian harbour Governor, Mina Holt.\n\n"
        "“We are ready,” Holt said.\n"
    )

    assert first_quote(text).affiliation == "the former Elbonian harbour Governor"


def test_a_title_before_the_reverend_is_the_affiliation():
    quote = first_quote("Pier Vote\n\n“We are ready,” said harbour spokesman the Rev. Mina Holt.\n")

    assert quote.affiliation == "harbour spokesman"


def test_a_preposition_after_the_comma_opens_no_appositive():
    text = (
        "Pier Vote\n\nIn 1990 Mina Holt, in serving as harbour minister for a decade, changed the pier.\n\n"
        "“We are ready,” Holt said.\n"
    )

    assert first_quote(text).affiliation is None


def test_an_appositive_ends_before_at_the_time():
    text = "Pier Vote\n\n“We are ready,” said Mina Holt, the harbour minister at the time the pier opened.\n"

    assert first_quote(text).affiliation == "the harbour minister"


def test_a_description_after_was_sent_from_is_the_affiliation():
    text = (
        "Pier Vote\n\nA letter was sent from the pier trust’s executive director, Mina Holt, to the crews.\n\n"
        "“We are ready,” Holt said.\n"
    )

    assert first_quote(text).affiliation == "the pier trust’s executive director"
