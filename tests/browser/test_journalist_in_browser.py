"""A journalist's path through the public pages in a real browser, at desktop and phone widths:
search a misspelt surname, open the speaker, filter to false claims, open a claim, follow its article
link, open the feed. Each page is checked with axe-core (bundled in axe-playwright-python, injected
into the page: nothing is fetched) and photographed into test-artifacts/browser/."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from claims.models import Claim
from claims.review import record_review
from sources.models import Article

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds.json"
ARTICLE_URL = "https://www.trtworld.com/magazine/xi-putin-meeting-understanding-china-and-russia-s-deepening-ties"
FALSE_QUOTES = (
    "Russia and China are already contesting the Western alliance",
    "This proximity will be mainly linked to the hostilities with the West.",
)
RATIONALE = "The two governments signed no alliance; their statements speak of partnership."
EVIDENCE = "https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/2649_665393/"
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}
STEP_TIMEOUT_MS = 15_000
# axe's own scale runs minor, moderate, serious, critical: the last two block a reader.
BLOCKING = {"serious", "critical"}


@pytest.fixture
def newsroom(live_server):
    """The seeds, Pantucci's article with its address, two of his quotes judged false and one true."""
    call_command("loaddata", SEEDS, verbosity=0)
    rita = User.objects.create_user("rita")
    Article.objects.filter(claims__speaker__name="Raffaello Pantucci").distinct().update(url=ARTICLE_URL)
    pantucci = Claim.objects.filter(speaker__name="Raffaello Pantucci")
    decisions = [(text, "false") for text in FALSE_QUOTES] + [("paranoia", "true")]
    for text, verdict in decisions:
        claim = pantucci.get(text__startswith=text)
        record_review(
            claim=claim,
            reviewer=rita,
            verdict=verdict,
            rationale=RATIONALE,
            evidence=[EVIDENCE],
            expected_version=claim.version,
        )


def blocking_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + ", ".join(target for node in violation["nodes"] for target in node["target"])
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING
    ]


def fits(page, width: int) -> bool:
    """Nothing sticks out sideways: the page needs no horizontal scrolling."""
    return page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("device", WIDTHS)
def test_journalist_finds_a_speaker_and_a_false_claim_and_follows_it(
    live_server, newsroom, chromium, screenshots, device
):
    from playwright.sync_api import expect

    viewport = WIDTHS[device]
    violations = {}
    with chromium() as browser:
        context = browser.new_context(base_url=live_server.url, viewport=viewport)
        context.set_default_timeout(STEP_TIMEOUT_MS)
        expect.set_options(timeout=STEP_TIMEOUT_MS)
        # The outlet's own site is on the internet, which tests never reach: it answers from here.
        context.route(
            ARTICLE_URL,
            lambda route: route.fulfill(
                content_type="text/html", body="<title>Xi-Putin meeting</title><h1>Xi-Putin meeting (TRT World)</h1>"
            ),
        )
        page = context.new_page()

        page.goto("/")
        page.get_by_label("Search speakers and claims").fill("pantuci")
        page.get_by_role("button", name="Search").click()
        expect(page).to_have_url(re.compile(r"/\?q=pantuci$"))
        expect(page.locator(".speaker-list")).to_contain_text("Raffaello Pantucci")
        page.screenshot(path=screenshots / "01-search-misspelt-surname.png", full_page=True)
        violations["home"] = blocking_violations(page)
        assert fits(page, viewport["width"])

        page.get_by_role("region", name="Speakers").get_by_role("link", name="Raffaello Pantucci").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Raffaello Pantucci")
        expect(page.locator("svg.chart desc")).to_have_text("17 claims: 1 true, 2 false, 14 not yet checked.")
        page.screenshot(path=screenshots / "02-speaker-page.png", full_page=True)
        violations["speaker"] = blocking_violations(page)
        assert fits(page, viewport["width"])

        page.get_by_role("group", name="Verdict").get_by_label("False", exact=True).check()
        page.get_by_role("button", name="Filter claims").click()
        expect(page).to_have_url(re.compile(r"[?&]status=false\b"))
        claims = page.locator(".claim-list .claim-item")
        expect(claims).to_have_count(2)
        expect(claims.locator(".verdict")).to_have_text(["False", "False"])
        page.screenshot(path=screenshots / "03-speaker-false-claims.png", full_page=True)

        claims.get_by_role("link", name=re.compile("^“This proximity")).click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("This proximity will be mainly linked")
        expect(page.locator(".verdict-box")).to_contain_text(RATIONALE)
        expect(page.locator(".in-context mark")).to_have_text(FALSE_QUOTES[1])
        page.screenshot(path=screenshots / "04-claim-page.png", full_page=True)
        violations["claim"] = blocking_violations(page)
        assert fits(page, viewport["width"])
        markup = page.locator('script[type="application/ld+json"]').text_content()
        assert '"alternateName": "False"' in markup

        page.locator("a.article-link").click()
        expect(page).to_have_url(ARTICLE_URL)
        page.screenshot(path=screenshots / "05-article-at-the-outlet.png")
        page.go_back()

        page.get_by_role("link", name="New verdicts (Atom)").click()
        expect(page).to_have_url(re.compile(r"/verdicts\.atom$"))
        feed = page.request.get(page.url)
        page.screenshot(path=screenshots / "06-feed.png")

        entries = ET.fromstring(feed.body()).findall("{http://www.w3.org/2005/Atom}entry")
        assert len(entries) == 3

    assert violations == {"home": [], "speaker": [], "claim": []}
