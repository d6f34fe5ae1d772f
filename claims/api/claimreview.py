"""GET /api/v1/claimreview/: our verdicts as a schema.org ClaimReview feed, a page at a time."""

from typing import Any

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.filters import ClaimFilter
from claims.api.pagination import ClaimPagination
from claims.api.serializers import detail_url
from claims.importers.export import (
    FEED_ROW_FIELDS,
    claimreview_feed,
    claimreview_item,
    claimreview_row_item,
    reviewed_claims,
    with_latest_review,
)
from claims.models import Claim


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


class ClaimReviewSerializer(serializers.BaseSerializer):
    def to_representation(self, claim: Claim | dict) -> dict:
        """A claim from reviewed_claims(), or a feed page's row (FEED_ROW_FIELDS)."""
        if isinstance(claim, dict):
            return claimreview_row_item(claim, claim_url=detail_url(self.context, "claim-detail", claim["id"]))
        claim_url = self.context["request"].build_absolute_uri(reverse("claim-detail", args=[claim.pk]))
        return claimreview_item(claim, claim_url=claim_url)


class FeedPagination(ClaimPagination):
    """The page is a DataFeed; the links to the next and previous pages travel in the Link header.

    X-Total-Count is exact up to COUNT_LIMIT; above it, it is COUNT_LIMIT and X-Total-Count-Is-Exact
    says false.
    """

    def get_paginated_response(self, data: Any) -> Response:
        links = [
            f'<{url}>; rel="{rel}"'
            for rel, url in (("next", self.get_next_link()), ("prev", self.get_previous_link()))
            if url
        ]
        headers = {"X-Total-Count": str(self.count), "X-Total-Count-Is-Exact": str(self.count_is_exact).lower()}
        if links:
            headers["Link"] = ", ".join(links)
        return Response(claimreview_feed(list(data)), headers=headers)

    def get_paginated_response_schema(self, schema: dict) -> dict:
        return {"type": "object", "description": "A schema.org DataFeed of ClaimReview items."}


POSITIVE = {"type": "integer", "minimum": 1}


class ClaimReviewFeedView(generics.ListAPIView):
    """Claims with a verdict as schema.org ClaimReview (JSON-LD), oldest first, with the claims filters."""

    queryset = reviewed_claims()
    serializer_class = ClaimReviewSerializer
    filterset_class = ClaimFilter
    pagination_class = FeedPagination
    renderer_classes = [JSONLDRenderer, JSONRenderer]
    # Reviewed claims are a subset of the table: counted (up to the limit), not estimated from it,
    # unless the planner expects far more than the limit (then "more than COUNT_LIMIT" uncounted).
    always_filtered = True
    estimate_long_counts = True

    @extend_schema(
        operation_id="v1_claimreview_list",
        responses={200: OpenApiTypes.OBJECT},
        # The page is a JSON-LD DataFeed, not a DRF list, so the list parameters are declared here.
        filters=True,
        parameters=[
            OpenApiParameter(
                "cursor",
                str,
                description="Where the page starts, from the Link header's next link (empty: the first page).",
            ),
            OpenApiParameter("page", POSITIVE, description="A page number, for orders other than created_at."),
            OpenApiParameter("page_size", POSITIVE, description="Claims per page, up to 100."),
        ],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    def paginate_queryset(self, queryset: Any) -> list | None:
        # A page is read as plain rows with their latest review, in one query: no model instances.
        return super().paginate_queryset(with_latest_review(queryset).values("created_at", *FEED_ROW_FIELDS))
