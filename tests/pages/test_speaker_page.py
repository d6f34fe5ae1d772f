import datetime
import re

import pytest

from claims.models import Affiliation, Claim, Speaker, SpeakerAlias
from pages.permalinks import speaker_path
from pages.queries import AFFILIATION_WINDOW
from sources.models import Article
from tests.pages.conftest import decide, parts


def claim_texts(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'<p class="claim-text"><a href="[^"]+">“(.*?)”</a>', html, flags=re.S)


@pytest.fixture
def prolific(seeded):
    """A speaker with 45 claims, numbered in the order they were added."""
    speaker = Speaker.objects.create(name="Anna Prolific")
    Claim.objects.bulk_create(
        Claim(text=f"Statement number {n}.", text_hash=f"prolific-{n}", speaker=speaker) for n in range(1, 46)
    )
    return speaker


def test_speaker_page_shows_name_kind_and_aliases(client, putin):
    page = parts(client.get(speaker_path(putin)))

    assert "Vladimir Putin" in page.text and "Person · also written as Putin" in page.text


def test_an_alias_that_only_respells_the_name_is_not_shown(client, putin):
    SpeakerAlias.objects.create(speaker=putin, name="vladimir-putin")

    assert "also written as Putin " in parts(client.get(speaker_path(putin))).text + " "


def test_speaker_page_lists_each_stated_role_with_its_dates(client, seeded):
    ushakov = Speaker.objects.get(name="Yuri Ushakov")
    Article.objects.filter(affiliations__stated_as="Kremlin foreign policy aide").update(
        published=datetime.date(2021, 12, 15)
    )

    text = parts(client.get(speaker_path(ushakov))).text

    assert "Kremlin foreign policy aide in 1 article, 15 Dec 2021" in text
    assert "Putin’s presidential aide in 1 article, undated" in text


def test_speaker_page_scorecard_counts_each_verdict(client, putin, reviewer):
    for claim in putin.claims.all()[:2]:
        decide(claim, reviewer, "false")

    html = client.get(speaker_path(putin)).content.decode()

    assert '<desc id="chart-desc">16 claims: 2 false, 14 not yet checked.</desc>' in html
    assert re.search(r'<a href="\?status=false#claims-heading">False</a></th><td class="num">2</td>', html)


def test_scorecard_chart_has_a_title_and_is_an_image_to_screen_readers(client, putin):
    html = client.get(speaker_path(putin)).content.decode()

    assert re.search(r'<svg [^>]*role="img" aria-labelledby="chart-title chart-desc"', html)
    assert '<title id="chart-title">Verdicts on claims by Vladimir Putin</title>' in html


def test_speaker_claims_filtered_to_false_shows_only_false_claims(client, putin, reviewer):
    false_claim, other = putin.claims.all()[:2]
    decide(false_claim, reviewer, "false")
    decide(other, reviewer, "true")

    response = client.get(speaker_path(putin), {"status": "false"})

    assert claim_texts(response) == [false_claim.text]


def test_not_yet_checked_filter_includes_claims_in_review(client, putin, reviewer):
    claims = list(putin.claims.order_by("-id"))
    decide(claims[0], reviewer, "in_review", "")
    decide(claims[1], reviewer, "false")

    response = client.get(speaker_path(putin), {"status": "unverified"})

    assert len(claim_texts(response)) == 15 and claims[1].text not in claim_texts(response)


def test_speaker_claims_filtered_by_outlet(client, putin):
    response = client.get(speaker_path(putin), {"outlet": "trt"})

    assert len(claim_texts(response)) == 3


def test_speaker_claims_filtered_by_dates(client, putin):
    inside = client.get(speaker_path(putin), {"published_after": "2021-12-01", "published_before": "2021-12-31"})
    outside = client.get(speaker_path(putin), {"published_before": "2021-01-01"})

    assert len(claim_texts(inside)) == 3 and claim_texts(outside) == []
    assert "No claim by Vladimir Putin matches these filters." in outside.content.decode()


def test_speaker_claims_filtered_by_words(client, putin):
    response = client.get(speaker_path(putin), {"q": "stabilizing role"})

    assert sorted(claim_texts(response), key=len) == [
        "important stabilizing role.",
        "the two countries in an interview with Chinese state media as playing an “important stabilizing role.”",
        "Our countries play an important stabilizing role in today’s challenging international environment, "
        "promoting greater democracy in the system of international relations to make it more equitable "
        "and inclusive.",
    ]


