from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from simple_history.models import HistoricalRecords

from claims.names import name_key, text_hash
from claims.querysets import (
    REVIEW_QUEUE_ORDER,
    AffiliationQuerySet,
    ClaimQuerySet,
    CorrectionQuerySet,
    SpeakerQuerySet,
)
from claims.statuses import ARCHIVE_FORMATS, REVIEW_VERDICTS, TRUTH_VERDICTS, WAITING_STATUSES, VerificationStatus


class Speaker(models.Model):
    """A person, organisation, government or group that claims are attributed to; one row per
    real-world speaker."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        # A country or its capital speaking ("Beijing accused ..."): its government.
        GOVERNMENT = "government", "Government"
        GROUP = "group", "Group"

    name = models.CharField(max_length=200, help_text="Display name, usually the full name.")
    name_key = models.CharField(max_length=200, editable=False, db_index=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    wikidata_id = models.CharField(max_length=20, null=True, blank=True, verbose_name="Wikidata id")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SpeakerQuerySet.as_manager()
    # A merge's reason names both speakers, and an editor's reason may be 500 characters: no fixed cap.
    history = HistoricalRecords(history_change_reason_field=models.TextField(null=True))

    class Meta:
        ordering = ["name"]
        permissions = [("merge_speakers", "Can merge two speakers into one")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["person", "organisation", "government", "group"]),
                name="claims_speaker_kind_valid",
            ),
            models.CheckConstraint(condition=~Q(name=""), name="claims_speaker_name_not_empty"),
            models.UniqueConstraint(
                fields=["wikidata_id"], condition=Q(wikidata_id__isnull=False), name="claims_speaker_wikidata_unique"
            ),
        ]
        # The speaker list's order: its first page read from the index, not a sort of every speaker.
        indexes = [models.Index(fields=["name", "id"], name="claims_speaker_name")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.name)
        super().save(*args, **kwargs)


class SpeakerAlias(models.Model):
    """Another way an article writes a speaker's name: a surname, a spelling, a slug."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "speaker aliases"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="claims_speakeralias_name_unique_ci"),
            models.UniqueConstraint(fields=["name_key"], name="claims_speakeralias_key_unique"),
        ]

    def __str__(self):
        return f"{self.name} → {self.speaker}"

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.name)
        super().save(*args, **kwargs)


class Organization(models.Model):
    """An institution a speaker is affiliated with (a ministry, university, party, company)."""

    name = models.CharField(max_length=300)
    wikidata_id = models.CharField(max_length=20, null=True, blank=True, verbose_name="Wikidata id")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="claims_organization_name_unique_ci"),
            models.CheckConstraint(condition=~Q(name=""), name="claims_organization_name_not_empty"),
        ]

    def __str__(self):
        return self.name


