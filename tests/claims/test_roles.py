"""Each role against each write, through the API and the admin: allowed or refused."""

import pytest
from django.contrib.auth.models import Group

from claims.models import Claim, Review, Speaker

pytestmark = pytest.mark.usefixtures("seeded")

ROLES = ["anonymous", "Staff (read only)", "Reviewers", "Editors"]


@pytest.fixture
def login(client, django_user_model):
    def as_role(role):
        if role != "anonymous":
            user = django_user_model.objects.create_user(
                f"user-{len(role)}", password="pw-for-tests-123", is_staff=True
            )
            user.groups.add(Group.objects.get(name=role))
            client.force_login(user)
        return client

    return as_role


@pytest.fixture
def claim():
    return Claim.objects.get(text__startswith="We are seeing the formation")


def allowed(response):
    return response.status_code in (200, 201, 204) or (
        response.status_code == 302 and "/login/" not in response.get("Location", "")
    )


API_WRITES = {
    "record verdict": lambda c, claim: c.post(
        f"/api/v1/claims/{claim.pk}/reviews/",
        {"verdict": "false", "rationale": "r"},
        content_type="application/json",
        HTTP_IF_MATCH='"1"',
    ),
    "correct claim": lambda c, claim: c.patch(
        f"/api/v1/claims/{claim.pk}/", {"kind": "partial"}, content_type="application/json", HTTP_IF_MATCH='"1"'
    ),
    "delete unreviewed claim": lambda c, claim: c.delete(f"/api/v1/claims/{claim.pk}/"),
    "merge speakers": lambda c, claim: c.post(
        f"/api/v1/speakers/{claim.speaker_id}/merge/",
        {"other": Speaker.objects.create(name="Someone Else").pk},
        content_type="application/json",
    ),
}
API_EXPECTED = {
    "record verdict": {"Reviewers", "Editors"},
    "correct claim": {"Editors"},
    "delete unreviewed claim": {"Editors"},
    "merge speakers": {"Editors"},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("write", list(API_WRITES))
def test_api_write_by_role(login, claim, role, write):
    response = API_WRITES[write](login(role), claim)

    assert allowed(response) == (role in API_EXPECTED[write]), response.content


def admin_change_form(claim, **changes):
    return {
        "text": claim.text,
        "kind": claim.kind,
        "speaker": claim.speaker_id,
        "affiliation": claim.affiliation_id or "",
        "opened_version": claim.version,
        "reviews-TOTAL_FORMS": 0,
        "reviews-INITIAL_FORMS": 0,
        **changes,
    }


ADMIN_WRITES = {
    "record verdict": lambda c, claim: c.post(
        f"/admin/claims/claim/{claim.pk}/review/", {"verdict": "false", "rationale": "r", "version": claim.version}
    ),
    "start review": lambda c, claim: c.post(
        "/admin/claims/claim/", {"action": "take_into_review", "_selected_action": [claim.pk]}
    ),
    "correct claim": lambda c, claim: c.post(
        f"/admin/claims/claim/{claim.pk}/change/", admin_change_form(claim, kind="partial")
    ),
    "delete unreviewed claim": lambda c, claim: c.post(f"/admin/claims/claim/{claim.pk}/delete/", {"post": "yes"}),
    "rewrite claim from its history page": lambda c, claim: c.post(
        f"/admin/claims/claim/{claim.pk}/history/{claim.history.latest().history_id}/",
        admin_change_form(claim, text="Rewritten through the history page."),
    ),
    "dismiss as not a claim": lambda c, claim: c.post(
        f"/admin/claims/claim/{claim.pk}/correct/", {"action": "dismiss", "reason": "r", "version": claim.version}
    ),
    "restore a dismissed claim": lambda c, claim: c.post(
        f"/admin/claims/claim/{claim.pk}/correct/", {"action": "restore", "reason": "r", "version": claim.version}
    ),
    "name the speaker": lambda c, claim: c.post(
        f"/admin/claims/claim/{claim.pk}/correct/",
        {"action": "speaker", "sp-new_name": "Named In Review", "sp-reason": "r", "sp-version": claim.version},
    ),
    "rename speaker from its history page": lambda c, claim: c.post(
        f"/admin/claims/speaker/{claim.speaker_id}/history/{claim.speaker.history.latest().history_id}/",
        {"name": "Renamed Through History", "kind": "person", "aliases-TOTAL_FORMS": 0, "aliases-INITIAL_FORMS": 0},
    ),
}
ADMIN_EFFECT = {
    "record verdict": lambda claim: Review.objects.filter(claim=claim, verdict="false").exists(),
    "start review": lambda claim: Claim.objects.get(pk=claim.pk).status == "in_review",
    "correct claim": lambda claim: Claim.objects.get(pk=claim.pk).kind == "partial",
    "delete unreviewed claim": lambda claim: not Claim.objects.filter(pk=claim.pk).exists(),
    "dismiss as not a claim": lambda claim: Claim.objects.get(pk=claim.pk).status == "not_a_claim",
    "restore a dismissed claim": lambda claim: Claim.objects.get(pk=claim.pk).status == "unverified",
    "name the speaker": lambda claim: Claim.objects.get(pk=claim.pk).speaker.name == "Named In Review",
    "rewrite claim from its history page": lambda claim: Claim.objects.get(pk=claim.pk).version != claim.version,
    "rename speaker from its history page": lambda claim: Speaker.objects.filter(
        name="Renamed Through History"
    ).exists(),
}
ADMIN_EXPECTED = {
    "record verdict": {"Reviewers", "Editors"},
    "start review": {"Reviewers", "Editors"},
    "correct claim": {"Editors"},
    "delete unreviewed claim": {"Editors"},
    # Fixing the extractor's mistakes is part of the review; merging and deleting stay with editors.
    "dismiss as not a claim": {"Reviewers", "Editors"},
    "restore a dismissed claim": {"Reviewers", "Editors"},
    "name the speaker": {"Reviewers", "Editors"},
    # Past versions are shown, never saved: corrections go through the change form and its checks.
    "rewrite claim from its history page": set(),
    "rename speaker from its history page": set(),
}


# Writes that act on a claim in another state than the seeds leave it in.
ADMIN_SETUP = {
    "restore a dismissed claim": lambda claim: Claim.objects.filter(pk=claim.pk).update(status="not_a_claim"),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("write", list(ADMIN_WRITES))
def test_admin_write_by_role(login, claim, role, write):
    ADMIN_SETUP.get(write, lambda claim: None)(claim)

    ADMIN_WRITES[write](login(role), claim)

    assert ADMIN_EFFECT[write](claim) == (role in ADMIN_EXPECTED[write])


def test_admin_merge_action_is_offered_to_editors_only(login):
    for role, expected in [("Reviewers", False), ("Editors", True)]:
        client = login(role)
        response = client.get("/admin/claims/speaker/")
        assert ("merge_selected" in response.text) is expected
        client.logout()


@pytest.mark.parametrize("role", ["Staff (read only)", "Reviewers", "Editors"])
def test_admin_history_page_refuses_a_post_without_a_version(login, claim, role):
    url = f"/admin/claims/claim/{claim.pk}/history/{claim.history.latest().history_id}/"

    response = login(role).post(url, {"text": "No version sent."})

    assert response.status_code == 403


def test_admin_history_page_still_shows_a_past_version(login, claim):
    url = f"/admin/claims/claim/{claim.pk}/history/{claim.history.latest().history_id}/"

    response = login("Staff (read only)").get(url)

    assert response.status_code == 200
    assert claim.text[:30] in response.text
