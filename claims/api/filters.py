import django_filters
from django import forms

from claims.models import Claim, Speaker, VerificationStatus
from factcheck.api.filters import IdFilter, OrderingFilter, TextFilter


class CommaSeparatedMultipleChoiceField(forms.MultipleChoiceField):
    """Accepts ?status=true&status=false as well as ?status=true,false."""

    def to_python(self, value):
        values = super().to_python(value)
        return [part.strip() for item in values for part in item.split(",") if part.strip()]


class MultipleStatusFilter(django_filters.MultipleChoiceFilter):
    field_class = CommaSeparatedMultipleChoiceField


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
