from dalf.admin import DALFModelAdmin, DALFRelatedFieldAjax
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

from claims.admin_filters import AttributionFilter, StatusQueueFilter, TakenByFilter
from claims.admin_forms import RECORD_BUTTONS, ClaimAdminForm, DismissForm, NameSpeakerForm, ReviewForm
from claims.admin_history import ReadOnlyHistoryAdmin
from claims.admin_paging import CappedCountPaginator, capped_count, count_label
from claims.context import article_label, quote_in_paragraph
from claims.corrections import dismiss_claim, name_speaker, restore_claim
from claims.history import UNATTRIBUTED, claim_history
from claims.models import (
    Affiliation,
    Claim,
    Correction,
    Organization,
    Review,
    Speaker,
    SpeakerAlias,
    Topic,
)
from claims.querysets import REVIEW_QUEUE_ORDER
from claims.review import CORRECTABLE_FIELDS, ReviewRejected, StaleClaim, correct_claim, record_review, start_review
from claims.services import claim_can_be_deleted, delete_claim
from claims.speakers import MergeRefused, merge_speakers_into
from sources.admin import ArticleAdmin

# The reviewer's home: queue counts, their claims in review, what was decided last.
admin.site.index_template = "admin/claims/desk_index.html"


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


def _show_refusal(form, claim: Claim, error: StaleClaim | ReviewRejected) -> None:
    """What the desk's services refused, on the form the reviewer sent: a stale version, or a rule per field."""
    if isinstance(error, StaleClaim):
        claim.refresh_from_db()
        form.add_error(None, str(error))
        return
    for field, message in error.errors.items():
        form.add_error(field if field in form.fields else None, message)


