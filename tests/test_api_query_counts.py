"""What each main API read costs in queries, pinned exactly: a page costs the same at any size.

Anonymous requests: no session or user query. Each `with` names its queries in order. The lists
here run past the largest page asked for (20): a first page that is the whole list needs no count.
"""

import pytest

from claims.models import Affiliation, Organization, Review
from tests.factories import ArticleFactory, ClaimFactory, SpeakerFactory


@pytest.fixture
def claims(db):
    speaker = SpeakerFactory()
    article = ArticleFactory()
    made = ClaimFactory.create_batch(30, speaker=speaker, article=article)
    ClaimFactory.create_batch(30)
    for claim in made[:5]:
        Review.objects.create(claim=claim, verdict="false", rationale="Checked.")
    return made


@pytest.mark.parametrize("size", [1, 20])
def test_the_claim_list_costs_two_queries_at_any_page_size(client, claims, django_assert_num_queries, size):
    # 1: the page of claims joined to speaker, affiliation, article and outlet, with their topics;
    # 2: the count (PostgreSQL: the planner's estimate).
    with django_assert_num_queries(2):
        assert client.get("/api/v1/claims/", {"page_size": size}).status_code == 200


def test_a_claim_costs_one_query(client, claims, django_assert_num_queries):
    # 1: the claim joined to everything it shows, with its topics.
    with django_assert_num_queries(1):
        assert client.get(f"/api/v1/claims/{claims[0].pk}/").status_code == 200


@pytest.mark.parametrize("size", [1, 20])
def test_the_speaker_list_costs_two_queries_at_any_page_size(client, claims, django_assert_num_queries, size):
    # 1: the page of speakers with their claim counts and aliases; 2: the count (PostgreSQL: the
    # planner's estimate).
    with django_assert_num_queries(2):
        assert client.get("/api/v1/speakers/", {"page_size": size}).status_code == 200


def test_a_speaker_costs_four_queries_however_many_claims(client, claims, django_assert_num_queries):
    speaker = claims[0].speaker
    organization = Organization.objects.create(name="Harbour Board")
    Affiliation.objects.create(speaker=speaker, stated_as="chair of the Harbour Board", organization=organization)
    # 1: the speaker with its claim count and aliases; 2: its claims counted per status; 3: its latest
    # affiliations joined to their organisations; 4: its affiliations counted.
    with django_assert_num_queries(4):
        assert client.get(f"/api/v1/speakers/{speaker.pk}/").status_code == 200


@pytest.mark.parametrize("size", [1, 20])
def test_a_speakers_claims_cost_three_queries_at_any_page_size(client, claims, django_assert_num_queries, size):
    speaker = claims[0].speaker
    # 1: the speaker; 2: the page of claims joined to what they show, with their topics; 3: the count.
    with django_assert_num_queries(3):
        assert client.get(f"/api/v1/speakers/{speaker.pk}/claims/", {"page_size": size}).status_code == 200


@pytest.mark.parametrize("size", [1, 20])
def test_the_article_list_costs_two_queries_at_any_page_size(client, claims, django_assert_num_queries, size):
    # 1: the page of articles joined to their outlet, with their claim counts; 2: the count.
    with django_assert_num_queries(2):
        assert client.get("/api/v1/articles/", {"page_size": size}).status_code == 200


def test_an_article_costs_one_query(client, claims, django_assert_num_queries):
    # 1: the article joined to its outlet, with its claim count.
    with django_assert_num_queries(1):
        assert client.get(f"/api/v1/articles/{claims[0].article_id}/").status_code == 200


@pytest.mark.parametrize("size", [1, 20])
def test_the_outlet_list_costs_two_queries_at_any_page_size(client, claims, django_assert_num_queries, size):
    # 1: the page of outlets with their article counts; 2: the count.
    with django_assert_num_queries(2):
        assert client.get("/api/v1/outlets/", {"page_size": size}).status_code == 200


def test_a_claims_reviews_cost_three_queries(client, claims, django_assert_num_queries):
    # 1: the claim; 2: the count; 3: the page of reviews joined to their reviewer.
    with django_assert_num_queries(3):
        assert client.get(f"/api/v1/claims/{claims[0].pk}/reviews/").status_code == 200


def test_a_list_that_fits_on_its_first_page_costs_one_query(client, claims, django_assert_num_queries):
    # 1: the page of articles, which is the whole list: its length is the count.
    with django_assert_num_queries(1):
        body = client.get("/api/v1/articles/", {"page_size": 100}).json()

    assert (body["count"], body["count_is_exact"], len(body["results"])) == (31, True, 31)
