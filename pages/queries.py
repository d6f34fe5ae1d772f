"""The reads behind the public pages: what each page shows, in a fixed, small number of queries."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Exists, F, Max, Min, OuterRef, Prefetch, Q, QuerySet, Subquery

from claims import querysets
from claims.models import TRUTH_VERDICTS, Affiliation, Claim, Review, Speaker, VerificationStatus
from pages.verdicts import statuses_for

SEARCH_SPEAKERS_SHOWN = 10
SEARCH_CLAIMS_SHOWN = 20
RECENT_VERDICTS_SHOWN = 10
CLAIMS_PER_PAGE = 20
# A speaker's distinct role wordings shown, read from their latest AFFILIATION_WINDOW statements.
AFFILIATIONS_SHOWN = 25
AFFILIATION_WINDOW = 200


def public_claims() -> QuerySet[Claim]:
    return Claim.objects.public()


def find_speakers(query: str, *, limit: int = SEARCH_SPEAKERS_SHOWN) -> list[Speaker]:
    """Speakers matching a name, surname, alias or misspelling, as the API's speaker search ranks them,
    each with the number of their public claims."""
    # Per speaker of the page, from the counts the database keeps (claims.status_counts).
    return list(Speaker.objects.matching(query).annotate(public_claim_count=querysets.claim_count_of())[:limit])


def find_claims(query: str, *, limit: int = SEARCH_CLAIMS_SHOWN) -> list[Claim]:
    """Public claims containing every word of `query`, newest first."""
    claims = public_claims().search(query).select_related("speaker", "article__outlet").defer("article__body")
    return list(claims.order_by("-id")[:limit])


def recent_verdicts(*, speaker: Speaker | None = None, limit: int = RECENT_VERDICTS_SHOWN) -> list[Review]:
    """The newest verdicts on public claims (a verdict on the truth, not 'in review'), newest first.

    Every verdict counts, a correction as well as the verdict it corrects: this is what the feeds list.
    """
    # Joins rather than `claim__in=public_claims()`: the newest reviews are read from their index and
    # checked one by one, instead of first listing every public claim.
    reviews = Review.objects.filter(verdict__in=TRUTH_VERDICTS, claim__speaker__isnull=False).exclude(
        claim__status=VerificationStatus.NOT_A_CLAIM
    )
    if speaker is not None:
        reviews = reviews.filter(claim__speaker=speaker)
    reviews = reviews.select_related("claim__speaker", "claim__article__outlet").defer("claim__article__body")
    return list(reviews.order_by("-created_at", "-id")[:limit])


def current_verdicts(*, limit: int = RECENT_VERDICTS_SHOWN) -> list[Review]:
    """The claims checked most recently, each once, with the verdict that stands."""
    newest = recent_verdicts(limit=limit * 3)
    current, seen = [], set()
    for review in newest:
        if review.claim_id not in seen and review.verdict == review.claim.status:
            seen.add(review.claim_id)
            current.append(review)
    return current[:limit]


def public_speaker(pk: int) -> Speaker | None:
    """A speaker with at least one public claim, with their aliases; None otherwise."""
    return (
        Speaker.objects.filter(pk=pk)
        .filter(Exists(public_claims().filter(speaker=OuterRef("pk"))))
        .prefetch_related("aliases")
        .first()
    )


@dataclass(frozen=True)
class StatedAffiliation:
    stated_as: str
    first: datetime.date | None
    last: datetime.date | None
    articles: int


@dataclass(frozen=True)
class StatedRoles:
    roles: list[StatedAffiliation]
    # The speaker has more statements than were read: these are the roles of the latest ones.
    partial: bool
    window: int


def stated_affiliations(
    speaker: Speaker, *, limit: int = AFFILIATIONS_SHOWN, window: int = AFFILIATION_WINDOW
) -> StatedRoles:
    """Each wording of the speaker's role with the dates of the articles that used it, latest first.

    Only the speaker's latest `window` statements are read: a speaker quoted in 25,000 articles has
    25,000 statements, mostly in a handful of wordings, and grouping them all would cost the page a
    third of a second. An archive's statements (LIAR) come with no article: no articles, no dates.
    """
    latest = Affiliation.objects.filter(speaker=speaker).order_by("-id").values("pk")[:window]
    rows = list(
        Affiliation.objects.filter(pk__in=latest)
        .order_by()
        .values("stated_as")
        .annotate(
            first=Min("article__published"),
            last=Max("article__published"),
            articles=Count("article"),
            statements=Count("*"),
            recorded=Max("id"),
        )
        .order_by(F("last").desc(nulls_last=True), "-recorded", "stated_as")
    )
    roles = [StatedAffiliation(**{key: row[key] for key in ("stated_as", "first", "last", "articles")}) for row in rows]
    partial = sum(row["statements"] for row in rows) >= window
    return StatedRoles(roles=roles[:limit], partial=partial, window=window)


def speaker_status_counts(speaker: Speaker) -> dict[str, int]:
    """The speaker's public claims counted per status, from the counts the database keeps."""
    counts = querysets.speaker_status_counts(speaker.pk)
    counts.pop(VerificationStatus.NOT_A_CLAIM, None)
    return counts


