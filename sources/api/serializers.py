from typing import Any

from django.utils import timezone
from rest_framework import serializers

from sources.models import Article, Outlet


class ArticleRefSerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(source="outlet.name", default=None, allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "title", "outlet", "published"]


class OutletSerializer(serializers.ModelSerializer):
    article_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Outlet
        fields = ["id", "name", "url", "article_count"]

    def to_representation(self, outlet: Outlet) -> dict[str, Any]:
        """What the declared fields give, written directly, as ArticleSerializer does (and for the same reason)."""
        return {
            "id": outlet.pk,
            "name": outlet.name,
            "url": outlet.url,
            "article_count": outlet.article_count,  # type: ignore[attr-defined]  # annotated by the view
        }


class ArticleSerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(source="outlet.name", default=None, allow_null=True)
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "outlet",
            "byline",
            "published",
            "url",
            "language",
            "origin_file",
            "ingested_at",
            "claim_count",
        ]

    def to_representation(self, article: Article | dict[str, Any]) -> dict[str, Any]:
        """What the declared fields give, built directly: DRF's field-by-field walk was most of a page's
        time. An article is a model instance or a list page's row (ARTICLE_LIST_VALUES). The declared
        fields still describe the answer (the schema); a test compares the ways."""
        row = article if isinstance(article, dict) else _article_row(article)
        published = row["published"]
        return {
            "id": row["id"],
            "title": row["title"],
            "outlet": row["outlet__name"],
            "byline": row["byline"],
            "published": published.isoformat() if published else None,
            "url": row["url"],
            "language": row["language"],
            "origin_file": row["origin_file"],
            "ingested_at": MOMENT.to_representation(row["ingested_at"]),
            "claim_count": row["claim_count"],
        }


# What a page of the article list reads, as plain values: no model instance is built for a row.
ARTICLE_LIST_VALUES = (
    *("id", "title", "outlet__name", "byline", "published", "url", "language", "origin_file", "ingested_at"),
    "claim_count",
)


def _article_row(article: Article) -> dict[str, Any]:
    """An article instance (its claim_count annotated) as the row a list page reads."""
    return {
        **{name: getattr(article, name) for name in ARTICLE_LIST_VALUES if name != "outlet__name"},
        "outlet__name": article.outlet.name if article.outlet else None,
    }


# How the API writes a moment (ingested_at here; a claim's created_at and updated_at), shared: it
# keeps no state. In the site's zone, named once: DRF otherwise looks up the active zone for every
# value (a third of the cost of writing a page's timestamps), and the API never activates another.
MOMENT = serializers.DateTimeField(default_timezone=timezone.get_default_timezone())


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = ArticleSerializer.Meta.fields + ["body"]

    def to_representation(self, article: Article | dict[str, Any]) -> dict[str, Any]:
        body = article["body"] if isinstance(article, dict) else article.body
        return {**super().to_representation(article), "body": body}
