import django_filters
from django import forms
from django.db import connections
from django.db.models import Exists, OuterRef
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation
from drf_spectacular.utils import extend_schema_field

from claims.exports import EXPORT_FORMATS
from claims.models import Claim, Review, Speaker, Topic, VerificationStatus
from claims.querysets import SEARCH_CANDIDATES, SpeakerMatch, planner_rows, speaker_matches
from sources.models import Article, Outlet

# The largest id a (big)integer primary key holds; SQLite cannot even compare with a larger one.
MAX_ID = 2**63 - 1
# Enough for any name or quoted phrase. Each word of a search is a condition: a thousand of them
# overflow SQLite's expression tree and keep PostgreSQL busy for a minute.
TEXT_FILTER_MAX_LENGTH = 200


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


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.Filter):
    """A row's id: `1.5` or `10**20` is a 400 naming the parameter, not row 1 or a server error."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class TextFilter(django_filters.CharFilter):
    """Words or a name to look for, at most TEXT_FILTER_MAX_LENGTH characters (longer is a 400)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, max_length=TEXT_FILTER_MAX_LENGTH, **kwargs)
        # The schema states what the form field checks (its length, no NUL byte), keeping the help text.
        schema = {"type": "string", "maxLength": TEXT_FILTER_MAX_LENGTH, "pattern": "^[^\\u0000]*$"}
        if "help_text" in self.extra:
            schema["description"] = self.extra["help_text"]
        extend_schema_field(schema)(self)


class OrderingFilter(django_filters.OrderingFilter):
    """django-filter's, minus empty items, plus the id as a tie-break so pages never shuffle equal rows.

    '?ordering=,' ordered by nothing, and an unordered page is a 500.
    """

    def filter(self, qs, value):
        value = [item for item in value or [] if item]
        if not value:
            return qs
        qs = super().filter(qs, value)
        last = qs.query.order_by[-1]
        return qs.order_by(*qs.query.order_by, "-id" if last.startswith("-") else "id")


class ClaimFilter(django_filters.FilterSet):
    speaker = TextFilter(
        method="filter_speaker", help_text="Full name, surname or alias; case- and accent-insensitive."
    )
    speaker_id = IdFilter(field_name="speaker_id")
    affiliation = TextFilter(method="filter_affiliation", help_text="Words in the stated affiliation.")
    status = MultipleStatusFilter(choices=VerificationStatus.choices, help_text="One or more statuses.")
    kind = django_filters.ChoiceFilter(choices=Claim.Kind.choices)
    outlet = TextFilter(field_name="article__outlet__name", lookup_expr="icontains")
    article = IdFilter(field_name="article_id")
    published_after = django_filters.DateFilter(field_name="article__published", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="article__published", lookup_expr="lte")
    topic = TextFilter(method="filter_topic", help_text="A topic's name, e.g. health-care (any case).")
    updated_after = django_filters.IsoDateTimeFilter(
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
            ("article__published", "published"),
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
        self.matched_speakers = speaker_matches(value, using=queryset.db)
        return queryset.filter(speaker_id__in=[m.id for m in self.matched_speakers])

    def estimated_count(self) -> tuple[int, bool] | None:
        """With a text search on PostgreSQL, the planner's estimate of the matches, not a count.

        Counting the matches of a common word reads every matching row (100,000 for a word in 10 %
        of a million claims, over a second); the planner's statistics on the search vector give the
        number within a few percent in a millisecond.
        """
        if not self.form.cleaned_data.get("q") or connections[self.queryset.db].vendor != "postgresql":
            return None
        return planner_rows(self.count_queryset.order_by().values("pk")), False

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


class ReviewFilter(django_filters.FilterSet):
    updated_after = django_filters.IsoDateTimeFilter(
        field_name="created_at",
        lookup_expr="gt",
        help_text="Only reviews recorded after this moment (ISO 8601); reviews are never changed afterwards.",
    )

    class Meta:
        model = Review
        fields = []


class SpeakerFilter(django_filters.FilterSet):
    search = TextFilter(method="filter_search", help_text="Full name, surname, alias or misspelling.")
    kind = django_filters.ChoiceFilter(choices=Speaker.Kind.choices)
    ordering = OrderingFilter(fields=("name", "claim_count"))

    class Meta:
        model = Speaker
        fields = []

    def filter_search(self, queryset, name, value):
        # Best match first, unless ?ordering= (applied after this filter) asks otherwise.
        return queryset.ranked_as(speaker_matches(value, using=queryset.db))


class ArticleFilter(django_filters.FilterSet):
    outlet = TextFilter(field_name="outlet__name", lookup_expr="icontains")
    published_after = django_filters.DateFilter(field_name="published", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="published", lookup_expr="lte")
    ordering = OrderingFilter(fields=("published", "ingested_at", "title"))

    class Meta:
        model = Article
        fields = []


class OutletFilter(django_filters.FilterSet):
    ordering = OrderingFilter(fields=("name", "article_count"))

    class Meta:
        model = Outlet
        fields = []


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, keeping the FilterSet on the view for the paginator.

    The paginator asks it whether the list is filtered (an exact count or an estimate) and which
    speakers a `speaker` name matched.
    """

    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        if not filterset.is_valid() and self.raise_exception:
            raise translate_validation(filterset.errors)
        view.filterset = filterset
        return filterset.qs
