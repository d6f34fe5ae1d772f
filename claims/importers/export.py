"""Our verdicts as schema.org ClaimReview: the feed `export_claimreview` and /api/v1/claimreview/ serve.

The feed is a Data Commons DataFeed, one DataFeedItem per claim holding the ClaimReview of the
claim's latest review; `import_claimreview` reads it back to the same claims, speakers and verdicts.
A claim's ClaimReview `url` is the review's own page when it was imported with one, otherwise the
claim's page in this API.
"""

import datetime
import itertools
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from django.db import connections
from django.db.models import Case, DateTimeField, F, OuterRef, Prefetch, QuerySet, Subquery, When
from django.utils import timezone

from claims.exports import without_jit
from claims.importers.claimreview import STATUS_NAMES, STATUS_VALUES, claimreview_document
from claims.models import Claim, Review, Speaker

# The name our own reviewers publish under.
PUBLISHER = "factcheck"


def reviewed_claims() -> QuerySet[Claim]:
    """Claims with a verdict, oldest first, with what their ClaimReview shows in three queries."""
    return (
        # Only verdicts on the truth of a claim someone is named for: a ClaimReview needs both.
        Claim.objects.public()
        .filter(status__in=Claim.TRUTH_VERDICTS)
        .select_related("speaker", "affiliation")
        .prefetch_related(
            Prefetch("reviews", queryset=Review.objects.order_by("-created_at", "-id"), to_attr="newest_reviews")
        )
        .order_by("created_at", "id")
    )


def claimreview_item(claim: Claim, *, claim_url: str) -> dict:
    """The ClaimReview of a claim from reviewed_claims(), for its latest review."""
    review = claim.newest_reviews[0] if claim.newest_reviews else None
    return _claimreview(
        claim_url=claim_url,
        text=claim.text,
        status=claim.status,
        stated_on=claim.stated_on,
        source_url=claim.source_url,
        speaker=claim.speaker.name,
        speaker_kind=claim.speaker.kind,
        stated_as=claim.affiliation.stated_as if claim.affiliation else None,
        review_url=review.url if review else None,
        organisation=review.reviewing_organization if review else None,
        published=_published(review) if review else claim.updated_at,
    )


def _published(review: Review) -> datetime.datetime | None:
    """When the verdict was published: ours when recorded; an import's only if its archive says (LIAR does not)."""
    if review.reviewed_at or review.origin != Review.Origin.REVIEWER:
        return review.reviewed_at
    return review.created_at


def _claimreview(
    *,
    claim_url: str,
    text: str,
    status: str,
    stated_on: datetime.date | None,
    source_url: str,
    speaker: str,
    speaker_kind: str,
    stated_as: str | None,
    review_url: str | None,
    organisation: str | None,
    published: datetime.datetime | None,
) -> dict:
    return claimreview_document(
        url=review_url or claim_url,
        text=text,
        status=status,
        speaker=speaker,
        speaker_is_organisation=speaker_kind != Speaker.Kind.PERSON,
        stated_as=stated_as or "",
        reviewing_organization=organisation or PUBLISHER,
        reviewed_at=published,
        stated_on=stated_on,
        source_url=source_url,
    )


# A feed row's fields, in the order _feed_rows() gives them.
FEED_ROW_FIELDS = (
    *("id", "text", "status", "stated_on", "source_url"),
    *("speaker__name", "speaker__kind", "affiliation__stated_as"),
    *("review_url", "organisation", "claimreview_published"),
)


def with_latest_review(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """`claims` annotated with their latest review's url, organisation and publication date (as
    _published() gives it, or the claim's last change when it has no review), read in the same
    query through the (claim, -created_at) index."""
    newest = Review.objects.filter(claim=OuterRef("pk")).order_by("-created_at", "-id")
    review_published = Case(
        When(reviewed_at__isnull=False, then=F("reviewed_at")),
        When(origin=Review.Origin.REVIEWER, then=F("created_at")),
        default=None,
        output_field=DateTimeField(),
    )
    return (
        claims.prefetch_related(None)
        .annotate(
            review_url=Subquery(newest.values("url")[:1]),
            organisation=Subquery(newest.values("reviewing_organization")[:1]),
            review_published=Subquery(newest.annotate(published=review_published).values("published")[:1]),
        )
        .annotate(
            claimreview_published=Case(
                When(review_url__isnull=True, then=F("updated_at")),
                default=F("review_published"),
                output_field=DateTimeField(),
            )
        )
    )


def claimreview_row_item(row: dict, *, claim_url: str) -> dict:
    """The ClaimReview of a row of with_latest_review(...).values(*FEED_ROW_FIELDS), as claimreview_item() gives it."""
    return _claimreview(
        claim_url=claim_url,
        text=row["text"],
        status=row["status"],
        stated_on=row["stated_on"],
        source_url=row["source_url"],
        speaker=row["speaker__name"],
        speaker_kind=row["speaker__kind"],
        stated_as=row["affiliation__stated_as"],
        review_url=row["review_url"],
        organisation=row["organisation"],
        published=row["claimreview_published"],
    )


def _feed_rows() -> QuerySet:
    """reviewed_claims() as plain rows (no model instances), each with its latest review."""
    return with_latest_review(reviewed_claims()).values_list(*FEED_ROW_FIELDS)


def claimreview_feed(items: list[dict]) -> dict:
    """ClaimReview items (from claimreview_item) in a DataFeed, one DataFeedItem each, as Data Commons publishes."""
    now = timezone.now().isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "dateModified": now,
        "dataFeedElement": [_feed_element(item, now) for item in items],
    }


