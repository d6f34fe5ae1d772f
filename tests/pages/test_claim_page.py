import datetime

import pytest

from claims.models import Claim
from pages.permalinks import claim_path
from tests.pages.conftest import decide, parts

RATIONALE = "No treaty, joint command or mutual-defence pledge exists between them."
EVIDENCE = "https://www.reuters.com/world/china/putin-xi-talks-2021-12-15/"
ARTICLE_URL = "https://www.bloomberg.com/news/articles/2021-12-15/putin-courts-xi"


def google_claimreview_problems(doc: dict, *, recommended: bool = True) -> list[str]:
    """What Google's Fact Check markup requires (and recommends) of a ClaimReview that is missing or malformed."""
    problems = []

    def need(value, path):
        if value in (None, "", [], {}):
            problems.append(f"{path} is missing")

    need(doc.get("@context") in {"https://schema.org", "http://schema.org"} or None, "@context schema.org")
    need(doc.get("@type") == "ClaimReview" or None, "@type ClaimReview")
    need(doc.get("claimReviewed"), "claimReviewed")
    need(doc.get("url", "").startswith(("http://", "https://")) or None, "url (absolute)")
    need(doc.get("datePublished"), "datePublished")
    rating = doc.get("reviewRating") or {}
    need(rating.get("@type") == "Rating" or None, "reviewRating.@type Rating")
    need(rating.get("alternateName"), "reviewRating.alternateName")
    if "ratingValue" in rating:
        need(
            rating.get("worstRating", 0) <= rating["ratingValue"] <= rating.get("bestRating", 0) or None, "ratingValue"
        )
    author = doc.get("author") or {}
    need(author.get("@type") in {"Organization", "Person"} or None, "author.@type")
    need(author.get("name"), "author.name")
    item = doc.get("itemReviewed") or {}
    need(item.get("@type") == "Claim" or None, "itemReviewed.@type Claim")
    need((item.get("author") or {}).get("name"), "itemReviewed.author.name")
    if recommended:
        need(item.get("datePublished"), "itemReviewed.datePublished")
        appearance = item.get("appearance") or item.get("firstAppearance") or []
        appearance = appearance if isinstance(appearance, list) else [appearance]
        need([a for a in appearance if str(a.get("url", "")).startswith("http")], "itemReviewed.appearance url")
    if doc.get("datePublished"):
        datetime.datetime.fromisoformat(doc["datePublished"])
    return problems


@pytest.fixture
def checked(pukhov_claim, reviewer):
    """Pukhov's quote, first judged half true, then false on second look; its article dated and linked."""
    article = pukhov_claim.article
    article.published, article.url = datetime.date(2021, 12, 15), ARTICLE_URL
    article.save()
    decide(pukhov_claim, reviewer, "half_true", "A first reading.")
    decide(pukhov_claim, reviewer, "false", RATIONALE, [EVIDENCE])
    return pukhov_claim


def test_claim_page_shows_the_quote_inside_its_paragraph(client, pukhov_claim):
    html = client.get(claim_path(pukhov_claim)).content.decode()

    assert (
        "Pukhov said. “<mark>We are seeing the formation of an informal, but real, military alliance.</mark>”" in html
    )


def test_claim_page_shows_the_speaker_and_the_affiliation_as_stated(client, pukhov_claim):
    page = parts(client.get(claim_path(pukhov_claim)))

    assert ("Ruslan Pukhov", f"/speakers/{pukhov_claim.speaker_id}-ruslan-pukhov/") in page.links
    assert "a member of the Russian Defense Ministry’s public advisory board" in page.text


def test_claim_page_shows_the_article_with_its_outlet_date_and_link(client, checked):
    page = parts(client.get(claim_path(checked)))

    assert ("Putin courts China’s Xi for help in showdown with the West", ARTICLE_URL) in page.links
    assert "Bloomberg" in page.text and "15 December 2021" in page.text


def test_claim_page_shows_the_current_verdict_with_rationale_and_evidence(client, checked):
    page = parts(client.get(claim_path(checked)))

    assert '<span class="verdict verdict-false">False</span>' in page.html
    assert RATIONALE in page.text
    assert (EVIDENCE, EVIDENCE) in page.links


def test_claim_page_lists_the_earlier_verdicts(client, checked):
    html = client.get(claim_path(checked)).content.decode()

    earlier = html[html.index("Earlier verdicts") :]
    assert "Half true" in earlier and "A first reading." in earlier


def test_claim_page_never_shows_who_reviewed_it(client, checked, reviewer):
    html = client.get(claim_path(checked)).content.decode()

    assert reviewer.username not in html and "by factcheck" in html


