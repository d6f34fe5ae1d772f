from claims.models import Claim, Speaker
from tests.pages.conftest import QUOTE, decide, parts


def test_home_page_is_a_search_box(client, db):
    response = client.get("/")

    assert response.status_code == 200
    assert '<input id="id_q" name="q" type="search"' in response.content.decode()


def test_search_finds_a_speaker_by_a_misspelt_surname(client, seeded):
    pantucci = Speaker.objects.get(name="Raffaello Pantucci")

    page = parts(client.get("/", {"q": "pantuci"}))

    assert ("Raffaello Pantucci", f"/speakers/{pantucci.pk}-raffaello-pantucci/") in page.links
    assert "Person · 17 claims" in page.text


def test_search_finds_a_speaker_by_an_alias(client, seeded):
    page = parts(client.get("/", {"q": "Putin"}))

    assert "Vladimir Putin" in [text for text, _ in page.links]


def test_search_finds_claims_by_words_in_any_order(client, seeded):
    page = parts(client.get("/", {"q": "alliance informal"}))

    assert any(text.startswith(f"“{QUOTE}") for text, _ in page.links)


def test_search_counts_only_public_claims(client, seeded, reviewer):
    putin = Speaker.objects.get(name="Vladimir Putin")
    decide(putin.claims.first(), reviewer, "not_a_claim", "A slogan.")

    assert "Person · 15 claims" in parts(client.get("/", {"q": "putin"})).text


def test_search_never_shows_dismissed_or_unattributed_claims(client, seeded, reviewer):
    dismissed = Claim.objects.get(text__startswith=QUOTE)
    decide(dismissed, reviewer, "not_a_claim", "A headline.")
    unattributed = Claim.objects.filter(text__icontains="alliance").exclude(pk=dismissed.pk).first()
    Claim.objects.filter(pk=unattributed.pk).update(speaker=None)

    html = client.get("/", {"q": "alliance"}).content.decode()

    assert QUOTE not in html and unattributed.text[:40] not in html


def test_search_that_finds_nothing_says_so(client, seeded):
    text = parts(client.get("/", {"q": "zzyzx"})).text

    assert "No speaker called “zzyzx”." in text and "No claim has all the words “zzyzx”." in text


def test_an_overlong_search_is_a_400_with_a_message(client, db):
    response = client.get("/", {"q": "x" * 201})

    assert response.status_code == 400
    assert "Ensure this value has at most 200 characters" in response.content.decode()


def test_recent_verdicts_list_each_claim_once_with_the_verdict_that_stands(client, seeded, reviewer):
    claim = Claim.objects.get(text__startswith=QUOTE)
    decide(claim, reviewer, "half_true")
    decide(claim, reviewer, "false")

    html = client.get("/").content.decode()
    recent = html[html.index("Recent verdicts") :]

    assert recent.count(QUOTE) == 1
    assert '<span class="verdict verdict-false">False</span>' in recent and "Half true" not in recent


def test_recent_verdicts_leave_out_claims_dismissed_afterwards(client, seeded, reviewer):
    claim = Claim.objects.get(text__startswith=QUOTE)
    decide(claim, reviewer, "false")
    decide(claim, reviewer, "not_a_claim", "A headline.")

    assert QUOTE not in client.get("/").content.decode()
