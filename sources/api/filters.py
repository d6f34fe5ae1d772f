import django_filters

from listing.filters import ApiFilterSet, OrderingFilter, TextFilter
from sources.models import Article, Outlet


class ArticleFilter(ApiFilterSet):
    outlet = TextFilter(field_name="outlet__name", lookup_expr="icontains")
    published_after = django_filters.DateFilter(field_name="published", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="published", lookup_expr="lte")
    ordering = OrderingFilter(fields=("published", "ingested_at", "title"))

    class Meta:
        model = Article
        fields: list[str] = []


class OutletFilter(ApiFilterSet):
    ordering = OrderingFilter(fields=("name", "article_count"))

    class Meta:
        model = Outlet
        fields: list[str] = []
