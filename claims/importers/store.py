"""Archive imports in batches: thousands of reviewed claims in a handful of queries per batch.

A batch is one transaction: an interrupted import leaves whole batches behind, and the next run
skips what is stored (the archive's id is Claim.external_id) and completes the rest. The writing
itself is claims.storing's, as for every other producer; speakers are matched without fuzzy
matching: among thousands of archive speakers a near-miss is as likely another person as a typo.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from django.db import transaction

from claims.models import Claim
from claims.records import ClaimToStore, Rejected
from claims.storing import ClaimStorer, too_long

BATCH_SIZE = 1000


@dataclass
class ImportReport:
    """What an import did; `rejected` lists each row or document that was not imported, and why."""

    read: int = 0
    imported: int = 0
    unchanged: int = 0
    new_speakers: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    def summary(self, unit: str = "rows") -> str:
        return (
            f"{unit} read: {self.read}, imported: {self.imported}, unchanged: {self.unchanged}, "
            f"rejected: {len(self.rejected)}, new speakers: {self.new_speakers}"
        )


def store_archived_claims(
    records: Iterable[ClaimToStore | Rejected],
    *,
    origin: str,
    report: ImportReport | None = None,
    batch_size: int = BATCH_SIZE,
    on_batch: Callable[[int], object] | None = None,
) -> ImportReport:
    """Store each record as a claim with its speaker, affiliation, topics and imported review.

    `origin` is a Claim.Origin that is also a Review.Origin (LIAR, CLAIMREVIEW). Records whose
    external id is stored already count as unchanged, and so does a copy of a record read earlier
    in the run; another record with an id read earlier is rejected. `on_batch(n)` is called after
    each committed batch of n records.
    """
    report = report or ImportReport()
    storer = ClaimStorer(origin=origin, misspellings=False, reason=f"Imported: {Claim.Origin(origin).label}")
    seen: dict[str | None, ClaimToStore] = {}
    for batch in _batches(records, batch_size):
        accepted = []
        for record in batch:
            report.read += 1
            if isinstance(record, Rejected):
                report.rejected.append(record)
                continue
            reason = too_long(record)
            earlier = seen.get(record.external_id)
            if reason is None and earlier is not None:
                if replace(earlier, where=record.where) == record:
                    report.unchanged += 1  # the same review published twice
                    continue
                reason = f"id {record.external_id} already read, with other content, at {earlier.where}"
            if reason:
                report.rejected.append(Rejected(record.where, reason))
                continue
            seen[record.external_id] = record
            accepted.append(record)
        # One transaction per batch, a savepoint when the caller has one open: an interrupted import
        # keeps whole batches however it was called.
        with transaction.atomic():
            stored = storer.store(accepted)
        report.imported += stored.created
        report.unchanged += stored.unchanged
        report.new_speakers += stored.new_speakers
        if on_batch:
            on_batch(len(batch))
    return report


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
