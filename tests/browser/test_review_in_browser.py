"""Two reviewers on one claim in a real browser: the queue, a claim in its paragraph, a verdict, its history,
and the second reviewer's stale verdict refused (the README's note after the reviewer's day)."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from claims.models import Claim
from claims.review import start_review

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds.json"
PASSWORD = "a-long-test-password"
QUOTE = "We are seeing the formation of an informal, but real, military alliance"
RATIONALE = "No treaty, joint command or mutual-defence pledge exists between them."
EVIDENCE = "https://www.reuters.com/world/china/putin-xi-talks-2021-12-15/"
# Long enough for a cold first page on a loaded CI machine, short enough that a broken step fails fast.
STEP_TIMEOUT_MS = 15_000


@pytest.fixture
def desk(live_server, django_user_model):
    """The seeds, two reviewers, and one claim already taken into review (so the unverified filter leaves it out)."""
    call_command("loaddata", SEEDS, verbosity=0)
    reviewers = Group.objects.get(name="Reviewers")
    rita, olga = (
        django_user_model.objects.create_user(name, password=PASSWORD, is_staff=True) for name in ("rita", "olga")
    )
    for user in (rita, olga):
        user.groups.add(reviewers)
    taken = Claim.objects.get(text__startswith="I think this is, quite clearly")
    start_review(claims=[taken], reviewer=olga)
    return {"claim": Claim.objects.get(text__startswith=QUOTE), "taken": taken}


def sign_in(browser, live_server, username):
    """A fresh browser context (its own cookies: another person) signed in to the admin."""
    from playwright.sync_api import expect

    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(STEP_TIMEOUT_MS)
    expect.set_options(timeout=STEP_TIMEOUT_MS)
    page = context.new_page()
    page.goto("/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("#user-tools")).to_contain_text(username)
    return page


def record_verdict(page, *, verdict, rationale, evidence):
    page.get_by_label("Verdict").select_option(verdict)
    page.get_by_label("Rationale").fill(rationale)
    page.get_by_label("Evidence").fill(evidence)
    page.get_by_role("button", name="Record verdict").click()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # keep the roles the migrations made
def test_reviewer_records_a_verdict_and_a_stale_second_verdict_is_refused(live_server, desk, chromium, screenshots):
    from playwright.sync_api import expect

    claim, taken = desk["claim"], desk["taken"]
    claim_path = f"/admin/claims/claim/{claim.pk}/change/"
    claim_link = re.compile("^" + re.escape(QUOTE))

    with chromium() as browser:
        rita = sign_in(browser, live_server, "rita")
        rita.screenshot(path=screenshots / "01-rita-signed-in.png", full_page=True)

        rita.locator("tr.model-claim th a").click()
        expect(rita.locator("#changelist-filter")).to_contain_text("Waiting for a verdict")
        rita.screenshot(path=screenshots / "02-review-queue.png")  # the top of a long list

        rita.locator("#changelist-filter").get_by_role("link", name=re.compile(r"^Unverified$")).click()
        expect(rita).to_have_url(re.compile(r"[?&]status=unverified\b"))
        results = rita.locator("#result_list")
        expect(results.get_by_role("link", name=claim_link)).to_be_visible()
        expect(results).not_to_contain_text(taken.text[:40])
        rita.screenshot(path=screenshots / "03-unverified-claims.png")  # the top of a long list

        results.get_by_role("link", name=claim_link).click()
        expect(rita).to_have_url(re.compile(re.escape(claim_path)))
        paragraph = rita.locator("blockquote.quote-context")
        expect(paragraph.locator("mark.quote")).to_have_text(claim.text)
        expect(paragraph).to_contain_text("Pukhov said.")  # the quote's own paragraph, around it
        rita.screenshot(path=screenshots / "04-claim-quote-in-paragraph.png", full_page=True)

        # Olga opens the same claim before Rita saves: her form carries the version she saw.
        olga = sign_in(browser, live_server, "olga")
        olga.goto(claim_path)
        expect(olga.locator("#record-verdict")).to_be_visible()
        olga.screenshot(path=screenshots / "05-olga-opens-the-same-claim.png", full_page=True)

        record_verdict(rita, verdict="false", rationale=RATIONALE, evidence=EVIDENCE)
        expect(rita.locator(".messagelist")).to_contain_text("Verdict “False” recorded.")
        expect(rita.locator(".field-status .readonly")).to_have_text("False")
        verdict_row = rita.locator("#claim-history tr.history-review")
        expect(verdict_row).to_have_count(1)
        expect(verdict_row).to_contain_text("rita")
        expect(verdict_row).to_contain_text("verdict False")
        expect(verdict_row.locator(".rationale")).to_have_text(RATIONALE)
        expect(verdict_row.locator("a.evidence")).to_have_attribute("href", EVIDENCE)
        rita.screenshot(path=screenshots / "06-rita-verdict-in-history.png", full_page=True)

        record_verdict(olga, verdict="true", rationale="They said so themselves.", evidence="")
        expect(olga.locator(".errorlist.nonfield")).to_contain_text("changed by someone else since you opened it")
        olga.screenshot(path=screenshots / "07-olga-stale-verdict-refused.png", full_page=True)

        olga.goto(claim_path)
        expect(olga.locator(".field-status .readonly")).to_have_text("False")
        expect(olga.locator("#claim-history tr.history-review")).to_have_count(1)
        olga.screenshot(path=screenshots / "08-claim-keeps-ritas-verdict.png", full_page=True)

    claim.refresh_from_db()
    assert claim.status == "false"
    assert [(r.reviewer.username, r.verdict, r.rationale, r.evidence) for r in claim.reviews.all()] == [
        ("rita", "false", RATIONALE, [EVIDENCE])
    ]
