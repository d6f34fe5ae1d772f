from typing import Any

from django.db.models import QuerySet
from rest_framework import viewsets
from rest_framework.serializers import BaseSerializer

from listing.counts import count_related
from listing.pagination import EstimatingPageNumberPagination
from sources.api.filters import ArticleFilter, OutletFilter
from sources.api.serializers import ARTICLE_LIST_VALUES, ArticleDetailSerializer, ArticleSerializer, OutletSerializer
from sources.models import Article, Outlet


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    """Articles the claims were found in."""

    lookup_value_regex = r"\d+"  # a non-numeric id is a 404, not a failed query

    # Counted per row of the page, not over every claim first; the body only on the detail.
    queryset = (
        Article.objects.select_related("outlet")
        .annotate(claim_count=count_related(Article, "claims"))
        .order_by("-published", "-id")
    )
    filterset_class = ArticleFilter
    pagination_class = EstimatingPageNumberPagination

    def get_queryset(self) -> QuerySet[Article]:
        queryset = super().get_queryset()
        return queryset if self.action == "retrieve" else queryset.defer("body")

    def get_serializer_class(self) -> type[BaseSerializer]:
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer

    def paginate_queryset(self, queryset: Any) -> list | None:
        # A page is read as plain rows, not model instances (the serializer writes either).
        return super().paginate_queryset(queryset.values(*ARTICLE_LIST_VALUES))


class OutletViewSet(viewsets.ReadOnlyModelViewSet):
    """Publications the articles come from."""

    lookup_value_regex = r"\d+"  # a non-numeric id is a 404, not a failed query

    queryset = Outlet.objects.annotate(article_count=count_related(Outlet, "articles")).order_by("name", "id")
    serializer_class = OutletSerializer
    filterset_class = OutletFilter