@admin.register(Claim)
class ClaimAdmin(DALFModelAdmin, ReadOnlyHistoryAdmin):
    form = ClaimAdminForm
    list_display = [
        "short_text",
        "attributed_to",
        "stated_affiliation",
        "outlet",
        "published",
        "status",
        "taken_by",
        "confidence",
    ]
    list_filter = [
        StatusQueueFilter,
        TakenByFilter,
        AttributionFilter,
        "kind",
        "origin",
        # Thousands of speakers and outlets: typed and looked up, never listed in full.
        ("speaker", DALFRelatedFieldAjax),
        ("article__outlet", DALFRelatedFieldAjax),
    ]
    search_fields = ["text", "speaker__name", "speaker__aliases__name"]
    search_help_text = "Claim text, speaker names and aliases, across every status unless you choose one."
    list_select_related = ["speaker", "affiliation", "article", "article__outlet", "taken_by"]
    raw_id_fields = ["speaker", "affiliation"]
    # At a million claims neither the list nor its pages may count every row.
    show_full_result_count = False
    paginator = CappedCountPaginator
    readonly_fields = [
        "status",
        "taken_by",
        "version",
        "article_link",
        "start",
        "end",
        "venue",
        "stated_on",
        "source_url",
        "origin",
        "extraction_rule",
        "external_id",
        "confidence",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["text", "kind", "status", "taken_by", "speaker", "affiliation", "version"]}),
        ("Source", {"fields": ["article_link", "start", "end", "venue", "stated_on", "source_url"]}),
        (
            "Record",
            {"fields": ["origin", "extraction_rule", "external_id", "confidence", "created_at", "updated_at"]},
        ),
    ]
    inlines = [ReviewInline]
    actions = ["take_into_review"]
    change_form_template = "admin/claims/claim/change_form.html"
    change_list_template = "admin/claims/claim/change_list.html"

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and self.has_change_permission(request, obj):
            # The version the editor opened travels with the form, so a stale save is refused.
            main = fieldsets[0][1]
            fieldsets = [(None, {**main, "fields": [*main["fields"], "opened_version"]}), *fieldsets[1:]]
        return fieldsets

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if any(button in request.POST for button in RECORD_BUTTONS):
            form = type(form.__name__, (form,), {"verdict_required": True})
        return form

    def get_ordering(self, request):
        # The queue's own order while it is shown (an index holds it); otherwise the newest first.
        status = request.GET.get("status")
        if status in (None, "", StatusQueueFilter.WAITING) and not request.GET.get("q"):
            return list(REVIEW_QUEUE_ORDER)
        return ["-created_at", "-id"]

    def get_search_results(self, request, queryset, search_term):
        """Claim text, speaker names and aliases (ClaimQuerySet.search_text_or_speaker); never a DISTINCT."""
        return queryset.search_text_or_speaker(search_term), False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not claim_can_be_deleted(obj):
            return False
        return super().has_delete_permission(request, obj)

    def delete_model(self, request, obj):
        delete_claim(claim=obj)

    def get_urls(self):
        def view(name, route, function):
            return path(route, self.admin_site.admin_view(function), name=f"claims_claim_{name}")

        return [
            view("next", "next/", self.next_view),
            view("review", "<path:object_id>/review/", self.review_view),
            view("correct", "<path:object_id>/correct/", self.correct_view),
            *super().get_urls(),
        ]

    @admin.display(description="claim", ordering="text")
    def short_text(self, claim):
        return claim.text if len(claim.text) <= 90 else claim.text[:89] + "…"

    @admin.display(description="speaker", ordering="speaker__name")
    def attributed_to(self, claim):
        return claim.speaker or format_html('<em class="unattributed">{}</em>', UNATTRIBUTED)

    @admin.display(description="affiliation", ordering="affiliation__stated_as")
    def stated_affiliation(self, claim):
        return claim.affiliation.stated_as if claim.affiliation else "—"

    @admin.display(description="outlet", ordering="article__outlet__name")
    def outlet(self, claim):
        return claim.article.outlet if claim.article and claim.article.outlet else "—"

    @admin.display(description="published", ordering="published")
    def published(self, claim):
        return claim.article.published if claim.article else claim.stated_on

    @admin.display(description="article")
    def article_link(self, claim):
        if not claim.article:
            return "—"
        url = reverse("admin:sources_article_change", args=[claim.article_id])
        return format_html('<a href="{}">{}</a>', url, article_label(claim.article))

    def quote_in_context(self, claim):
        """The quote inside its paragraph; a statement from an archive with where and when it was made."""
        if claim.article and claim.start is not None:
            context = quote_in_paragraph(claim.article.body, claim.start, claim.end)
            return format_html(
                '<blockquote class="quote-context">{}<mark class="quote">{}</mark>{}</blockquote>'
                '<p class="quote-source">{}</p>',
                context.before,
                context.quote,
                context.after,
                article_label(claim.article),
            )
        said = [claim.venue.strip()] if claim.venue.strip() else []
        if claim.stated_on:
            said.append(claim.stated_on.strftime("%-d %B %Y"))
        source = format_html(' <a href="{}" rel="noopener noreferrer">source</a>', claim.source_url)
        return format_html(
            '<blockquote class="quote-context"><mark class="quote">{}</mark></blockquote>'
            '<p class="quote-source">{}{}{}</p>',
            claim.text,
            f"{claim.speaker or 'Unattributed'}",
            f", {', '.join(said)}" if said else "",
            source if claim.source_url else "",
        )

    @admin.action(description="Take the selected claims into review", permissions=["start_review"])
    def take_into_review(self, request, queryset):
        taken = start_review(claims=list(queryset), reviewer=request.user)
        self.message_user(request, f"{taken} claim(s) taken into review by {request.user.get_username()}.")

    def has_start_review_permission(self, request):
        return request.user.has_perm("claims.start_review")

    def save_model(self, request, obj, form, change):
        """An editor's save: corrections first, then the verdict filled in, each through its service."""
        version = form.cleaned_data["opened_version"]
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in CORRECTABLE_FIELDS}
        if changes:
            version = correct_claim(claim=obj, editor=request.user, changes=changes, expected_version=version).version
        if form.gives_verdict:
            record_review(
                claim=obj,
                reviewer=request.user,
                verdict=form.cleaned_data["verdict"],
                rationale=form.cleaned_data["rationale"],
                evidence=form.evidence_links(),
                expected_version=version,
            )
            obj.refresh_from_db()
            self.message_user(request, f"Verdict “{obj.get_status_display()}” recorded.", messages.SUCCESS)

    def response_change(self, request, obj):
        if "_record_next" in request.POST:
            return self._open_next(request, after=obj)
        if "_record" in request.POST:
            return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[obj.pk]))
        return super().response_change(request, obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            editing = self.has_change_permission(request, obj)
            context.update(
                claim=obj,
                quote=self.quote_in_context(obj),
                history_events=claim_history(obj),
                can_review=request.user.has_perm("claims.add_review") and obj.status != "not_a_claim",
                can_correct=request.user.has_perm("claims.correct_extraction"),
                # One form, one set of buttons: an editor's verdict rides in the claim form; a reviewer's
                # page has no other form, so its buttons post the verdict to the review view.
                verdict_form=context["adminform"].form if editing else ReviewForm(initial={"version": obj.version}),
                verdict_action="" if editing else reverse("admin:claims_claim_review", args=[obj.pk]),
                correct_url=reverse("admin:claims_claim_correct", args=[obj.pk]),
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except (StaleClaim, ReviewRejected) as error:
            self.message_user(request, str(error), level=messages.ERROR)
            return HttpResponseRedirect(request.path)

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        context = getattr(response, "context_data", None) or {}
        changelist = context.get("cl")
        if changelist is not None and changelist.query:
            context["hidden_by_filters"] = self._hidden_by_filters(request, changelist)
        return response

    def _hidden_by_filters(self, request, changelist):
        """When chosen filters hide some of a search's matches: which filters, and how many it finds without them."""
        chosen = []
        for spec in changelist.filter_specs:
            for choice in spec.choices(changelist):
                if choice.get("selected") and choice.get("display") not in (None, "All"):
                    chosen.append(f"{spec.title}: {choice['display']}")
        if not chosen:
            return None
        found, _ = self.get_search_results(request, self.get_queryset(request), changelist.query)
        everywhere = capped_count(found)
        if everywhere <= changelist.result_count:
            return None
        shown, filters = changelist.result_count, "; ".join(chosen)
        total = count_label(everywhere)
        if shown:
            message = f"The filters ({filters}) hide {count_label(everywhere - shown)} of the {total} claims matching"
        else:
            message = f"No claim matches “{changelist.query}” with the filters ({filters}); {total} match"
        return {
            "message": message if not shown else f"{message} “{changelist.query}”",
            "count": everywhere,
            "url": "?" + urlencode({"q": changelist.query, "status": StatusQueueFilter.ALL}),
        }

    def _open_next(self, request, after=None):
        claim = Claim.objects.next_in_queue(user=request.user, after=after)
        if claim is None:
            self.message_user(request, "The queue is empty: no claim waits for a verdict.", messages.INFO)
            return HttpResponseRedirect(reverse("admin:claims_claim_changelist"))
        self.message_user(request, "Opened the next claim in the queue.", messages.INFO)
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))

    def next_view(self, request):
        """The first claim of the queue that is free or already the reviewer's."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        return self._open_next(request)

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
            except (StaleClaim, ReviewRejected) as error:
                _show_refusal(form, claim, error)
            else:
                self.message_user(request, f"Verdict “{claim.get_status_display()}” recorded.", messages.SUCCESS)
                if "_record_next" in request.POST:
                    return self._open_next(request, after=claim)
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

    def correct_view(self, request, object_id):
        """Fix the extractor's mistakes: name or correct the speaker, dismiss as not a claim, or restore."""
        claim = self.get_object(request, object_id)
        if claim is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not request.user.has_perm("claims.correct_extraction"):
            raise PermissionDenied
        initial = {"version": claim.version}
        action = request.POST.get("action") if request.method == "POST" else None
        speaker_form = NameSpeakerForm(request.POST if action == "speaker" else None, initial=initial, prefix="sp")
        dismiss_form = DismissForm(request.POST if action in ("dismiss", "restore") else None, initial=initial)
        bound = speaker_form if action == "speaker" else dismiss_form
        if action in ("speaker", "dismiss", "restore") and bound.is_valid():
            data = bound.cleaned_data
            common = {"claim": claim, "reviewer": request.user, "reason": data["reason"]}
            try:
                if action == "speaker":
                    correction = name_speaker(
                        **common,
                        expected_version=data["version"],
                        speaker=data["speaker"],
                        new_name=data["new_name"],
                        kind=data["kind"] or None,
                        aliases=bound.alias_list(),
                    )
                elif action == "dismiss":
                    correction = dismiss_claim(**common, expected_version=data["version"])
                else:
                    correction = restore_claim(**common, expected_version=data["version"])
            except (StaleClaim, ReviewRejected) as error:
                _show_refusal(bound, claim, error)
            else:
                self.message_user(request, f"{correction.get_kind_display()}.", messages.SUCCESS)
                if action == "dismiss":
                    return self._open_next(request, after=claim)
                return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "claim": claim,
            "speaker_form": speaker_form,
            "dismiss_form": dismiss_form,
            "media": self.media + speaker_form.media,
            "quote": self.quote_in_context(claim),
            "history_events": claim_history(claim),
            "title": f"Correct the extraction of claim {claim.pk}",
        }
        return TemplateResponse(request, "admin/claims/claim/correct.html", context)


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

    ordering = ["name", "id"]

    def get_queryset(self, request):
        speakers = super().get_queryset(request)
        if request.path == reverse("admin:autocomplete"):
            # A filter or a correction looking up a name needs no claim counts, which scan every claim.
            return speakers
        return speakers.annotate(claim_count=Count("claims", distinct=True))

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


class RecordAdmin(admin.ModelAdmin):
    """A record of decisions (verdicts, corrections): made on the claim page, never added, changed or removed here."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Review)
class ReviewAdmin(RecordAdmin):
    list_display = ["claim", "verdict", "reviewer", "origin", "created_at"]
    list_filter = ["verdict", "origin"]
    search_fields = ["claim__text", "rationale"]
    list_select_related = ["claim", "claim__speaker", "reviewer"]
    raw_id_fields = ["claim"]


@admin.register(Correction)
class CorrectionAdmin(RecordAdmin):
    """Reviewers' fixes of extraction mistakes, by rule: made on the claim page, never changed here."""

    list_display = ["claim", "kind", "extraction_rule", "old_speaker", "new_speaker", "corrected_by", "created_at"]
    list_filter = ["kind", "extraction_rule"]
    list_select_related = ["claim", "claim__speaker", "corrected_by"]
    search_fields = ["claim__text", "reason", "old_speaker", "new_speaker"]


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
