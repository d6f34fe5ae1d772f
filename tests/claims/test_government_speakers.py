"""Countries and capitals speak as governments: after `ingest seeds/`, a journalist asking for China's
claims gets those the articles attribute to China's government, and nothing that only mentions China."""

import io

import pytest
from django.core.management import call_command

from claims.models import Speaker
from tests.conftest import SEEDS


@pytest.fixture
def ingested_seeds(db):
    call_command("ingest", str(SEEDS), "--no-progress", stdout=io.StringIO())


def _china_claims(client) -> list[dict]:
    response = client.get("/api/v1/claims/", {"speaker": "china", "page_size": 100})
    assert response.status_code == 200
    return response.json()["results"]


def test_speaker_china_returns_what_the_articles_attribute_to_chinas_government(client, ingested_seeds):
    claims = _china_claims(client)

    texts = " ".join(claim["text"] for claim in claims)
    # "Beijing has repeatedly accused Washington ..." and "China has urged all nations ...".
    assert "politicize the global sporting event" in texts
    assert "observe an Olympic truce" in texts
    assert {claim["speaker"]["name"] for claim in claims} == {"China"}


def test_speaker_china_leaves_out_claims_that_only_mention_china(client, ingested_seeds):
    claims = _china_claims(client)

    # The Kremlin's figure on trade ("China is already Russia's largest trading partner ...") is the
    # Kremlin's claim, however often it names China.
    assert not any(claim["text"].startswith("China is already") for claim in claims)


def test_the_government_of_china_is_one_speaker_with_its_capital_as_alias(ingested_seeds):
    china = Speaker.objects.get(name="China")

    assert china.kind == Speaker.Kind.GOVERNMENT
    assert "Beijing" in set(china.aliases.values_list("name", flat=True))
    assert not Speaker.objects.filter(name="Beijing").exists()


def test_a_journalist_lists_the_governments_that_speak(client, ingested_seeds):
    response = client.get("/api/v1/speakers/", {"kind": "government"})

    assert [speaker["name"] for speaker in response.json()["results"]] == ["China"]
