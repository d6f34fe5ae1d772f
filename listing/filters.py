"""Filter fields every API FilterSet shares: bounded text, ids that fit a primary key, safe ordering."""

import copy
from typing import Any

import django_filters
from django import forms
from django.db.models import QuerySet
from django.http import QueryDict
from django_filters.filters import FilterMethod
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


class _SharedFields(dict):
    """A form's fields, handed to each form as they are instead of deep-copied (see ApiFilterSet)."""

    def __deepcopy__(self, memo: dict) -> dict:
        return dict(self)


class ApiFilterSet(django_filters.FilterSet):
    """A FilterSet built in a fraction of the time, for API lists that only validate and filter.

    django-filter deep-copies every filter, builds their form fields and a form class, and Django
    deep-copies the fields again, on every request: a third of a claims page's Python time. The API
    never renders the form and its fields keep no per-request state, so the form class is built once
    per FilterSet class and its fields are shared; each request copies the filters shallowly (they
    get their own `parent`, the request's FilterSet).
    """

    def __init__(self, data: Any = None, queryset: Any = None, *, request: Any = None, prefix: Any = None) -> None:
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {name: _own_copy(filter_) for name, filter_ in self.base_filters.items()}
        for filter_ in self.filters.values():
            filter_.model = queryset.model
            filter_.parent = self

    def get_form_class(self) -> type[forms.Form]:
        cls = type(self)
        form_class: Any = cls.__dict__.get("_api_form_class")
        if form_class is None:
            # From copies, so the class-level filters never cache a field of their own.
            filters = {name: _own_copy(filter_) for name, filter_ in self.base_filters.items()}
            for filter_ in filters.values():
                filter_.model = self._meta.model
            fields = {name: filter_.field for name, filter_ in filters.items()}
            form_class = type(f"{cls.__name__}Form", (self._meta.form,), fields)
            form_class.base_fields = _SharedFields(form_class.base_fields)
            cls._api_form_class = form_class
        return form_class


def _own_copy(filter_: django_filters.Filter) -> django_filters.Filter:
    copied = copy.copy(filter_)
    if filter_.method is not None:
        # A method filter calls through a FilterMethod bound to its filter: bind one to the copy.
        copied.filter = FilterMethod(copied)
    return copied
