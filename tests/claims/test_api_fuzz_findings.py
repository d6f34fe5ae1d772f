"""What schemathesis (.ci/schemathesis) found once the scale work met the hardening: each a 500 or an
answer outside the schema, now a plain answer that the schema describes."""

import pytest

from claims.exports import COLUMNS
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


def _streamed(response) -> str:
    return b"".join(response.streaming_content).decode()


def test_csv_export_of_a_speaker_name_that_matches_nobody_is_the_header_alone(client):
    response = client.get("/api/v1/claims/", {"format": "csv", "speaker": NOBODY})

    assert response.status_code == 200
    assert _streamed(response) == ",".join(COLUMNS) + "\n"


def test_jsonl_export_of_a_speaker_name_that_matches_nobody_is_empty(client):
    response = client.get("/api/v1/claims/", {"format": "jsonl", "speaker": NOBODY})

    assert response.status_code == 200
    assert _streamed(response) == ""


@pytest.mark.parametrize("export_format", ["csv", "jsonl"])
def test_export_with_a_bad_filter_is_a_400_in_json(client, export_format):
    response = client.get("/api/v1/claims/", {"format": export_format, "status": "bogus"})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "status" in response.json()
