"""How the public pages name and group a claim's status.

Readers see the verdicts as reviewers record them; the two statuses of a claim still waiting for a
reviewer (unverified, in review) are one thing to a reader: not yet checked.
"""

from dataclasses import dataclass

from claims.models import TRUTH_VERDICTS, WAITING_STATUSES, VerificationStatus

NOT_YET_CHECKED = VerificationStatus.UNVERIFIED
NOT_YET_CHECKED_LABEL = "Not yet checked"

# The scorecard's rows and the status filter's choices, in the order PolitiFact's scale reads.
PUBLIC_STATUS_CHOICES = [(status.value, status.label) for status in TRUTH_VERDICTS] + [
    (NOT_YET_CHECKED.value, NOT_YET_CHECKED_LABEL)
]


def statuses_for(choices: list[str]) -> list[str]:
    """The stored statuses behind the public choices: 'not yet checked' is both waiting statuses."""
    statuses = set(choices)
    if NOT_YET_CHECKED in statuses:
        statuses |= set(WAITING_STATUSES)
    return sorted(statuses)


def public_status(status: str) -> str:
    return NOT_YET_CHECKED.value if status in WAITING_STATUSES else status


def public_label(status: str) -> str:
    if status in WAITING_STATUSES:
        return NOT_YET_CHECKED_LABEL
    return VerificationStatus(status).label


def has_verdict(status: str) -> bool:
    return status in TRUTH_VERDICTS


@dataclass(frozen=True)
class ScoreRow:
    status: str
    label: str
    count: int


def scorecard_rows(status_counts: dict[str, int]) -> list[ScoreRow]:
    """One row per public status, in scale order, waiting statuses added together."""
    merged: dict[str, int] = {}
    for status, count in status_counts.items():
        key = public_status(status)
        merged[key] = merged.get(key, 0) + count
    return [ScoreRow(status, label, merged.get(status, 0)) for status, label in PUBLIC_STATUS_CHOICES]
