import pytest
from django.contrib.auth.models import Group

from claims.models import Claim, Speaker

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture
def claim():
    return Claim.objects.get(text__startswith="We are seeing the formation")


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user("eddie", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def post_review(client, claim, etag, **body):
    body = {"verdict": "false", "rationale": "Checked.", "evidence": ["https://example.org/e"], **body}
    headers = {"HTTP_IF_MATCH": etag} if etag else {}
    return client.post(f"/api/v1/claims/{claim.pk}/reviews/", body, content_type="application/json", **headers)


def test_claim_detail_carries_an_etag(client, claim):
    assert client.get(f"/api/v1/claims/{claim.pk}/")["ETag"] == '"1"'


def test_reviewer_posts_a_verdict_with_if_match(client, claim, reviewer):
    client.force_login(reviewer)

    response = post_review(client, claim, '"1"')

    assert response.status_code == 201, response.content
    assert response["ETag"] == '"2"'
    assert client.get(f"/api/v1/claims/{claim.pk}/").json()["status"] == "false"


def test_stale_if_match_is_a_412_and_nothing_is_written(client, claim, reviewer):
    client.force_login(reviewer)
    post_review(client, claim, '"1"')

    response = post_review(client, claim, '"1"', verdict="true")

    assert response.status_code == 412
    assert "changed by someone else" in response.json()["detail"]
    assert Claim.objects.get(pk=claim.pk).status == "false"


def test_verdict_without_if_match_is_a_428(client, claim, reviewer):
    client.force_login(reviewer)

    response = post_review(client, claim, None)

    assert response.status_code == 428
    assert "If-Match" in response.json()["detail"]


def test_verdict_without_rationale_is_a_400(client, claim, reviewer):
    client.force_login(reviewer)

    response = post_review(client, claim, '"1"', rationale="")

    assert response.status_code == 400
    assert "rationale" in response.json()


def test_bad_evidence_link_is_a_400(client, claim, reviewer):
    client.force_login(reviewer)

    response = post_review(client, claim, '"1"', evidence=["not a url"])

    assert response.status_code == 400
    assert "evidence" in response.json()


def test_unknown_verdict_is_a_400(client, claim, reviewer):
    client.force_login(reviewer)

    assert post_review(client, claim, '"1"', verdict="meh").status_code == 400


def test_reviews_are_listed_oldest_first(client, claim, reviewer):
    client.force_login(reviewer)
    post_review(client, claim, '"1"', verdict="false")
    post_review(client, claim, '"2"', verdict="half_true")

    verdicts = [r["verdict"] for r in client.get(f"/api/v1/claims/{claim.pk}/reviews/").json()["results"]]

    assert verdicts == ["false", "half_true"]


def test_history_shows_the_verdict_and_who_made_it(client, claim, reviewer):
    client.force_login(reviewer)
    post_review(client, claim, '"1"', rationale="The ministry denies it.")

    events = client.get(f"/api/v1/claims/{claim.pk}/history/").json()

    review = next(e for e in events if e["action"] == "review")
    assert review["user"] == "rita" and review["rationale"] == "The ministry denies it."


def test_editor_corrects_the_kind_with_if_match(client, claim, editor):
    client.force_login(editor)

    response = client.patch(
        f"/api/v1/claims/{claim.pk}/", {"kind": "partial"}, content_type="application/json", HTTP_IF_MATCH='"1"'
    )

    assert response.status_code == 200, response.content
    assert response.json()["kind"] == "partial"
    assert response["ETag"] == '"2"'


def test_stale_patch_is_a_412(client, claim, editor):
    client.force_login(editor)
    client.patch(
        f"/api/v1/claims/{claim.pk}/", {"kind": "partial"}, content_type="application/json", HTTP_IF_MATCH='"1"'
    )

    response = client.patch(
        f"/api/v1/claims/{claim.pk}/", {"text": "Changed."}, content_type="application/json", HTTP_IF_MATCH='"1"'
    )

    assert response.status_code == 412
    assert Claim.objects.get(pk=claim.pk).text.startswith("We are seeing")


def test_put_is_not_offered(client, claim, editor):
    client.force_login(editor)

    assert client.put(f"/api/v1/claims/{claim.pk}/", {}, content_type="application/json").status_code == 405


def test_reviewed_claim_cannot_be_deleted(client, claim, editor):
    client.force_login(editor)
    post_review(client, claim, '"1"')

    response = client.delete(f"/api/v1/claims/{claim.pk}/")

    assert response.status_code == 409
    assert Claim.objects.filter(pk=claim.pk).exists()


def test_editor_merges_two_speakers(client, editor):
    keep = Speaker.objects.get(name="Esref Yalinkilicli")
    other = Speaker.objects.create(name="Esref Yalinkilcli")

    client.force_login(editor)
    response = client.post(f"/api/v1/speakers/{keep.pk}/merge/", {"other": other.pk}, content_type="application/json")

    assert response.status_code == 200, response.content
    assert "Esref Yalinkilcli" in response.json()["aliases"]


def test_merging_a_speaker_into_itself_is_a_409(client, editor):
    keep = Speaker.objects.get(name="Esref Yalinkilicli")
    client.force_login(editor)

    response = client.post(f"/api/v1/speakers/{keep.pk}/merge/", {"other": keep.pk}, content_type="application/json")

    assert response.status_code == 409


def test_more_than_twenty_evidence_links_are_a_400(client, claim, reviewer):
    client.force_login(reviewer)

    response = post_review(client, claim, '"1"', evidence=[f"https://example.org/{n}" for n in range(21)])

    assert response.status_code == 400
    assert "evidence" in response.json()
