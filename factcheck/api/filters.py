"""Filter fields every API FilterSet shares (bounded text, ids that fit a primary key, safe ordering)
and the filter backend every view uses."""

from typing import Any

import django_filters
from django import forms
from django.db.models import QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation
from drf_spectacular.utils import extend_schema_field
from rest_framework.request import Request
from rest_framework.views import APIView

# The largest id a (big)integer primary key holds; SQLite cannot even compare with a larger one.
MAX_ID = 2**63 - 1
# Enough for any name or quoted phrase. Each word of a search is a condition: a thousand of them
# overflow SQLite's expression tree and keep PostgreSQL busy for a minute.
TEXT_FILTER_MAX_LENGTH = 200


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.Filter):
    """A row's id: `1.5` or `10**20` is a 400 naming the parameter, not row 1 or a server error."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class TextFilter(django_filters.CharFilter):
    """Words or a name to look for, at most TEXT_FILTER_MAX_LENGTH characters (longer is a 400)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
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

    def filter(self, qs: QuerySet, value: Any) -> QuerySet:
        value = [item for item in value or [] if item]
        if not value:
            return qs
        qs = super().filter(qs, value)
        last = str(qs.query.order_by[-1])
        return qs.order_by(*qs.query.order_by, "-id" if last.startswith("-") else "id")


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, keeping the FilterSet on the view for the paginator.

    The paginator asks it whether the list is filtered (an exact count or an estimate) and which
    speakers a `speaker` name matched.
    """

    def filter_queryset(self, request: Request, queryset: QuerySet, view: APIView) -> QuerySet:
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        if not filterset.is_valid() and self.raise_exception:
            raise translate_validation(filterset.errors)
        view.filterset = filterset  # type: ignore[attr-defined]
        return filterset.qs
