"""Bad input gets a clear 4xx naming what is wrong: never a 500, never a silent guess."""

import re
from urllib.parse import urlsplit

import jsonschema
import pytest
from django.contrib.auth.models import Group, Permission

from claims.models import Affiliation, Claim, Review, Speaker

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture
def editor(client, django_user_model):
    """A signed-in editor who may also enter claims by hand."""
    user = django_user_model.objects.create_user("eddie", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    user.user_permissions.add(Permission.objects.get(codename="add_claim"))
    client.force_login(user)
    return user


@pytest.mark.parametrize("param", ["speaker_id", "article"])
@pytest.mark.parametrize("value", ["99999999999999999999", "-4.85e97"])
def test_id_filter_beyond_the_id_range_is_a_400_naming_the_parameter(client, param, value):
    response = client.get("/api/v1/claims/", {param: value})

    assert response.status_code == 400
    assert param in response.json()


def test_fractional_article_filter_is_a_400_not_article_one(client):
    response = client.get("/api/v1/claims/", {"article": "1.5"})

    assert response.status_code == 400
    assert "article" in response.json()


TEXT_FILTERS = [
    ("/api/v1/claims/", "q"),
    ("/api/v1/claims/", "affiliation"),
    ("/api/v1/claims/", "speaker"),
    ("/api/v1/claims/", "outlet"),
    ("/api/v1/speakers/", "search"),
    ("/api/v1/articles/", "outlet"),
    ("/api/v1/claimreview/", "speaker"),
]


@pytest.mark.parametrize(("url", "param"), TEXT_FILTERS)
def test_nul_byte_in_a_text_filter_is_a_400_naming_the_parameter(client, url, param):
    # PostgreSQL refuses NUL in a string literal: it must never reach a query.
    response = client.get(url, {param: "putin\x00"})

    assert response.status_code == 400
    assert "Null characters are not allowed." in response.json()[param]


@pytest.mark.parametrize(("url", "param"), TEXT_FILTERS)
def test_text_filter_of_a_thousand_words_is_a_400_naming_the_parameter(client, url, param):
    response = client.get(url, {param: "ab " * 1000})

    assert response.status_code == 400
    assert "at most 200 characters" in response.json()[param][0]


def test_merge_naming_a_fractional_speaker_id_is_a_400_and_merges_nothing(client, editor):
    keep, other = Speaker.objects.order_by("pk")[:2]

    response = client.post(
        f"/api/v1/speakers/{keep.pk}/merge/", {"other": other.pk + 0.5}, content_type="application/json"
    )

    assert response.status_code == 400
    assert "other" in response.json()
    assert Speaker.objects.filter(pk=other.pk).exists()


def test_correction_naming_a_fractional_speaker_id_is_a_400_and_changes_nothing(client, editor):
    claim = Claim.objects.first()
    other = Speaker.objects.exclude(pk=claim.speaker_id).first()

    response = client.patch(
        f"/api/v1/claims/{claim.pk}/", {"speaker": other.pk + 0.5}, content_type="application/json", HTTP_IF_MATCH="*"
    )

    assert response.status_code == 400
    assert "speaker" in response.json()
    assert Claim.objects.get(pk=claim.pk).speaker_id == claim.speaker_id


def test_new_claim_naming_a_fractional_article_id_is_a_400(client, editor):
    article_id = Claim.objects.filter(article__isnull=False).first().article_id
    text = Claim.objects.filter(article_id=article_id).first().text
    body = {"text": text, "speaker": "A B", "article": article_id + 0.5}

    response = client.post("/api/v1/claims/", body, content_type="application/json")

    assert response.status_code == 400
    assert "article" in response.json()


@pytest.mark.parametrize("version", [1.5, True])
def test_version_in_the_body_that_is_not_a_whole_number_is_refused_and_changes_nothing(client, editor, version):
    claim = Claim.objects.filter(kind="direct", version=1).first()

    response = client.patch(
        f"/api/v1/claims/{claim.pk}/", {"kind": "partial", "version": version}, content_type="application/json"
    )

    assert response.status_code == 412
    assert "is not a version number" in response.json()["detail"]
    assert Claim.objects.get(pk=claim.pk).kind == "direct"


@pytest.mark.parametrize("page_size", ["0", "-1", "abc", "1.5"])
def test_page_size_that_is_not_a_positive_whole_number_is_a_400_naming_it(client, page_size):
    response = client.get("/api/v1/claims/", {"page_size": page_size})

    assert response.status_code == 400
    assert "page_size" in response.json()


@pytest.mark.parametrize("page", ["999", "99999999999999999999", "0", "abc"])
def test_page_that_does_not_exist_is_a_404_saying_why(client, page):
    response = client.get("/api/v1/claims/", {"page": page})

    assert response.status_code == 404
    assert response.json()["detail"].startswith(f"There is no page {page}: ")


@pytest.mark.parametrize("url", ["/api/v1/speakers/", "/api/v1/articles/", "/api/v1/outlets/"])
def test_unknown_ordering_is_a_400_naming_the_parameter(client, url):
    response = client.get(url, {"ordering": "bogus"})

    assert response.status_code == 400
    assert "ordering" in response.json()


def test_schema_lists_the_orderings_the_claims_list_accepts(client):
    schema = openapi(client)

    parameters = schema["paths"]["/api/v1/claims/"]["get"]["parameters"]
    ordering = next(p for p in parameters if p["name"] == "ordering")
    assert {"published", "-published", "speaker"} <= set(ordering["schema"]["items"]["enum"])


def test_new_claim_by_a_speaker_named_only_in_punctuation_is_a_400_and_stores_nothing(client, editor):
    speakers = Speaker.objects.count()
    body = {"text": "All is well.", "speaker": "..."}

    response = client.post("/api/v1/claims/", body, content_type="application/json")

    assert response.status_code == 400
    assert "speaker" in response.json()
    assert Speaker.objects.count() == speakers
    assert not Claim.objects.filter(text="All is well.").exists()


def openapi(client):
    return client.get("/api/schema/", {"format": "json"}).json()


def conforms(client, data, schema):
    """The violations of `data` against `schema` (or a component's name) in the served OpenAPI 3.0 schema."""
    if isinstance(schema, str):
        schema = {"$ref": f"#/components/schemas/{schema}"}

    def as_json_schema(node):  # OpenAPI 3.0's `nullable` is JSON Schema's null type
        if isinstance(node, list):
            return [as_json_schema(item) for item in node]
        if not isinstance(node, dict):
            return node
        node = {key: as_json_schema(value) for key, value in node.items()}
        return {"anyOf": [node, {"type": "null"}]} if node.pop("nullable", False) else node

    formats = jsonschema.FormatChecker()
    formats.checks("uri")(lambda value: bool(urlsplit(value).scheme and urlsplit(value).netloc))
    schema = {**schema, "components": as_json_schema(openapi(client)["components"])}
    validator = jsonschema.Draft202012Validator(schema, format_checker=formats)
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(data)]


