"""Articles in with their claims: read a file, extract (or load a hand annotation), store in one transaction.

sources reads and parses articles and extracts quotations; this module hands what it found to the
claim storer (claims.storing), the one write path for claims.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from claims.models import Claim
from claims.records import ClaimToStore
from claims.storing import ClaimStorer
from sources.extraction import ExtractedArticle, extract_article
from sources.models import Article
from sources.parsing import ARTICLE_SUFFIXES, UnreadableArticle, read_article_file
from sources.services import ArticleRecord, store_article

# Quotation kinds that are not claims: scare quotes mark a word, they report nobody's statement.
NOT_CLAIMS = {"scare"}


@dataclass
class Ingested:
    """What storing one article did, as counted from the rows written."""

    article: Article
    created: bool
    claims: int = 0
    unattributed: int = 0
    new_speakers: int = 0
    skipped: list[str] = field(default_factory=list)


@transaction.atomic
def store_article_with_claims(
    *, article: ArticleRecord, claims: Sequence[ClaimToStore], origin: str, skipped: Sequence[str] = ()
) -> Ingested:
    """Store an article and its claims in one transaction; an article stored already is left as it is."""
    stored_article, created = store_article(article)
    if not created:
        return Ingested(article=stored_article, created=False)
    stored = ClaimStorer(origin=origin).store(claims, article=stored_article, new_article=True)
    return Ingested(
        article=stored_article,
        created=True,
        claims=stored.created,
        unattributed=stored.unattributed,
        new_speakers=stored.new_speakers,
        skipped=[*skipped, *stored.skipped],
    )


def article_files(paths: list[Path]) -> Iterator[Path]:
    """The given files, and the article files (.txt, .html) inside given folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            yield path


def ingest_file(path: Path) -> Ingested:
    """Read one article file, extract its claims and store them in one transaction.

    Raises UnreadableArticle for a file that is missing, empty, binary, not UTF-8 or too large.
    """
    extracted = extract_article(read_article_file(path), path.name)
    if not extracted.parsed.body.strip():
        raise UnreadableArticle("no article text found")
    claims, skipped = claims_found(extracted)
    return store_article_with_claims(
        article=article_record(extracted, path.name), claims=claims, origin=Claim.Origin.EXTRACTION, skipped=skipped
    )


def article_record(extracted: ExtractedArticle, filename: str) -> ArticleRecord:
    parsed = extracted.parsed
    return ArticleRecord(
        body=parsed.body,
        title=parsed.title or "",
        outlet=parsed.outlet,
        published=parsed.published,
        byline=parsed.byline or "",
        language=parsed.language,
        url=parsed.url,
        origin_file=filename,
    )


def claims_found(extracted: ExtractedArticle) -> tuple[list[ClaimToStore], list[str]]:
    """The extracted quotations that are claims (a speaker the extractor could not name stays None), and the rest."""
    claims, skipped = [], []
    for quote in extracted.claims:
        if quote.kind in NOT_CLAIMS:
            skipped.append(f"scare quote {quote.text[:40]!r}")
            continue
        claims.append(
            ClaimToStore(
                text=quote.text,
                speaker=quote.speaker or None,
                kind=quote.kind,
                speaker_kind=quote.speaker_kind if quote.speaker else None,
                speaker_alias=quote.speaker_alias if quote.speaker else "",
                start=quote.body_start,
                end=quote.body_end,
                affiliation=quote.affiliation or "",
                role=quote.role or None,
                organization=quote.organization or None,
                confidence=quote.confidence,
                extraction_rule=quote.rule,
            )
        )
    return claims, skipped
