import re

import pytest

from pages.permalinks import claim_path, speaker_path
from tests.pages.conftest import decide


@pytest.fixture
def public_pages(pukhov_claim, reviewer):
    decide(pukhov_claim, reviewer, "false", "No treaty exists.")
    return ["/", "/?q=pukhov", speaker_path(pukhov_claim.speaker), claim_path(pukhov_claim)]


def test_public_pages_carry_no_inline_style_or_script(client, public_pages):
    # A Content-Security-Policy without 'unsafe-inline' can then be set: JSON-LD is data, not script.
    for path in public_pages:
        html = client.get(path).content.decode()

        assert not re.search(r"\sstyle=|\son[a-z]+=|javascript:", html), path
        assert set(re.findall(r"<script[^>]*>", html)) <= {'<script type="application/ld+json">'}, path


def test_public_pages_load_nothing_from_another_site(client, public_pages):
    for path in public_pages:
        html = client.get(path).content.decode()

        loaded = re.findall(r'<link rel="(?:stylesheet|icon)"[^>]*>|<(?:script|img)[^>]* src="[^"]*"', html)
        assert loaded and not [tag for tag in loaded if re.search(r'(?:href|src)="(?:https?:)?//', tag)], path
