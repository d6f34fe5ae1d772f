"""Counting without reading every row: per-row subquery counts and the planner's estimates."""

import json
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db.models import Count, IntegerField, Model, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce


def planner_rows(queryset: QuerySet) -> int:
    """PostgreSQL's estimate of the rows `queryset` returns (EXPLAIN), from the statistics ANALYZE keeps."""
    try:
        queryset.query.get_compiler(queryset.db).as_sql()
    except EmptyResultSet:
        # A condition Django knows selects nothing (e.g. `speaker_id IN ()`, a name that matched no
        # speaker) compiles to no SQL at all, so there is nothing to explain.
        return 0
    plan = json.loads(queryset.explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


def count_related(model: type[Model], relation: str) -> Coalesce:
    """How many rows of a reverse relation (e.g. an article's `claims`) each row has, counted per row.

    A subquery in the select list is evaluated only for the rows of the page, where
    `Count(relation)` would join and group every related row before the page is cut. It reads the
    relation from the model's metadata, so an app counts another's rows without importing it.
    """
    field: Any = model._meta.get_field(relation)
    foreign_key = field.field.name
    related = field.related_model._default_manager.filter(**{foreign_key: OuterRef("pk")})
    counted = related.order_by().values(foreign_key).annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)
