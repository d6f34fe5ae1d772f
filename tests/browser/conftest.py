"""Headless Chromium against pytest-django's live server: Debian's /usr/bin/chromium, driven by Playwright.

Nothing here downloads a browser. Without /usr/bin/chromium or the playwright package, the browser tests
are skipped and say why; CI (.ci/run) installs both, so there they run.
"""

import importlib.util
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.test import override_settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


def _why_no_browser() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "playwright is not installed (.venv/bin/pip install -r requirements.txt)"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _why_no_browser()
    if reason is None:
        return
    if os.environ.get("REQUIRE_BROWSER") and any(item.get_closest_marker("browser") for item in items):
        # CI sets REQUIRE_BROWSER: there a missing browser is a broken set-up, not a reason to skip.
        raise pytest.UsageError(f"REQUIRE_BROWSER is set but the browser tests cannot run: {reason}")
    skip = pytest.mark.skip(reason=f"browser test: {reason}")
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def _plain_http_server():
    # The live server speaks plain HTTP. SecurityMiddleware reads SECURE_SSL_REDIRECT once, when the server
    # starts, so a per-test `settings` change comes too late: the settings must be plain before it starts.
    with override_settings(
        SECURE_SSL_REDIRECT=False, SECURE_HSTS_SECONDS=0, SESSION_COOKIE_SECURE=False, CSRF_COOKIE_SECURE=False
    ):
        yield


@pytest.fixture(scope="session")
def live_server(_plain_http_server, live_server):
    """pytest-django's live server, started with plain-HTTP settings."""
    return live_server


@pytest.fixture
def screenshots(request) -> Path:
    """This test's folder under test-artifacts/browser/, emptied of an earlier run's pictures."""
    folder = ARTIFACTS / request.node.name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def chromium(screenshots):
    """Starts headless Chromium: `with chromium() as browser:`; on a failure inside, every open page is photographed.

    A block rather than a fixture that spans the test: while Playwright's sync API is open it runs an asyncio loop
    in this thread, and Django then refuses database calls (SynchronousOnlyOperation), or with the guard turned off
    quietly opens a second connection that nothing closes. So: data before the block, database checks after it.
    """

    @contextmanager
    def launch():
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                yield browser
            except BaseException:
                pages = [page for context in browser.contexts for page in context.pages]
                for number, page in enumerate(pages, start=1):
                    page.screenshot(path=screenshots / f"failed-page-{number}.png", full_page=True)
                raise
            finally:
                browser.close()

    return launch
