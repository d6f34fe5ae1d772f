"""One real speaker, one row: how names in articles resolve to Speakers."""

import pytest

from claims.models import Speaker
from claims.speakers import guess_speaker_kind, resolve_speaker
from tests.factories import ClaimFactory


@pytest.fixture
def orla(db):
    speaker, _ = resolve_speaker("Orla Brennigan", context="Orla Brennigan spoke. Brennigan said more.")
    return speaker


def test_same_full_name_is_the_same_speaker(orla):
    speaker, created = resolve_speaker("Orla  Brennigan")

    assert speaker == orla and not created


def test_surname_used_alone_in_the_article_becomes_an_alias(orla):
    assert list(orla.aliases.values_list("name", flat=True)) == ["Brennigan"]


def test_surname_alone_resolves_to_the_known_speaker(orla):
    speaker, created = resolve_speaker("Brennigan")

    assert speaker == orla and not created


def test_misspelt_surname_resolves_to_the_known_speaker_and_is_kept(orla):
    speaker, created = resolve_speaker("Orla Brenigan")

    assert speaker == orla and not created
    assert orla.aliases.filter(name="Orla Brenigan").exists()


def test_same_surname_with_another_first_name_is_another_speaker(orla):
    speaker, created = resolve_speaker("Declan Brennigan")

    assert created and speaker != orla


def test_accents_and_case_do_not_make_a_new_speaker(orla):
    speaker, created = resolve_speaker("ORLA BRENNÍGAN")

    assert speaker == orla and not created


def test_a_word_of_the_name_not_used_alone_is_no_alias(db):
    speaker, _ = resolve_speaker("Tomas Ekberg", context="Tomas Ekberg said so.")

    assert not speaker.aliases.exists()


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Harbour Ministry", "organisation"), ("city officials", "group"), ("Mina Holt", "person")],
)
def test_kind_is_guessed_from_the_name(name, kind):
    assert guess_speaker_kind(name) == kind


def test_two_speakers_sharing_no_alias_stay_apart(db):
    first, _ = resolve_speaker("Ana Lind", context="Lind said.")
    second, _ = resolve_speaker("Per Lind", context="Lind said.")

    assert first != second
    assert Speaker.objects.filter(aliases__name="Lind").get() == first


def test_a_surname_used_in_the_possessive_becomes_an_alias(db):
    speaker, _ = resolve_speaker("Tomas Ekberg", context="Tomas Ekberg spoke. Ekberg's plan was praised.")

    assert list(speaker.aliases.values_list("name", flat=True)) == ["Ekberg"]


def test_a_surname_with_an_apostrophe_used_alone_becomes_an_alias(db):
    speaker, _ = resolve_speaker("Aine O'Dowd", context="Aine O'Dowd spoke. O'Dowd said more.")

    assert list(speaker.aliases.values_list("name", flat=True)) == ["O'Dowd"]


def test_an_agency_s_own_name_used_alone_makes_it_one_speaker(db):
    context = "The Portside News Agency reported the vote. Portside said turnout was low."
    agency, _ = resolve_speaker("Portside News Agency", "organisation", context=context)

    speaker, created = resolve_speaker("Portside", "organisation")

    assert speaker == agency and not created


def test_a_surname_alone_resolves_to_the_one_person_stored_with_it(db):
    # Another article named her in full and never by surname alone: no alias to match.
    orla, _ = resolve_speaker("Orla Brennigan", context="Orla Brennigan said so.")

    speaker, created = resolve_speaker("Brennigan", "person")

    assert speaker == orla and not created
    assert orla.aliases.filter(name="Brennigan").exists()
    assert resolve_speaker("Brennigan")[0] == orla


def test_a_surname_two_stored_people_share_is_a_speaker_of_its_own(db):
    orla, _ = resolve_speaker("Orla Brennigan")
    declan, _ = resolve_speaker("Declan Brennigan")

    speaker, created = resolve_speaker("Brennigan", "person")

    assert created and speaker not in (orla, declan)


def test_a_surname_alone_never_resolves_an_organisation(db):
    orla, _ = resolve_speaker("Orla Brennigan")

    speaker, created = resolve_speaker("Brennigan", "organisation")

    assert created and speaker != orla and speaker.kind == "organisation"


def test_an_organisation_is_no_full_name_for_a_surname(db):
    board, _ = resolve_speaker("Harbour Brennigan", "organisation")

    speaker, created = resolve_speaker("Brennigan", "person")

    assert created and speaker != board


def test_a_first_name_or_a_word_inside_a_name_is_no_surname(db):
    orla, _ = resolve_speaker("Orla Brennigan Vance")

    assert resolve_speaker("Orla", "person")[1]
    assert resolve_speaker("Brennigan", "person")[1]


