import pytest

from claims.models import Speaker
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.usefixtures("seeded")


def test_speaker_search_by_surname(client):
    results = client.get("/api/v1/speakers/", {"search": "ushakov"}).json()["results"]

    assert [r["name"] for r in results] == ["Yuri Ushakov"]
    assert results[0]["claim_count"] == 6


def test_speaker_detail_counts_claims_per_status(client):
    speaker = SpeakerFactory()
    ClaimFactory(speaker=speaker, status="false")
    ClaimFactory.create_batch(7, speaker=speaker)

    detail = client.get(f"/api/v1/speakers/{speaker.pk}/").json()

    assert detail["claims_by_status"]["false"] == 1
    assert detail["claims_by_status"]["unverified"] == 7
    assert sum(detail["claims_by_status"].values()) == 8


def test_speaker_detail_lists_affiliations_as_stated(client):
    ushakov = Speaker.objects.get(name="Yuri Ushakov")

    stated = {a["stated_as"] for a in client.get(f"/api/v1/speakers/{ushakov.pk}/").json()["affiliations"]}

    assert stated == {"Putin’s presidential aide", "Kremlin foreign policy aide"}


def test_speaker_claims_lists_only_that_speakers_claims(client):
    koh = Speaker.objects.get(name="Collin Koh")

    results = client.get(f"/api/v1/speakers/{koh.pk}/claims/").json()["results"]

    assert len(results) == 4 and {r["speaker"]["id"] for r in results} == {koh.pk}


def test_unknown_speaker_is_a_404(client):
    assert client.get("/api/v1/speakers/999999/").status_code == 404


def test_articles_list_with_claim_counts(client):
    results = client.get("/api/v1/articles/", {"outlet": "trt"}).json()["results"]

    assert len(results) == 1 and results[0]["claim_count"] == 32


def test_outlets_list(client):
    names = [r["name"] for r in client.get("/api/v1/outlets/").json()["results"]]

    assert names == ["Bloomberg", "Strategic Policy", "TRT World", "Voice of America"]


def test_an_outlet_in_the_list_reads_as_in_its_detail(client):
    listed = client.get("/api/v1/outlets/").json()["results"][0]

    detail = client.get(f"/api/v1/outlets/{listed['id']}/").json()

    assert listed == detail
    assert set(listed) == {"id", "name", "url", "article_count"} and listed["article_count"] == 1


def test_latest_affiliations_in_the_detail_are_written_as_the_affiliations_list_writes_them(client, db):
    from claims.models import Affiliation, Organization, Speaker
    from sources.models import Article

    speaker = Speaker.objects.create(name="Ada Park")
    board = Organization.objects.create(name="Harbour Board")
    article = Article.objects.create(body="Ada Park said it.", body_sha256="d" * 64)
    Affiliation.objects.create(speaker=speaker, stated_as="chair", role="chair", organization=board, article=article)
    Affiliation.objects.create(speaker=speaker, stated_as="senator", region="Ohio", party="independent")
    Affiliation.objects.create(speaker=speaker, stated_as="senator", region="Ohio", party="independent")

    detail = client.get(f"/api/v1/speakers/{speaker.pk}/").json()
    listed = client.get(f"/api/v1/speakers/{speaker.pk}/affiliations/").json()["results"]

    assert detail["affiliations"] == [listed[0], listed[2]]
    assert [a["stated_as"] for a in detail["affiliations"]] == ["senator", "chair"]
    assert detail["affiliations"][1]["organization"] == "Harbour Board"


def test_a_speaker_in_the_list_reads_as_in_its_detail(client):
    listed = client.get("/api/v1/speakers/", {"search": "putin"}).json()["results"][0]

    detail = client.get(f"/api/v1/speakers/{listed['id']}/").json()

    assert listed == {field: detail[field] for field in listed}
    assert set(listed) == {"id", "name", "kind", "wikidata_id", "aliases", "claim_count"}
