"""The Content-Security-Policy blocks nothing our own pages need: the API docs and the admin render in
Chromium, offline, with no violation reported.

(Named to run after test_review_in_browser.py: a live-server test flushes the database when it ends,
and that one needs the groups the migrations made.)"""

import pytest
from django.core.management import call_command

from tests.browser.test_review_in_browser import PASSWORD, SEEDS, STEP_TIMEOUT_MS, sign_in

pytestmark = pytest.mark.browser

# Recorded in the page itself, before any of its scripts run.
WATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def open_watched(context, base_url, path):
    page = context.new_page()
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    # Anything leaving the test server would need the internet the docs must not need.
    page.route(lambda url: not url.startswith(base_url), lambda route: route.abort())
    page.goto(path)
    return page, messages


def violations(page, messages):
    found = page.evaluate("window.__cspViolations")
    return found + [m for m in messages if "Content Security Policy" in m]


@pytest.fixture
def editor(live_server, django_user_model):
    # A superuser: a live-server test before this one may have flushed the groups the migrations made.
    call_command("loaddata", SEEDS, verbosity=0)
    return django_user_model.objects.create_superuser("rita", password=PASSWORD)


def test_api_docs_render_with_no_csp_violation(live_server, chromium, db):
    from playwright.sync_api import expect

    with chromium() as browser:
        context = browser.new_context(base_url=live_server.url)
        context.add_init_script(WATCH_VIOLATIONS)
        page, messages = open_watched(context, live_server.url, "/api/docs/")
        expect(page.locator(".swagger-ui .info .title")).to_contain_text("factcheck API", timeout=STEP_TIMEOUT_MS)
        expect(page.locator(".opblock").first).to_be_visible(timeout=STEP_TIMEOUT_MS)
        found = violations(page, messages)
        csp = page.evaluate("async () => (await fetch('/api/docs/')).headers.get('content-security-policy')")

    assert "script-src 'self'" in csp
    assert found == []


def test_admin_claim_page_works_with_no_csp_violation(live_server, chromium, editor):
    from playwright.sync_api import expect

    with chromium() as browser:
        context = browser.new_context(base_url=live_server.url)
        context.add_init_script(WATCH_VIOLATIONS)
        page = sign_in(browser, live_server, "rita")
        messages = []
        page.on("console", lambda message: messages.append(message.text))
        page.goto("/admin/claims/claim/")
        page.locator("#result_list tbody th a").first.click()
        expect(page.locator("#claim_form")).to_be_visible()
        page.goto("/admin/claims/speaker/add/")
        expect(page.locator("#speaker_form")).to_be_visible()
        found = page.evaluate("window.__cspViolations || []") + [m for m in messages if "Content Security" in m]

    assert found == []
