"""A reviewer's day in a real browser, as the README's walkthrough tells it: the home counts, a search
across statuses, taking claims, a verdict and on to the next claim, naming a missing speaker, dismissing
a claim as not a claim, and each change in the claim's history. Then an editor presses every button of
a claim page with a verdict filled in, and no verdict is lost."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from claims.models import Claim, Correction, Review
from claims.review import record_review

from .test_review_in_browser import PASSWORD, STEP_TIMEOUT_MS, sign_in

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds.json"
DECIDE = "We are seeing the formation of an informal, but real, military alliance"
DISMISS = "the buildup"
UNNAMED = "I think this is, quite clearly, they are trying to show"
RATIONALE = "No treaty, joint command or mutual-defence pledge exists between them."
EVIDENCE = "https://www.reuters.com/world/china/putin-xi-talks-2021-12-15/"


def claim_row(page, text):
    return page.locator("#result_list tbody tr", has=page.get_by_role("link", name=re.compile("^" + re.escape(text))))


@pytest.fixture
def day(live_server, django_user_model):
    """The seeds; Rita the reviewer; one claim the extractor left without a speaker; one of Koh's claims decided."""
    call_command("loaddata", SEEDS, verbosity=0)
    reviewers = Group.objects.get(name="Reviewers")
    rita, olga = (
        django_user_model.objects.create_user(name, password=PASSWORD, is_staff=True) for name in ("rita", "olga")
    )
    rita.groups.add(reviewers)
    olga.groups.add(reviewers)
    Claim.objects.filter(text__startswith=UNNAMED).update(speaker=None, affiliation=None, extraction_rule="said-before")
    koh = Claim.objects.filter(speaker__name="Collin Koh").order_by("pk").first()
    record_review(claim=koh, reviewer=olga, verdict="false", rationale="Checked.", expected_version=koh.version)
    return {
        "decide": Claim.objects.get(text__startswith=DECIDE),
        "dismiss": Claim.objects.get(text=DISMISS),
        "unnamed": Claim.objects.get(text__startswith=UNNAMED),
        "koh_claims": Claim.objects.filter(speaker__name="Collin Koh").count(),
    }


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # keep the roles the migrations made
def test_a_reviewers_day(live_server, day, chromium, screenshots):
    from playwright.sync_api import expect

    decide, dismiss, unnamed = day["decide"], day["dismiss"], day["unnamed"]
    unverified = Claim.objects.filter(status="unverified").count()
    # The one made above, and the seeds' quote annotated without a speaker.
    unattributed = Claim.objects.unattributed().count()

    with chromium() as browser:
        # 1. Sign in: the home shows what waits.
        rita = sign_in(browser, live_server, "rita")
        expect(rita.locator("#count-unattributed .count")).to_have_text(str(unattributed))
        expect(rita.locator("#count-unverified .count")).to_have_text(str(unverified))
        expect(rita.locator("#count-mine .count")).to_have_text("0")
        rita.screenshot(path=screenshots / "01-home-counts.png", full_page=True)

        # 2. Search for a speaker: every status, not only the queue.
        rita.locator("#count-unverified").click()
        rita.locator("#searchbar").fill("Koh")
        rita.locator("#searchbar").press("Enter")
        # From the unverified list the search keeps that filter, and the page says what it hides.
        expect(rita.locator("#hidden-by-filters")).to_contain_text("The filters (status: Unverified) hide 1 of the")
        rita.screenshot(path=screenshots / "02a-search-under-a-filter.png", full_page=True)
        rita.locator("#hidden-by-filters").get_by_role("link", name="search all claims").click()
        results = rita.locator("#result_list tbody tr")
        expect(results).to_have_count(day["koh_claims"])
        expect(rita.locator("#result_list .field-status").filter(has_text="False")).to_have_count(1)
        expect(rita.locator("#result_list .field-status").filter(has_text="Unverified")).to_have_count(
            day["koh_claims"] - 1
        )
        rita.screenshot(path=screenshots / "02b-search-across-statuses.png", full_page=True)

        # 3. Take two claims from the queue; the list shows who took them.
        rita.goto("/admin/claims/claim/")
        expect(rita.locator("#result_list tbody tr").first).to_contain_text("Unattributed")
        for text in (DECIDE, DISMISS):
            claim_row(rita, text).locator("input.action-select").check()
        rita.locator("select[name=action]").select_option("take_into_review")
        rita.get_by_role("button", name="Go").click()
        expect(rita.locator(".messagelist")).to_contain_text("2 claim(s) taken into review by rita")
        rita.locator("#changelist-filter").get_by_role("link", name="Mine", exact=True).click()
        expect(rita.locator("#result_list tbody tr")).to_have_count(2)
        expect(rita.locator("#result_list .field-taken_by")).to_have_text(["rita", "rita"])
        rita.screenshot(path=screenshots / "03-my-claims-taken.png", full_page=True)

        # 4. A verdict, then straight on to the next claim of the queue: the unattributed one.
        claim_row(rita, DECIDE).get_by_role("link").first.click()
        expect(rita.locator("#claim-quote mark.quote")).to_have_text(decide.text)
        rita.get_by_label("Verdict").select_option("false")
        rita.get_by_label("Rationale").fill(RATIONALE)
        rita.get_by_label("Evidence").fill(EVIDENCE)
        rita.get_by_role("button", name="Record and open the next claim").click()
        expect(rita.locator(".messagelist")).to_contain_text("Verdict “False” recorded.")
        expect(rita).to_have_url(re.compile(f"/admin/claims/claim/{unnamed.pk}/change/$"))
        expect(rita.locator("#claim-quote h2")).to_contain_text("Unattributed")
        rita.screenshot(path=screenshots / "04-verdict-then-next-claim.png", full_page=True)

        # 5. Name the missing speaker: a known speaker, found by typing part of the name.
        rita.get_by_role("link", name="Name the speaker, or dismiss as not a claim").click()
        rita.locator("#name-speaker .select2-selection").click()
        rita.locator(".select2-search__field").fill("Koh")
        rita.locator(".select2-results__option", has_text="Collin Koh").click()
        rita.locator("#name-speaker").get_by_label("Reason").fill("Koh is named in the sentence before.")
        rita.screenshot(path=screenshots / "05a-name-the-speaker.png", full_page=True)
        rita.get_by_role("button", name="Save the speaker").click()
        expect(rita.locator(".messagelist")).to_contain_text("Speaker named.")
        expect(rita.locator("#claim-quote h2")).to_contain_text("Collin Koh")
        named = rita.locator("#claim-history tr.history-correction").last
        expect(named).to_contain_text("rita")
        expect(named).to_contain_text("speaker named")
        expect(named.locator(".rationale")).to_have_text("Koh is named in the sentence before.")
        expect(named).to_contain_text("speaker: “—” → “Collin Koh”")
        rita.screenshot(path=screenshots / "05b-speaker-named-in-history.png", full_page=True)

        # 6. One of my claims is not a claim at all: dismiss it; it leaves the queue, with its reason kept.
        rita.goto("/admin/")
        rita.locator("#my-claims").get_by_role("link", name=re.compile(re.escape(DISMISS))).click()
        rita.get_by_role("link", name="Not a claim, or the wrong speaker? Correct the extraction").click()
        rita.locator("#dismiss-claim").get_by_label("Reason").fill("A noun phrase from the headline, not a statement.")
        rita.screenshot(path=screenshots / "06a-dismiss-as-not-a-claim.png", full_page=True)
        rita.get_by_role("button", name="Dismiss as not a claim").click()
        expect(rita.locator(".messagelist")).to_contain_text("Dismissed as not a claim.")
        rita.goto(f"/admin/claims/claim/{dismiss.pk}/change/")
        expect(rita.locator(".field-status .readonly")).to_have_text("Not a claim")
        dismissed = rita.locator("#claim-history tr.history-correction")
        expect(dismissed).to_contain_text("dismissed as not a claim")
        expect(dismissed).to_contain_text("A noun phrase from the headline, not a statement.")
        rita.screenshot(path=screenshots / "06b-not-a-claim-in-history.png", full_page=True)

        # 7. The verdict is in its claim's history, with who, why and the evidence.
        rita.goto(f"/admin/claims/claim/{decide.pk}/change/")
        verdict = rita.locator("#claim-history tr.history-review").last
        expect(verdict).to_contain_text("rita")
        expect(verdict).to_contain_text("verdict False")
        expect(verdict.locator(".rationale")).to_have_text(RATIONALE)
        expect(verdict.locator("a.evidence")).to_have_attribute("href", EVIDENCE)
        rita.screenshot(path=screenshots / "07-verdict-in-history.png", full_page=True)

        # 8. Back home: one unattributed claim fewer, nothing of mine left in review, my verdict among the latest.
        rita.goto("/admin/")
        expect(rita.locator("#count-unattributed .count")).to_have_text(str(unattributed - 1))
        expect(rita.locator("#count-mine .count")).to_have_text("0")
        expect(rita.locator("#recently-decided tr").first).to_contain_text(DECIDE[:40])
        rita.screenshot(path=screenshots / "08-home-at-the-end-of-the-day.png", full_page=True)

    decide.refresh_from_db()
    dismiss.refresh_from_db()
    unnamed.refresh_from_db()
    assert (decide.status, decide.taken_by.username) == ("false", "rita")
    assert dismiss.status == "not_a_claim"
    assert unnamed.speaker.name == "Collin Koh"
    assert sorted(Correction.objects.values_list("kind", "corrected_by__username", "extraction_rule")) == [
        ("not_a_claim", "rita", ""),
        ("speaker_named", "rita", "said-before"),
    ]


