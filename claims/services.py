"""Writes on claims that touch several rows or must be checked: each runs in one transaction."""

import datetime
from typing import Any

from django.db import transaction

from claims.models import Claim
from claims.records import ClaimToStore
from claims.storing import ClaimError, ClaimStorer
from sources.models import Article

__all__ = ["ClaimError", "ReviewedClaimKept", "claim_can_be_deleted", "create_claim", "delete_claim"]


class ReviewedClaimKept(Exception):
    """Reviewed work is never deleted: a claim with a review stays (a wrong one is dismissed as not a claim)."""


@transaction.atomic
def create_claim(
    *,
    text: str,
    speaker: str,
    kind: str = Claim.Kind.DIRECT,
    affiliation: str = "",
    article: Article | None = None,
    venue: str = "",
    stated_on: datetime.date | None = None,
    source_url: str = "",
    editor: Any = None,
) -> Claim:
    """Store a claim entered by hand; when it names an article, the text must occur in its body."""
    text = text.strip()
    if not text:
        raise ClaimError("The claim text is empty.")
    start = end = None
    if article is not None:
        start = article.body.find(text)
        if start < 0:
            raise ClaimError("The claim text does not occur in the article body.")
        end = start + len(text)
    record = ClaimToStore(
        text=text,
        speaker=speaker,
        kind=kind,
        affiliation=affiliation.strip(),
        start=start,
        end=end,
        venue=venue,
        stated_on=stated_on,
        source_url=source_url,
    )
    stored = ClaimStorer(origin=Claim.Origin.MANUAL, user=editor).store([record], article=article)
    if not stored.claims:
        raise ClaimError("This claim by this speaker is already stored for the article.")
    return stored.claims[0]


def claim_can_be_deleted(claim: Claim) -> bool:
    """Only a claim nobody has reviewed or corrected may be deleted: reviewers' work is kept."""
    return not claim.reviews.exists() and not claim.corrections.exists()


@transaction.atomic
def delete_claim(*, claim: Claim) -> None:
    """Delete a claim nobody has reviewed; refuses (ReviewedClaimKept) one that has a review."""
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    if not claim_can_be_deleted(locked):
        raise ReviewedClaimKept("This claim has reviews or corrections; reviewed work is never deleted.")
    locked.delete()
