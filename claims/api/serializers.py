from datetime import date
from typing import Any

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Claim, Review, Speaker, VerificationStatus
from claims.names import name_key
from claims.querysets import LATEST_AFFILIATIONS, speaker_status_counts
from claims.review import MAX_EVIDENCE_LINKS, ReviewRejected, validate_review
from sources.api.serializers import MOMENT, ArticleRefSerializer
from sources.models import Article


class SpeakerRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "name", "kind"]


class DetailURLField(serializers.Field):
    """A row's absolute URL, reversed once per answer instead of once per row (a tenth of a page's time)."""

    def __init__(self, view_name: str, **kwargs: Any) -> None:
        self.view_name = view_name
        super().__init__(source="pk", read_only=True, **kwargs)

    def to_representation(self, pk: int) -> str:
        return detail_url(self.context, self.view_name, pk)


def detail_url(context: Any, view_name: str, pk: int) -> str:
    """A row's absolute URL; the serializer's context dict is shared by every row of the answer, so the
    prefix is reversed once and kept there."""
    prefix = context.get(("url prefix", view_name))
    if prefix is None:
        url = reverse(view_name, args=[0])
        request = context.get("request")
        url = request.build_absolute_uri(url) if request else url
        prefix = context[("url prefix", view_name)] = url[: url.rindex("/0/") + 1]
    return f"{prefix}{pk}/"


