"""Bulk writes for archive imports: thousands of reviewed claims in a handful of queries per batch.

A batch is one transaction: an interrupted import leaves whole batches behind, and the next run
skips what is stored (the archive's id is Claim.external_id) and completes the rest.

Rows are written with bulk_create, so Model.save() does not run: the fields it would compute
(Claim.text_hash, Speaker.name_key, SpeakerAlias.name_key) are set here. Claims and speakers get
their first history row in bulk too, with the import as the change reason.

Speakers are matched on their name key ('barack-obama', 'Barack Obama' and 'BARACK OBAMA' share
one), against display names and aliases. Unlike claims.speakers.resolve_speaker there is no fuzzy
matching: among thousands of archive speakers a near-miss is as likely another person as a typo.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from claims.importers.records import ArchivedClaim, Rejected
from claims.models import Affiliation, Claim, Review, Speaker, SpeakerAlias, Topic
from claims.names import name_key, text_hash
from claims.speakers import guess_speaker_kind

BATCH_SIZE = 1000

# The longest value each column takes; a longer value rejects its row instead of failing its batch.
_LIMITS = {
    "external_id": Claim._meta.get_field("external_id").max_length,
    "speaker": Speaker._meta.get_field("name").max_length,
    "speaker_alias": SpeakerAlias._meta.get_field("name").max_length,
    "role": Affiliation._meta.get_field("role").max_length,
    "region": Affiliation._meta.get_field("region").max_length,
    "party": Affiliation._meta.get_field("party").max_length,
    "venue": Claim._meta.get_field("venue").max_length,
    "source_url": Claim._meta.get_field("source_url").max_length,
    "original_rating": Review._meta.get_field("original_rating").max_length,
    "reviewing_organization": Review._meta.get_field("reviewing_organization").max_length,
    "review_url": Review._meta.get_field("url").max_length,
}
_TOPIC_LIMIT = Topic._meta.get_field("name").max_length


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


def too_long(record: ArchivedClaim) -> str | None:
    """Why the record does not fit the database columns, or None."""
    for name, limit in _LIMITS.items():
        if len(getattr(record, name)) > limit:
            return f"{name.replace('_', ' ')} longer than {limit} characters"
    if any(len(topic) > _TOPIC_LIMIT for topic in record.topics):
        return f"a subject longer than {_TOPIC_LIMIT} characters"
    return None


def store_archived_claims(
    records: Iterable[ArchivedClaim | Rejected],
    *,
    origin: str,
    report: ImportReport | None = None,
    batch_size: int = BATCH_SIZE,
    on_batch=None,
) -> ImportReport:
    """Store each record as a claim with its speaker, affiliation, topics and imported review.

    `origin` is a Claim.Origin that is also a Review.Origin (LIAR, CLAIMREVIEW). Records whose
    external id is stored already count as unchanged, and so does a copy of a record read earlier
    in the run; another record with an id read earlier is rejected. `on_batch(n)` is called after
    each committed batch of n records.
    """
    report = report or ImportReport()
    store = _Store(origin)
    seen: dict[str, ArchivedClaim] = {}
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
        created, speakers = store.write(accepted)
        report.imported += created
        report.unchanged += len(accepted) - created
        report.new_speakers += speakers
        if on_batch:
            on_batch(len(batch))
    return report


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _affiliation_key(affiliation: Affiliation) -> tuple:
    return (affiliation.speaker_id, affiliation.stated_as, affiliation.role, affiliation.region, affiliation.party)


class _Store:
    """Maps of stored speakers, aliases, affiliations and topics, kept current across batches."""

    def __init__(self, origin: str):
        self.origin = origin
        self.reason = f"Imported: {Claim.Origin(origin).label}"
        self.speakers: dict[str, int] = {}
        for key, pk in Speaker.objects.order_by("-pk").values_list("name_key", "pk"):
            self.speakers[key] = pk  # the oldest speaker with a key wins, as in find_speaker()
        self.aliases: dict[str, int] = dict(SpeakerAlias.objects.values_list("name_key", "speaker_id"))
        self.affiliations: dict[tuple, int] = {
            _affiliation_key(a): a.pk
            for a in Affiliation.objects.filter(article__isnull=True, organization__isnull=True).only(
                "speaker_id", "stated_as", "role", "region", "party"
            )
        }
        self.topics: dict[str, int] = dict(Topic.objects.values_list("name", "pk"))

    @transaction.atomic
    def write(self, records: list[ArchivedClaim]) -> tuple[int, int]:
        """Store the records not stored yet; returns (claims created, speakers created)."""
        stored = set(
            Claim.objects.filter(origin=self.origin, external_id__in=[r.external_id for r in records]).values_list(
                "external_id", flat=True
            )
        )
        records = [r for r in records if r.external_id not in stored]
        if not records:
            return 0, 0
        new_speakers = self._add_speakers(records)
        self._add_aliases(records)
        self._add_affiliations(records)
        self._add_topics(records)
        claims = bulk_create_with_history([self._claim(r) for r in records], Claim, default_change_reason=self.reason)
        claims = self._with_pks(claims, records)
        Claim.topics.through.objects.bulk_create(
            Claim.topics.through(claim_id=claim.pk, topic_id=self.topics[topic])
            for claim, record in zip(claims, records, strict=True)
            for topic in record.topics
        )
        Review.objects.bulk_create(self._review(claim, r) for claim, r in zip(claims, records, strict=True))
        return len(claims), new_speakers

    def speaker_id(self, record: ArchivedClaim) -> int | None:
        for key in (name_key(record.speaker), name_key(record.speaker_alias)):
            if key and (pk := self.speakers.get(key) or self.aliases.get(key)):
                return pk
        return None

    def _add_speakers(self, records: list[ArchivedClaim]) -> int:
        new: dict[str, Speaker] = {}
        for record in records:
            key = name_key(record.speaker)
            if self.speaker_id(record) is None and key not in new:
                kind = record.speaker_kind or guess_speaker_kind(record.speaker)
                new[key] = Speaker(name=record.speaker, name_key=key, kind=kind)
        created = bulk_create_with_history(list(new.values()), Speaker, default_change_reason=self.reason)
        if created and created[0].pk is None:  # a backend that cannot return ids from a bulk insert
            created = Speaker.objects.filter(name_key__in=new.keys())
        for speaker in created:
            self.speakers.setdefault(speaker.name_key, speaker.pk)
        return len(new)

    def _add_aliases(self, records: list[ArchivedClaim]) -> None:
        """Keep each source form of a name that differs from the display name ('barack-obama')."""
        new: dict[str, SpeakerAlias] = {}
        for record in records:
            key = name_key(record.speaker_alias)
            if not key or record.speaker_alias == record.speaker or key in self.aliases or key in new:
                continue
            new[key] = SpeakerAlias(speaker_id=self.speaker_id(record), name=record.speaker_alias, name_key=key)
        # ignore_conflicts: an alias spelt like another in a different case is already recorded.
        SpeakerAlias.objects.bulk_create(new.values(), ignore_conflicts=True)
        self.aliases.update({key: alias.speaker_id for key, alias in new.items()})

    def _affiliation_of(self, record: ArchivedClaim) -> tuple:
        return (self.speaker_id(record), record.stated_as, record.role, record.region, record.party)

    def _add_affiliations(self, records: list[ArchivedClaim]) -> None:
        new: dict[tuple, Affiliation] = {}
        for record in records:
            key = self._affiliation_of(record)
            if record.stated_as and key not in self.affiliations and key not in new:
                speaker_id, stated_as, role, region, party = key
                new[key] = Affiliation(
                    speaker_id=speaker_id, stated_as=stated_as, role=role, region=region, party=party
                )
        created = Affiliation.objects.bulk_create(new.values())
        if created and created[0].pk is None:
            created = Affiliation.objects.filter(article__isnull=True, speaker_id__in={k[0] for k in new})
        for affiliation in created:
            self.affiliations.setdefault(_affiliation_key(affiliation), affiliation.pk)

    def _add_topics(self, records: list[ArchivedClaim]) -> None:
        names = {topic for record in records for topic in record.topics} - self.topics.keys()
        if names:
            Topic.objects.bulk_create([Topic(name=name) for name in sorted(names)], ignore_conflicts=True)
            self.topics.update(Topic.objects.filter(name__in=names).values_list("name", "pk"))

    def _claim(self, record: ArchivedClaim) -> Claim:
        return Claim(
            text=record.text,
            text_hash=text_hash(record.text),
            # Archives hold the fact-checker's wording of a claim, often a paraphrase ('Says ...').
            kind=Claim.Kind.INDIRECT,
            speaker_id=self.speaker_id(record),
            affiliation_id=self.affiliations.get(self._affiliation_of(record)) if record.stated_as else None,
            venue=record.venue,
            stated_on=record.stated_on,
            source_url=record.source_url,
            status=record.status,
            origin=self.origin,
            external_id=record.external_id,
        )

    def _with_pks(self, claims: list[Claim], records: list[ArchivedClaim]) -> list[Claim]:
        if not claims or claims[0].pk is not None:
            return claims
        stored = Claim.objects.filter(origin=self.origin, external_id__in=[r.external_id for r in records])
        by_id = {claim.external_id: claim for claim in stored}
        return [by_id[r.external_id] for r in records]

    def _review(self, claim: Claim, record: ArchivedClaim) -> Review:
        return Review(
            claim_id=claim.pk,
            verdict=record.status,
            origin=self.origin,
            reviewing_organization=record.reviewing_organization,
            original_rating=record.original_rating,
            external_id=record.external_id,
            url=record.review_url,
            reviewed_at=record.reviewed_at,
        )
