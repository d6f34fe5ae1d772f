"""The reviewers' admin: the queue's order, and merging several speakers at once."""

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

from claims.models import Claim, Review, Speaker
from tests.factories import ArticleFactory, ClaimFactory, SpeakerFactory


def test_the_queue_lists_unattributed_claims_first_then_the_least_confident_then_the_oldest(client, admin_user):
    sure = ClaimFactory(confidence=0.9)
    typed = ClaimFactory(confidence=None)
    older_unsure = ClaimFactory(confidence=0.3)
    newer_unsure = ClaimFactory(confidence=0.3)
    unnamed = ClaimFactory(speaker=None, confidence=0.95)
    ClaimFactory(confidence=0.1, status="false")  # decided: not in the queue
    client.force_login(admin_user)

    response = client.get("/admin/claims/claim/")

    listed = [claim.pk for claim in response.context["cl"].result_list]
    assert listed == [unnamed.pk, older_unsure.pk, newer_unsure.pk, sure.pk, typed.pk]


def test_merging_several_speakers_merges_none_when_one_is_refused(client, admin_user):
    keep = SpeakerFactory(name="Ada Park")
    mergeable = SpeakerFactory(name="A. Park")
    ClaimFactory(speaker=mergeable)
    # A reviewed claim both speakers hold in one article: merging it would lose a review.
    article = ArticleFactory()
    ClaimFactory(speaker=keep, article=article, text="Taxes doubled.")
    refused = SpeakerFactory(name="Ada Parks")
    reviewed = ClaimFactory(speaker=refused, article=article, text="Taxes doubled.")
    Review.objects.create(claim=reviewed, verdict="false", rationale="Checked.")
    client.force_login(admin_user)

    response = client.post(
        "/admin/claims/speaker/",
        {
            "action": "merge_selected",
            ACTION_CHECKBOX_NAME: [keep.pk, mergeable.pk, refused.pk],
            "keep": keep.pk,
            "apply": "1",
        },
        follow=True,
    )

    assert "resolve it first" in response.text
    assert set(Speaker.objects.values_list("name", flat=True)) == {"Ada Park", "A. Park", "Ada Parks"}
    assert Claim.objects.filter(speaker=mergeable).count() == 1
