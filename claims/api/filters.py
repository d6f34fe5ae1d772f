import django_filters
from django import forms
from drf_spectacular.utils import extend_schema_field

from claims.api.fields import TEXT_FILTER_MAX_LENGTH, TEXT_FILTER_MAX_WORDS, BoundedTextField
from claims.models import Claim, Speaker, VerificationStatus
from sources.models import Article, Outlet

# The largest id a (big)integer primary key holds; SQLite cannot even compare with a larger one.
MAX_ID = 2**63 - 1


class CommaSeparatedMultipleChoiceField(forms.MultipleChoiceField):
    """Accepts ?status=true&status=false as well as ?status=true,false."""

    def to_python(self, value):
        values = super().to_python(value)
        return [part.strip() for item in values for part in item.split(",") if part.strip()]


class MultipleStatusFilter(django_filters.MultipleChoiceFilter):
    field_class = CommaSeparatedMultipleChoiceField


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.Filter):
    """A row's id: `1.5` or `10**20` is a 400 naming the parameter, not row 1 or a server error."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class TextFilter(django_filters.CharFilter):
    """Words or a name to look for, bounded in characters and words (claims/api/fields.py; more is a 400)."""

    field_class = BoundedTextField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, max_length=TEXT_FILTER_MAX_LENGTH, **kwargs)
        # The schema states what the form field checks (its length, no NUL byte), keeping the help text.
        schema = {"type": "string", "maxLength": TEXT_FILTER_MAX_LENGTH, "pattern": "^[^\\u0000]*$"}
        limit = f"At most {TEXT_FILTER_MAX_WORDS} words."
        schema["description"] = f"{self.extra['help_text']} {limit}" if "help_text" in self.extra else limit
        extend_schema_field(schema)(self)


class OrderingFilter(django_filters.OrderingFilter):
    """django-filter's, minus empty items: '?ordering=,' ordered by nothing, and an unordered page is a 500."""

    def filter(self, qs, value):
        return super().filter(qs, [item for item in value or [] if item])


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
    q = TextFilter(method="filter_text", help_text="Words in the claim text.")
    ordering = OrderingFilter(
        fields=(
            ("created_at", "created_at"),
            ("article__published", "published"),
            ("status", "status"),
            ("speaker__name", "speaker"),
            ("confidence", "confidence"),
        )
    )

    class Meta:
        model = Claim
        fields = []

    def filter_speaker(self, queryset, name, value):
        return queryset.by_speaker_name(value)

    def filter_affiliation(self, queryset, name, value):
        return queryset.by_affiliation(value)

    def filter_text(self, queryset, name, value):
        return queryset.search(value)


class SpeakerFilter(django_filters.FilterSet):
    search = TextFilter(method="filter_search", help_text="Full name, surname, alias or misspelling.")
    kind = django_filters.ChoiceFilter(choices=Speaker.Kind.choices)
    ordering = OrderingFilter(fields=("name", "claim_count"))

    class Meta:
        model = Speaker
        fields = []

    def filter_search(self, queryset, name, value):
        return queryset.filter(pk__in=Speaker.objects.matching(value).values("pk"))


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