@dataclass(frozen=True)
class ClaimFilters:
    statuses: list[str]
    outlet: str = ""
    published_after: datetime.date | None = None
    published_before: datetime.date | None = None
    words: str = ""


def speaker_claims(
    speaker: Speaker, filters: ClaimFilters, *, after: int | None = None, size: int = CLAIMS_PER_PAGE
) -> tuple[list[Claim], int | None]:
    """One page of the speaker's public claims, newest first, and the cursor of the next page (None on the last).

    Paging is by keyset, not by offset, and nothing is counted: the page costs the same on the first
    page as on the thousandth, for a speaker with ten claims or a hundred thousand. The cursor is the
    id of the last claim shown; the next page starts below its (created_at, id) in the index of a
    speaker's claims newest first.
    """
    claims = public_claims().filter(speaker=speaker)
    if filters.statuses:
        claims = claims.filter(status__in=statuses_for(filters.statuses))
    if filters.outlet:
        claims = claims.filter(article__outlet__name__icontains=filters.outlet)
    # A claim's date is its article's, or for an archive's statement the day it was made.
    if filters.published_after:
        claims = claims.filter(Q(published__gte=filters.published_after) | Q(stated_on__gte=filters.published_after))
    if filters.published_before:
        claims = claims.filter(Q(published__lte=filters.published_before) | Q(stated_on__lte=filters.published_before))
    if filters.words:
        claims = claims.search(filters.words)
    if after is not None:
        last = Subquery(Claim.objects.filter(pk=after).values("created_at"))
        # The first condition alone bounds the index scan; the second breaks ties within one instant.
        claims = claims.filter(created_at__lte=last).filter(Q(created_at__lt=last) | Q(pk__lt=after))
    # The list shows the article's outlet and date; its body (often many kilobytes) stays in the database.
    claims = claims.select_related("affiliation", "article__outlet").defer("article__body")
    page = list(claims.order_by("-created_at", "-id")[: size + 1])
    next_cursor = page[size - 1].pk if len(page) > size else None
    return page[:size], next_cursor


def public_claim(pk: int) -> Claim | None:
    """A public claim with everything its page shows, its verdicts newest first; None when it is not public.

    Three queries: the claim with its speaker, affiliation, article (body included: the quote is shown
    in its paragraph) and outlet; its topics; its verdicts.
    """
    verdicts = Review.objects.filter(verdict__in=TRUTH_VERDICTS).order_by("-created_at", "-id")
    return (
        public_claims()
        .filter(pk=pk)
        .select_related("speaker", "affiliation", "article__outlet")
        .prefetch_related("topics", Prefetch("reviews", queryset=verdicts, to_attr="verdicts"))
        .first()
    )