@extend_schema_field({"type": "string", "format": "uri", "readOnly": True})
class ClaimURLField(DetailURLField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__("claim-detail", **kwargs)


class ClaimSerializer(serializers.ModelSerializer):
    url = ClaimURLField()
    speaker = SpeakerRefSerializer(
        allow_null=True, help_text="Null while the speaker is unknown: the claim waits for a reviewer to name one."
    )
    affiliation = serializers.CharField(source="affiliation.stated_as", default=None, allow_null=True)
    article = ArticleRefSerializer(allow_null=True)
    topics: serializers.ListField = serializers.ListField(
        source="topic_names", child=serializers.CharField(), read_only=True
    )

    class Meta:
        model = Claim
        fields = [
            "id",
            "url",
            "text",
            "kind",
            "status",
            "speaker",
            "affiliation",
            "article",
            "start",
            "end",
            "venue",
            "stated_on",
            "source_url",
            "topics",
            "origin",
            "confidence",
            "version",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields
        # Empty when there is none, so the schema must allow "" besides a URL.
        extra_kwargs = {"source_url": {"allow_blank": True}}

    def to_representation(self, claim: Claim | dict[str, Any]) -> dict[str, Any]:
        """What the declared fields give, built directly: DRF's field-by-field walk took most of a page's time.

        A claim is a model instance, or a list page's row (ClaimQuerySet.as_list_rows). The declared
        fields still describe the answer (the schema); tests compare the ways.
        """
        return self._row_representation(claim if isinstance(claim, dict) else _row_of(claim))

    def _row_representation(self, row: dict[str, Any]) -> dict[str, Any]:
        # Not self.fields: building the declared fields costs more than writing a row.
        speaker_id, article_id, moment = row["speaker_id"], row["article_id"], MOMENT.to_representation
        return {
            "id": row["id"],
            "url": detail_url(self.context, "claim-detail", row["id"]),
            "text": row["text"],
            "kind": row["kind"],
            "status": row["status"],
            "speaker": {"id": speaker_id, "name": row["speaker__name"], "kind": row["speaker__kind"]}
            if speaker_id is not None
            else None,
            "affiliation": row["affiliation__stated_as"],
            "article": {
                "id": article_id,
                "title": row["article__title"],
                "outlet": row["article__outlet__name"],
                "published": _iso(row["article__published"]),
            }
            if article_id is not None
            else None,
            "start": row["start"],
            "end": row["end"],
            "venue": row["venue"],
            "stated_on": _iso(row["stated_on"]),
            "source_url": row["source_url"],
            "topics": row["topic_names"],
            "origin": row["origin"],
            "confidence": row["confidence"],
            "version": row["version"],
            "created_at": moment(row["created_at"]),
            "updated_at": moment(row["updated_at"]),
        }


def _row_of(claim: Claim) -> dict[str, Any]:
    """A claim instance as the row ClaimQuerySet.as_list_rows() gives, so one function writes the answer."""
    speaker, affiliation, article = claim.speaker, claim.affiliation, claim.article
    outlet = article.outlet if article else None
    return {
        **{name: getattr(claim, name) for name in _OWN_COLUMNS},
        "speaker_id": speaker.pk if speaker else None,
        "speaker__name": speaker.name if speaker else None,
        "speaker__kind": speaker.kind if speaker else None,
        "affiliation__stated_as": affiliation.stated_as if affiliation else None,
        "article_id": article.pk if article else None,
        "article__title": article.title if article else None,
        "article__outlet__name": outlet.name if outlet else None,
        "article__published": article.published if article else None,
        "topic_names": claim.topic_names,  # type: ignore[attr-defined]  # annotated by with_related()
    }


_OWN_COLUMNS = (
    "id",
    "text",
    "kind",
    "status",
    "start",
    "end",
    "venue",
    "stated_on",
    "source_url",
    "origin",
    "confidence",
    "version",
    "created_at",
    "updated_at",
)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


class ClaimInput(serializers.Serializer):
    """A claim entered by hand: the words, who said them, and optionally where."""

    text = serializers.CharField(max_length=10_000)
    kind = serializers.ChoiceField(choices=Claim.Kind.choices, default=Claim.Kind.DIRECT)
    speaker = serializers.CharField(max_length=200, help_text="The speaker's full name.")
    affiliation = serializers.CharField(max_length=500, required=False, allow_blank=True)
    # Ids in request bodies have an integer pk_field: without it, 1.5 silently means row 1.
    article = serializers.PrimaryKeyRelatedField(
        queryset=Article.objects.all(), pk_field=serializers.IntegerField(), required=False, allow_null=True
    )
    venue = serializers.CharField(max_length=300, required=False, allow_blank=True)
    stated_on = serializers.DateField(required=False, allow_null=True)
    source_url = serializers.URLField(max_length=1000, required=False, allow_blank=True)

    def validate_speaker(self, value: str) -> str:
        # A name with no letters or digits has no name key, so it would match no one and make a new speaker each time.
        if not name_key(value):
            raise serializers.ValidationError("A speaker's name needs at least one letter or digit.")
        return value


class SpeakerSerializer(serializers.ModelSerializer):
    aliases: serializers.ListField = serializers.ListField(
        source="alias_names", child=serializers.CharField(), read_only=True
    )
    claim_count = serializers.IntegerField(read_only=True, help_text="Public claims (not those dismissed).")

    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "wikidata_id", "aliases", "claim_count"]

    def to_representation(self, speaker: Speaker | dict[str, Any]) -> dict[str, Any]:
        """What the declared fields give, written directly: DRF builds the fields anew for every
        request, which cost a speaker list more than its query. A speaker is a model instance or a
        list page's row (SPEAKER_LIST_VALUES). Tests compare with the detail."""
        if not isinstance(speaker, dict):
            speaker = {name: getattr(speaker, name) for name in SPEAKER_LIST_VALUES}
        return {
            "id": speaker["id"],
            "name": speaker["name"],
            "kind": speaker["kind"],
            "wikidata_id": speaker["wikidata_id"],
            "aliases": list(speaker["alias_names"]),  # with_alias_names()
            "claim_count": speaker["claim_count"],  # with_claim_counts()
        }


# The columns a speaker list reads: the model's own and the two annotations of its queryset.
SPEAKER_LIST_VALUES = ("id", "name", "kind", "wikidata_id", "alias_names", "claim_count")


class AffiliationSerializer(serializers.Serializer):
    stated_as = serializers.CharField()
    role = serializers.CharField()
    organization = serializers.CharField(source="organization.name", default=None, allow_null=True)
    region = serializers.CharField()
    party = serializers.CharField()
    article = serializers.IntegerField(source="article_id", allow_null=True)


class SpeakerDetailSerializer(SpeakerSerializer):
    affiliations = serializers.SerializerMethodField(
        help_text=f"The latest distinct wordings, at most {LATEST_AFFILIATIONS}; all are at affiliations_url."
    )
    affiliation_count = serializers.SerializerMethodField(help_text="Affiliation statements in all.")
    affiliations_url = serializers.HyperlinkedIdentityField(view_name="speaker-affiliations")
    claims_url = serializers.HyperlinkedIdentityField(view_name="speaker-claims")
    claims_by_status = serializers.SerializerMethodField()

    class Meta(SpeakerSerializer.Meta):
        fields = SpeakerSerializer.Meta.fields + [
            "claims_by_status",
            "affiliations",
            "affiliation_count",
            "affiliations_url",
            "claims_url",
        ]

    def to_representation(self, speaker: Speaker | dict[str, Any]) -> dict[str, Any]:
        # One speaker, always an instance (the detail reads no plain rows): DRF's walk over the declared
        # fields, the links and method fields included.
        return serializers.ModelSerializer.to_representation(self, speaker)

    def get_claims_by_status(self, speaker: Speaker) -> dict[str, int]:
        counts = speaker_status_counts(speaker.pk, using=speaker._state.db or "default")
        return {status: counts.get(status, 0) for status in VerificationStatus.values}

    @extend_schema_field(AffiliationSerializer(many=True))
    def get_affiliations(self, speaker: Speaker) -> Any:
        # Already as AffiliationSerializer writes a statement (a test compares).
        return speaker.affiliations.latest_distinct(LATEST_AFFILIATIONS)

    def get_affiliation_count(self, speaker: Speaker) -> int:
        return speaker.affiliations.count()


class ReviewSerializer(serializers.ModelSerializer):
    reviewer = serializers.CharField(source="reviewer.username", default=None, allow_null=True)

    class Meta:
        model = Review
        fields = [
            "id",
            "verdict",
            "rationale",
            "evidence",
            "reviewer",
            "origin",
            "reviewing_organization",
            "original_rating",
            "url",
            "created_at",
            "reviewed_at",
        ]
        read_only_fields = fields
        # Empty when there is none, so the schema must allow "" besides a URL.
        extra_kwargs = {"url": {"allow_blank": True}}


class ReviewInput(serializers.Serializer):
    """A verdict: a rationale is required for anything but in_review; evidence is a list of http(s) URLs."""

    verdict = serializers.ChoiceField(choices=[(status.value, status.label) for status in Claim.REVIEW_VERDICTS])
    rationale = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=20_000,
        help_text="Why: required, and not blank, for every verdict but in_review (else a 400 naming it).",
    )
    evidence = serializers.ListField(
        child=serializers.URLField(max_length=1000), required=False, default=list, max_length=MAX_EVIDENCE_LINKS
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        try:
            attrs["evidence"] = validate_review(**attrs)
        except ReviewRejected as error:
            raise serializers.ValidationError(error.errors) from None
        return attrs


class ClaimCorrection(serializers.Serializer):
    """An editor's correction of a claim's wording or attribution."""

    text = serializers.CharField(required=False, max_length=10_000)
    kind = serializers.ChoiceField(choices=Claim.Kind.choices, required=False)
    speaker = serializers.PrimaryKeyRelatedField(
        queryset=Speaker.objects.all(), pk_field=serializers.IntegerField(), required=False
    )
    reason = serializers.CharField(required=False, allow_blank=True, default="", max_length=500)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if not set(attrs) - {"reason"}:
            raise serializers.ValidationError("Nothing to change: give text, kind or speaker.")
        return attrs


class HistoryChangeSerializer(serializers.Serializer):
    field = serializers.CharField()
    old = serializers.CharField(allow_null=True)
    new = serializers.CharField(allow_null=True)


class HistoryEventSerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    user = serializers.CharField(allow_null=True)
    action = serializers.CharField()
    summary = serializers.CharField()
    changes = HistoryChangeSerializer(many=True)
    verdict = serializers.CharField(allow_null=True)
    rationale = serializers.CharField()
    evidence = serializers.ListField(child=serializers.CharField())


class SpeakerMergeInput(serializers.Serializer):
    other = serializers.PrimaryKeyRelatedField(
        queryset=Speaker.objects.all(), pk_field=serializers.IntegerField(), help_text="The speaker merged away."
    )