def _feed_element(item: dict, now: str) -> dict:
    return {"@type": "DataFeedItem", "dateCreated": item.get("datePublished", now), "item": [item]}


def claimreview_feed_chunks(*, claim_url_prefix: str, chunk_size: int = 5000) -> Iterator[bytes]:
    """The whole feed of reviewed_claims() as UTF-8 JSON, a piece at a time: memory stays flat at any size.

    The same document as json.dumps(claimreview_feed(...)), written element by element; a claim
    without a review page links to `claim_url_prefix` + its id + "/". On PostgreSQL the database
    writes each element itself (under COPY), several times faster than building and encoding them in
    Python, and its bytes are passed on as they come; elsewhere plain rows are read and written here.
    """
    now = timezone.now().isoformat()
    head = {"@context": "https://schema.org", "@type": "DataFeed", "dateModified": now}
    # One element a line, each after the first led by its comma: the database can write them so.
    yield (json.dumps(head, ensure_ascii=False)[:-1] + ', "dataFeedElement": [\n').encode("utf-8")
    if connections[reviewed_claims().db].vendor == "postgresql":
        rows = _copied_elements(claim_url_prefix, now)
        while chunk := b"".join(itertools.islice(rows, chunk_size)):
            yield chunk
    else:
        lines = _python_elements(claim_url_prefix, now, chunk_size)
        while text := "".join(itertools.islice(lines, chunk_size)):
            yield text.encode("utf-8")
    yield b"]}\n"


def _python_elements(claim_url_prefix: str, now: str, chunk_size: int) -> Iterator[str]:
    rows = _feed_rows().iterator(chunk_size=chunk_size)
    first = None
    for pk, text, status, stated_on, source_url, speaker, kind, stated_as, url, organisation, published in rows:
        first = pk if first is None else first
        item = _claimreview(
            claim_url=f"{claim_url_prefix}{pk}/",
            text=text,
            status=status,
            stated_on=stated_on,
            source_url=source_url,
            speaker=speaker,
            speaker_kind=kind,
            stated_as=stated_as,
            review_url=url,
            organisation=organisation,
            published=published,
        )
        yield ("," if pk != first else "") + json.dumps(_feed_element(item, now), ensure_ascii=False) + "\n"


def _iso_datetime(column: str) -> str:
    """SQL writing a timestamp as Python's isoformat() writes a UTC datetime (microseconds only when not 0)."""
    utc = f"({column} AT TIME ZONE 'UTC')"
    return (
        f"to_char({utc}, 'YYYY-MM-DD\"T\"HH24:MI:SS') || "
        f"CASE WHEN mod(date_part('microseconds', {utc})::bigint, 1000000) <> 0 THEN to_char({utc}, '.US') ELSE '' END "
        "|| '+00:00'"
    )


def _json(value: str) -> str:
    """SQL for a text value as a JSON string (escaped as json.dumps(..., ensure_ascii=False) escapes it)."""
    return f"to_json({value}::text)::text"


