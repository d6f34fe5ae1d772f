"""Inputs a hostile or careless client sent that once answered 500: each is now a 4xx in JSON."""

import json
import threading

import pytest
from django.contrib.auth.models import Group
from django.db import OperationalError, connection
from django.test import Client

from claims.models import Claim, Speaker

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("eddie", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


@pytest.fixture
def claim():
    return Claim.objects.filter(kind="direct").order_by("pk").first()


def test_merging_speakers_with_long_names_keeps_the_whole_reason_in_history(client, editor):
    keep = Speaker.objects.create(name="Alexandra Konstantinopoulou-Smith")
    other = Claim.objects.first().speaker
    Speaker.objects.filter(pk=other.pk).update(name="Maximilian Featherstonehaugh-Brown")

    response = client.post(f"/api/v1/speakers/{keep.pk}/merge/", {"other": other.pk}, content_type="application/json")

    assert response.status_code == 200, response.content
    moved = Claim.objects.filter(speaker=keep).first()
    assert moved.history.latest().history_change_reason == (
        f"speaker 'Maximilian Featherstonehaugh-Brown' (#{other.pk}) merged into "
        f"'Alexandra Konstantinopoulou-Smith' (#{keep.pk})"
    )


@pytest.mark.parametrize("length", [101, 500])
def test_correction_with_a_long_reason_is_stored_whole(client, editor, claim, length):
    reason = "r" * length

    response = client.patch(
        f"/api/v1/claims/{claim.pk}/", {"kind": "partial", "reason": reason}, "application/json", HTTP_IF_MATCH='"1"'
    )

    assert response.status_code == 200, response.content
    assert claim.history.latest().history_change_reason == reason


@pytest.mark.parametrize("field", ["kind", "speaker"])
def test_lone_surrogate_in_a_correction_is_a_400(client, editor, claim, field):
    body = f'{{"{field}": "\\ud800"}}'

    response = client.patch(f"/api/v1/claims/{claim.pk}/", body, "application/json", HTTP_IF_MATCH='"1"')

    assert response.status_code == 400
    assert "surrogate" in response.json()["detail"]
    assert Claim.objects.get(pk=claim.pk).version == 1


def test_lone_surrogate_in_a_verdict_is_a_400(client, reviewer, claim):
    client.force_login(reviewer)
    body = '{"verdict": "\\ud800", "rationale": "x"}'

    response = client.post(f"/api/v1/claims/{claim.pk}/reviews/", body, "application/json", HTTP_IF_MATCH='"1"')

    assert response.status_code == 400
    assert "surrogate" in response.json()["detail"]


def test_surrogate_pair_is_an_ordinary_character(client, editor, claim):
    body = json.dumps({"text": "Claim with an emoji \U0001f600", "reason": "emoji"})  # sent as \ud83d\ude00

    response = client.patch(f"/api/v1/claims/{claim.pk}/", body, "application/json", HTTP_IF_MATCH='"1"')

    assert response.status_code == 200
    assert response.json()["text"].endswith("\U0001f600")


def test_five_thousand_digit_if_match_is_a_412(client, editor, claim):
    response = client.patch(
        f"/api/v1/claims/{claim.pk}/", {"kind": "partial"}, "application/json", HTTP_IF_MATCH=f'"{"5" * 5000}"'
    )

    assert response.status_code == 412
    assert "is not an ETag" in response.json()["detail"]


@pytest.mark.parametrize("version", ["5" * 5000, 5 * 10**3000], ids=["string", "number"])
def test_five_thousand_digit_version_in_the_body_is_a_412(client, editor, claim, version):
    body = json.dumps({"kind": "partial", "version": version})

    response = client.patch(f"/api/v1/claims/{claim.pk}/", body, "application/json")

    assert response.status_code == 412
    assert "is not a version number" in response.json()["detail"]
    assert Claim.objects.get(pk=claim.pk).kind == "direct"


def test_an_unexpected_failure_under_the_api_is_a_json_500():
    client = Client(raise_request_exception=False)

    def database_down(execute, sql, params, many, context):
        raise OperationalError("the database went away")

    with connection.execute_wrapper(database_down):
        response = client.get("/api/v1/claims/")

    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert "failed" in response.json()["detail"]


def test_schema_requested_by_many_clients_at_once_is_the_same_for_all():
    from factcheck.api.schema_view import SchemaView

    SchemaView._built.clear()  # as in a server process that has not built it yet
    barrier = threading.Barrier(6)
    answers = []

    def fetch():
        client = Client(raise_request_exception=False)
        barrier.wait()
        response = client.get("/api/schema/", {"format": "json"})
        answers.append((response.status_code, response.content))

    threads = [threading.Thread(target=fetch) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [status for status, _ in answers] == [200] * 6
    assert len({body for _, body in answers}) == 1


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/v1/claims/", "speker"),
        ("/api/v1/claims/", "subject"),
        ("/api/v1/speakers/", "q"),
        ("/api/v1/articles/", "speaker"),
        ("/api/v1/claimreview/", "verdict"),
    ],
)
def test_unknown_query_parameter_is_a_400_naming_it(client, url, param):
    response = client.get(url, {param: "putin"})

    assert response.status_code == 400
    assert "Unknown query parameter" in response.json()[param][0]


