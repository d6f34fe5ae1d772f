"""The claim list's sidebar filters: the queue, who took a claim, whether it has a speaker."""

from django.contrib import admin

from claims.models import WAITING_STATUSES, VerificationStatus


class StatusQueueFilter(admin.SimpleListFilter):
    """Opens on the review queue (unverified and in review); a search looks across every status."""

    title = "status"
    parameter_name = "status"
    WAITING, ALL = "waiting", "all"

    def __init__(self, request, params, model, model_admin):
        # A search names what it wants; hiding the decided claims from it would answer "nothing found".
        self.searching = bool(request.GET.get("q", "").strip())
        super().__init__(request, params, model, model_admin)

    def lookups(self, request, model_admin):
        return [
            (self.WAITING, "Waiting for a verdict"),
            (self.ALL, "All"),
            *VerificationStatus.choices,
        ]

    def value(self):
        return super().value() or (self.ALL if self.searching else self.WAITING)

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
            return queryset.filter(status__in=WAITING_STATUSES)
        if value in VerificationStatus.values:
            return queryset.filter(status=value)
        return queryset.none()


class TakenByFilter(admin.SimpleListFilter):
    """Whose claims: the signed-in reviewer's, someone else's, or nobody's yet."""

    title = "taken by"
    parameter_name = "taken"
    MINE, OTHERS, NOBODY = "mine", "others", "nobody"

    def lookups(self, request, model_admin):
        return [(self.MINE, "Mine"), (self.OTHERS, "Someone else"), (self.NOBODY, "Nobody")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == self.MINE:
            return queryset.filter(taken_by=request.user)
        if value == self.OTHERS:
            return queryset.filter(taken_by__isnull=False).exclude(taken_by=request.user)
        if value == self.NOBODY:
            return queryset.filter(taken_by__isnull=True)
        return queryset


class AttributionFilter(admin.SimpleListFilter):
    """Claims the extractor could not attribute wait for a reviewer to name their speaker."""

    title = "speaker named"
    parameter_name = "attributed"

    def lookups(self, request, model_admin):
        return [("no", "Unattributed"), ("yes", "Attributed")]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.filter(speaker__isnull=True)
        if self.value() == "yes":
            return queryset.filter(speaker__isnull=False)
        return queryset
