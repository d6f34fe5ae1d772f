"""Stable addresses of the public pages: the id carries the identity, the slug only reads well."""

from django.urls import reverse
from django.utils.text import slugify

from claims.models import Claim, Speaker

# Enough of the quote to recognise it in a link ("/claims/12-we-are-seeing-the-formation/").
CLAIM_SLUG_WORDS = 5
SLUG_MAX_LENGTH = 60


def _slug(text: str, *, words: int | None, fallback: str) -> str:
    slug = slugify(" ".join(text.split()[:words]))[:SLUG_MAX_LENGTH].strip("-")
    # A quote in a script slugify drops (Arabic, Chinese) still gets a readable address.
    return slug or fallback


def claim_slug(claim: Claim) -> str:
    return _slug(claim.text, words=CLAIM_SLUG_WORDS, fallback="claim")


def speaker_slug(speaker: Speaker) -> str:
    return _slug(speaker.name, words=None, fallback="speaker")


def claim_path(claim: Claim) -> str:
    return reverse("pages:claim", kwargs={"pk": claim.pk, "slug": claim_slug(claim)})


def speaker_path(speaker: Speaker) -> str:
    return reverse("pages:speaker", kwargs={"pk": speaker.pk, "slug": speaker_slug(speaker)})