def test_a_surname_stored_before_the_full_name_is_merged_into_it(db):
    # An earlier article only ever wrote "Brennigan"; a later one names her in full.
    brennigan, _ = resolve_speaker("Brennigan", "person")

    orla, created = resolve_speaker("Orla Brennigan", "person")

    assert created
    assert not Speaker.objects.filter(pk=brennigan.pk).exists()
    assert resolve_speaker("Brennigan")[0] == orla


def test_a_surname_stored_before_two_full_names_with_it_stays_apart(db):
    resolve_speaker("Declan Brennigan", "person")
    brennigan, _ = Speaker.objects.get_or_create(name="Brennigan", kind="person")

    resolve_speaker("Orla Brennigan", "person")

    assert Speaker.objects.filter(pk=brennigan.pk).exists()


def test_an_organisation_stored_under_a_surname_is_not_merged_into_a_person(db):
    harbourly, _ = resolve_speaker("Brennigan", "organisation")

    resolve_speaker("Orla Brennigan", "person")

    assert Speaker.objects.get(pk=harbourly.pk).kind == "organisation"


def test_a_surname_its_article_gives_another_first_name_is_not_merged(db):
    # "Pete Brennigan" only inside a quotation there: the extraction stored "Brennigan".
    earlier = ClaimFactory(
        speaker__name="Brennigan",
        article__body="“Congressman Pete Brennigan spoke to us,” a clerk said. Brennigan said no.",
    ).speaker

    resolve_speaker("Orla Brennigan", "person")

    assert Speaker.objects.filter(pk=earlier.pk).exists()


def test_a_surname_its_article_gives_a_title_is_merged(db):
    earlier = ClaimFactory(
        speaker__name="Brennigan", article__body="Gov. Brennigan said no. Mr. Brennigan left."
    ).speaker

    orla, _ = resolve_speaker("Orla Brennigan", "person")

    assert not Speaker.objects.filter(pk=earlier.pk).exists()
    assert orla.claims.count() == 1


@pytest.mark.parametrize(
    ("stored", "later"),
    [
        ("Harbour Net News", "HarbourNetNews"),
        ("HarbourNetNews", "Harbour Net News"),
        ("H.N.N.", "HNN"),
        ("HNN", "H.N.N."),
        ("HNNTV", "HNN TV"),
        ("Orla Brennigan", "OrlaBrennigan"),
    ],
)
def test_a_name_written_with_or_without_its_spaces_and_dots_is_one_speaker(db, stored, later):
    first, _ = resolve_speaker(stored, "organisation")

    speaker, created = resolve_speaker(later, "organisation")

    assert speaker == first and not created


def test_a_name_of_other_letters_is_not_joined_by_its_spelling(db):
    first, _ = resolve_speaker("Harbour Net", "organisation")

    speaker, created = resolve_speaker("HarbourNets", "organisation")

    assert created and speaker != first


@pytest.mark.parametrize(
    ("stored", "later"),
    [
        ("Harbour Research", "Harbour Research Center"),
        ("Harbour Research Center", "Harbour Research"),
        ("HNN", "HNN News Agency"),
        ("Harbour Rising PAC", "Harbour Rising"),
    ],
)
def test_an_organisation_with_or_without_its_generic_tail_is_one_speaker(db, stored, later):
    first, _ = resolve_speaker(stored, "organisation")

    speaker, created = resolve_speaker(later, "organisation")

    assert speaker == first and not created


def test_a_name_two_organisations_extend_with_a_tail_is_a_speaker_of_its_own(db):
    news, _ = resolve_speaker("Harbour News", "organisation")
    radio, _ = resolve_speaker("Harbour Radio", "organisation")

    speaker, created = resolve_speaker("Harbour", "organisation")

    assert created and speaker not in (news, radio)


def test_a_person_is_no_head_of_an_organisation(db):
    brennigan, _ = resolve_speaker("Brennigan", "person")

    speaker, created = resolve_speaker("Brennigan Institute", "organisation")

    assert created and speaker != brennigan


def test_a_one_word_person_another_article_names_as_an_organisation_becomes_one(db):
    first, _ = resolve_speaker("Harbourly", "person")

    speaker, created = resolve_speaker("Harbourly", "organisation")

    assert speaker == first and not created
    assert Speaker.objects.get(pk=first.pk).kind == "organisation"


def test_a_full_name_stored_as_a_person_keeps_its_kind(db):
    first, _ = resolve_speaker("Orla Brennigan", "person")

    resolve_speaker("Orla Brennigan", "organisation")

    assert Speaker.objects.get(pk=first.pk).kind == "person"
