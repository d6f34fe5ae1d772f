import json
from html.parser import HTMLParser

import pytest

from claims.models import Claim, Speaker
from claims.review import record_review

QUOTE = "We are seeing the formation of an informal, but real, military alliance"


def decide(claim: Claim, reviewer, verdict: str, rationale: str = "Checked against the record.", evidence=()):
    """Record a verdict the way a reviewer does, through the review service."""
    claim.refresh_from_db()
    return record_review(
        claim=claim,
        reviewer=reviewer,
        verdict=verdict,
        rationale=rationale,
        evidence=list(evidence),
        expected_version=claim.version,
    )


@pytest.fixture
def pukhov_claim(seeded) -> Claim:
    return Claim.objects.get(text__startswith=QUOTE)


@pytest.fixture
def putin(seeded) -> Speaker:
    return Speaker.objects.get(name="Vladimir Putin")


class PageParts(HTMLParser):
    """What a crawler reads from a page: JSON-LD blocks, meta tags, links and the visible text."""

    def __init__(self, html: str):
        super().__init__()
        self.jsonld: list[dict] = []
        self.meta: dict[str, str] = {}
        self.links: list[tuple[str, str]] = []
        self.canonical = ""
        self.html = html
        self._text: list[str] = []
        self._script_type: str | None = None
        self._script = ""
        self._link_href: str | None = None
        self._link_text = ""
        self.feed(html)
        self.text = " ".join(" ".join(self._text).split())

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self._script_type, self._script = attrs.get("type"), ""
        elif tag == "meta" and "content" in attrs:
            self.meta[attrs.get("property") or attrs.get("name")] = attrs["content"]
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        elif tag == "a":
            self._link_href, self._link_text = attrs.get("href"), ""

    def handle_endtag(self, tag):
        if tag == "script":
            if self._script_type == "application/ld+json":
                self.jsonld.append(json.loads(self._script))
            self._script_type = None
        elif tag == "a" and self._link_href is not None:
            self.links.append((" ".join(self._link_text.split()), self._link_href))
            self._link_href = None

    def handle_data(self, data):
        if self._script_type is not None:
            self._script += data
        else:
            self._text.append(data)
        if self._link_href is not None:
            self._link_text += data


def parts(response) -> PageParts:
    return PageParts(response.content.decode())
