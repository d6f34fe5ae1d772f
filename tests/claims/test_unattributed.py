"""Claims the extractor could not attribute: stored with no speaker, shown as "Unattributed"."""

import io
import json

from django.core.management import call_command

from claims.review import correct_claim
from tests.factories import ClaimFactory, SpeakerFactory


def test_the_api_gives_an_unattributed_claim_a_null_speaker(client, db):
    claim = ClaimFactory(speaker=None)

    response = client.get(f"/api/v1/claims/{claim.pk}/")

    assert response.status_code == 200
    assert response.json()["speaker"] is None


def test_the_admin_list_shows_an_unattributed_claim_as_unattributed(client, admin_user):
    ClaimFactory(speaker=None, text="Nobody knows who said this.")
    client.force_login(admin_user)

    response = client.get("/admin/claims/claim/")

    assert response.status_code == 200
    assert "Unattributed" in response.text


def test_the_history_shows_a_speaker_named_later_as_a_change_from_unattributed(client, admin_user):
    claim = ClaimFactory(speaker=None)
    correct_claim(
        claim=claim, editor=admin_user, changes={"speaker": SpeakerFactory(name="Ada Park")}, expected_version=1
    )
    client.force_login(admin_user)

    response = client.get(f"/api/v1/claims/{claim.pk}/history/")

    [change] = [event for event in response.json() if event["action"] == "changed"]
    assert change["changes"] == [{"field": "speaker", "old": "Unattributed", "new": "Ada Park"}]


def test_the_claimreview_export_leaves_out_unattributed_and_dismissed_claims(db):
    ClaimFactory(speaker=None, status="false")
    ClaimFactory(status="not_a_claim")
    named = ClaimFactory(status="false")
    out = io.StringIO()

    call_command("export_claimreview", stdout=out)

    reviews = [element["item"][0] for element in json.loads(out.getvalue())["dataFeedElement"]]
    assert [review["claimReviewed"] for review in reviews] == [named.text]