class Affiliation(models.Model):
    """A speaker's role as one source stated it; kept per statement because roles change over time."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="affiliations")
    role = models.CharField(max_length=300, blank=True, help_text="Role or job title, e.g. 'senior fellow'.")
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, null=True, blank=True, related_name="affiliations"
    )
    stated_as = models.TextField(help_text="The wording as the source gives it.")
    region = models.CharField(max_length=100, blank=True, help_text="State or region, as PolitiFact records it.")
    party = models.CharField(max_length=100, blank=True)
    article = models.ForeignKey(
        "sources.Article", on_delete=models.PROTECT, null=True, blank=True, related_name="affiliations"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AffiliationQuerySet.as_manager()

    class Meta:
        ordering = ["speaker__name", "stated_as"]
        constraints = [
            models.UniqueConstraint(
                fields=["speaker", "stated_as", "article"],
                condition=Q(article__isnull=False),
                name="claims_affiliation_unique_per_article",
            ),
        ]
        # A speaker's latest statements, for the bounded list in the speaker's detail.
        indexes = [models.Index(fields=["speaker", "-id"], name="claims_affiliation_latest")]

    def __str__(self):
        return self.stated_as


class Topic(models.Model):
    """A subject a claim is about (PolitiFact's subjects, e.g. 'health-care')."""

    name = models.CharField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Claim(models.Model):
    """A statement attributed to a speaker: a quotation in an article, or a statement from an archive."""

    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct quote"
        PARTIAL = "partial", "Partial quote"
        INDIRECT = "indirect", "Reported speech"

    # Where a claim came from; every archive format is an origin of claims and of their reviews.
    Origin = models.TextChoices(
        "ClaimOrigin",
        [
            ("ANNOTATION", ("annotation", "Hand annotation")),
            ("EXTRACTION", ("extraction", "Automatic extraction")),
            *ARCHIVE_FORMATS,
            ("MANUAL", ("manual", "Entered by hand")),
        ],
    )

    Status = VerificationStatus
    WAITING_STATUSES = WAITING_STATUSES
    TRUTH_VERDICTS = TRUTH_VERDICTS
    REVIEW_VERDICTS = REVIEW_VERDICTS

    text = models.TextField()
    text_hash = models.CharField(max_length=64, editable=False)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.DIRECT)
    speaker = models.ForeignKey(
        Speaker,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims",
        help_text="Empty while the speaker is unknown: the claim waits for a reviewer to name one.",
    )
    affiliation = models.ForeignKey(
        Affiliation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims",
        help_text="The speaker's affiliation as stated where the claim was made.",
    )
    article = models.ForeignKey(
        "sources.Article", on_delete=models.PROTECT, null=True, blank=True, related_name="claims"
    )
    start = models.PositiveIntegerField(null=True, blank=True, help_text="Offset of the text in the article body.")
    end = models.PositiveIntegerField(null=True, blank=True)
    venue = models.CharField(max_length=300, blank=True, help_text="Where the claim was made, e.g. 'a press release'.")
    stated_on = models.DateField(null=True, blank=True)
    published = models.DateField(
        null=True,
        editable=False,
        help_text="The article's publication date, copied by the database (see published_dates).",
    )
    source_url = models.URLField(max_length=1000, blank=True)
    topics = models.ManyToManyField(Topic, blank=True, related_name="claims")
    status = models.CharField(max_length=20, choices=VerificationStatus.choices, default=VerificationStatus.UNVERIFIED)
    origin = models.CharField(max_length=20, choices=Origin.choices, default=Origin.EXTRACTION)
    external_id = models.CharField(
        max_length=200, null=True, blank=True, help_text="Identifier in the archive the claim was imported from."
    )
    confidence = models.FloatField(null=True, blank=True, help_text="Extractor's confidence in the attribution.")
    extraction_rule = models.CharField(
        max_length=100,
        blank=True,
        help_text="The extraction rule that named the speaker, to trace a wrong attribution.",
    )
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="claims_taken",
        help_text="The reviewer who took the claim into review.",
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["text_hash", "updated_at", "published"],
        history_change_reason_field=models.TextField(null=True),
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        permissions = [
            ("start_review", "Can take claims into review"),
            ("correct_extraction", "Can dismiss a claim as not a claim and name or correct its speaker"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=VerificationStatus.values), name="claims_claim_status_valid"),
            models.CheckConstraint(
                condition=Q(kind__in=["direct", "partial", "indirect"]), name="claims_claim_kind_valid"
            ),
            models.CheckConstraint(condition=~Q(text=""), name="claims_claim_text_not_empty"),
            models.CheckConstraint(
                condition=(Q(start__isnull=True) & Q(end__isnull=True))
                | (Q(start__isnull=False) & Q(end__isnull=False) & Q(start__gte=0) & Q(end__gte=F("start"))),
                name="claims_claim_offsets_ordered",
            ),
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(article__isnull=False), name="claims_claim_offsets_need_article"
            ),
            models.UniqueConstraint(fields=["article", "speaker", "text_hash"], name="claims_claim_unique_per_article"),
            # NULLs are distinct to a unique index, so unattributed claims need a rule of their own.
            models.UniqueConstraint(
                fields=["article", "text_hash"],
                condition=Q(speaker__isnull=True),
                name="claims_claim_unattributed_unique_per_article",
            ),
            models.UniqueConstraint(
                fields=["origin", "external_id"],
                condition=Q(external_id__isnull=False),
                name="claims_claim_external_unique",
            ),
        ]
        indexes = [
            # A status newest first; with the date of the article (claims.published_dates) in the key,
            # a status and a date range are answered from the index alone, however the dates fall.
            models.Index(fields=["status", "-created_at", "-id", "published"], name="claims_claim_status_newest"),
            # The default order (Meta.ordering): the API's cursor pages and the admin's list of all claims
            # walk it without a sort; read backwards it serves oldest-first too.
            models.Index(fields=["-created_at", "-id"], name="claims_claim_newest"),
            # Incremental sync (?updated_after=, ordering=updated_at).
            models.Index(fields=["updated_at", "id"], name="claims_claim_updated"),
            # A speaker's claims newest first, and a speaker's counts per status from the index alone.
            models.Index(fields=["speaker", "-created_at", "-id"], name="claims_claim_speaker_newest"),
            models.Index(fields=["speaker", "status"], name="claims_claim_speaker_status"),
            # A date range alone, however narrow or old; and counted with a status (the list's count
            # read a status's every entry in the index above: 1.5 ms against 0.3 for a year).
            models.Index(fields=["published"], name="claims_claim_published"),
            models.Index(fields=["status", "published"], name="claims_claim_status_published"),
            # The review queue, in its order (querysets.REVIEW_QUEUE_ORDER), over the claims waiting for a verdict.
            models.Index(*REVIEW_QUEUE_ORDER, condition=Q(status__in=WAITING_STATUSES), name="claims_claim_queue"),
            models.Index(fields=["taken_by", "status"], name="claims_claim_taken_by"),
        ]

    def __str__(self):
        text = self.text if len(self.text) <= 60 else self.text[:59] + "…"
        return f"{self.speaker or 'Unattributed'}: “{text}”"

    def save(self, *args, **kwargs):
        self.text_hash = text_hash(self.text)
        super().save(*args, **kwargs)


