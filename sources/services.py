"""Storing articles and their claims: the one write path for annotations, extraction and imports."""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from simple_history.utils import bulk_create_with_history

from claims.affiliations import split_affiliation
from claims.models import Affiliation, Claim, Speaker
from claims.names import text_hash
from claims.speakers import resolve_organizations, resolve_speakers
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


def find_article(article: ArticleRecord, digest: str) -> Article | None:
    """The stored copy of this article: the same body (`digest`), or the same address (a page saved twice)."""
    same = Q(body_sha256=digest)
    if article.url:
        same |= Q(url=article.url)
    return Article.objects.filter(same).first()


@transaction.atomic
def store_article(*, article: ArticleRecord, claims: list[ClaimRecord], origin: str) -> StoreResult:
    """Store an article with its claims in one transaction; an article already stored is left as it is.

    The same body (after normalising whitespace) or the same URL is the same article, so re-running an
    import or an ingest changes nothing.
    """
    digest = body_sha256(article.body)
    existing = find_article(article, digest)
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
        body_sha256=digest,
        origin_file=article.origin_file,
    )
    result = StoreResult(article=stored, created=True)
    speakers = resolve_speakers({record.speaker: record.speaker_kind for record in claims}, context=article.body)
    result.speakers_created = sum(created for _, created in speakers.values())
    writer = _ClaimWriter(stored, origin, result, {name: speaker for name, (speaker, _) in speakers.items()})
    for record in claims:
        writer.add(record)
    writer.flush()
    return result


def _outlet(name: str | None) -> Outlet | None:
    name = " ".join((name or "").split())
    if not name:
        return None
    return Outlet.objects.filter(name__iexact=name).first() or Outlet.objects.create(name=name)


class _ClaimWriter:
    """Collects a new article's claims and writes them in batches.

    The article's speakers are resolved beforehand, all at once; affiliations and claims are each
    inserted with one statement.
    """

    def __init__(self, article: Article, origin: str, result: StoreResult, speakers: dict[str, Speaker]):
        self.article, self.origin, self.result, self.speakers = article, origin, result, speakers
        self.seen: set[tuple[int, str]] = set()
        self.pending: list[tuple[Claim, ClaimRecord]] = []

    def add(self, record: ClaimRecord) -> None:
        if not 0 <= record.start <= record.end <= len(self.article.body):
            raise ValueError(f"claim offsets {record.start}-{record.end} lie outside the article body")
        speaker = self.speakers[record.speaker]
        key = (speaker.pk, text_hash(record.text))
        if key in self.seen:
            self.result.skipped.append(f"repeated quote by {speaker}: {record.text[:40]!r}")
            return
        self.seen.add(key)
        claim = Claim(
            text=record.text,
            text_hash=key[1],
            kind=record.kind,
            speaker=speaker,
            article=self.article,
            start=record.start,
            end=record.end,
            origin=self.origin,
            confidence=record.confidence,
            extraction_rule=record.rule,
            stated_on=self.article.published,
        )
        self.pending.append((claim, record))

    def flush(self) -> None:
        affiliations = self._affiliations()
        claims = []
        for claim, record in self.pending:
            if record.affiliation:
                claim.affiliation = affiliations[(claim.speaker_id, record.affiliation)]
            claims.append(claim)
        bulk_create_with_history(claims, Claim, batch_size=500)
        self.result.claims_created += len(claims)
        self.pending = []

    def _affiliations(self) -> dict[tuple[int, str], Affiliation]:
        """One Affiliation per (speaker, wording) in this article, as the article states it."""
        stated: dict[tuple[int, str], tuple[str, str | None]] = {}
        for claim, record in self.pending:
            key = (claim.speaker_id, record.affiliation)
            if not record.affiliation or key in stated:
                continue
            role, organization = (record.role or "", record.organization)
            if not role and not organization:
                role, organization = split_affiliation(record.affiliation)
            stated[key] = (role or "", " ".join((organization or "").split()) or None)
        organizations = resolve_organizations([org for _, org in stated.values() if org])
        wanted = {
            (speaker_id, wording): Affiliation(
                speaker_id=speaker_id,
                stated_as=wording,
                article=self.article,
                role=role,
                organization=organizations.get(org) if org else None,
            )
            for (speaker_id, wording), (role, org) in stated.items()
        }
        Affiliation.objects.bulk_create(wanted.values())
        return wanted
