from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from claims.context import quote_in_paragraph
from claims.models import Affiliation, Claim, Organization, Review, Speaker, SpeakerAlias, Topic


class ReviewInline(admin.TabularInline):
    model = Review
    extra = 0
    fields = ["created_at", "reviewer", "verdict", "rationale", "evidence", "origin", "reviewing_organization"]
    readonly_fields = fields
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = [
        "short_text",
        "speaker",
        "stated_affiliation",
        "outlet",
        "published",
        "status",
        "kind",
        "confidence",
    ]
    list_filter = [
        "status",
        "kind",
        "origin",
        ("article__outlet", admin.RelatedOnlyFieldListFilter),
        ("speaker", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["text", "speaker__name", "speaker__aliases__name"]
    list_select_related = ["speaker", "affiliation", "article", "article__outlet"]
    raw_id_fields = ["speaker", "affiliation", "article"]
    readonly_fields = [
        "quote_in_context",
        "status",
        "version",
        "origin",
        "external_id",
        "confidence",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["quote_in_context", "text", "kind", "status", "speaker", "affiliation"]}),
        ("Source", {"fields": ["article", "start", "end", "venue", "stated_on", "source_url", "topics"]}),
        ("Record", {"fields": ["origin", "external_id", "confidence", "version", "created_at", "updated_at"]}),
    ]
    filter_horizontal = ["topics"]
    inlines = [ReviewInline]
    date_hierarchy = "created_at"

    @admin.display(description="claim", ordering="text")
    def short_text(self, claim):
        return claim.text if len(claim.text) <= 90 else claim.text[:89] + "…"

    @admin.display(description="affiliation", ordering="affiliation__stated_as")
    def stated_affiliation(self, claim):
        return claim.affiliation.stated_as if claim.affiliation else "—"

    @admin.display(description="outlet", ordering="article__outlet__name")
    def outlet(self, claim):
        return claim.article.outlet if claim.article and claim.article.outlet else "—"

    @admin.display(description="published", ordering="article__published")
    def published(self, claim):
        return claim.article.published if claim.article else claim.stated_on

    @admin.display(description="quote in its article")
    def quote_in_context(self, claim):
        if not claim.article or claim.start is None:
            return claim.venue or "—"
        context = quote_in_paragraph(claim.article.body, claim.start, claim.end)
        return format_html(
            '<blockquote class="quote-context" style="white-space: pre-wrap; max-width: 60em">{}'
            '<mark class="quote">{}</mark>{}</blockquote>',
            context.before,
            context.quote,
            context.after,
        )


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 0
    fields = ["name"]


class AffiliationInline(admin.TabularInline):
    model = Affiliation
    extra = 0
    fields = ["stated_as", "role", "organization", "region", "party", "article"]
    raw_id_fields = ["organization", "article"]


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "claim_count", "wikidata_id"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    inlines = [SpeakerAliasInline, AffiliationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims", distinct=True))

    @admin.display(description="claims", ordering="claim_count")
    def claim_count(self, speaker):
        return speaker.claim_count


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "wikidata_id"]
    search_fields = ["name"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["claim", "verdict", "reviewer", "origin", "created_at"]
    list_filter = ["verdict", "origin"]
    search_fields = ["claim__text", "rationale"]
    list_select_related = ["claim", "claim__speaker", "reviewer"]
    raw_id_fields = ["claim"]

    # Reviews are a record of decisions: never changed or removed afterwards.
    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