def walk_pages(client, speaker) -> list[str]:
    seen, path, params = [], speaker_path(speaker), {}
    for _ in range(4):
        response = client.get(path, params)
        seen += claim_texts(response)
        older = re.search(r'<a rel="next" href="\?([^"#]+)', response.content.decode())
        if not older:
            break
        params = dict(pair.split("=") for pair in older.group(1).replace("&amp;", "&").split("&"))
    return seen


def test_claims_page_by_page_newest_first_each_once(client, prolific):
    assert walk_pages(client, prolific) == [f"Statement number {n}." for n in range(45, 0, -1)]


def test_claims_added_in_one_instant_page_each_once(client, prolific):
    Claim.objects.filter(speaker=prolific).update(created_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))

    assert walk_pages(client, prolific) == [f"Statement number {n}." for n in range(45, 0, -1)]


def test_paging_keeps_the_filters(client, prolific, reviewer):
    for claim in prolific.claims.all()[:25]:
        Claim.objects.filter(pk=claim.pk).update(status="false")

    first = client.get(speaker_path(prolific), {"status": "false"}).content.decode()

    assert re.search(r'<a rel="next" href="\?status=false&amp;after=\d+#claims-heading">Older claims</a>', first)


def test_speaker_page_costs_the_same_queries_for_few_or_many_claims(client, prolific, putin, django_assert_num_queries):
    for speaker in (putin, prolific):
        # 1 the speaker, 2 their aliases, 3 stated roles, 4 verdict counts, 5 the page of claims.
        with django_assert_num_queries(5):
            client.get(speaker_path(speaker))


def test_claims_dismissed_or_unattributed_are_not_listed_or_counted(client, putin, reviewer):
    dismissed, *rest = putin.claims.order_by("id")
    decide(dismissed, reviewer, "not_a_claim", "A slogan on a banner.")

    response = client.get(speaker_path(putin))

    assert dismissed.text not in claim_texts(response) and len(claim_texts(response)) == 15
    assert "15 claims: 15 not yet checked." in response.content.decode()


def test_unverified_claims_are_listed_as_not_yet_checked(client, putin):
    html = client.get(speaker_path(putin)).content.decode()

    assert html.count('<span class="verdict verdict-unverified">Not yet checked</span>') == 16


def test_speaker_with_nothing_public_is_not_found(client, putin):
    Claim.objects.filter(speaker=putin).update(status="not_a_claim")

    assert client.get(speaker_path(putin)).status_code == 404


def test_a_wrong_slug_redirects_to_the_canonical_address_keeping_the_filters(client, putin):
    response = client.get(f"/speakers/{putin.pk}-putin/", {"status": "false"})

    assert response.status_code == 301 and response["Location"] == f"{speaker_path(putin)}?status=false"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"status": "bogus"}, "Select a valid choice. bogus is not one of the available choices."),
        ({"published_after": "yesterday"}, "Enter a valid date."),
        ({"after": "abc"}, "That page of claims does not exist"),
        ({"published_after": "2022-01-01", "published_before": "2021-01-01"}, "The end date is before the start"),
        ({"q": "x" * 201}, "Ensure this value has at most 200 characters"),
    ],
)
def test_a_bad_filter_is_a_400_that_says_what_is_wrong(client, putin, params, message):
    response = client.get(speaker_path(putin), params)

    assert response.status_code == 400 and message in response.content.decode()


def test_roles_of_a_speaker_quoted_everywhere_come_from_their_latest_statements(client, putin):
    Affiliation.objects.bulk_create(
        Affiliation(speaker=putin, stated_as="Russian President", article=None) for _ in range(AFFILIATION_WINDOW)
    )
    Affiliation.objects.create(speaker=putin, stated_as="the Kremlin's leader")

    text = parts(client.get(speaker_path(putin))).text

    assert f"From their latest {AFFILIATION_WINDOW} statements." in text and "the Kremlin's leader" in text


def test_roles_of_an_archive_speaker_say_where_they_come_from(client, putin):
    Affiliation.objects.create(speaker=putin, stated_as="President, Russia", created_at=datetime.datetime.now())

    assert "President, Russia as a fact-check archive recorded it" in parts(client.get(speaker_path(putin))).text
