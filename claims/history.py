"""A claim's full record: every review and every change to its wording or attribution, oldest first."""

import datetime
from dataclasses import dataclass, field

from claims.corrections import REASON_PREFIXES
from claims.models import Affiliation, Claim, Correction, Speaker

CORRECTION_REASONS = tuple(f"{prefix}:" for prefix in REASON_PREFIXES.values())
# How a claim without a speaker is shown to people.
UNATTRIBUTED = "Unattributed"
# Status changes are told by the reviews themselves.
TRACKED_FIELDS = ("text", "speaker", "kind", "affiliation")


@dataclass
class HistoryEvent:
    at: datetime.datetime
    user: str | None
    action: str  # "created", "changed", "review", "correction"
    summary: str
    changes: list[dict] = field(default_factory=list)
    verdict: str | None = None
    rationale: str = ""
    evidence: list[str] = field(default_factory=list)


def claim_history(claim: Claim) -> list[HistoryEvent]:
    events = [_review_event(review) for review in claim.reviews.select_related("reviewer").order_by("created_at", "id")]
    # Corrections of the extraction are told by their own rows (who, why, the speakers before and after),
    # so the field-history rows they wrote are skipped below.
    events += [
        _correction_event(correction)
        for correction in claim.corrections.select_related("corrected_by").order_by("created_at", "id")
    ]
    records = list(claim.history.select_related("history_user").order_by("history_date", "history_id"))
    previous = None
    for record in records:
        if record.history_type == "+":
            events.append(
                HistoryEvent(
                    at=record.history_date,
                    user=_username(record.history_user),
                    action="created",
                    summary="claim recorded",
                )
            )
        elif (record.history_change_reason or "").startswith(CORRECTION_REASONS):
            pass
        elif previous is not None:
            delta = record.diff_against(previous, included_fields=list(TRACKED_FIELDS))
            if delta.changes:
                changes = [
                    {"field": c.field, "old": _display(c.field, c.old), "new": _display(c.field, c.new)}
                    for c in delta.changes
                ]
                events.append(
                    HistoryEvent(
                        at=record.history_date,
                        user=_username(record.history_user),
                        action="changed",
                        summary=record.history_change_reason or "changed " + ", ".join(c["field"] for c in changes),
                        changes=changes,
                    )
                )
        previous = record
    return sorted(events, key=lambda event: event.at)


def _review_event(review) -> HistoryEvent:
    who = (
        review.reviewer.get_username()
        if review.reviewer
        else review.reviewing_organization or review.get_origin_display()
    )
    return HistoryEvent(
        at=review.created_at,
        user=who,
        action="review",
        summary=f"verdict {review.get_verdict_display()}",
        verdict=review.verdict,
        rationale=review.rationale,
        evidence=list(review.evidence or []),
    )


def _correction_event(correction: Correction) -> HistoryEvent:
    return HistoryEvent(
        at=correction.created_at,
        user=_username(correction.corrected_by),
        action="correction",
        summary=correction.get_kind_display().lower(),
        rationale=correction.reason,
        changes=[{"field": "speaker", "old": correction.old_speaker or None, "new": correction.new_speaker}]
        if correction.new_speaker
        else [],
    )


def _username(user) -> str | None:
    return user.get_username() if user else None


def _display(field_name: str, value) -> str | None:
    if field_name == "speaker" and value is None:
        return UNATTRIBUTED
    if value is None:
        return None
    if field_name == "speaker":
        speaker = Speaker.objects.filter(pk=value).first()
        return speaker.name if speaker else f"#{value} (merged)"
    if field_name == "affiliation":
        affiliation = Affiliation.objects.filter(pk=value).first()
        return affiliation.stated_as if affiliation else f"#{value}"
    return str(value)
