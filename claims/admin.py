from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from claims.admin_forms import ClaimAdminForm, ReviewForm
from claims.admin_history import ReadOnlyHistoryAdmin
from claims.context import quote_in_paragraph
from claims.history import UNATTRIBUTED, claim_history
from claims.models import Affiliation, Claim, Organization, Review, Speaker, SpeakerAlias, Topic, VerificationStatus
from claims.querysets import REVIEW_QUEUE_ORDER
from claims.review import CORRECTABLE_FIELDS, ReviewRejected, StaleClaim, correct_claim, record_review, start_review
from claims.services import claim_can_be_deleted, delete_claim
from claims.speakers import MergeRefused, merge_speakers_into
from sources.admin import ArticleAdmin


class ReviewInline(admin.TabularInline):
    model = Review
    extra = 0
    fields = ["created_at", "reviewer", "verdict", "rationale", "evidence_links", "origin", "reviewing_organization"]
    readonly_fields = fields
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="evidence")
    def evidence_links(self, review):
        return format_html_join(
            mark_safe("<br>"),
            '<a href="{}" rel="noopener noreferrer">{}</a>',
            ((link, link) for link in review.evidence),
        )


class StatusQueueFilter(admin.SimpleListFilter):
    """Opens on the review queue (unverified and in review); each status shows its count."""

    title = "status"
    parameter_name = "status"
    WAITING, ALL = "waiting", "all"

    def lookups(self, request, model_admin):
        counts = Claim.objects.status_counts()
        waiting = sum(counts.get(status, 0) for status in Claim.WAITING_STATUSES)
        return [
            (self.WAITING, f"Waiting for a verdict ({waiting})"),
            (self.ALL, f"All ({sum(counts.values())})"),
            *[(value, f"{label} ({counts.get(value, 0)})") for value, label in VerificationStatus.choices],
        ]

    def value(self):
        return super().value() or self.WAITING

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value()
        if value == self.ALL:
            return queryset
        if value == self.WAITING:
            return queryset.waiting()
        if value in VerificationStatus.values:
            return queryset.filter(status=value)
        return queryset.none()


