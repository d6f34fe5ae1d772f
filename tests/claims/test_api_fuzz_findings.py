"""What schemathesis (.ci/schemathesis) found once the scale work met the hardening: each a 500 or an
answer outside the schema, now a plain answer that the schema describes."""

import pytest

from claims.models import Claim

pytestmark = pytest.mark.usefixtures("seeded")

NOBODY = "Zyxwvut Qqqqq"  # a speaker name nothing resembles


@pytest.fixture
def claim():
    return Claim.objects.filter(kind="direct").order_by("pk").first()


def test_text_search_within_a_speaker_name_that_matches_nobody_is_an_empty_list(client):
    response = client.get("/api/v1/claims/", {"q": "war", "speaker": NOBODY})

    assert response.status_code == 200
    assert response.json()["count"] == 0
    assert response.json()["results"] == []
