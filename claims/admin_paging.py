"""Counting that stays cheap at a million claims: counts stop at a cap instead of scanning every row."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

# A reviewer narrows a list longer than this with search or filters; nobody pages through 100 pages.
COUNT_CAP = 10_000


def capped_count(queryset, cap: int = COUNT_CAP) -> int:
    """The number of rows, or cap + 1 when there are more: a LIMITed count reads at most cap + 1 rows."""
    return queryset.order_by()[: cap + 1].count()


def count_label(count: int, cap: int = COUNT_CAP) -> str:
    return f"more than {cap:,}" if count > cap else f"{count:,}"


class CappedCountPaginator(Paginator):
    """A paginator whose count reads at most COUNT_CAP + 1 rows; `capped` says the list is longer."""

    @cached_property
    def count(self) -> int:
        counted = capped_count(self.object_list)
        self.capped = counted > COUNT_CAP
        return min(counted, COUNT_CAP)
