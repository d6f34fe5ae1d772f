"""Query parameters are checked like any other input, against what the schema says of them.

A parameter the endpoint does not know is a 400: without this a misspelt filter (`?speker=putin`)
or one that does not exist (`?topic=...`) is silently ignored and the answer is every claim, which
looks like a real result. So is a single-valued parameter given twice (`?page=1&page=2`: which
one?) and an empty value where the schema wants a date, number or choice (`?published_before=`);
only text (filters, `?cursor=`) and lists (`?ordering=`) may be empty, meaning no filter, the
first page or the default.
"""

from typing import Any

import django_filters
from django.db.models import QuerySet
from django.http import QueryDict
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation
from rest_framework.exceptions import ValidationError
from rest_framework.settings import api_settings


def _query_parameters(view: Any, filterset_class: Any) -> dict[str, django_filters.Filter | None]:
    """Each parameter the view takes, with its filter (None for the paginator's and `format`)."""
    parameters: dict[str, django_filters.Filter | None] = {api_settings.URL_FORMAT_OVERRIDE: None}
    paginator = getattr(view, "paginator", None)
    if paginator is not None:
        for attribute in ("page_query_param", "page_size_query_param"):
            if getattr(paginator, attribute, None):
                parameters[getattr(paginator, attribute)] = None
        if getattr(paginator, "cursor_query_param", None):
            # A cursor is text, which may be empty: the first page, as an empty text filter is no filter.
            parameters[paginator.cursor_query_param] = django_filters.CharFilter()
    if filterset_class is not None:
        parameters.update(filterset_class.base_filters)
    return parameters


def query_parameter_errors(
    query_params: QueryDict, parameters: dict[str, django_filters.Filter | None]
) -> dict[str, list[str]]:
    errors = {}
    for name in query_params:
        if name not in parameters:
            choices = ", ".join(sorted(parameters))
            errors[name] = [f"Unknown query parameter; this endpoint takes: {choices}."]
            continue
        values, filter_ = query_params.getlist(name), parameters[name]
        if len(values) > 1 and not isinstance(filter_, django_filters.MultipleChoiceFilter):
            errors[name] = [f"Given {len(values)} times; give it once."]
        elif "" in values and not isinstance(filter_, django_filters.CharFilter | django_filters.BaseCSVFilter):
            errors[name] = ["Empty; give a value or leave the parameter out."]
    return errors


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter's backend, refusing parameters the endpoint does not take as the schema states them.

    It keeps the FilterSet on the view (`view.filterset`) for the paginator, which asks it whether
    the list is filtered (an exact count or an estimate) and which speakers a `speaker` name matched.
    """

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> QuerySet:
        parameters = _query_parameters(view, self.get_filterset_class(view, queryset))
        errors = query_parameter_errors(request.query_params, parameters)
        if errors:
            raise ValidationError(errors)
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        if not filterset.is_valid() and self.raise_exception:
            raise translate_validation(filterset.errors)
        view.filterset = filterset
        return filterset.qs
