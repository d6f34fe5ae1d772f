"""Reading hand annotations (the format of seeds/*.json) into records ready to store.

An annotation names its article file and lists quotations (text, speaker, affiliation, kind) and
reported speech (`indirect`). Every check runs before anything is written, so a bad file is
rejected whole.
"""

import datetime
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from claims.records import ClaimToStore
from sources.parsing import UnreadableArticle, parse_article, read_article_file
from sources.services import ArticleRecord

CLAIM_KINDS = {"direct", "partial", "indirect"}
NOT_CLAIMS = {"scare", "unscored"}


class AnnotationError(Exception):
    """The annotation file cannot be loaded; the message says why in one line."""


@dataclass
class Annotation:
    article: ArticleRecord
    claims: list[ClaimToStore]
    skipped: list[str] = field(default_factory=list)


def load_annotation(path: Path) -> Annotation:
    data = _read_json(path)
    meta = data.get("article")
    if not isinstance(meta, dict) or not meta.get("file"):
        raise AnnotationError("no article.file naming the article text")
    text_path = path.parent / meta["file"]
    text = _read_article_text(text_path)
    parsed = parse_article(text, text_path.name)
    body = parsed.body
    if not body.strip():
        raise AnnotationError(f"article text {text_path.name} has no body")
    article = ArticleRecord(
        body=body,
        title=meta.get("title") or parsed.title or "",
        outlet=meta.get("outlet") or parsed.outlet,
        published=_date(meta.get("published")) or parsed.published,
        byline=meta.get("byline") or parsed.byline or "",
        url=meta.get("url"),
        origin_file=text_path.name,
    )
    annotation = Annotation(article=article, claims=[])
    quotes = _records(data, "quotes") + _records(data, "indirect")
    cursor: dict[str, int] = {}
    for quote in quotes:
        kind, speaker, quote_text = quote.get("kind"), quote.get("speaker"), quote.get("text") or ""
        if kind in NOT_CLAIMS:
            annotation.skipped.append(f"{kind} quote {quote_text[:40]!r}")
            continue
        if kind not in CLAIM_KINDS:
            raise AnnotationError(f"unknown kind {kind!r} for quote {quote_text[:40]!r}")
        if not quote_text.strip():
            raise AnnotationError("a quote has no text")
        span = _locate(body, quote_text, cursor.get(quote_text, 0))
        if span is None:
            raise AnnotationError(f"quote not found in {text_path.name}: {quote_text[:60]!r}")
        start, end = span
        cursor[quote_text] = start + 1
        if not speaker:
            annotation.skipped.append(f"quote without a speaker {quote_text[:40]!r}")
            continue
        annotation.claims.append(
            ClaimToStore(
                text=quote_text,
                speaker=speaker,
                kind=kind,
                start=start,
                end=end,
                affiliation=quote.get("affiliation") or "",
            )
        )
    return annotation


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AnnotationError("file not found") from None
    except UnicodeDecodeError:
        raise AnnotationError("not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise AnnotationError(f"bad JSON: {error.msg} at line {error.lineno}") from None
    if not isinstance(data, dict):
        raise AnnotationError("bad JSON: expected an object with 'article' and 'quotes'")
    return data


def _read_article_text(path: Path) -> str:
    if not path.is_file():
        raise AnnotationError(f"article text {path.name} not found")
    try:
        return read_article_file(path)
    except UnreadableArticle as error:
        raise AnnotationError(f"article text {path.name}: {error}") from None


def _records(data: dict, key: str) -> list[dict]:
    records = data.get(key) or []
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise AnnotationError(f"'{key}' must be a list of objects")
    return records


def _date(value) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise AnnotationError(f"bad published date {value!r}") from None


def _locate(body: str, quote: str, after: int) -> tuple[int, int] | None:
    """Offsets of the quote in the body (its next occurrence after `after`), tolerating other whitespace."""
    start = body.find(quote, after)
    if start < 0:
        start = body.find(quote)
    if start >= 0:
        return start, start + len(quote)
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    match = re.search(pattern, body)
    return (match.start(), match.end()) if match else None
