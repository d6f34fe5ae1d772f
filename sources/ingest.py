"""Ingesting article files: read, extract quotes, store. Shares the write path with annotation import."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claims.models import Claim
from sources.extraction import ExtractedArticle, extract_article
from sources.parsing.files import UnreadableArticle, read_article_file
from sources.services import ArticleRecord, ClaimRecord, StoreResult, store_article

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
NOT_CLAIMS = {"scare"}


@dataclass
class Ingested:
    """What ingesting one file did, for the command's summary."""

    result: StoreResult
    skipped: list[str] = field(default_factory=list)


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
    text = read_article_file(path)
    extracted = extract_article(text, path.name)
    if not extracted.parsed.body.strip():
        raise UnreadableArticle("no article text found")
    article, claims, skipped = to_records(extracted, path.name)
    return Ingested(
        result=store_article(article=article, claims=claims, origin=Claim.Origin.EXTRACTION), skipped=skipped
    )


def to_records(extracted: ExtractedArticle, filename: str) -> tuple[ArticleRecord, list[ClaimRecord], list[str]]:
    parsed = extracted.parsed
    article = ArticleRecord(
        body=parsed.body,
        title=parsed.title or "",
        outlet=parsed.outlet,
        published=parsed.published,
        byline=parsed.byline or "",
        language=parsed.language,
        url=parsed.url,
        origin_file=filename,
    )
    claims, skipped = [], []
    for quote in extracted.quotes:
        if quote.kind in NOT_CLAIMS:
            skipped.append(f"scare quote {quote.text[:40]!r}")
            continue
        if not quote.speaker:
            skipped.append(f"no speaker for {quote.text[:40]!r}")
            continue
        claims.append(
            ClaimRecord(
                text=quote.text,
                speaker=quote.speaker,
                kind=quote.kind,
                start=quote.body_start,
                end=quote.body_end,
                affiliation=quote.affiliation,
                role=quote.role,
                organization=quote.organization,
                speaker_kind=quote.speaker_kind,
                confidence=quote.confidence,
                rule=quote.rule,
            )
        )
    return article, claims, skipped
