from django.contrib import admin
from django.db.models import Count

from sources.models import Article, Outlet


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "article_count"]
    search_fields = ["name"]
    # The count's GROUP BY drops Meta.ordering; the list and the claim list's outlet filter page by name.
    ordering = ["name", "id"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, outlet):
        return outlet.article_count


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published", "claim_count", "origin_file", "ingested_at"]
    list_filter = [("outlet", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "body", "origin_file"]
    list_select_related = ["outlet"]
    readonly_fields = ["body_sha256", "ingested_at"]
    # claims/admin.py adds the article's claims: sources knows nothing of claims.
    inlines: list = []

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims"))

    @admin.display(description="claims", ordering="claim_count")
    def claim_count(self, article):
        return article.claim_count
