import re

from claims.models import Claim, Speaker
from pages.permalinks import claim_path, speaker_path
from tests.pages.conftest import QUOTE, decide


def locations(response) -> list[str]:
    return re.findall(r"<loc>(.*?)</loc>", response.content.decode())


def test_sitemap_index_names_the_claims_and_speakers_sitemaps(client, seeded):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert locations(response) == ["http://testserver/sitemap-speakers.xml", "http://testserver/sitemap-claims.xml"]


def test_claims_sitemap_lists_every_public_claim_page(client, seeded):
    urls = locations(client.get("/sitemap-claims.xml"))

    assert len(urls) == Claim.objects.public().count() == 114
    assert f"http://testserver{claim_path(Claim.objects.get(text__startswith=QUOTE))}" in urls


def test_claims_sitemap_leaves_out_dismissed_and_unattributed_claims(client, seeded, reviewer):
    dismissed = Claim.objects.get(text__startswith=QUOTE)
    decide(dismissed, reviewer, "not_a_claim", "A headline.")
    unattributed = Claim.objects.exclude(pk=dismissed.pk).first()
    Claim.objects.filter(pk=unattributed.pk).update(speaker=None)

    urls = locations(client.get("/sitemap-claims.xml"))

    assert len(urls) == 112
    assert not any(url.endswith((claim_path(dismissed), f"/claims/{unattributed.pk}-")) for url in urls)


def test_speakers_sitemap_lists_speakers_with_public_claims(client, seeded):
    putin = Speaker.objects.get(name="Vladimir Putin")
    silent = Speaker.objects.create(name="Nobody Quoted")

    urls = locations(client.get("/sitemap-speakers.xml"))

    assert f"http://testserver{speaker_path(putin)}" in urls
    assert not any(f"/speakers/{silent.pk}-" in url for url in urls)


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_api(client, db):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Sitemap: http://testserver/sitemap.xml",
    ]


def test_a_long_claims_sitemap_is_split_into_files_the_index_names(client, seeded, monkeypatch):
    monkeypatch.setattr("pages.sitemaps.ClaimSitemap.limit", 50)

    index = locations(client.get("/sitemap.xml"))
    second = locations(client.get("/sitemap-claims.xml", {"p": 2}))

    assert "http://testserver/sitemap-claims.xml?p=2" in index and len(second) == 50
