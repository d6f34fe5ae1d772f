"""The one way claims are written: every producer hands ClaimToStore records to ClaimStorer.store().

Ingest, hand annotations, LIAR, ClaimReview and the API's create differ only in where their
records come from. Here alone names become Speakers (and aliases), wordings become Affiliations
with their Organisation, subjects become Topics, archive verdicts become Reviews, and the fields
Model.save() would compute (Claim.text_hash, Speaker.name_key) are filled for the bulk inserts.
Each call costs a fixed number of queries per table, whatever the number of records, and runs in
the caller's transaction (a savepoint of it), so a failure leaves nothing half-written.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.urls import Resolver404, resolve
from simple_history.utils import bulk_create_with_history

from claims.models import Affiliation, Claim, Review, Speaker, SpeakerAlias, Topic, VerificationStatus
from claims.names import text_hash
from claims.records import ClaimToStore, Rejected
from claims.speakers import SpeakerName, resolve_organizations, resolve_speakers
from sources.models import Article

__all__ = ["ClaimError", "ClaimStorer", "ClaimToStore", "Rejected", "Stored", "too_long"]


class ClaimError(ValueError):
    """A claim cannot be stored as asked; the message says why."""


@dataclass
class Stored:
    """What one store() call wrote: counts of rows created, and the records it passed over and why."""

    claims: list[Claim] = field(default_factory=list)
    unattributed: int = 0
    unchanged: int = 0
    new_speakers: int = 0
    skipped: list[str] = field(default_factory=list)

    @property
    def created(self) -> int:
        return len(self.claims)


# The longest value each column takes; a longer value rejects its record instead of failing its batch.
_LIMITS = {
    "external id": (lambda r: r.external_id or "", Claim._meta.get_field("external_id").max_length),
    "speaker": (lambda r: r.speaker or "", Speaker._meta.get_field("name").max_length),
    "speaker alias": (lambda r: r.speaker_alias, SpeakerAlias._meta.get_field("name").max_length),
    "role": (lambda r: r.role or "", Affiliation._meta.get_field("role").max_length),
    "region": (lambda r: r.region, Affiliation._meta.get_field("region").max_length),
    "party": (lambda r: r.party, Affiliation._meta.get_field("party").max_length),
    "venue": (lambda r: r.venue, Claim._meta.get_field("venue").max_length),
    "source url": (lambda r: r.source_url, Claim._meta.get_field("source_url").max_length),
    "original rating": (
        lambda r: r.verdict.original_rating if r.verdict else "",
        Review._meta.get_field("original_rating").max_length,
    ),
    "reviewing organization": (
        lambda r: r.verdict.reviewing_organization if r.verdict else "",
        Review._meta.get_field("reviewing_organization").max_length,
    ),
    "review url": (lambda r: r.verdict.url if r.verdict else "", Review._meta.get_field("url").max_length),
}
_TOPIC_LIMIT: int = Topic._meta.get_field("name").max_length or 0


def too_long(record: ClaimToStore) -> str | None:
    """Why the record does not fit the database columns, or None."""
    for name, (value, limit) in _LIMITS.items():
        if limit is not None and len(value(record)) > limit:
            return f"{name} longer than {limit} characters"
    if any(len(topic) > _TOPIC_LIMIT for topic in record.topics):
        return f"a subject longer than {_TOPIC_LIMIT} characters"
    return None


def own_claim_id(url: str) -> int | None:
    """The id of the claim whose page in this API `url` is (whatever the host), or None.

    Our ClaimReview export links each claim's review to that page, so a re-import recognises it.
    """
    path = url.partition("://")[2].partition("/")[2] if "://" in url else ""
    try:
        match = resolve("/" + path)
    except Resolver404:
        return None
    pk = str(match.kwargs.get("pk", ""))
    return int(pk) if match.url_name == "claim-detail" and pk.isdecimal() and len(pk) < 19 else None


AffiliationKey = tuple[Any, ...]


class ClaimStorer:
    """Writes claims of one origin; keep one per run so lookups made for a batch serve the next.

    `misspellings`: match a person's misspelt surname to a known speaker (articles, typed claims);
    archives turn it off. `user` and `reason` go into the history rows of what is created.
    """

    def __init__(self, *, origin: str, misspellings: bool = True, user: Any = None, reason: str | None = None):
        self.origin = origin
        self.misspellings = misspellings
        self.user = user
        self.reason = reason
        self.topics: dict[str, int] = {}

    # savepoint=False: inside a caller's transaction a failure here fails the caller's whole unit.
    @transaction.atomic(savepoint=False)
    def store(
        self, records: Sequence[ClaimToStore], *, article: Article | None = None, new_article: bool = False
    ) -> Stored:
        """Store the records not stored yet, as claims of `article` when given (offsets point into its body).

        A record already stored (same archive id, or our own exported claim read back) counts as
        unchanged; a repeat of a claim in the same article is skipped with its reason. `new_article`
        says the article was created in this transaction, so none of its claims or affiliations
        can be stored yet and they are not looked up.
        """
        stored = Stored()
        records = self._not_stored_yet(records, stored)
        if article is not None:
            _check_offsets(records, article)
        if not records:
            return stored
        speakers = self._speakers(records, article, stored)
        if article is not None:
            records = _new_in_article(records, speakers, article, stored, new_article)
        affiliations = self._affiliations(records, speakers, article, new_article)
        self._add_topics(records)
        claims = [self._claim(r, speakers, affiliations, article) for r in records]
        stored.claims = bulk_create_with_history(
            claims, Claim, batch_size=500, default_user=self.user, default_change_reason=self.reason
        )
        stored.unattributed = sum(claim.speaker_id is None for claim in stored.claims)
        Claim.topics.through.objects.bulk_create(
            Claim.topics.through(claim_id=claim.pk, topic_id=self.topics[topic])
            for claim, record in zip(stored.claims, records, strict=True)
            for topic in record.topics
        )
        Review.objects.bulk_create(
            self._review(claim, record)
            for claim, record in zip(stored.claims, records, strict=True)
            if record.verdict is not None
        )
        return stored

    def _not_stored_yet(self, records: Sequence[ClaimToStore], stored: Stored) -> list[ClaimToStore]:
        ids = {r.external_id for r in records if r.external_id}
        known = set(
            Claim.objects.filter(origin=self.origin, external_id__in=ids).values_list("external_id", flat=True)
            if ids
            else []
        )
        own = {r: own_claim_id(r.verdict.url) for r in records if r.verdict and r.verdict.url}
        own_ids = {pk for pk in own.values() if pk}
        hashes = dict(Claim.objects.filter(pk__in=own_ids).values_list("pk", "text_hash")) if own_ids else {}
        fresh = []
        for record in records:
            pk = own.get(record)
            if record.external_id in known or (pk and hashes.get(pk) == text_hash(record.text)):
                stored.unchanged += 1
            else:
                fresh.append(record)
        return fresh

    def _speakers(self, records: list[ClaimToStore], article: Article | None, stored: Stored) -> dict[str, Speaker]:
        names = [
            SpeakerName(r.speaker, r.speaker_kind, r.speaker_alias)
            for r in records
            if r.speaker is not None and r.speaker.strip()
        ]
        if not names:
            return {}
        resolved = resolve_speakers(
            names, context=article.body if article else "", misspellings=self.misspellings, reason=self.reason
        )
        stored.new_speakers += resolved.created
        return resolved.by_name

    def _affiliation_key(self, record: ClaimToStore, speaker: Speaker, article: Article | None) -> AffiliationKey:
        # In an article a speaker's wording is one affiliation; an archive's also differs by role, state and party.
        if article is not None:
            return (speaker.pk, record.affiliation)
        role, _ = self._role_and_organization(record)
        return (speaker.pk, record.affiliation, role, record.region, record.party)

    @staticmethod
    def _role_and_organization(record: ClaimToStore) -> tuple[str, str | None]:
        role, organization = record.role, record.organization
        if role is None and organization is None:
            # Imported here: sources.extraction loads the whole extraction pipeline (trafilatura, the
            # rules' patterns), a quarter of a second that every Django process (a management
            # command, a web worker) paid at start-up for the few imports that need it.
            from sources.extraction.affiliation import split_affiliation

            role, organization = split_affiliation(" ".join(record.affiliation.split()))
        return role or "", " ".join((organization or "").split()) or None

    def _affiliations(
        self, records: list[ClaimToStore], speakers: dict[str, Speaker], article: Article | None, new_article: bool
    ) -> dict[AffiliationKey, Affiliation]:
        """The Affiliation of each (speaker, wording), found or created, in three queries at most."""
        stated = [(r, speakers[r.speaker]) for r in records if r.affiliation and r.speaker in speakers]
        if not stated:
            return {}
        existing = (
            Affiliation.objects.none()
            if new_article
            else Affiliation.objects.filter(
                Q(article=article) if article else Q(article__isnull=True),
                speaker_id__in={speaker.pk for _, speaker in stated},
                stated_as__in={r.affiliation for r, _ in stated},
            )
        )
        found: dict[AffiliationKey, Affiliation] = {}
        for affiliation in existing.order_by("pk"):
            key: AffiliationKey = (affiliation.speaker_id, affiliation.stated_as)
            if article is None:
                key += (affiliation.role, affiliation.region, affiliation.party)
            found.setdefault(key, affiliation)
        wanted: dict[AffiliationKey, tuple[ClaimToStore, Speaker, str, str | None]] = {}
        for record, speaker in stated:
            key = self._affiliation_key(record, speaker, article)
            if key not in found and key not in wanted:
                wanted[key] = (record, speaker, *self._role_and_organization(record))
        organizations = resolve_organizations([org for *_, org in wanted.values() if org])
        new = {
            key: Affiliation(
                speaker=speaker,
                stated_as=record.affiliation,
                role=role,
                organization=organizations.get(org) if org else None,
                region=record.region,
                party=record.party,
                article=article,
            )
            for key, (record, speaker, role, org) in wanted.items()
        }
        Affiliation.objects.bulk_create(new.values())
        return found | new

    def _add_topics(self, records: list[ClaimToStore]) -> None:
        names = {topic for record in records for topic in record.topics} - self.topics.keys()
        if names:
            Topic.objects.bulk_create([Topic(name=name) for name in sorted(names)], ignore_conflicts=True)
            self.topics.update(Topic.objects.filter(name__in=names).values_list("name", "pk"))

    def _claim(
        self,
        record: ClaimToStore,
        speakers: dict[str, Speaker],
        affiliations: dict[AffiliationKey, Affiliation],
        article: Article | None,
    ) -> Claim:
        speaker = speakers.get(record.speaker) if record.speaker else None
        affiliation = None
        if speaker is not None and record.affiliation:
            affiliation = affiliations[self._affiliation_key(record, speaker, article)]
        return Claim(
            text=record.text,
            text_hash=text_hash(record.text),
            kind=record.kind,
            speaker=speaker,
            affiliation=affiliation,
            article=article,
            start=record.start,
            end=record.end,
            venue=record.venue,
            stated_on=record.stated_on or (article.published if article else None),
            source_url=record.source_url,
            status=record.verdict.status if record.verdict else VerificationStatus.UNVERIFIED,
            origin=self.origin,
            external_id=record.external_id,
            confidence=record.confidence,
            extraction_rule=record.extraction_rule,
        )

    def _review(self, claim: Claim, record: ClaimToStore) -> Review:
        verdict = record.verdict
        assert verdict is not None
        return Review(
            claim_id=claim.pk,
            verdict=verdict.status,
            origin=self.origin,
            reviewing_organization=verdict.reviewing_organization,
            original_rating=verdict.original_rating,
            external_id=record.external_id,
            url=verdict.url,
            reviewed_at=verdict.reviewed_at,
        )


def _check_offsets(records: Sequence[ClaimToStore], article: Article) -> None:
    for r in records:
        if r.start is not None and not (r.end is not None and 0 <= r.start <= r.end <= len(article.body)):
            raise ClaimError(f"claim offsets {r.start}-{r.end} lie outside the article body")


def _new_in_article(
    records: list[ClaimToStore], speakers: dict[str, Speaker], article: Article, stored: Stored, new_article: bool
) -> list[ClaimToStore]:
    """The records less repeats of a claim the article has: the same speaker (or none) and the same words."""
    seen: set[tuple[int | None, str]] = (
        set() if new_article else set(Claim.objects.filter(article=article).values_list("speaker_id", "text_hash"))
    )
    fresh = []
    for record in records:
        speaker = speakers.get(record.speaker) if record.speaker else None
        key = (speaker.pk if speaker else None, text_hash(record.text))
        if key in seen:
            stored.skipped.append(f"repeated quote by {speaker or 'an unnamed speaker'}: {record.text[:40]!r}")
            continue
        seen.add(key)
        fresh.append(record)
    return fresh
