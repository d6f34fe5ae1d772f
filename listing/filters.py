"""Filter fields every API FilterSet shares: bounded text, ids that fit a primary key, safe ordering."""

from typing import Any

import django_filters
from django import forms
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema_field

from listing.fields import (
    TEXT_FILTER_MAX_LENGTH,
    TEXT_FILTER_MAX_WORDS,
    TEXT_FILTER_PATTERN,
    BoundedTextField,
    MomentField,
)

# The largest id a (big)integer primary key holds; SQLite cannot even compare with a larger one.
MAX_ID = 2**63 - 1


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.Filter):
    """A row's id: `1.5` or `10**20` is a 400 naming the parameter, not row 1 or a server error."""

    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, min_value=1, max_value=MAX_ID, **kwargs)


class MomentFilter(django_filters.IsoDateTimeFilter):
    """A moment (ISO 8601) to compare with: any offset, any year, never a database error (MomentField)."""

    field_class = MomentField


class TextFilter(django_filters.CharFilter):
    """Words or a name to look for, bounded in characters and words (listing/fields.py; more is a 400)."""

    field_class = BoundedTextField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, max_length=TEXT_FILTER_MAX_LENGTH, **kwargs)
        # The schema states what the form field checks (its length, words, no NUL byte), keeping the help text.
        schema = {"type": "string", "maxLength": TEXT_FILTER_MAX_LENGTH, "pattern": TEXT_FILTER_PATTERN}
        limit = f"At most {TEXT_FILTER_MAX_WORDS} words."
        schema["description"] = f"{self.extra['help_text']} {limit}" if "help_text" in self.extra else limit
        extend_schema_field(schema)(self)


class OrderingFilter(django_filters.OrderingFilter):
    """django-filter's, minus empty items, plus the id as a tie-break so pages never shuffle equal rows.

    '?ordering=,' ordered by nothing, and an unordered page is a 500.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # '' is a choice, meaning the default order, so that `?ordering=` reads the same whether a
        # client (or the schema) takes it as an empty list or as a list of one empty item.
        self.extra["choices"] = [("", "default order"), *self.extra["choices"]]

    def filter(self, qs: QuerySet, value: Any) -> QuerySet:
        value = [item for item in value or [] if item]
        if not value:
            return qs
        qs = super().filter(qs, value)
        last = str(qs.query.order_by[-1])
        return qs.order_by(*qs.query.order_by, "-id" if last.startswith("-") else "id")
