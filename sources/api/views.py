from django.db.models import Count
from rest_framework import viewsets
from rest_framework.serializers import BaseSerializer

from sources.api.filters import ArticleFilter, OutletFilter
from sources.api.serializers import ArticleDetailSerializer, ArticleSerializer, OutletSerializer
from sources.models import Article, Outlet


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    """Articles the claims were found in."""

    queryset = (
        Article.objects.select_related("outlet").annotate(claim_count=Count("claims")).order_by("-published", "-id")
    )
    filterset_class = ArticleFilter

    def get_serializer_class(self) -> type[BaseSerializer]:
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer


class OutletViewSet(viewsets.ReadOnlyModelViewSet):
    """Publications the articles come from."""

    queryset = Outlet.objects.annotate(article_count=Count("articles")).order_by("name", "id")
    serializer_class = OutletSerializer
    filterset_class = OutletFilter
