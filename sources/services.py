"""Storing articles: one row per article, recognised again by its body or its address."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from sources.models import Article, Outlet
from sources.text import body_sha256


@dataclass
class ArticleRecord:
    """An article ready to store: metadata and the body its claims' offsets point into."""

    body: str
    title: str = ""
    outlet: str | None = None
    published: datetime.date | None = None
    byline: str = ""
    url: str | None = None
    language: str = "en"
    origin_file: str = ""


def find_article(article: ArticleRecord, digest: str) -> Article | None:
    """The stored copy of this article: the same body (`digest`), or the same address (a page saved twice)."""
    same = Q(body_sha256=digest)
    if article.url:
        same |= Q(url=article.url)
    return Article.objects.filter(same).first()


@transaction.atomic(savepoint=False)
def store_article(article: ArticleRecord) -> tuple[Article, bool]:
    """The stored article for this record, and whether it was created now.

    The same body (after normalising whitespace) or the same URL is the same article, so re-running an
    import or an ingest finds the stored one and changes nothing.
    """
    digest = body_sha256(article.body)
    existing = find_article(article, digest)
    if existing:
        return existing, False
    stored = Article.objects.create(
        outlet=_outlet(article.outlet),
        title=article.title or "",
        byline=article.byline or "",
        published=article.published,
        url=article.url or None,
        language=article.language or "en",
        body=article.body,
        body_sha256=digest,
        origin_file=article.origin_file,
    )
    return stored, True


def _outlet(name: str | None) -> Outlet | None:
    name = " ".join((name or "").split())
    if not name:
        return None
    return Outlet.objects.filter(name__iexact=name).first() or Outlet.objects.create(name=name)
