"""Our verdicts as schema.org ClaimReview: the feed `export_claimreview` and /api/v1/claimreview/ serve.

The feed is a Data Commons DataFeed, one DataFeedItem per claim holding the ClaimReview of the
claim's latest review; `import_claimreview` reads it back to the same claims, speakers and verdicts.
A claim's ClaimReview `url` is the review's own page when it was imported with one, otherwise the
claim's page in this API.
"""

import datetime
import json
from collections.abc import Callable, Iterator

from django.db.models import Prefetch, QuerySet
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
    organisation = PUBLISHER
    if review and review.reviewing_organization:
        organisation = review.reviewing_organization
    return claimreview_document(
        url=(review.url if review else "") or claim_url,
        text=claim.text,
        status=claim.status,
        speaker=claim.speaker.name,
        speaker_is_organisation=claim.speaker.kind != Speaker.Kind.PERSON,
        stated_as=claim.affiliation.stated_as if claim.affiliation else "",
        reviewing_organization=organisation,
        reviewed_at=_published(review) if review else claim.updated_at,
        stated_on=claim.stated_on,
        source_url=claim.source_url,
    )


def _published(review: Review) -> datetime.datetime | None:
    """When the verdict was published: ours when recorded; an import's only if its archive says (LIAR does not)."""
    if review.reviewed_at or review.origin != Review.Origin.REVIEWER:
        return review.reviewed_at
    return review.created_at


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


def claimreview_feed_chunks(*, claim_url: Callable[[int], str], chunk_size: int = 2000) -> Iterator[str]:
    """The whole feed of reviewed_claims() as JSON text, a piece at a time: memory stays flat at any size.

    The same document as json.dumps(claimreview_feed(...)), written element by element.
    """
    now = timezone.now().isoformat()
    head = {"@context": "https://schema.org", "@type": "DataFeed", "dateModified": now}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "dataFeedElement": ['
    separator, batch = "\n", []
    for claim in reviewed_claims().iterator(chunk_size=chunk_size):
        element = _feed_element(claimreview_item(claim, claim_url=claim_url(claim.pk)), now)
        batch.append(separator + json.dumps(element, ensure_ascii=False))
        separator = ",\n"
        if len(batch) >= chunk_size:
            yield "".join(batch)
            batch = []
    yield "".join(batch) + "\n]}\n"
