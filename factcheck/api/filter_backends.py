"""Query parameters are checked like any other input: one the endpoint does not know is a 400.

Without this, a misspelt filter (`?speker=putin`) or one that does not exist (`?topic=...`) is
silently ignored and the answer is every claim, which looks like a real result.
"""

from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError
from rest_framework.settings import api_settings


def known_query_parameters(request, view, filterset_class) -> set[str]:
    known = {api_settings.URL_FORMAT_OVERRIDE}
    if filterset_class is not None:
        known |= set(filterset_class.base_filters)
    paginator = getattr(view, "paginator", None)
    if paginator is not None:
        known |= {getattr(paginator, "page_query_param", None), getattr(paginator, "page_size_query_param", None)}
    return known - {None}


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter's backend, refusing parameters that are neither a filter nor the paginator's."""

    def filter_queryset(self, request, queryset, view):
        known = known_query_parameters(request, view, self.get_filterset_class(view, queryset))
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            choices = ", ".join(sorted(known))
            raise ValidationError(
                {name: [f"Unknown query parameter; this endpoint takes: {choices}."] for name in unknown}
            )
        return super().filter_queryset(request, queryset, view)
