"""A speaker's scorecard comes from counts the database keeps: they stay exact whatever writes the claims."""

import pytest
from django.db import connection
from django.db.models import Count

from claims import status_counts
from claims.corrections import dismiss_claim, name_speaker
from claims.models import Claim, Speaker, SpeakerStatusCount
from claims.review import record_review
from claims.services import create_claim, delete_claim
from claims.speakers import merge_speakers


def counted() -> dict[tuple[int, str], int]:
    """The claims per speaker and status, counted from the claims themselves."""
    rows = Claim.objects.filter(speaker__isnull=False).values_list("speaker_id", "status").annotate(n=Count("*"))
    return {(speaker, status): n for speaker, status, n in rows}


def kept() -> dict[tuple[int, str], int]:
    rows = SpeakerStatusCount.objects.filter(claims__gt=0).values_list("speaker_id", "status", "claims")
    return {(speaker, status): n for speaker, status, n in rows}


def scorecard(client, speaker: Speaker) -> dict:
    body = client.get(f"/api/v1/speakers/{speaker.pk}/").json()
    return {
        "claim_count": body["claim_count"],
        "by_status": {status: n for status, n in body["claims_by_status"].items() if n},
    }


def verdict(claim: Claim, reviewer, status: str) -> None:
    claim.refresh_from_db()
    record_review(claim=claim, reviewer=reviewer, verdict=status, rationale="Checked.", expected_version=claim.version)


@pytest.fixture
def two_claims(db):
    first = create_claim(text="Inflation fell last year.", speaker="Orla Byrne")
    second = create_claim(text="Wages rose by a tenth.", speaker="Orla Byrne")
    return first, second


def test_new_claims_appear_in_the_speakers_scorecard(client, two_claims):
    speaker = two_claims[0].speaker

    assert scorecard(client, speaker) == {"claim_count": 2, "by_status": {"unverified": 2}}
    assert kept() == counted()


def test_a_verdict_moves_the_claim_to_its_status_in_the_scorecard(client, two_claims, reviewer):
    verdict(two_claims[0], reviewer, "false")

    assert scorecard(client, two_claims[0].speaker) == {"claim_count": 2, "by_status": {"false": 1, "unverified": 1}}
    assert kept() == counted()


def test_a_dismissed_claim_leaves_the_public_count_but_stays_in_its_status(client, two_claims, reviewer):
    claim = two_claims[0]
    dismiss_claim(claim=claim, reviewer=reviewer, reason="A headline.", expected_version=claim.version)

    assert scorecard(client, claim.speaker) == {"claim_count": 1, "by_status": {"not_a_claim": 1, "unverified": 1}}
    assert kept() == counted()


def test_naming_another_speaker_moves_the_claim_between_scorecards(client, two_claims, reviewer):
    claim = two_claims[0]
    orla = claim.speaker
    name_speaker(claim=claim, reviewer=reviewer, reason="Misread.", expected_version=claim.version, new_name="Ann Lee")

    ann = Speaker.objects.get(name="Ann Lee")
    assert scorecard(client, orla)["by_status"] == {"unverified": 1}
    assert scorecard(client, ann)["by_status"] == {"unverified": 1}
    assert kept() == counted()


def test_a_merge_adds_the_merged_speakers_claims_to_the_kept_one(client, two_claims, reviewer, django_user_model):
    other = create_claim(text="Rents doubled.", speaker="O. Byrne-Smith")
    verdict(other, reviewer, "true")
    editor = django_user_model.objects.create_user("ed")
    merge_speakers(keep=two_claims[0].speaker, other=other.speaker, editor=editor)

    assert scorecard(client, two_claims[0].speaker) == {"claim_count": 3, "by_status": {"true": 1, "unverified": 2}}
    assert kept() == counted()


def test_a_deleted_claim_leaves_the_scorecard(client, two_claims):
    delete_claim(claim=two_claims[0])

    assert scorecard(client, two_claims[1].speaker) == {"claim_count": 1, "by_status": {"unverified": 1}}
    assert kept() == counted()


def test_a_bulk_update_of_many_claims_keeps_the_counts(two_claims):
    create_claim(text="Exports grew.", speaker="Ann Lee")
    Claim.objects.update(status="misleading")

    assert kept() == counted()


def test_imported_articles_are_counted_as_they_are_stored(seeded):
    assert counted()
    assert kept() == counted()


def test_the_backfill_counts_what_the_triggers_count(seeded, two_claims):
    before = kept()
    status_counts.recount(connection)

    assert kept() == before == counted()


def test_the_speaker_list_shows_counts_from_the_kept_table(client, two_claims, reviewer):
    dismiss_claim(claim=two_claims[0], reviewer=reviewer, reason="A headline.", expected_version=two_claims[0].version)

    rows = client.get("/api/v1/speakers/").json()["results"]

    assert [(row["name"], row["claim_count"]) for row in rows] == [("Orla Byrne", 1)]
