import difflib

from django.apps import apps
from django.db import models
from django.db.models import Case, Count, F, Q, Value, When
from django.db.models.functions import Coalesce

from claims.names import name_key
from claims.statuses import WAITING_STATUSES, VerificationStatus

# The review queue's order, used by the admin's claim list and by the queue's index (Claim.Meta):
# claims nobody is named for first, then the extractor's least certain attributions, then the oldest.
# Expressions rather than NULLS FIRST/LAST, which SQLite's indexes cannot say.
REVIEW_QUEUE_ORDER = (
    Case(When(speaker__isnull=True, then=Value(0)), default=Value(1)),
    # No confidence (typed in, imported from an archive): after every extracted claim.
    Coalesce(F("confidence"), Value(2.0)),
    F("created_at"),
    F("id"),
)

# How close a misspelt name must be to a known one (difflib ratio) to count as the same name.
FUZZY_NAME_CUTOFF = 0.8


class SpeakerQuerySet(models.QuerySet):
    def with_claim_counts(self):
        return self.annotate(claim_count=Count("claims", distinct=True))

    def matching(self, query: str):
        """Speakers whose full name, any word of it (a surname) or an alias matches `query`.

        Case, accents and punctuation are ignored. When nothing matches exactly, a close misspelling
        of a known name or alias ('Pantuci' for 'Pantucci') matches instead.
        """
        key = name_key(query)
        if not key:
            return self.none()
        exact = self.filter(_word_match("name_key", key) | Q(aliases__name_key=key)).values("pk")
        if exact.exists():
            return self.filter(pk__in=exact)
        return self.filter(pk__in=_fuzzy_speaker_ids(key))


def _word_match(field: str, key: str) -> Q:
    """`key` equals the field or is a run of whole words in it."""
    return (
        Q(**{field: key})
        | Q(**{f"{field}__startswith": key + " "})
        | Q(**{f"{field}__endswith": " " + key})
        | Q(**{f"{field}__contains": f" {key} "})
    )


def _fuzzy_speaker_ids(key: str) -> list[int]:
    # By name, not by import: claims.models imports this module.
    Speaker, SpeakerAlias = apps.get_model("claims", "Speaker"), apps.get_model("claims", "SpeakerAlias")

    candidates: dict[str, set[int]] = {}
    names = list(Speaker.objects.values_list("name_key", "pk")) + list(
        SpeakerAlias.objects.values_list("name_key", "speaker_id")
    )
    span = len(key.split())
    for full, pk in names:
        words = full.split()
        # Compare against the whole name and against each run of as many words as the query has.
        for i in range(max(1, len(words) - span + 1)):
            candidates.setdefault(" ".join(words[i : i + span]), set()).add(pk)
        candidates.setdefault(full, set()).add(pk)
    matches = difflib.get_close_matches(key, candidates.keys(), n=5, cutoff=FUZZY_NAME_CUTOFF)
    return sorted({pk for match in matches for pk in candidates[match]})


class ClaimQuerySet(models.QuerySet):
    def with_related(self):
        """Everything a claim's representation shows, in a fixed number of queries."""
        return self.select_related(
            "speaker", "affiliation", "affiliation__organization", "article", "article__outlet"
        ).prefetch_related("topics")

    def by_speaker_name(self, query: str):
        speakers = self.model._meta.get_field("speaker").related_model
        return self.filter(speaker__in=speakers.objects.matching(query))

    def by_affiliation(self, text: str):
        q = Q()
        for word in text.split():
            q &= Q(affiliation__stated_as__icontains=word) | Q(affiliation__organization__name__icontains=word)
        return self.filter(q)

    def search(self, text: str):
        """Claims whose text contains every word of `text`, in any order."""
        q = Q()
        for word in text.split():
            q &= Q(text__icontains=word)
        return self.filter(q)

    def public(self):
        """Claims shown to the public: a named speaker, and not dismissed as 'not a claim'."""
        return self.filter(speaker__isnull=False).exclude(status=VerificationStatus.NOT_A_CLAIM)

    def unattributed(self):
        """Claims whose speaker the extractor could not name; they wait for a reviewer."""
        return self.filter(speaker__isnull=True)

    def waiting(self):
        """Claims a reviewer still has to decide."""
        return self.filter(status__in=WAITING_STATUSES)

    def status_counts(self) -> dict[str, int]:
        return dict(self.order_by().values_list("status").annotate(n=Count("id")))
