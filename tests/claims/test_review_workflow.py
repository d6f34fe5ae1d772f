import pytest

from claims.history import claim_history
from claims.models import Claim, Review, ReviewIsFinal, Speaker
from claims.review import ReviewRejected, StaleClaim, correct_claim, record_review, start_review
from claims.speakers import merge_speakers

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture
def claim():
    return Claim.objects.get(text__startswith="We are seeing the formation")


def decide(claim, reviewer, verdict="false", **kwargs):
    values = {"rationale": "Checked the records.", "evidence": ["https://example.org/a"], **kwargs}
    return record_review(claim=claim, reviewer=reviewer, verdict=verdict, expected_version=claim.version, **values)


def test_verdict_moves_the_claim_to_it(claim, reviewer):
    decide(claim, reviewer, "mostly_false")

    claim.refresh_from_db()
    assert claim.status == "mostly_false"
    assert claim.version == 2


def test_claim_status_is_its_latest_review(claim, reviewer):
    decide(claim, reviewer, "false")
    claim.refresh_from_db()
    decide(claim, reviewer, "half_true")

    claim.refresh_from_db()
    assert claim.status == claim.reviews.latest("created_at").verdict == "half_true"


def test_verdict_without_rationale_is_refused(claim, reviewer):
    with pytest.raises(ReviewRejected, match="rationale"):
        decide(claim, reviewer, rationale="  ")


def test_in_review_needs_no_rationale(claim, reviewer):
    decide(claim, reviewer, "in_review", rationale="")

    assert Claim.objects.get(pk=claim.pk).status == "in_review"


def test_evidence_must_be_http_urls(claim, reviewer):
    with pytest.raises(ReviewRejected, match="evidence"):
        decide(claim, reviewer, evidence=["javascript:alert(1)"])


def test_several_evidence_links_are_kept(claim, reviewer):
    review = decide(claim, reviewer, evidence=["https://a.example/1", "http://b.example/2"])

    assert review.evidence == ["https://a.example/1", "http://b.example/2"]


def test_stale_version_is_refused_and_nothing_changes(claim, reviewer):
    opened_at = claim.version
    decide(claim, reviewer, "false")

    with pytest.raises(StaleClaim):
        record_review(claim=claim, reviewer=reviewer, verdict="true", rationale="x", expected_version=opened_at)

    assert Claim.objects.get(pk=claim.pk).status == "false"
    assert claim.reviews.count() == 1


def test_reviews_cannot_be_edited(claim, reviewer):
    review = decide(claim, reviewer)
    review.rationale = "rewritten"

    with pytest.raises(ReviewIsFinal):
        review.save()


def test_reviews_cannot_be_deleted_one_by_one_or_in_bulk(claim, reviewer):
    review = decide(claim, reviewer)

    with pytest.raises(ReviewIsFinal):
        review.delete()
    with pytest.raises(ReviewIsFinal):
        Review.objects.filter(pk=review.pk).delete()
    with pytest.raises(ReviewIsFinal):
        Review.objects.filter(pk=review.pk).update(verdict="true")


def test_start_review_takes_only_unverified_claims_and_records_who(reviewer):
    claims = list(Claim.objects.filter(speaker__name="Collin Koh"))
    Claim.objects.filter(pk=claims[0].pk).update(status="false")

    taken = start_review(claims=claims, reviewer=reviewer)

    assert taken == 3
    assert Review.objects.filter(verdict="in_review", reviewer=reviewer).count() == 3


def test_correction_keeps_the_old_text_in_the_history(claim, reviewer):
    correct_claim(claim=claim, editor=reviewer, changes={"kind": "partial"}, expected_version=claim.version)

    changes = [e for e in claim_history(claim) if e.action == "changed"]
    assert changes[-1].changes == [{"field": "kind", "old": "direct", "new": "partial"}]
    assert changes[-1].user == reviewer.username


def test_history_lists_reviews_with_who_and_why(claim, reviewer):
    decide(claim, reviewer, "false", rationale="Contradicted by the ministry.")

    review_events = [e for e in claim_history(claim) if e.action == "review"]
    assert review_events[0].user == "rita"
    assert review_events[0].rationale == "Contradicted by the ministry."


def test_merge_moves_claims_aliases_and_affiliations(reviewer):
    keep = Speaker.objects.get(name="Vladimir Putin")
    other = Speaker.objects.create(name="V. Putin")
    moved = Claim.objects.filter(speaker__name="Wendy Sherman").first()
    Claim.objects.filter(pk=moved.pk).update(speaker=other)
    before = keep.claims.count()

    merge_speakers(keep=keep, other=other, editor=reviewer)

    assert keep.claims.count() == before + 1
    assert keep.aliases.filter(name="V. Putin").exists()
    assert not Speaker.objects.filter(pk=other.pk).exists()
    assert "merged" in claim_history(Claim.objects.get(pk=moved.pk))[-1].summary


def test_history_of_a_claim_loaded_without_a_creation_record_starts_with_its_first_change(claim, reviewer):
    claim.history.all().delete()  # as after loaddata, which records no history
    decide(claim, reviewer, "false")

    assert [e.action for e in claim_history(claim)] == ["review"]


def test_more_than_twenty_evidence_links_are_refused(claim, reviewer):
    links = [f"https://example.org/{n}" for n in range(21)]

    with pytest.raises(ReviewRejected, match="At most 20 evidence links"):
        decide(claim, reviewer, evidence=links)
