"""The reviewer's home in the admin: what waits, the reviewer's own claims, what was decided last."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from claims.admin_paging import capped_count, count_label
from claims.models import WAITING_STATUSES, Claim, Review, VerificationStatus

register = template.Library()
SHOWN = 10


@register.inclusion_tag("admin/claims/_desk.html")
def reviewer_desk(user):
    changelist = reverse("admin:claims_claim_changelist")
    waiting = Claim.objects.filter(status__in=WAITING_STATUSES)
    unverified = Claim.objects.filter(status=VerificationStatus.UNVERIFIED)
    in_review = Claim.objects.filter(status=VerificationStatus.IN_REVIEW)
    counts = [
        ("unattributed", "Unattributed", waiting.filter(speaker__isnull=True), {"attributed": "no"}),
        ("unverified", "Unverified", unverified, {"status": "unverified"}),
        ("in-review", "In review", in_review, {"status": "in_review"}),
        ("mine", "Mine in review", in_review.filter(taken_by=user), {"status": "in_review", "taken": "mine"}),
    ]
    return {
        "counts": [
            {"key": key, "label": label, "count": count_label(capped_count(qs)), "url": f"{changelist}?{urlencode(q)}"}
            for key, label, qs, q in counts
        ],
        "mine": list(in_review.filter(taken_by=user).select_related("speaker").in_queue_order()[:SHOWN]),
        # Newest first by id: the primary key index, where created_at has none across all claims.
        "decided": list(
            Review.objects.exclude(verdict=VerificationStatus.IN_REVIEW)
            .select_related("claim", "claim__speaker", "reviewer")
            .order_by("-id")[:SHOWN]
        ),
        "next_url": reverse("admin:claims_claim_next"),
        "can_view_claims": user.has_perm("claims.view_claim"),
    }
