"""Writes on claims that touch several rows or must be checked: each runs in one transaction."""

import datetime
from typing import Any

from django.db import transaction

from claims.models import Claim
from claims.records import ClaimToStore
from claims.storing import ClaimError, ClaimStorer
from sources.models import Article

__all__ = ["ClaimError", "create_claim"]


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
