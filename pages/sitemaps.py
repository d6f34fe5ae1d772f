"""Every public claim and speaker page, for search engines (django.contrib.sitemaps)."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef

from claims.models import Claim, Speaker
from pages.permalinks import claim_path, speaker_path


class ClaimSitemap(Sitemap):
    # Smaller files than the protocol's 50,000: each is rendered on request, and a crawler fetches them one by one.
    limit = 10_000

    def items(self):
        return Claim.objects.public().only("id", "text", "updated_at").order_by("id")

    def location(self, claim: Claim) -> str:
        return claim_path(claim)

    def lastmod(self, claim: Claim):
        return claim.updated_at


class SpeakerSitemap(Sitemap):
    def items(self):
        return (
            Speaker.objects.filter(Exists(Claim.objects.public().filter(speaker=OuterRef("pk"))))
            .only("id", "name")
            .order_by("id")
        )

    def location(self, speaker: Speaker) -> str:
        return speaker_path(speaker)


SITEMAPS = {"speakers": SpeakerSitemap, "claims": ClaimSitemap}