def test_known_parameters_with_pages_and_format_are_accepted(client):
    response = client.get("/api/v1/claims/", {"speaker": "putin", "page": 1, "page_size": 5, "format": "json"})

    assert response.status_code == 200


def test_anonymous_write_is_a_401_naming_the_scheme(client, claim):
    response = client.patch(f"/api/v1/claims/{claim.pk}/", {"kind": "partial"}, "application/json")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_write_with_a_bad_token_is_a_401_naming_the_scheme(client, claim):
    response = client.post(
        f"/api/v1/claims/{claim.pk}/reviews/", {"verdict": "false"}, "application/json", HTTP_AUTHORIZATION="Token nope"
    )

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_token_of_bytes_that_are_not_utf8_is_a_401(client):
    response = client.get("/api/v1/claims/", HTTP_AUTHORIZATION="Token \xff\xfe")

    assert response.status_code == 401


def test_signed_in_user_beyond_their_role_still_gets_a_403(client, reviewer, claim):
    client.force_login(reviewer)

    response = client.patch(f"/api/v1/claims/{claim.pk}/", {"kind": "partial"}, "application/json", HTTP_IF_MATCH="*")

    assert response.status_code == 403


@pytest.mark.parametrize(
    ("url", "param"),
    [("/api/v1/claims/", "published_before"), ("/api/v1/claims/", "page_size"), ("/api/v1/speakers/", "kind")],
)
def test_empty_value_where_the_schema_wants_a_date_number_or_choice_is_a_400(client, url, param):
    response = client.get(url, {param: ""})

    assert response.status_code == 400
    assert response.json()[param] == ["Empty; give a value or leave the parameter out."]


def test_empty_text_filter_means_no_filter(client):
    response = client.get("/api/v1/claims/", {"speaker": "", "page_size": 100})

    assert response.status_code == 200
    # The same page as no filter (whose count may be the planner's estimate on PostgreSQL).
    ids = [claim["id"] for claim in response.json()["results"]]
    assert ids == list(Claim.objects.public().order_by("-created_at", "-id").values_list("id", flat=True)[:100])


@pytest.mark.parametrize("param", ["page", "page_size", "speaker", "kind"])
def test_single_valued_parameter_given_twice_is_a_400(client, param):
    response = client.get(f"/api/v1/claims/?{param}=1&{param}=2")

    assert response.status_code == 400
    assert response.json()[param] == ["Given 2 times; give it once."]


def test_status_may_be_given_several_times(client):
    response = client.get("/api/v1/claims/?status=false&status=true")

    assert response.status_code == 200


def test_unknown_parameter_on_a_claims_reviews_is_a_400(client, claim):
    response = client.get(f"/api/v1/claims/{claim.pk}/reviews/", {"verdict": "false"})

    assert response.status_code == 400
    assert "verdict" in response.json()


def test_empty_ordering_keeps_the_default_order_and_the_schema_allows_it(client):
    default = client.get("/api/v1/outlets/").json()["results"]

    response = client.get("/api/v1/outlets/", {"ordering": ""})

    assert response.status_code == 200
    assert response.json()["results"] == default
    parameters = client.get("/api/schema/", {"format": "json"}).json()["paths"]["/api/v1/outlets/"]["get"]["parameters"]
    assert "" in next(p for p in parameters if p["name"] == "ordering")["schema"]["items"]["enum"]


def test_schema_says_a_verdict_needs_a_rationale(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()

    rationale = schema["components"]["schemas"]["ReviewInput"]["properties"]["rationale"]
    assert "required, and not blank, for every verdict but in_review" in rationale["description"]


@pytest.mark.parametrize("suffix", ["", "claimreview/", "reviews/", "history/"])
def test_a_non_numeric_claim_id_is_a_404(client, db, suffix):
    response = client.get(f"/api/v1/claims/null,null/{suffix}")

    assert response.status_code == 404