@admin.register(Claim)
class ClaimAdmin(ReadOnlyHistoryAdmin):
    form = ClaimAdminForm
    list_display = [
        "short_text",
        "attributed_to",
        "stated_affiliation",
        "outlet",
        "published",
        "status",
        "kind",
        "confidence",
    ]
    list_filter = [
        StatusQueueFilter,
        "kind",
        "origin",
        ("article__outlet", admin.RelatedOnlyFieldListFilter),
        ("speaker", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["text", "speaker__name", "speaker__aliases__name"]
    list_select_related = ["speaker", "affiliation", "article", "article__outlet"]
    raw_id_fields = ["speaker", "affiliation"]
    readonly_fields = [
        "quote_in_context",
        "status",
        "version",
        "article_link",
        "start",
        "end",
        "venue",
        "stated_on",
        "source_url",
        "origin",
        "external_id",
        "confidence",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["quote_in_context", "text", "kind", "status", "speaker", "affiliation", "version"]}),
        ("Source", {"fields": ["article_link", "start", "end", "venue", "stated_on", "source_url"]}),
        ("Record", {"fields": ["origin", "external_id", "confidence", "created_at", "updated_at"]}),
    ]
    inlines = [ReviewInline]
    actions = ["take_into_review"]
    change_form_template = "admin/claims/claim/change_form.html"

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and self.has_change_permission(request, obj):
            # The version the editor opened travels with the form, so a stale save is refused.
            main = fieldsets[0][1]
            fieldsets = [(None, {**main, "fields": [*main["fields"], "opened_version"]}), *fieldsets[1:]]
        return fieldsets

    def get_ordering(self, request):
        return list(REVIEW_QUEUE_ORDER)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not claim_can_be_deleted(obj):
            return False
        return super().has_delete_permission(request, obj)

    def delete_model(self, request, obj):
        delete_claim(claim=obj)

    def get_urls(self):
        review = path(
            "<path:object_id>/review/", self.admin_site.admin_view(self.review_view), name="claims_claim_review"
        )
        return [review, *super().get_urls()]

    @admin.display(description="claim", ordering="text")
    def short_text(self, claim):
        return claim.text if len(claim.text) <= 90 else claim.text[:89] + "…"

    @admin.display(description="speaker", ordering="speaker__name")
    def attributed_to(self, claim):
        return claim.speaker or UNATTRIBUTED

    @admin.display(description="affiliation", ordering="affiliation__stated_as")
    def stated_affiliation(self, claim):
        return claim.affiliation.stated_as if claim.affiliation else "—"

    @admin.display(description="outlet", ordering="article__outlet__name")
    def outlet(self, claim):
        return claim.article.outlet if claim.article and claim.article.outlet else "—"

    @admin.display(description="published", ordering="article__published")
    def published(self, claim):
        return claim.article.published if claim.article else claim.stated_on

    @admin.display(description="article")
    def article_link(self, claim):
        if not claim.article:
            return "—"
        url = reverse("admin:sources_article_change", args=[claim.article_id])
        return format_html('<a href="{}">{}</a>', url, claim.article)

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

    @admin.action(description="Take the selected claims into review", permissions=["start_review"])
    def take_into_review(self, request, queryset):
        taken = start_review(claims=list(queryset), reviewer=request.user)
        self.message_user(request, f"{taken} claim(s) taken into review by {request.user.get_username()}.")

    def has_start_review_permission(self, request):
        return request.user.has_perm("claims.start_review")

    def save_model(self, request, obj, form, change):
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in CORRECTABLE_FIELDS}
        if changes:
            correct_claim(
                claim=obj, editor=request.user, changes=changes, expected_version=form.cleaned_data["opened_version"]
            )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        claim = self.get_object(request, object_id) if object_id else None
        extra_context = extra_context or {}
        if claim is not None:
            extra_context["history_events"] = claim_history(claim)
            extra_context["can_review"] = request.user.has_perm("claims.add_review")
            extra_context["review_form"] = ReviewForm(initial={"version": claim.version})
            extra_context["review_url"] = reverse("admin:claims_claim_review", args=[claim.pk])
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except (StaleClaim, ReviewRejected) as error:
            self.message_user(request, str(error), level=messages.ERROR)
            return HttpResponseRedirect(request.path)

    def review_view(self, request, object_id):
        claim = self.get_object(request, object_id)
        if claim is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not request.user.has_perm("claims.add_review"):
            raise PermissionDenied
        form = ReviewForm(request.POST or None, initial={"version": claim.version})
        if request.method == "POST" and form.is_valid():
            try:
                record_review(
                    claim=claim,
                    reviewer=request.user,
                    verdict=form.cleaned_data["verdict"],
                    rationale=form.cleaned_data["rationale"],
                    evidence=form.evidence_links(),
                    expected_version=form.cleaned_data["version"],
                )
            except StaleClaim as error:
                claim.refresh_from_db()
                form.add_error(None, str(error))
            except ReviewRejected as error:
                for field, message in error.errors.items():
                    form.add_error(field if field in form.fields else None, message)
            else:
                self.message_user(request, f"Verdict “{claim.get_status_display()}” recorded.", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "claim": claim,
            "form": form,
            "quote": self.quote_in_context(claim),
            "history_events": claim_history(claim),
            "title": f"Record a verdict on claim {claim.pk}",
        }
        return TemplateResponse(request, "admin/claims/claim/review.html", context)


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
class SpeakerAdmin(ReadOnlyHistoryAdmin):
    list_display = ["name", "kind", "claim_count", "wikidata_id"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    inlines = [SpeakerAliasInline, AffiliationInline]
    actions = ["merge_selected"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims", distinct=True))

    def has_merge_speakers_permission(self, request):
        return request.user.has_perm("claims.merge_speakers")

    @admin.action(description="Merge the selected speakers into one", permissions=["merge_speakers"])
    def merge_selected(self, request, queryset):
        speakers = list(queryset.order_by("-claim_count", "pk"))
        if len(speakers) < 2:
            self.message_user(request, "Select at least two speakers to merge.", messages.WARNING)
            return None
        keep_id = request.POST.get("keep")
        if "apply" in request.POST and keep_id:
            keep = next((s for s in speakers if str(s.pk) == keep_id), None)
            if keep is None:
                self.message_user(request, "Choose one of the selected speakers to keep.", messages.ERROR)
                return None
            try:
                merge_speakers_into(keep=keep, others=[s for s in speakers if s.pk != keep.pk], editor=request.user)
            except MergeRefused as error:
                self.message_user(request, str(error), messages.ERROR)
                return None
            self.message_user(request, f"Merged {len(speakers) - 1} speaker(s) into {keep}.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "speakers": speakers,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "title": "Merge speakers",
        }
        return TemplateResponse(request, "admin/claims/speaker/merge.html", context)

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

    # Reviews are a record of decisions: recorded from the claim page, never changed or removed.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ArticleClaimInline(admin.TabularInline):
    """An article's claims on its admin page, read only: claims are corrected on their own page."""

    model = Claim
    extra = 0
    fields = ["text", "speaker", "kind", "status"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


ArticleAdmin.inlines = [*ArticleAdmin.inlines, ArticleClaimInline]
