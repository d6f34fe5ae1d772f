"""A claim carries its article's publication date, which the database keeps in step with the article."""

import datetime

import pytest

from claims.models import Claim
from claims.services import create_claim
from sources.models import Article
from tests.factories import ArticleFactory

BODY = "The minister said the harvest was the best in a decade."
DECEMBER = datetime.date(2021, 12, 3)


def article(published: datetime.date | None, title: str = "Harvest") -> Article:
    return ArticleFactory(outlet__name="Farm Gazette", title=title, body=f"{title}. {BODY}", published=published)


def stored_date(claim: Claim) -> datetime.date | None:
    return Claim.objects.values_list("published", flat=True).get(pk=claim.pk)


def december_claims(client) -> list[str]:
    answer = client.get("/api/v1/claims/", {"published_after": "2021-12-01", "published_before": "2021-12-31"})
    return [row["text"] for row in answer.json()["results"]]


@pytest.fixture
def claim(db):
    return create_claim(text="the harvest was the best in a decade", speaker="Ana Lima", article=article(DECEMBER))


def test_a_stored_claim_takes_its_articles_date(claim):
    assert stored_date(claim) == DECEMBER


def test_a_corrected_article_date_reaches_its_claims(client, claim):
    Article.objects.filter(pk=claim.article_id).update(published=datetime.date(2022, 1, 5))

    assert stored_date(claim) == datetime.date(2022, 1, 5)
    assert december_claims(client) == []


def test_a_claim_moved_to_another_article_takes_that_articles_date(claim):
    claim.article = article(datetime.date(2020, 6, 1), title="Harvest, the year before")
    claim.save()

    assert stored_date(claim) == datetime.date(2020, 6, 1)


def test_a_save_with_a_stale_date_in_memory_keeps_the_articles_date(claim):
    claim.published = datetime.date(1999, 1, 1)
    claim.save()

    assert stored_date(claim) == DECEMBER


def test_a_claim_without_an_article_has_no_date(db):
    claim = create_claim(text="Exports doubled.", speaker="Ana Lima")

    assert stored_date(claim) is None


def test_the_date_range_filter_reads_the_copied_date(client, claim):
    assert december_claims(client) == ["the harvest was the best in a decade"]