def test_claim_with_no_affiliation_source_url_or_outlet_matches_its_schema(client):
    claim = Claim.objects.filter(article__outlet=None).first()
    Claim.objects.filter(pk=claim.pk).update(affiliation=None, source_url="")

    response = client.get(f"/api/v1/claims/{claim.pk}/")

    assert conforms(client, response.json(), "Claim") == []


def test_speaker_with_an_affiliation_to_no_organisation_matches_its_schema(client):
    speaker = Affiliation.objects.filter(organization=None).first().speaker

    response = client.get(f"/api/v1/speakers/{speaker.pk}/")

    assert conforms(client, response.json(), "SpeakerDetail") == []


def test_articles_without_an_outlet_match_their_schema(client):
    response = client.get("/api/v1/articles/", {"page_size": 100})

    assert None in {a["outlet"] for a in response.json()["results"]}
    assert conforms(client, response.json(), "PaginatedArticleList") == []


def test_imported_review_with_no_reviewer_or_url_matches_its_schema(client):
    claim = Claim.objects.first()
    Review.objects.create(claim=claim, verdict="false", rationale="Checked.", origin="claimreview", url="")

    response = client.get(f"/api/v1/claims/{claim.pk}/reviews/")

    assert conforms(client, response.json(), "PaginatedReviewList") == []


def test_every_read_is_documented_as_needing_no_sign_in(client):
    operations = [path["get"] for path in openapi(client)["paths"].values() if "get" in path]

    assert operations and all({} in operation["security"] for operation in operations)


def reviewed_claim():
    claim = Claim.objects.first()
    Review.objects.create(claim=claim, verdict="false", rationale="Checked.", origin="claimreview")
    return claim


