"""What search engines and link previews read from a claim's page: ClaimReview JSON-LD and card text."""

from claims.importers.claimreview import claimreview_document
from claims.importers.export import PUBLISHER
from claims.models import Claim, Review, Speaker

CARD_TEXT_LENGTH = 200


def reviewer_name(review: Review) -> str:
    """Who published the verdict: the fact-checker an import names, otherwise us. Never a reviewer's login."""
    return review.reviewing_organization or PUBLISHER


def claim_review(claim: Claim, review: Review, *, page_url: str) -> dict:
    """The ClaimReview of the claim's current verdict, for Google's Fact Check markup.

    `url` is this page, where the review is published. The claim's date and where it appeared are the
    article's when it came from one, otherwise what an archive recorded.
    """
    article = claim.article
    return claimreview_document(
        url=page_url,
        text=claim.text,
        status=claim.status,
        speaker=claim.speaker.name,
        speaker_is_organisation=claim.speaker.kind != Speaker.Kind.PERSON,
        stated_as=claim.affiliation.stated_as if claim.affiliation else "",
        reviewing_organization=reviewer_name(review),
        reviewed_at=review.reviewed_at or review.created_at,
        stated_on=claim.stated_on or (article.published if article else None),
        source_url=claim.source_url or (article.url if article and article.url else ""),
    )


def shorten(text: str, length: int = CARD_TEXT_LENGTH) -> str:
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0] + "…"
