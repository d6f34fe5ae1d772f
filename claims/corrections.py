"""Reviewers fixing the extractor's mistakes: a claim that is not a claim, a speaker missing or wrong.

Each fix is version-checked like a verdict (a reviewer who acts on a claim that moved on since they
opened it is refused with StaleClaim), records who and why in the claim's history, and keeps a
Correction row naming the extraction rule that erred, so the rules can be improved from real use.
"""

from collections.abc import Iterable
from typing import Any

from django.db import IntegrityError, transaction

from claims.models import Claim, Correction, Speaker, VerificationStatus
from claims.review import ReviewRejected, StaleClaim
from claims.speakers import add_alias, resolve_speaker

# The change reason of the history row each correction writes; the claim's history tells these
# through their Correction rows instead (claims.history), which also know the rule that erred.
REASON_PREFIXES: dict[str, str] = {
    Correction.Kind.NOT_A_CLAIM: "not a claim",
    Correction.Kind.RESTORED: "restored",
    Correction.Kind.SPEAKER_NAMED: "speaker named",
    Correction.Kind.SPEAKER_CORRECTED: "speaker corrected",
}


def _lock(claim: Claim, expected_version: int) -> Claim:
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    if locked.version != expected_version:
        raise StaleClaim(claim.pk, locked.version)
    return locked


def _require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ReviewRejected({"reason": "Say why, for the claim's history."})
    return reason


def _save(locked: Claim, claim: Claim, user: Any, kind: str, reason: str) -> None:
    locked.version += 1
    locked._history_user = user  # type: ignore[attr-defined]  # read by django-simple-history
    locked._change_reason = f"{REASON_PREFIXES[kind]}: {reason}"  # type: ignore[attr-defined]
    locked.save()
    claim.refresh_from_db()


def _correction(locked: Claim, user: Any, kind: str, reason: str, **names: str) -> Correction:
    return Correction.objects.create(
        claim=locked, kind=kind, extraction_rule=locked.extraction_rule, reason=reason, corrected_by=user, **names
    )


@transaction.atomic
def dismiss_claim(*, claim: Claim, reviewer: Any, reason: str, expected_version: int) -> Correction:
    """Mark a claim 'not a claim': it leaves the queue and the public lists, and stays in history."""
    reason = _require_reason(reason)
    locked = _lock(claim, expected_version)
    if locked.status == VerificationStatus.NOT_A_CLAIM:
        raise ReviewRejected({"status": "This claim is already dismissed as not a claim."})
    locked.status = VerificationStatus.NOT_A_CLAIM
    _save(locked, claim, reviewer, Correction.Kind.NOT_A_CLAIM, reason)
    return _correction(locked, reviewer, Correction.Kind.NOT_A_CLAIM, reason)


@transaction.atomic
def restore_claim(*, claim: Claim, reviewer: Any, reason: str, expected_version: int) -> Correction:
    """Bring a claim dismissed as 'not a claim' back into the queue, unverified."""
    reason = _require_reason(reason)
    locked = _lock(claim, expected_version)
    if locked.status != VerificationStatus.NOT_A_CLAIM:
        raise ReviewRejected({"status": "Only a claim dismissed as not a claim can be restored."})
    locked.status = VerificationStatus.UNVERIFIED
    locked.taken_by = None
    _save(locked, claim, reviewer, Correction.Kind.RESTORED, reason)
    return _correction(locked, reviewer, Correction.Kind.RESTORED, reason)


@transaction.atomic
def name_speaker(
    *,
    claim: Claim,
    reviewer: Any,
    reason: str,
    expected_version: int,
    speaker: Speaker | None = None,
    new_name: str = "",
    kind: str | None = None,
    aliases: Iterable[str] = (),
) -> Correction:
    """Attribute a claim to `speaker`, or to a speaker called `new_name` (found, else created).

    `aliases` are other forms of that speaker's name, recorded so the extractor and searches find them.
    The stated affiliation belonged to the old attribution, so it is cleared unless it is the new speaker's.
    """
    reason = _require_reason(reason)
    new_name = " ".join((new_name or "").split())
    if (speaker is None) == (not new_name):
        raise ReviewRejected({"speaker": "Choose a known speaker or type a new name, not both."})
    if kind is not None and kind not in Speaker.Kind.values:
        raise ReviewRejected({"kind": f"{kind!r} is not a kind of speaker."})
    locked = _lock(claim, expected_version)
    if speaker is None:
        # A known speaker by this name (or an alias, or a misspelling of one) is reused, not duplicated.
        speaker, _ = resolve_speaker(new_name, kind)
    if locked.speaker_id == speaker.pk:
        raise ReviewRejected({"speaker": f"The claim is already attributed to {speaker}."})
    old = locked.speaker
    forms = [" ".join(alias.split()) for alias in aliases if alias.strip()]
    for form in forms:
        add_alias(speaker, form)
    locked.speaker = speaker
    if locked.affiliation is not None and locked.affiliation.speaker_id != speaker.pk:
        locked.affiliation = None
    kind = Correction.Kind.SPEAKER_CORRECTED if old else Correction.Kind.SPEAKER_NAMED
    try:
        with transaction.atomic():
            _save(locked, claim, reviewer, kind, reason)
    except IntegrityError:
        raise ReviewRejected({"speaker": f"{speaker} already has this claim in this article."}) from None
    return _correction(
        locked,
        reviewer,
        kind,
        reason,
        old_speaker=old.name if old else "",
        new_speaker=speaker.name,
    )
