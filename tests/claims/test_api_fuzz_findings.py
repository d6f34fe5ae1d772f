"""What schemathesis (.ci/schemathesis) found once the scale work met the hardening: each a 500 or an
answer outside the schema, now a plain answer that the schema describes."""

import base64
import json

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


@pytest.mark.parametrize(
    "moment",
    [
        "1265-09-23T15:32:00.05037+17:14",  # an offset RFC 3339 allows and PostgreSQL does not (past ±15:59)
        "3932-03-01T12:22:26+20:57",
        "0001-01-01T00:00:00+05:00",  # before the year 1 in UTC, earlier than any date Python holds
    ],
)
def test_updated_after_any_offset_or_early_moment_selects_every_claim(client, moment):
    everything = client.get("/api/v1/claims/", {"page_size": 100}).json()["results"]

    response = client.get("/api/v1/claims/", {"updated_after": moment, "page_size": 100})

    assert response.status_code == 200
    expected = everything if moment < "2000" else []
    assert response.json()["results"] == expected


def test_updated_after_past_the_last_moment_python_holds_selects_nothing(client):
    response = client.get("/api/v1/claims/", {"updated_after": "9999-12-31T23:00:00-05:00"})

    assert response.status_code == 200
    assert response.json()["results"] == []


def test_reviews_updated_after_an_offset_postgresql_does_not_take_is_answered(client, claim):
    response = client.get(f"/api/v1/claims/{claim.pk}/reviews/", {"updated_after": "1265-09-23T15:32:00.05037+17:14"})

    assert response.status_code == 200
    assert response.json() == client.get(f"/api/v1/claims/{claim.pk}/reviews/").json()


def _cursor(position: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(position).encode()).decode().rstrip("=")


@pytest.mark.parametrize("moment", ["2020-01-01T00:00:00+20:57", "0001-01-01T00:00:00+05:00"])
def test_cursor_at_a_moment_with_any_offset_is_a_page(client, moment):
    response = client.get("/api/v1/claims/", {"cursor": _cursor({"v": moment, "i": 1, "d": "n"})})

    assert response.status_code == 200


def test_empty_cursor_is_the_first_page_as_an_empty_text_filter_is_no_filter(client):
    first = client.get("/api/v1/claims/")

    response = client.get("/api/v1/claims/", {"cursor": ""})

    assert response.status_code == 200
    assert response.json() == first.json()


def test_empty_cursor_is_the_feeds_first_page(client):
    first = client.get("/api/v1/claimreview/")

    response = client.get("/api/v1/claimreview/", {"cursor": ""})

    assert response.status_code == 200
    assert response.json()["dataFeedElement"] == first.json()["dataFeedElement"]


def test_empty_cursor_with_a_page_number_is_that_page(client):
    response = client.get("/api/v1/claims/", {"cursor": "", "page": 2, "page_size": 5})

    assert response.status_code == 200
    assert response.json()["results"] == client.get("/api/v1/claims/", {"page": 2, "page_size": 5}).json()["results"]


def _operation(client, path: str) -> dict:
    return client.get("/api/schema/", {"format": "json"}).json()["paths"][path]["get"]


def _media_type(response) -> str:
    return response["Content-Type"].split(";")[0]


def test_every_format_the_schema_offers_answers_in_a_content_type_it_documents(client):
    operation = _operation(client, "/api/v1/claims/")
    formats = next(p for p in operation["parameters"] if p["name"] == "format")["schema"]["enum"]

    for export_format in formats:
        response = client.get("/api/v1/claims/", {"format": export_format})
        assert response.status_code == 200
        assert _media_type(response) in operation["responses"]["200"]["content"], export_format


def test_schema_documents_errors_of_an_export_in_json(client):
    response = client.get("/api/v1/claims/", {"format": "csv", "kind": "bogus"})

    assert response.status_code == 400
    assert _media_type(response) in _operation(client, "/api/v1/claims/")["responses"]["400"]["content"]


def test_schema_documents_the_json_404_of_a_claimreview_for_no_such_claim(client):
    response = client.get("/api/v1/claims/%C2%84/claimreview/")  # not an id: no route, Django's 404

    assert response.status_code == 404
    documented = _operation(client, "/api/v1/claims/{id}/claimreview/")["responses"]["404"]["content"]
    assert _media_type(response) in documented


@pytest.mark.parametrize(("username", "password"), [("ri\x00ta", "a-long-test-password"), ("rita", "pass\x00word")])
def test_signing_in_for_a_token_with_a_nul_byte_is_a_401(client, reviewer, username, password):
    credentials = base64.b64encode(f"{username}:{password}".encode()).decode()

    response = client.post("/api/auth/token/", HTTP_AUTHORIZATION=f"Basic {credentials}")

    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Basic")


def test_schema_still_says_a_token_is_had_by_signing_in_with_http_basic(client):
    security = client.get("/api/schema/", {"format": "json"}).json()["paths"]["/api/auth/token/"]["post"]["security"]

    assert {"basicAuth": []} in security
