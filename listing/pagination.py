"""Pagination every list shares: capped page sizes, and counts that need not read every row."""

import time
from typing import Any

from django.core.paginator import Page
from django.core.paginator import Paginator as DjangoPaginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from listing.counts import planner_rows

# Page numbers past this would make the database read and skip millions of rows; cursors have no limit.
MAX_PAGE = 10_000


class CappedPageNumberPagination(PageNumberPagination):
    """Pages of 20 by default; clients may ask for up to 100 with ?page_size=."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
    page_size_query_description = "Results per page, from 1; more than 100 gives 100."
    invalid_page_message = "There is no page {page_number}: {message}."

    def paginate_queryset(self, queryset: Any, request: Request, view: APIView | None = None) -> list | None:
        # An unordered page is a different set of rows on every request.
        if hasattr(queryset, "ordered") and not queryset.ordered:
            raise AssertionError(f"{view.__class__.__name__} paginates an unordered queryset")
        return super().paginate_queryset(queryset, request, view)

    def get_page_size(self, request: Request) -> int | None:
        # DRF falls back to the default size for ?page_size=0 or =abc; say so instead. Above the cap is the cap.
        value = request.query_params.get(self.page_size_query_param, "").strip()
        if value and not (value.isdecimal() and int(value) > 0):
            message = f"{value!r} is not a whole number of at least 1 (pages hold at most {self.max_page_size})."
            raise ValidationError({self.page_size_query_param: [message]})
        return super().get_page_size(request)

    def get_schema_operation_parameters(self, view: APIView) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
        return parameters


# A filtered list counts its rows up to this many and then says "more than"; past it an exact
# count costs more than the page.
COUNT_LIMIT = 10_000
# Five times the limit: the planner's estimate of a filtered list is seldom off by that much (one
# speaker's claims on the million-claim archive: 88,837 estimated, 87,618 counted), so a list it
# expects to be this long holds more than COUNT_LIMIT rows.
FAR_PAST_LIMIT = 5 * COUNT_LIMIT


def list_count(queryset: QuerySet, *, filtered: bool, estimate_long: bool = False) -> tuple[int, bool]:
    """How many rows the list holds, and whether that is exact.

    Unfiltered, on PostgreSQL, the planner's estimate (EXPLAIN, well under a millisecond, from the
    statistics ANALYZE keeps) instead of COUNT(*) over the whole table; filtered, an exact count
    stopped at COUNT_LIMIT (then COUNT_LIMIT, not exact). With `estimate_long`, a list the planner
    expects to hold more than FAR_PAST_LIMIT rows is not counted: counting would only reach
    COUNT_LIMIT, after reading that many rows (the reviewed claims of the ClaimReview feed, a common
    status). It costs a query (EXPLAIN, kept for a minute), so lists with three queries already do
    without. SQLite, the small development database, counts exactly.
    """
    rows = queryset.order_by().values("pk")
    postgresql = connections[queryset.db].vendor == "postgresql"
    if not filtered and postgresql:
        return _estimated_count(rows), False
    if not filtered:
        return rows.count(), True
    if estimate_long and postgresql and _estimated_count(rows) > FAR_PAST_LIMIT:
        return COUNT_LIMIT, False
    count = rows[: COUNT_LIMIT + 1].count()
    return min(count, COUNT_LIMIT), count <= COUNT_LIMIT


# An estimate is read at most once a minute per list and process: it moves slowly, and so it costs
# no query at all on most requests.
ESTIMATE_SECONDS = 60
_estimates: dict[tuple[str, str], tuple[float, int]] = {}
MAX_ESTIMATES = 1_000


def _estimated_count(rows: QuerySet) -> int:
    key = (rows.db, str(rows.query))
    now = time.monotonic()
    cached = _estimates.get(key)
    if cached is None or now - cached[0] > ESTIMATE_SECONDS:
        if len(_estimates) >= MAX_ESTIMATES:
            _estimates.clear()  # filtered lists come in endless variety: keep the memory bounded
        cached = _estimates[key] = (now, planner_rows(rows))
    return cached[1]


def _is_filtered(view: APIView | None) -> bool:
    """Whether a filter narrows the list (ordering does not), from the FilterSet the backend kept."""
    if getattr(view, "always_filtered", False):
        return True
    filterset = getattr(view, "filterset", None)
    if filterset is None:
        return False
    data = filterset.form.cleaned_data
    return any(data.get(name) not in (None, "", [], ()) for name in filterset.filters if name != "ordering")


class EstimatingPageNumberPagination(CappedPageNumberPagination):
    """Page numbers, with list_count()'s count: estimated on an unfiltered PostgreSQL list."""

    count_is_exact = True

    def paginate_queryset(self, queryset: Any, request: Request, view: APIView | None = None) -> list | None:
        pagination = self
        filtered = _is_filtered(view)

        class Paginator(DjangoPaginator):
            @cached_property
            def count(self) -> int:
                count, pagination.count_is_exact = list_count(self.object_list, filtered=filtered)  # type: ignore[arg-type]
                return count

            def page(self, number: Any) -> Any:
                if str(number) != "1":
                    return super().page(number)
                # The first page is read with one row more: when that row is missing, the page is
                # the whole list and its length the count, with no count query.
                rows = list(self.object_list[: self.per_page + 1])
                if len(rows) <= self.per_page:
                    self.__dict__["count"], pagination.count_is_exact = len(rows), True
                return Page(rows[: self.per_page], 1, self)

        self.django_paginator_class = Paginator
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data: Any) -> Response:
        response = super().get_paginated_response(data)
        count = {"count": response.data.pop("count"), "count_is_exact": self.count_is_exact}
        response.data = {**count, **response.data}
        return response

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        answer = super().get_paginated_response_schema(schema)
        answer["properties"]["count_is_exact"] = {
            "type": "boolean",
            "description": "False: count is the planner's estimate (an unfiltered list on PostgreSQL).",
        }
        return answer
