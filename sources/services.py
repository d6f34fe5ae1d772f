"""Storing articles and their claims: the one write path for annotations, extraction and imports."""

import datetime
from dataclasses import dataclass, field

from django.db import transaction

from claims.affiliations import split_affiliation
from claims.models import Affiliation, Claim
from claims.names import text_hash
from claims.speakers import resolve_organization, resolve_speaker
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


@dataclass
class ClaimRecord:
    """A quotation or reported statement found in an article body, with its attribution."""

    text: str
    speaker: str
    kind: str
    start: int
    end: int
    affiliation: str | None = None
    role: str | None = None
    organization: str | None = None
    speaker_kind: str | None = None
    confidence: float | None = None
    rule: str = ""


@dataclass
class StoreResult:
    article: Article
    created: bool
    claims_created: int = 0
    speakers_created: int = 0
    skipped: list[str] = field(default_factory=list)


def find_article(body: str) -> Article | None:
    return Article.objects.filter(body_sha256=body_sha256(body)).first()


@transaction.atomic
def store_article(*, article: ArticleRecord, claims: list[ClaimRecord], origin: str) -> StoreResult:
    """Store an article with its claims in one transaction; an article already stored is left as it is.

    The same body (after normalising whitespace) is the same article, so re-running an import or an
    ingest changes nothing.
    """
    existing = find_article(article.body)
    if existing:
        return StoreResult(article=existing, created=False)
    outlet = _outlet(article.outlet)
    stored = Article.objects.create(
        outlet=outlet,
        title=article.title or "",
        byline=article.byline or "",
        published=article.published,
        url=article.url or None,
        language=article.language or "en",
        body=article.body,
        body_sha256=body_sha256(article.body),
        origin_file=article.origin_file,
    )
    result = StoreResult(article=stored, created=True)
    for record in claims:
        _store_claim(stored, record, origin, result)
    return result


def _outlet(name: str | None) -> Outlet | None:
    name = " ".join((name or "").split())
    if not name:
        return None
    return Outlet.objects.filter(name__iexact=name).first() or Outlet.objects.create(name=name)


def _store_claim(article: Article, record: ClaimRecord, origin: str, result: StoreResult) -> None:
    if not 0 <= record.start <= record.end <= len(article.body):
        raise ValueError(f"claim offsets {record.start}-{record.end} lie outside the article body")
    speaker, created = resolve_speaker(record.speaker, record.speaker_kind, context=article.body)
    result.speakers_created += created
    affiliation = None
    if record.affiliation:
        role, organization = (record.role or "", record.organization)
        if not role and not organization:
            role, organization = split_affiliation(record.affiliation)
        affiliation, _ = Affiliation.objects.get_or_create(
            speaker=speaker,
            stated_as=record.affiliation,
            article=article,
            defaults={"role": role or "", "organization": resolve_organization(organization)},
        )
    claim = Claim(
        text=record.text,
        kind=record.kind,
        speaker=speaker,
        affiliation=affiliation,
        article=article,
        start=record.start,
        end=record.end,
        origin=origin,
        confidence=record.confidence,
        extraction_rule=record.rule,
        stated_on=article.published,
    )
    if Claim.objects.filter(article=article, speaker=speaker, text_hash=text_hash(record.text)).exists():
        result.skipped.append(f"repeated quote by {speaker}: {record.text[:40]!r}")
        return
    claim.save()
    result.claims_created += 1