# One DataFeedItem per claim, written by PostgreSQL as json.dumps(_feed_element(claimreview_document(...)))
# writes it in Python, keys in the same order and with the same separators; the keys Python leaves
# out when empty are left out (a NULL piece makes its COALESCE ''). Text joined, not json_build_object,
# which costs four times as much a row. %(...)s are parameters; {ratings} the CASEs of the rating scale.
# Every element is led by its comma; _copied_elements() takes the first one's off.
_ELEMENT_SQL = f"""
SELECT ',{{"@type": "DataFeedItem", "dateCreated": ' || {_json("COALESCE(e.claimreview_published, %(now)s)")}
    || ', "item": [{{"@context": "https://schema.org", "@type": "ClaimReview", "url": '
    || {_json("COALESCE(NULLIF(e.review_url, ''), %(prefix)s || e.id || '/')")}
    || ', "claimReviewed": ' || {_json("e.text")}
    || ', "itemReviewed": {{"@type": "Claim", "author": {{"@type": '
    || CASE WHEN e.speaker_kind = %(person)s THEN '"Person"' ELSE '"Organization"' END
    || ', "name": ' || {_json("e.speaker_name")}
    || COALESCE(', "jobTitle": ' || {_json("NULLIF(e.stated_as, '')")}, '') || '}}'
    || COALESCE(', "datePublished": "' || to_char(e.stated_on, 'YYYY-MM-DD') || '"', '')
    || CASE WHEN e.source_url <> '' THEN
        ', "appearance": [{{"@type": "CreativeWork", "url": ' || {_json("e.source_url")} || '}}]' ELSE '' END
    || '}}, "author": {{"@type": "Organization", "name": '
    || {_json("COALESCE(NULLIF(e.organisation, ''), %(publisher)s)")}
    || '}}, "reviewRating": {{"@type": "Rating", "alternateName": ' || {_json("{rating_name}")}
    || COALESCE(', "ratingValue": ' || {{rating_value}} || ', "bestRating": 5, "worstRating": 1', '') || '}}'
    || COALESCE(', "datePublished": "' || e.claimreview_published || '"', '')
    || '}}]}}'
FROM (
    SELECT c.*, CASE
        WHEN r.claim_id IS NULL THEN {_iso_datetime("c.updated_at")}
        WHEN r.reviewed_at IS NOT NULL THEN {_iso_datetime("r.reviewed_at")}
        WHEN r.origin = %(reviewer)s THEN {_iso_datetime("r.created_at")}
    END AS claimreview_published, r.url AS review_url, r.reviewing_organization AS organisation
    FROM ({{claims}}) c
    -- The latest review of each claim: all of them at once, hashed, costs a fifth less than one
    -- index lookup (and sort of its reviews) per claim. The review no later one of its claim
    -- follows, not DISTINCT ON: an anti-join the parallel workers share, where each of them sorted
    -- every review for itself.
    LEFT JOIN (
        SELECT claim_id, url, reviewing_organization, reviewed_at, origin, created_at
        FROM claims_review latest
        WHERE NOT EXISTS (
            SELECT FROM claims_review later
            WHERE later.claim_id = latest.claim_id AND (later.created_at, later.id) > (latest.created_at, latest.id)
        )
    ) r ON r.claim_id = c.id
) e
-- Sorted here, not in `e`: the elements are then written before the sort, by the parallel workers
-- that join the rows, and the one process that sends them only merges them (a third less of its time).
ORDER BY e.created_at, e.id
"""


def _rating_case(values: dict[str, Any]) -> tuple[str, list]:
    """A CASE giving each status's value in `values` (NULL for the others), with its parameters."""
    whens = " ".join("WHEN %s THEN %s" for _ in values)
    return f"(CASE e.status {whens} END)", [item for pair in values.items() for item in pair]


def _copied_elements(claim_url_prefix: str, now: str) -> Iterator[memoryview]:
    claims = (
        reviewed_claims()
        .prefetch_related(None)
        .order_by()
        .values(
            *("id", "text", "status", "stated_on", "source_url", "updated_at", "created_at"),
            speaker_name=F("speaker__name"),
            speaker_kind=F("speaker__kind"),
            stated_as=F("affiliation__stated_as"),
        )
    )
    claims_sql, claims_params = claims.query.sql_with_params()
    named = {
        "now": now,
        "prefix": claim_url_prefix,
        "person": Speaker.Kind.PERSON.value,
        "publisher": PUBLISHER,
        "reviewer": Review.Origin.REVIEWER.value,
    }
    name_sql, name_params = _rating_case(STATUS_NAMES)
    value_sql, value_params = _rating_case({status: str(value) for status, value in STATUS_VALUES.items()})
    slots = {
        "{claims}": (claims_sql, claims_params),
        "{rating_name}": (name_sql, name_params),
        "{rating_value}": (value_sql, value_params),
    }
    # The claims' query brings positional parameters: the named ones become positional too, in order.
    parts, params = [], []
    for piece in re.split(r"(%\(\w+\)s|\{claims\}|\{rating_name\}|\{rating_value\})", _ELEMENT_SQL):
        if piece in slots:
            parts.append(slots[piece][0])
            params.extend(slots[piece][1])
        elif piece.startswith("%("):
            parts.append("%s")
            params.append(named[piece[2:-2]])
        else:
            parts.append(piece)
    # CSV framing with quote and delimiter characters JSON never leaves raw: one element a line, as is.
    statement = f"COPY ({''.join(parts)}) TO STDOUT WITH (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')"
    with connections[claims.db].cursor() as cursor, without_jit(cursor), cursor.cursor.copy(statement, params) as copy:
        rows = iter(copy)
        if first := next(rows, None):
            yield first[1:]  # the first element has no comma before it
        # Each row its own buffer (psycopg's), kept until joined: no copy of it here.
        yield from rows


def write_claimreview_feed(target: BinaryIO, *, claim_url_prefix: str) -> int:
    """Write the whole feed (claimreview_feed_chunks) to `target`; returns how many ClaimReviews it holds."""
    written = 0
    for chunk in claimreview_feed_chunks(claim_url_prefix=claim_url_prefix):
        target.write(chunk)
        written += chunk.count(b"\n")
    # Every element has its line, and so do the head and the closing brackets.
    return written - 2
