"""Claim lists page by cursor: the 20,000th row costs what the first does."""

import base64
import json
from datetime import UTC
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param
from rest_framework.views import APIView

from listing.fields import in_utc
from listing.pagination import (
    COUNT_LIMIT,
    MAX_PAGE,
    CappedPageNumberPagination,
    _is_filtered,
    list_count,
)


class ClaimPagination(CappedPageNumberPagination):
    """Cursor pages in the list's own order; page numbers only for orders no index walks.

    In the default order (newest first) and by created_at or updated_at (either way), a page is
    read from the index where the previous one ended (`cursor`, opaque, from `next`/`previous`):
    the 20,000th row costs what the first does. Other orders (speaker, status, published,
    confidence, relevance) page by number (`page`), which reads and skips the rows before.
    A cursor that names no page of the list (not from it, in an order that pages by number, or
    with a page number too) is a 404, as a page number past the end is, and as in DRF's own
    cursor pagination: the schema cannot say what makes a cursor, so it is not a malformed request.
    `count` is exact when `count_is_exact` is true; otherwise an estimate (unfiltered lists) or
    "at least" (filtered lists with more than COUNT_LIMIT rows).
    """

    cursor_query_param = "cursor"
    KEYSET_ORDERS = {("-created_at", "-id"), ("created_at", "id"), ("-updated_at", "-id"), ("updated_at", "id")}

    def paginate_queryset(self, queryset: Any, request: Request, view: APIView | None = None) -> list:
        if not queryset.ordered:
            raise AssertionError(f"{view.__class__.__name__} paginates an unordered queryset")
        self.request, self.view, self.asked = request, view, request
        self.page_size_value: int = self.get_page_size(request) or self.page_size
        cursor = request.query_params.get(self.cursor_query_param) or None  # empty: the first page
        page = request.query_params.get(self.page_query_param)
        order = tuple(queryset.query.order_by)
        if cursor is not None and page is not None:
            raise NotFound("There is no such page: give either a cursor or a page number, not both.")
        if order in self.KEYSET_ORDERS and page is None:
            rows = self._keyset_page(queryset, order, cursor)
        elif cursor is not None:
            raise NotFound(
                "There is no such page: this order pages by number (?page=); "
                "cursors follow created_at or updated_at orders."
            )
        else:
            rows = self._numbered_page(queryset, page)
        self.count, self.count_is_exact = self._count(queryset, rows)
        return rows

    def _count(self, queryset: QuerySet, rows: list) -> tuple[int, bool]:
        # A page with no page before or after it is the whole list: its length is the count.
        if not (self.has_previous or self.has_next):
            return len(rows), True
        filterset: Any = getattr(self.view, "filterset", None)
        estimate = filterset.estimated_count() if hasattr(filterset, "estimated_count") else None
        if estimate is not None:
            return estimate
        counted = getattr(filterset, "count_queryset", queryset)
        estimate_long = getattr(self.view, "estimate_long_counts", False)
        return list_count(counted, filtered=_is_filtered(self.view), estimate_long=estimate_long)

    def _keyset_page(self, queryset: QuerySet, order: tuple, cursor: str | None) -> list:
        field = order[0].lstrip("-")
        descending = order[0].startswith("-")
        self.mode = "cursor"
        position = self._decode(cursor) if cursor is not None else None
        backwards = bool(position and position["d"] == "p")
        if position is not None:
            value = position["v"]
            # `<=` first so the index scan starts at the cursor; the OR only drops the ties before it.
            before = descending != backwards
            near = "lte" if before else "gte"
            past = "lt" if before else "gt"
            queryset = queryset.filter(**{f"{field}__{near}": value}).filter(
                Q(**{f"{field}__{past}": value}) | Q(**{field: value, f"id__{past}": position["i"]})
            )
        if backwards:
            queryset = queryset.reverse()
        rows = list(queryset[: self.page_size_value + 1])
        more = len(rows) > self.page_size_value
        rows = rows[: self.page_size_value]
        if backwards:
            rows.reverse()
        self.field = field
        self.has_next = more or backwards
        self.has_previous = position is not None and (more or not backwards)
        self.rows = rows
        return rows

    def _numbered_page(self, queryset: QuerySet, page: str | None) -> list:
        self.mode = "page"
        number = 1
        if page is not None:
            if not (page.isdecimal() and 0 < int(page) <= MAX_PAGE):
                reason = f"pages are numbered from 1 to {MAX_PAGE:,}; cursors (the next links) go further."
                raise NotFound(f"There is no page {page}: {reason}")
            number = int(page)
        offset = (number - 1) * self.page_size_value
        rows = list(queryset[offset : offset + self.page_size_value + 1])
        if not rows and number > 1:
            raise NotFound(f"There is no page {number}: that page contains no results.")
        self.number = number
        self.has_next = len(rows) > self.page_size_value
        self.has_previous = number > 1
        self.rows = rows[: self.page_size_value]
        return self.rows

    @staticmethod
    def _encode(row: Any, field: str, direction: str) -> str:
        """A cursor at `row`: a model instance, or a list page's row as a dict."""
        value, pk = (row[field], row["id"]) if isinstance(row, dict) else (getattr(row, field), row.pk)
        raw = json.dumps({"v": value.isoformat(), "i": pk, "d": direction}, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def _decode(self, cursor: str) -> dict:
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            position = json.loads(raw)
            valid = (
                isinstance(position, dict)
                and position.get("d") in ("n", "p")
                and type(position.get("i")) is int
                and isinstance(position.get("v"), str)
            )
            moment = parse_datetime(position["v"]) if valid else None
        except (ValueError, TypeError):
            moment = None
        if moment is None:
            raise NotFound("There is no such page: not a cursor from this list; follow the next and previous links.")
        # A cursor can be written by hand too: any offset, any year, as the moment in UTC.
        position["v"] = in_utc(moment if timezone.is_aware(moment) else timezone.make_aware(moment, UTC))
        return position

    def get_next_link(self) -> str | None:
        if not self.has_next:
            return None
        url = self.asked.build_absolute_uri()
        if self.mode == "page":
            return replace_query_param(url, self.page_query_param, self.number + 1)
        return replace_query_param(url, self.cursor_query_param, self._encode(self.rows[-1], self.field, "n"))

    def get_previous_link(self) -> str | None:
        if not self.has_previous:
            return None
        url = self.asked.build_absolute_uri()
        if self.mode == "page":
            if self.number == 2:
                return remove_query_param(url, self.page_query_param)
            return replace_query_param(url, self.page_query_param, self.number - 1)
        if not self.rows:
            return None
        return replace_query_param(url, self.cursor_query_param, self._encode(self.rows[0], self.field, "p"))

    def get_paginated_response(self, data: Any) -> Response:
        body: dict[str, Any] = {
            "count": self.count,
            "count_is_exact": self.count_is_exact,
            "next": self.get_next_link(),
            "previous": self.get_previous_link(),
        }
        matched = getattr(getattr(self.view, "filterset", None), "matched_speakers", None)
        if matched is not None:
            body["matched_speakers"] = [
                {"id": m.id, "name": m.name, "score": round(m.score, 3), "claims": m.claims} for m in matched
            ]
        body["results"] = data
        return Response(body)

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {
            "type": "object",
            "required": ["count", "count_is_exact", "next", "previous", "results"],
            "properties": {
                "count": {"type": "integer", "description": "Rows in the list; see count_is_exact."},
                "count_is_exact": {
                    "type": "boolean",
                    "description": f"False: an estimate (unfiltered lists) or at least (over {COUNT_LIMIT:,}).",
                },
                "next": link,
                "previous": link,
                "matched_speakers": {
                    "type": "array",
                    "description": "With ?speaker=: the speakers the name matched, best first.",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "integer"},
                            "name": {"type": "string"},
                            "score": {"type": "number"},
                            "claims": {
                                "type": "integer",
                                "description": "The speaker's claims in this list's statuses (whatever other filters).",
                            },
                        },
                    },
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view: APIView) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        parameters.append(
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Where the page starts: the value in a next or previous link (empty: the first page).",
                "schema": {"type": "string"},
            }
        )
        return parameters
