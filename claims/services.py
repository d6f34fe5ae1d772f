"""Writes on claims that touch several rows or must be checked: each runs in one transaction."""

import datetime

from django.db import transaction

from claims.affiliations import split_affiliation
from claims.models import Affiliation, Claim
from claims.names import text_hash
from claims.speakers import resolve_organization, resolve_speaker
from sources.models import Article


class ClaimError(Exception):
    """A claim cannot be stored as asked; the message says why."""


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
    speaker_row, _ = resolve_speaker(speaker)
    if article and Claim.objects.filter(article=article, speaker=speaker_row, text_hash=text_hash(text)).exists():
        raise ClaimError("This claim by this speaker is already stored for the article.")
    affiliation_row = None
    if affiliation.strip():
        role, organization = split_affiliation(affiliation)
        affiliation_row, _ = Affiliation.objects.get_or_create(
            speaker=speaker_row,
            stated_as=affiliation.strip(),
            article=article,
            defaults={"role": role, "organization": resolve_organization(organization)},
        )
    return Claim.objects.create(
        text=text,
        kind=kind,
        speaker=speaker_row,
        affiliation=affiliation_row,
        article=article,
        start=start,
        end=end,
        venue=venue,
        stated_on=stated_on or (article.published if article else None),
        source_url=source_url,
        origin=Claim.Origin.MANUAL,
    )