ERRORS = {
    "bad filter": ("get", "/api/v1/claims/", lambda c: c.get("/api/v1/claims/", {"status": "bogus"})),
    "no such page": ("get", "/api/v1/claims/", lambda c: c.get("/api/v1/claims/", {"page": 999})),
    "no such claim": ("get", "/api/v1/claims/{id}/", lambda c: c.get("/api/v1/claims/999999/")),
    "invalid token": ("get", "/api/v1/claims/", lambda c: c.get("/api/v1/claims/", HTTP_AUTHORIZATION="Token x")),
    "no If-Match": (
        "patch",
        "/api/v1/claims/{id}/",
        lambda c: c.patch(f"/api/v1/claims/{Claim.objects.first().pk}/", {"kind": "partial"}, "application/json"),
    ),
    "stale If-Match": (
        "patch",
        "/api/v1/claims/{id}/",
        lambda c: c.patch(
            f"/api/v1/claims/{Claim.objects.first().pk}/", {"kind": "partial"}, "application/json", HTTP_IF_MATCH='"9"'
        ),
    ),
    "not JSON": ("post", "/api/v1/claims/", lambda c: c.post("/api/v1/claims/", "text", "text/plain")),
    "body too large": ("post", "/api/v1/claims/", lambda c: c.post("/api/v1/claims/", {"text": "a" * 10_000})),
    "reviewed claim deleted": (
        "delete",
        "/api/v1/claims/{id}/",
        lambda c: c.delete(f"/api/v1/claims/{reviewed_claim().pk}/"),
    ),
    "merge into itself": (
        "post",
        "/api/v1/speakers/{id}/merge/",
        lambda c: c.post(
            f"/api/v1/speakers/{Speaker.objects.first().pk}/merge/", {"other": Speaker.objects.first().pk}
        ),
    ),
    "not signed in": ("post", "/api/v1/claims/", lambda c: c.post("/api/v1/claims/", {"text": "x", "speaker": "A B"})),
}
ANONYMOUS = {"invalid token", "not signed in"}


@pytest.mark.parametrize("case", ERRORS)
def test_each_error_answer_is_documented_for_its_operation(client, django_user_model, settings, case):
    method, path, request = ERRORS[case]
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 5000
    if case not in ANONYMOUS:
        client.force_login(django_user_model.objects.create_superuser("root", password="a-long-test-password"))

    response = request(client)

    documented = openapi(client)["paths"][path][method]["responses"]
    assert str(response.status_code) in documented, f"{case}: {response.status_code} {response.content[:200]}"
    schema = documented[str(response.status_code)]["content"]["application/json"]["schema"]
    assert conforms(client, response.json(), schema) == []


def test_schema_gives_the_form_of_an_if_match_the_server_reads(client):
    parameters = openapi(client)["paths"]["/api/v1/claims/{id}/"]["patch"]["parameters"]
    pattern = next(p for p in parameters if p["name"] == "If-Match")["schema"]["pattern"]

    assert all(re.match(pattern, etag) for etag in ['"3"', 'W/"3"', "*"])
    assert not any(re.match(pattern, etag) for etag in ["3", '""', '"3", "4"'])


@pytest.mark.parametrize(
    "path",
    ["/api/v1/speakers/0.5/merge/", "/api/v1/claims/null,null/history/", "/api/v1/claims/a%0Ab/history/", "/api/v1/x/"],
)
def test_unknown_api_path_is_a_json_404(client, path):
    response = client.post(path, {}, content_type="application/json")

    assert response.status_code == 404
    assert response.json()["detail"].startswith("There is no /api/v1/")


def test_api_path_without_its_trailing_slash_still_redirects(client):
    claim = Claim.objects.first()

    response = client.get(f"/api/v1/claims/{claim.pk}/history")

    assert response.status_code == 301
    assert response["Location"] == f"/api/v1/claims/{claim.pk}/history/"


def test_json_body_nested_too_deeply_to_parse_is_a_400(client, editor):
    body = "[" * 100_000 + "]" * 100_000

    response = client.post("/api/v1/claims/", body, content_type="application/json")

    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def test_body_over_the_upload_limit_is_a_413_in_json(client, editor, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = {"text": "a" * 2000, "speaker": "A B"}

    response = client.post("/api/v1/claims/", body, content_type="application/json")

    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]


def test_form_with_too_many_fields_is_a_400_in_json(client, editor, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    body = "&".join(f"field{i}=x" for i in range(20))

    response = client.post("/api/v1/claims/", body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 400
    assert "fields" in response.json()["detail"]


def test_schema_gives_the_limits_of_a_text_filter(client):
    parameters = openapi(client)["paths"]["/api/v1/claims/"]["get"]["parameters"]

    q = next(p for p in parameters if p["name"] == "q")
    assert q["schema"]["maxLength"] == 200
    assert not re.match(q["schema"]["pattern"], "putin\x00")
    assert q["description"].startswith("Words in the claim text")
    assert q["description"].endswith("At most 10 words.")


@pytest.mark.parametrize("url", ["/api/v1/claims/", "/api/v1/speakers/", "/api/v1/articles/", "/api/v1/outlets/"])
def test_ordering_of_empty_items_keeps_the_default_order(client, url):
    default = client.get(url).json()["results"]

    response = client.get(url, {"ordering": ","})

    assert response.status_code == 200
    assert response.json()["results"] == default
