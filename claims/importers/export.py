"""Our verdicts as schema.org ClaimReview: the feed `export_claimreview` and /api/v1/claimreview/ serve.

The feed is a Data Commons DataFeed, one DataFeedItem per claim holding the ClaimReview of the
claim's latest review; `import_claimreview` reads it back to the same claims, speakers and verdicts.
A claim's ClaimReview `url` is the review's own page when it was imported with one, otherwise the
claim's page in this API.
"""

import datetime
import itertools
import json
from collections.abc import Callable, Iterator

from django.db.models import Case, DateTimeField, F, OuterRef, Prefetch, QuerySet, Subquery, When
from django.utils import timezone

from claims.importers.claimreview import claimreview_document
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


def _feed_rows() -> QuerySet:
    """reviewed_claims() as plain rows (no model instances), each with its latest review's url,
    organisation and publication date (as _published() gives it, or the claim's last change when it
    has no review) read in the same query through the (claim, -created_at) index."""
    newest = Review.objects.filter(claim=OuterRef("pk")).order_by("-created_at", "-id")
    review_published = Case(
        When(reviewed_at__isnull=False, then=F("reviewed_at")),
        When(origin=Review.Origin.REVIEWER, then=F("created_at")),
        default=None,
        output_field=DateTimeField(),
    )
    return (
        reviewed_claims()
        .prefetch_related(None)
        .annotate(
            review_url=Subquery(newest.values("url")[:1]),
            organisation=Subquery(newest.values("reviewing_organization")[:1]),
            review_published=Subquery(newest.annotate(published=review_published).values("published")[:1]),
        )
        .annotate(
            published=Case(
                When(review_url__isnull=True, then=F("updated_at")),
                default=F("review_published"),
                output_field=DateTimeField(),
            )
        )
        .values_list(
            *("id", "text", "status", "stated_on", "source_url"),
            *("speaker__name", "speaker__kind", "affiliation__stated_as"),
            *("review_url", "organisation", "published"),
        )
    )


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


def claimreview_feed_chunks(*, claim_url: Callable[[int], str], chunk_size: int = 5000) -> Iterator[str]:
    """The whole feed of reviewed_claims() as JSON text, a piece at a time: memory stays flat at any size.

    The same document as json.dumps(claimreview_feed(...)), written element by element. Claims are
    read as plain rows with their latest review (no model instances), in one query: several times
    faster than building each claim and its reviews as models.
    """
    now = timezone.now().isoformat()
    head = {"@context": "https://schema.org", "@type": "DataFeed", "dateModified": now}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "dataFeedElement": ['
    separator = "\n"
    rows = _feed_rows().iterator(chunk_size=chunk_size)
    while chunk := list(itertools.islice(rows, chunk_size)):
        elements = []
        for pk, text, status, stated_on, source_url, speaker, kind, stated_as, url, organisation, published in chunk:
            item = _claimreview(
                claim_url=claim_url(pk),
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
            elements.append(_feed_element(item, now))
        yield separator + ",\n".join([json.dumps(element, ensure_ascii=False) for element in elements])
        separator = ",\n"
    yield "\n]}\n"
