"""Two reviewers deciding on the same claim at once: one wins, the other is told, nothing is lost."""

import threading

import pytest
from django.db import connection, connections

from claims.models import Claim, Review
from claims.review import StaleClaim, record_review


@pytest.fixture
def claim():
    return Claim.objects.get(text__startswith="We are seeing the formation")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs real concurrent transactions (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_verdicts_on_one_version_one_is_refused(django_user_model):
    from django.core.management import call_command

    call_command("loaddata", "fixtures/seeds.json", verbosity=0)
    claim = Claim.objects.get(text__startswith="We are seeing the formation")
    users = [django_user_model.objects.create_user(name) for name in ("first", "second")]
    barrier = threading.Barrier(2)
    outcomes = {}

    def decide(user, verdict):
        try:
            opened = Claim.objects.get(pk=claim.pk)
            barrier.wait()
            record_review(claim=opened, reviewer=user, verdict=verdict, rationale="r", expected_version=opened.version)
            outcomes[user.username] = "saved"
        except StaleClaim:
            outcomes[user.username] = "refused"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=decide, args=(u, v)) for u, v in zip(users, ["false", "true"], strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes.values()) == ["refused", "saved"]
    saved_by = next(name for name, outcome in outcomes.items() if outcome == "saved")
    review = Review.objects.get(claim=claim)
    assert review.reviewer.username == saved_by
    assert Claim.objects.get(pk=claim.pk).status == review.verdict


@pytest.mark.usefixtures("seeded")
def test_admin_refuses_the_second_reviewers_stale_verdict(client, reviewer, django_user_model, claim):
    from django.contrib.auth.models import Group

    other = django_user_model.objects.create_user("olga", is_staff=True)
    other.groups.add(Group.objects.get(name="Reviewers"))
    opened_at = claim.version
    client.force_login(other)
    client.post(f"/admin/claims/claim/{claim.pk}/review/", {"verdict": "false", "rationale": "r", "version": opened_at})
    client.force_login(reviewer)

    response = client.post(
        f"/admin/claims/claim/{claim.pk}/review/", {"verdict": "true", "rationale": "mine", "version": opened_at}
    )

    assert response.status_code == 200
    assert "changed by someone else since you opened it" in response.text
    assert Claim.objects.get(pk=claim.pk).status == "false"
    assert claim.reviews.count() == 1


@pytest.mark.usefixtures("seeded")
def test_admin_refuses_a_stale_correction(client, django_user_model, claim):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("eddie", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    form = {
        "text": claim.text,
        "kind": "partial",
        "speaker": claim.speaker_id,
        "affiliation": claim.affiliation_id or "",
        "opened_version": claim.version,
        "reviews-TOTAL_FORMS": 0,
        "reviews-INITIAL_FORMS": 0,
    }
    client.post(f"/admin/claims/claim/{claim.pk}/change/", form)

    response = client.post(f"/admin/claims/claim/{claim.pk}/change/", {**form, "kind": "indirect"})

    assert "changed by someone else since you opened it" in response.text
    assert Claim.objects.get(pk=claim.pk).kind == "partial"
