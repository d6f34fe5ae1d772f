"""The review workflow: taking claims into review, verdicts, and corrections, with no lost updates.

Every write checks the claim's version number, which each change increments: a reviewer who
saves on top of a version that has moved on since they opened the claim is refused (StaleClaim)
instead of silently overwriting the other reviewer's decision.
"""

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from claims.models import Claim, Review, VerificationStatus

VERDICTS_NEEDING_NO_RATIONALE = {VerificationStatus.IN_REVIEW}
MAX_EVIDENCE_LINKS = 20
_url = URLValidator(schemes=["http", "https"])


class StaleClaim(Exception):
    """The claim changed since the caller read it."""

    def __init__(self, claim_id: int, current_version: int | None):
        self.claim_id = claim_id
        self.current_version = current_version
        super().__init__(
            f"Claim {claim_id} was changed by someone else since you opened it "
            f"(now at version {current_version}); reload it and decide again."
        )


class ReviewRejected(Exception):
    """The review is not acceptable as given; `errors` maps field names to messages."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))


def validate_review(*, verdict: str, rationale: str, evidence: list[str]) -> list[str]:
    """Check a verdict, its rationale and evidence links; returns the cleaned evidence list."""
    errors = {}
    if verdict not in Claim.REVIEW_VERDICTS:
        errors["verdict"] = f"{verdict!r} is not a verdict."
    if verdict not in VERDICTS_NEEDING_NO_RATIONALE and not (rationale or "").strip():
        errors["rationale"] = "A verdict needs a rationale."
    cleaned = [link.strip() for link in evidence or [] if link and link.strip()]
    if len(cleaned) > MAX_EVIDENCE_LINKS:
        errors["evidence"] = f"At most {MAX_EVIDENCE_LINKS} evidence links; cite a page that lists the rest."
        cleaned = []
    for link in cleaned:
        try:
            _url(link)
        except ValidationError:
            errors["evidence"] = f"{link!r} is not an http(s) URL."
            break
    if errors:
        raise ReviewRejected(errors)
    return cleaned


def _bump_version(claim: Claim, expected_version: int, **changes: Any) -> None:
    """Move the claim to its next version if it is still at `expected_version`, else refuse."""
    updated = Claim.objects.filter(pk=claim.pk, version=expected_version).update(
        version=F("version") + 1, updated_at=timezone.now(), **changes
    )
    if not updated:
        raise StaleClaim(claim.pk, Claim.objects.filter(pk=claim.pk).values_list("version", flat=True).first())
    claim.refresh_from_db()


@transaction.atomic
def record_review(
    *,
    claim: Claim,
    reviewer: Any,
    verdict: str,
    rationale: str = "",
    evidence: list[str] | None = None,
    expected_version: int,
) -> Review:
    """Append a review and move the claim to its verdict; refuses a stale version."""
    evidence = validate_review(verdict=verdict, rationale=rationale, evidence=evidence or [])
    _bump_version(claim, expected_version, status=verdict)
    _record_history(claim, reviewer, f"verdict: {verdict}")
    return Review.objects.create(
        claim=claim, reviewer=reviewer, verdict=verdict, rationale=rationale.strip(), evidence=evidence
    )


@transaction.atomic
def start_review(*, claims: Iterable[Claim], reviewer: Any) -> int:
    """Take unverified claims into review under the reviewer's name; returns how many were taken."""
    taken = 0
    for claim in Claim.objects.select_for_update().filter(
        pk__in=[c.pk for c in claims], status=VerificationStatus.UNVERIFIED
    ):
        # Set before the verdict so the history row of the verdict carries it.
        Claim.objects.filter(pk=claim.pk).update(taken_by=reviewer)
        record_review(
            claim=claim,
            reviewer=reviewer,
            verdict=VerificationStatus.IN_REVIEW,
            rationale="Taken into review.",
            expected_version=claim.version,
        )
        taken += 1
    return taken


CORRECTABLE_FIELDS = ("text", "speaker", "kind", "affiliation")


@transaction.atomic
def correct_claim(
    *, claim: Claim, editor: Any, changes: dict[str, Any], expected_version: int, reason: str = ""
) -> Claim:
    """Change a claim's text, speaker, kind or affiliation; refuses a stale version. History keeps the old values."""
    unknown = set(changes) - set(CORRECTABLE_FIELDS)
    if unknown:
        raise ReviewRejected({field: "This field cannot be corrected." for field in sorted(unknown)})
    if "text" in changes and not str(changes["text"]).strip():
        raise ReviewRejected({"text": "The claim text cannot be empty."})
    if "kind" in changes and changes["kind"] not in Claim.Kind.values:
        raise ReviewRejected({"kind": f"{changes['kind']!r} is not a kind of claim."})
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    if locked.version != expected_version:
        raise StaleClaim(claim.pk, locked.version)
    for field, value in changes.items():
        setattr(locked, field, value)
    # The offsets stay only while the corrected text is still what the article says there.
    body = locked.article.body if locked.article else ""
    moved = locked.start is not None and body[locked.start : locked.end] != locked.text
    if "text" in changes and moved:
        found = body.find(locked.text)
        locked.start, locked.end = (found, found + len(locked.text)) if found >= 0 else (None, None)
    locked.version += 1
    locked._history_user = editor  # type: ignore[attr-defined]  # read by django-simple-history
    locked._change_reason = reason or "correction"  # type: ignore[attr-defined]  # read by django-simple-history
    try:
        with transaction.atomic():
            locked.save()
    except IntegrityError:
        raise ReviewRejected({"text": "This speaker already has this claim in this article."}) from None
    claim.refresh_from_db()
    return locked


def _record_history(claim: Claim, user: Any, reason: str) -> None:
    """A history row for a change made with a queryset update (which bypasses save())."""
    claim._history_user = user  # type: ignore[attr-defined]  # read by django-simple-history
    claim._change_reason = reason  # type: ignore[attr-defined]  # read by django-simple-history
    claim.save(update_fields=["updated_at"])