class SpeakerStatusCount(models.Model):
    """How many claims a speaker has in each status: the scorecard, read in one indexed lookup.

    Kept by database triggers on claims_claim (claims/status_counts.py), in the same statement as
    every insert, update and delete of a claim, whichever code path (or raw COPY) writes it, so it
    is always exact. Counting a speaker's claims per status from the index read 87,618 entries for
    the most quoted speaker of a million-claim archive; this reads at most one row per status.
    Claims without a speaker are not counted.
    """

    # The unique (speaker, status) index serves the speaker's lookups: no second index.
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="status_counts", db_index=False)
    status = models.CharField(max_length=20, choices=VerificationStatus.choices)
    claims = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["speaker", "status"], name="claims_speakerstatuscount_unique"),
        ]

    def __str__(self):
        return f"{self.speaker_id} {self.status}: {self.claims}"


class Correction(models.Model):
    """A reviewer's fix of an extraction mistake on one claim: what, who, why, and the rule that erred."""

    class Kind(models.TextChoices):
        NOT_A_CLAIM = "not_a_claim", "Dismissed as not a claim"
        RESTORED = "restored", "Restored to the queue"
        SPEAKER_NAMED = "speaker_named", "Speaker named"
        SPEAKER_CORRECTED = "speaker_corrected", "Speaker corrected"

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="corrections")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # Copied from the claim when corrected, so the tally of erring rules survives later edits.
    extraction_rule = models.CharField(max_length=100, blank=True)
    # Names rather than keys: a speaker merged away later must not erase what the reviewer saw.
    old_speaker = models.CharField(max_length=200, blank=True)
    new_speaker = models.CharField(max_length=200, blank=True)
    reason = models.TextField()
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="corrections"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["claim", "created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["not_a_claim", "restored", "speaker_named", "speaker_corrected"]),
                name="claims_correction_kind_valid",
            ),
            models.CheckConstraint(condition=~Q(reason=""), name="claims_correction_reason_not_empty"),
        ]
        indexes = [models.Index(fields=["extraction_rule", "kind"], name="claims_correction_rule")]

    def __str__(self):
        return f"{self.get_kind_display()} on claim {self.claim_id}"


class ReviewIsFinal(Exception):
    """Reviews are a record of decisions: a correction is a new review, never an edit."""


class ReviewQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise ReviewIsFinal("Reviews cannot be changed; record a new review instead.")

    def delete(self):
        raise ReviewIsFinal("Reviews cannot be deleted; record a new review instead.")


class Review(models.Model):
    """One verdict on a claim, by a reviewer or imported from a fact-checker; never edited afterwards."""

    Origin = models.TextChoices("ReviewOrigin", [("REVIEWER", ("reviewer", "factcheck reviewer")), *ARCHIVE_FORMATS])

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="reviews"
    )
    verdict = models.CharField(max_length=20, choices=VerificationStatus.choices)
    rationale = models.TextField(blank=True)
    evidence = models.JSONField(default=list, blank=True, help_text="Links to the evidence (http or https URLs).")
    origin = models.CharField(max_length=20, choices=Origin.choices, default=Origin.REVIEWER)
    reviewing_organization = models.CharField(max_length=200, blank=True, help_text="Fact-checker, for imports.")
    original_rating = models.CharField(max_length=200, blank=True, help_text="The rating as the source wrote it.")
    external_id = models.CharField(max_length=300, null=True, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    reviewed_at = models.DateTimeField(null=True, blank=True, help_text="When the verdict was published, for imports.")

    objects = ReviewQuerySet.as_manager()

    class Meta:
        ordering = ["claim", "created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(verdict__in=VerificationStatus.values), name="claims_review_verdict_valid"
            ),
            models.UniqueConstraint(
                fields=["origin", "external_id"],
                condition=Q(external_id__isnull=False),
                name="claims_review_external_unique",
            ),
        ]
        indexes = [
            models.Index(fields=["claim", "-created_at"]),
            # The newest verdicts: the public home page and its feeds.
            models.Index(fields=["-created_at", "-id"], name="claims_review_newest"),
        ]

    def __str__(self):
        who = self.reviewer or self.reviewing_organization or self.get_origin_display()
        return f"{self.get_verdict_display()} by {who}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise ReviewIsFinal("Reviews cannot be changed; record a new review instead.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ReviewIsFinal("Reviews cannot be deleted; record a new review instead.")
