import xml.etree.ElementTree as ET

import pytest

from claims.models import Claim, Speaker
from pages.permalinks import claim_path
from tests.pages.conftest import QUOTE, decide

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def verdicts(seeded, reviewer):
    """Three verdicts: on Pukhov's quote (half true, then false), then on one of Putin's."""
    pukhov = Claim.objects.get(text__startswith=QUOTE)
    putin = Speaker.objects.get(name="Vladimir Putin").claims.order_by("id").first()
    decide(pukhov, reviewer, "half_true", "A first reading.")
    decide(pukhov, reviewer, "false", "No treaty exists.")
    decide(putin, reviewer, "mostly_false", "The figures say otherwise.")
    return {"pukhov": pukhov, "putin": putin}


def test_rss_feed_lists_new_verdicts_newest_first(client, verdicts):
    response = client.get("/verdicts.rss")

    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert [item.findtext("title").split(",")[0] for item in items] == [
        "Mostly false: Vladimir Putin",
        "False: Ruslan Pukhov",
        "Half true: Ruslan Pukhov",
    ]
    assert items[1].findtext("link") == f"http://testserver{claim_path(verdicts['pukhov'])}"
    assert items[1].findtext("description") == "No treaty exists."


def test_atom_feed_lists_the_same_verdicts(client, verdicts):
    feed = ET.fromstring(client.get("/verdicts.atom").content)

    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    assert entries[0].find(f"{ATOM}link").get("href") == f"http://testserver{claim_path(verdicts['putin'])}"
    assert entries[0].find(f"{ATOM}author").findtext(f"{ATOM}name") == "factcheck"


def test_each_verdict_is_its_own_feed_entry(client, verdicts):
    feed = ET.fromstring(client.get("/verdicts.atom").content)

    ids = [entry.findtext(f"{ATOM}id") for entry in feed.findall(f"{ATOM}entry")]
    assert ids[1] == f"http://testserver{claim_path(verdicts['pukhov'])}#verdict-{verdicts['pukhov'].reviews.last().pk}"
    assert len(set(ids)) == 3 and all(i.startswith("http://testserver/claims/") for i in ids)


def test_speaker_feed_lists_only_that_speakers_verdicts(client, verdicts):
    putin = verdicts["putin"].speaker

    for path in (f"/speakers/{putin.pk}/verdicts.atom", f"/speakers/{putin.pk}/verdicts.rss"):
        body = client.get(path).content.decode()

        assert "The figures say otherwise." in body and "No treaty exists." not in body


def test_feeds_leave_out_claims_dismissed_after_their_verdict(client, verdicts, reviewer):
    decide(verdicts["pukhov"], reviewer, "not_a_claim", "A headline.")

    body = client.get("/verdicts.atom").content.decode()

    assert "No treaty exists." not in body and "The figures say otherwise." in body


def test_feed_of_an_unknown_speaker_is_a_404(client, db):
    assert client.get("/speakers/999999/verdicts.atom").status_code == 404


def test_pages_announce_their_feeds(client, verdicts):
    putin = verdicts["putin"].speaker

    html = client.get(f"/speakers/{putin.pk}/", follow=True).content.decode()

    feed = f'href="/speakers/{putin.pk}/verdicts.atom"'
    assert f'<link rel="alternate" type="application/atom+xml" title="New verdicts on Vladimir Putin" {feed}>' in html