EDITOR_BUTTONS = ["Save", "Save and continue editing", "Record verdict", "Record and open the next claim"]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_button_of_a_claim_page_keeps_a_verdict_typed_in(live_server, django_user_model, chromium, screenshots):
    from playwright.sync_api import expect

    call_command("loaddata", SEEDS, verbosity=0)
    editor = django_user_model.objects.create_user("edna", password=PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    claims = list(Claim.objects.order_by("pk")[: len(EDITOR_BUTTONS)])

    with chromium() as browser:
        edna = sign_in(browser, live_server, "edna")
        edna.set_default_timeout(STEP_TIMEOUT_MS)
        for number, (claim, button) in enumerate(zip(claims, EDITOR_BUTTONS, strict=True), start=1):
            edna.goto(f"/admin/claims/claim/{claim.pk}/change/")
            submits = edna.locator("#claim_form input[type=submit]")
            expect(submits).to_have_count(len(EDITOR_BUTTONS))
            edna.get_by_label("Verdict").select_option("mostly_true")
            edna.get_by_label("Rationale").fill(f"Pressed “{button}”.")
            edna.get_by_role("button", name=button, exact=True).click()
            expect(edna.locator(".messagelist")).to_contain_text("Verdict “Mostly true” recorded.")
            edna.screenshot(path=screenshots / f"{number:02}-{button.lower().replace(' ', '-')}.png")

        # A rationale with no verdict chosen is refused, and what was typed stays on the page.
        last = Claim.objects.none()  # the database is read after the browser closes
        edna.goto(f"/admin/claims/claim/{claims[0].pk}/change/")
        edna.get_by_label("Rationale").fill("Half a thought.")
        edna.get_by_role("button", name="Save", exact=True).click()
        expect(edna.locator(".field-verdict .errorlist")).to_contain_text("choose the verdict they support")
        expect(edna.get_by_label("Rationale")).to_have_value("Half a thought.")
        edna.screenshot(path=screenshots / "05-rationale-without-verdict-refused.png", full_page=True)

    assert list(last) == []
    assert sorted(Review.objects.filter(reviewer=editor).values_list("claim_id", "rationale")) == [
        (claim.pk, f"Pressed “{button}”.") for claim, button in zip(claims, EDITOR_BUTTONS, strict=True)
    ]
