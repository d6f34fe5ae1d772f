import django_filters
from django import forms
from django.db import connections
from django.db.models import Exists, OuterRef, Sum

from claims.exports import EXPORT_FORMATS
from claims.models import Claim, Review, Speaker, SpeakerStatusCount, Topic, VerificationStatus
from claims.querysets import PUBLIC_STATUSES, SEARCH_CANDIDATES, SpeakerMatch, speaker_matches
from listing.counts import planner_rows
from listing.filters import ApiFilterSet, IdFilter, MomentFilter, OrderingFilter, TextFilter


class CommaSeparatedMultipleChoiceField(forms.MultipleChoiceField):
    """Accepts ?status=true&status=false as well as ?status=true,false."""

    def to_python(self, value):
        values = super().to_python(value)
        return [part.strip() for item in values for part in item.split(",") if part.strip()]


class MultipleStatusFilter(django_filters.MultipleChoiceFilter):
    field_class = CommaSeparatedMultipleChoiceField

    def __init__(self, *args, **kwargs):
        # A claim has one status, so no row can match twice: DISTINCT over every column would only cost.
        super().__init__(*args, distinct=False, **kwargs)


class ClaimFilter(ApiFilterSet):
    speaker = TextFilter(
        method="filter_speaker", help_text="Full name, surname or alias; case- and accent-insensitive."
    )
    speaker_id = IdFilter(field_name="speaker_id")
    affiliation = TextFilter(method="filter_affiliation", help_text="Words in the stated affiliation.")
    status = MultipleStatusFilter(choices=VerificationStatus.choices, help_text="One or more statuses.")
    kind = django_filters.ChoiceFilter(choices=Claim.Kind.choices)
    origin = django_filters.ChoiceFilter(choices=Claim.Origin.choices, help_text="Where the claim came from.")
    outlet = TextFilter(field_name="article__outlet__name", lookup_expr="icontains")
    article = IdFilter(field_name="article_id")
    published_after = django_filters.DateFilter(field_name="published", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="published", lookup_expr="lte")
    topic = TextFilter(method="filter_topic", help_text="A topic's name, e.g. health-care (any case).")
    updated_after = MomentFilter(
        field_name="updated_at",
        lookup_expr="gt",
        help_text="Only claims created or changed after this moment (ISO 8601), for incremental sync.",
    )
    q = TextFilter(
        method="filter_text",
        help_text='Words in the claim text (stemmed on PostgreSQL; "a phrase", -word, or). Without an '
        f"ordering, the best matches among the newest {SEARCH_CANDIDATES:,} come first.",
    )
    ordering = OrderingFilter(
        fields=(
            ("created_at", "created_at"),
            ("updated_at", "updated_at"),
            ("published", "published"),
            ("status", "status"),
            ("speaker__name", "speaker"),
            ("confidence", "confidence"),
        )
    )

    class Meta:
        model = Claim
        fields = []

    # The speakers the `speaker` name matched, best first, for the answer to say (see filter_speaker).
    matched_speakers: list[SpeakerMatch] | None = None

    def filter_speaker(self, queryset, name, value):
        # Each match comes with its claims in the statuses asked for: the list's count, without a query.
        statuses = self.form.cleaned_data.get("status") or PUBLIC_STATUSES
        self.matched_speakers = speaker_matches(value, using=queryset.db, statuses=statuses)
        return queryset.filter(speaker_id__in=[m.id for m in self.matched_speakers])

    def estimated_count(self) -> tuple[int, bool] | None:
        """The list's count when something cheaper than counting rows gives it, else None.

        By speaker (and status): exact, from the counts the database keeps per speaker and status
        (claims.status_counts), instead of counting up to 10,000 of a speaker's claims. With a text
        search on PostgreSQL, the planner's estimate of the matches: counting a common word's
        matches reads every one (100,000 for a word in 10 % of a million claims, over a second);
        the statistics on the search vector give the number within a few percent in a millisecond.
        """
        data = self.form.cleaned_data
        given = {name for name, value in data.items() if name != "ordering" and value not in (None, "", [], ())}
        if given and given <= {"speaker", "speaker_id", "status"} and given & {"speaker", "speaker_id"}:
            return self._counted_by_speaker(data), True
        if not data.get("q") or connections[self.queryset.db].vendor != "postgresql":
            return None
        return planner_rows(self.count_queryset.order_by().values("pk")), False

    def _counted_by_speaker(self, data: dict) -> int:
        # Called with speaker, speaker_id or both given: the speakers both allow.
        if data.get("speaker"):
            given = data.get("speaker_id")
            return sum(m.claims for m in self.matched_speakers or [] if given is None or m.id == given)
        # Without ?status=, a list shows the public claims: every status but not_a_claim.
        statuses = data.get("status") or PUBLIC_STATUSES
        counts = SpeakerStatusCount.objects.using(self.queryset.db)
        counted = counts.filter(speaker_id=data["speaker_id"], status__in=statuses).aggregate(n=Sum("claims"))["n"]
        return counted or 0

    def filter_topic(self, queryset, name, value):
        return queryset.filter(Exists(Topic.objects.filter(claims=OuterRef("pk"), name__iexact=value.strip())))

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        text = self.form.cleaned_data.get("q")
        # An export (?format=csv) wants every match, not the best of the newest.
        exporting = self.request is not None and self.request.GET.get("format") in EXPORT_FORMATS
        # The count is of every match, not of the ranked candidates.
        self.count_queryset = queryset
        if text and not self.form.cleaned_data.get("ordering") and not exporting:
            queryset = queryset.by_relevance(text)
        return queryset

    def filter_affiliation(self, queryset, name, value):
        return queryset.by_affiliation(value)

    def filter_text(self, queryset, name, value):
        return queryset.search(value)


class ReviewFilter(ApiFilterSet):
    updated_after = MomentFilter(
        field_name="created_at",
        lookup_expr="gt",
        help_text="Only reviews recorded after this moment (ISO 8601); reviews are never changed afterwards.",
    )

    class Meta:
        model = Review
        fields = []


class SpeakerFilter(ApiFilterSet):
    search = TextFilter(method="filter_search", help_text="Full name, surname, alias or misspelling.")
    kind = django_filters.ChoiceFilter(choices=Speaker.Kind.choices)
    ordering = OrderingFilter(fields=("name", "claim_count"))

    class Meta:
        model = Speaker
        fields = []

    def filter_search(self, queryset, name, value):
        # Best match first, unless ?ordering= (applied after this filter) asks otherwise.
        return queryset.ranked_as(speaker_matches(value, using=queryset.db))
