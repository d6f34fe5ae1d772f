"""Reviewers fixing the extractor's mistakes: not a claim, a speaker named or corrected; and the tally by rule."""

import io

import pytest
from django.core.management import call_command

from claims.corrections import dismiss_claim, name_speaker, restore_claim
from claims.history import claim_history
from claims.models import Claim, Correction, Speaker
from claims.review import ReviewRejected, StaleClaim

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture
def claim():
    claim = Claim.objects.get(text__startswith="We are seeing the formation")
    Claim.objects.filter(pk=claim.pk).update(extraction_rule="said-after-quote")
    claim.refresh_from_db()
    return claim


def test_dismissed_claim_leaves_the_queue_and_the_public_list(claim, reviewer):
    dismiss_claim(claim=claim, reviewer=reviewer, reason="A headline, not a statement.", expected_version=claim.version)

    assert claim.status == "not_a_claim"
    assert not Claim.objects.waiting().filter(pk=claim.pk).exists()
    assert not Claim.objects.public().filter(pk=claim.pk).exists()


def test_dismissal_is_in_the_history_with_who_and_why(claim, reviewer):
    dismiss_claim(claim=claim, reviewer=reviewer, reason="A headline, not a statement.", expected_version=claim.version)

    event = claim_history(claim)[-1]

    assert (event.action, event.user, event.summary, event.rationale) == (
        "correction",
        "rita",
        "dismissed as not a claim",
        "A headline, not a statement.",
    )


def test_restored_claim_is_back_in_the_queue_unverified(claim, reviewer):
    dismiss_claim(claim=claim, reviewer=reviewer, reason="Looked like a headline.", expected_version=claim.version)

    restore_claim(claim=claim, reviewer=reviewer, reason="It is a quote after all.", expected_version=claim.version)

    assert claim.status == "unverified"
    assert Claim.objects.waiting().filter(pk=claim.pk).exists()
    assert [e.summary for e in claim_history(claim) if e.action == "correction"] == [
        "dismissed as not a claim",
        "restored to the queue",
    ]


def test_dismissal_without_a_reason_is_refused(claim, reviewer):
    with pytest.raises(ReviewRejected):
        dismiss_claim(claim=claim, reviewer=reviewer, reason="  ", expected_version=claim.version)

    assert Claim.objects.get(pk=claim.pk).status == "unverified"


def test_dismissal_of_a_stale_version_is_refused(claim, reviewer):
    with pytest.raises(StaleClaim):
        dismiss_claim(claim=claim, reviewer=reviewer, reason="Not a claim.", expected_version=claim.version - 1)

    assert not Correction.objects.exists()


def test_speaker_corrected_to_a_known_speaker_is_in_the_history(claim, reviewer):
    koh = Speaker.objects.get(name="Collin Koh")
    old = claim.speaker.name

    name_speaker(claim=claim, reviewer=reviewer, speaker=koh, reason="Koh said it.", expected_version=claim.version)

    assert claim.speaker == koh
    event = claim_history(claim)[-1]
    assert (event.action, event.user, event.summary, event.rationale) == (
        "correction",
        "rita",
        "speaker corrected",
        "Koh said it.",
    )
    assert event.changes == [{"field": "speaker", "old": old, "new": "Collin Koh"}]


def test_unattributed_claim_is_named_with_a_new_speaker_and_aliases(claim, reviewer):
    Claim.objects.filter(pk=claim.pk).update(speaker=None, affiliation=None)
    claim.refresh_from_db()

    correction = name_speaker(
        claim=claim,
        reviewer=reviewer,
        new_name="Anna Kireeva",
        aliases=["Kireeva", "A. Kireeva"],
        reason="Named two paragraphs up.",
        expected_version=claim.version,
    )

    assert claim.speaker.name == "Anna Kireeva"
    assert sorted(claim.speaker.aliases.values_list("name", flat=True)) == ["A. Kireeva", "Kireeva"]
    assert (correction.kind, correction.old_speaker, correction.new_speaker) == ("speaker_named", "", "Anna Kireeva")
    assert Speaker.objects.matching("Kireeva").get() == claim.speaker


def test_a_new_name_that_is_a_known_speaker_reuses_that_speaker(claim, reviewer):
    speakers = Speaker.objects.count()

    name_speaker(claim=claim, reviewer=reviewer, new_name="collin koh", reason="Koh.", expected_version=claim.version)

    assert claim.speaker.name == "Collin Koh"
    assert Speaker.objects.count() == speakers


def test_correcting_the_speaker_drops_the_old_speakers_affiliation(claim, reviewer):
    assert claim.affiliation is not None

    name_speaker(
        claim=claim, reviewer=reviewer, new_name="Someone Else", reason="Wrong person.", expected_version=claim.version
    )

    assert claim.affiliation is None


def test_correction_keeps_the_rule_that_erred(claim, reviewer):
    correction = name_speaker(
        claim=claim, reviewer=reviewer, new_name="Someone Else", reason="Wrong person.", expected_version=claim.version
    )

    assert correction.extraction_rule == "said-after-quote"


def test_command_lists_the_most_corrected_rules_first(reviewer):
    claims = list(Claim.objects.order_by("pk")[:4])
    for claim, rule in zip(claims, ["colon-intro", "said-after-quote", "said-after-quote", "colon-intro"], strict=True):
        Claim.objects.filter(pk=claim.pk).update(extraction_rule=rule)
        claim.refresh_from_db()
    for claim in claims[:3]:
        dismiss_claim(claim=claim, reviewer=reviewer, reason="Not a claim.", expected_version=claim.version)
    out = io.StringIO()

    call_command("extraction_corrections", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[1].split()[:3] == ["said-after-quote", "2", "2"]
    assert lines[2].split()[:3] == ["colon-intro", "1", "1"]


def test_command_says_when_nothing_was_corrected():
    out = io.StringIO()

    call_command("extraction_corrections", stdout=out)

    assert "No corrections yet" in out.getvalue()


def test_a_corrected_claim_is_kept_like_a_reviewed_one(claim, reviewer):
    from claims.services import ReviewedClaimKept, delete_claim

    dismiss_claim(claim=claim, reviewer=reviewer, reason="Not a claim.", expected_version=claim.version)

    with pytest.raises(ReviewedClaimKept):
        delete_claim(claim=claim)
    assert Claim.objects.filter(pk=claim.pk).exists()