def test_claim_with_a_verdict_embeds_a_claimreview_google_accepts(client, checked):
    response = client.get(claim_path(checked))

    [review] = parts(response).jsonld
    assert google_claimreview_problems(review) == []
    assert review["claimReviewed"] == checked.text
    assert review["url"] == f"http://testserver{claim_path(checked)}"
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Ruslan Pukhov",
        "jobTitle": "a member of the Russian Defense Ministry’s public advisory board",
    }
    assert review["itemReviewed"]["datePublished"] == "2021-12-15"
    assert review["itemReviewed"]["appearance"] == [{"@type": "CreativeWork", "url": ARTICLE_URL}]


def test_claimreview_markup_cannot_be_closed_by_the_quoted_text(client, pukhov_claim, reviewer):
    Claim.objects.filter(pk=pukhov_claim.pk).update(text="</script><script>alert(1)</script> & more")
    decide(pukhov_claim, reviewer, "false")

    response = client.get(claim_path(Claim.objects.get(pk=pukhov_claim.pk)))

    assert "<script>alert(1)" not in response.content.decode()
    assert parts(response).jsonld[0]["claimReviewed"] == "</script><script>alert(1)</script> & more"


def test_unverified_claim_is_labelled_not_yet_checked_and_has_no_claimreview(client, pukhov_claim):
    response = client.get(claim_path(pukhov_claim))

    assert response.status_code == 200
    assert '<span class="verdict verdict-unverified">Not yet checked</span>' in response.content.decode()
    assert parts(response).jsonld == []


def test_claim_in_review_is_still_not_yet_checked(client, pukhov_claim, reviewer):
    decide(pukhov_claim, reviewer, "in_review", "")

    response = client.get(claim_path(pukhov_claim))

    assert "Not yet checked" in response.content.decode() and parts(response).jsonld == []


def test_shared_link_cards_carry_the_quote_and_the_verdict(client, checked):
    meta = parts(client.get(claim_path(checked))).meta

    assert meta["og:title"].startswith("Ruslan Pukhov: “We are seeing the formation")
    assert meta["og:description"].startswith("False. No treaty")
    assert meta["og:url"] == f"http://testserver{claim_path(checked)}"
    assert meta["twitter:card"] == "summary"
    assert meta["twitter:title"] == meta["og:title"]


def test_claim_address_is_its_id_and_the_first_words_of_the_quote(pukhov_claim):
    assert claim_path(pukhov_claim) == f"/claims/{pukhov_claim.pk}-we-are-seeing-the-formation/"


def test_a_wrong_or_missing_slug_redirects_to_the_canonical_address(client, pukhov_claim):
    for path in (f"/claims/{pukhov_claim.pk}-old-wording/", f"/claims/{pukhov_claim.pk}/"):
        response = client.get(path)

        assert response.status_code == 301
        assert response["Location"] == claim_path(pukhov_claim)


def test_a_quote_in_a_script_slugify_drops_still_has_an_address(client, pukhov_claim):
    Claim.objects.filter(pk=pukhov_claim.pk).update(text="تحالف عسكري غير رسمي")

    assert client.get(f"/claims/{pukhov_claim.pk}-claim/").status_code == 200


def test_claim_dismissed_as_not_a_claim_is_not_found(client, pukhov_claim, reviewer):
    decide(pukhov_claim, reviewer, "not_a_claim", "A headline, not a statement.")

    assert client.get(claim_path(pukhov_claim)).status_code == 404


def test_claim_without_a_speaker_is_not_found(client, pukhov_claim):
    Claim.objects.filter(pk=pukhov_claim.pk).update(speaker=None)

    assert client.get(f"/claims/{pukhov_claim.pk}/").status_code == 404


def test_unknown_claim_is_a_404_page(client, db):
    response = client.get("/claims/999999-nothing/")

    assert response.status_code == 404


def test_archive_statement_shows_its_venue_and_no_article(client, pukhov_claim, reviewer):
    claim = Claim.objects.create(
        text="Says the budget doubled in four years.",
        speaker=pukhov_claim.speaker,
        venue="a television interview",
        origin=Claim.Origin.LIAR,
    )

    html = client.get(claim_path(claim)).content.decode()

    assert "a television interview" in html and "The quote in its article" not in html


def test_claim_page_costs_three_queries(client, checked, django_assert_num_queries):
    # 1 the claim with speaker, affiliation, article and outlet; 2 its topics; 3 its verdicts.
    with django_assert_num_queries(3):
        client.get(claim_path(checked))


def test_archive_statement_with_a_verdict_has_the_required_claimreview_fields(client, pukhov_claim, reviewer):
    claim = Claim.objects.create(
        text="Says the budget doubled in four years.", speaker=pukhov_claim.speaker, origin=Claim.Origin.LIAR
    )
    decide(claim, reviewer, "pants_on_fire", "It fell.")

    [review] = parts(client.get(claim_path(claim))).jsonld

    assert google_claimreview_problems(review, recommended=False) == []
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Pants on fire",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
