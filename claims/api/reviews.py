"""A claim's reviews (read and append) and its history, under /api/v1/claims/{id}/."""

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, permissions, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api.filters import ReviewFilter
from claims.api.preconditions import IF_MATCH_PATTERN, etag, expected_version
from claims.api.serializers import HistoryEventSerializer, ReviewInput, ReviewSerializer
from claims.history import claim_history
from claims.models import Claim, Review
from claims.review import record_review

IF_MATCH = OpenApiParameter(
    "If-Match",
    {"type": "string", "pattern": IF_MATCH_PATTERN},  # what preconditions.expected_version reads
    OpenApiParameter.HEADER,
    required=True,
    description="The claim's ETag, as returned by GET /claims/{id}/; without it a write is refused (428).",
)


class CanReview(permissions.BasePermission):
    message = "Recording a verdict needs the reviewer role."

    def has_permission(self, request: Request, view: APIView) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        return bool(request.user and request.user.is_authenticated and request.user.has_perm("claims.add_review"))


class ClaimReviewsView(generics.ListCreateAPIView):
    """Every verdict on the claim, oldest first; POST appends one (reviews are never edited)."""

    serializer_class = ReviewSerializer
    permission_classes = [CanReview]
    filterset_class = ReviewFilter

    def claim(self) -> Claim:
        return get_object_or_404(Claim, pk=self.kwargs["pk"])

    def get_queryset(self) -> QuerySet[Review]:
        if getattr(self, "swagger_fake_view", False):
            return Review.objects.none()
        return self.claim().reviews.select_related("reviewer").order_by("created_at", "id")

    @extend_schema(request=ReviewInput, responses={201: ReviewSerializer}, parameters=[IF_MATCH])
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        claim = self.claim()
        data = ReviewInput(data=request.data)
        data.is_valid(raise_exception=True)
        review = record_review(
            claim=claim, reviewer=request.user, expected_version=expected_version(request, claim), **data.validated_data
        )
        claim.refresh_from_db()
        response = Response(ReviewSerializer(review).data, status=status.HTTP_201_CREATED)
        response["ETag"] = etag(claim)
        return response


class ClaimHistoryView(APIView):
    """Who decided or changed what on this claim, and when, oldest first."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(responses=HistoryEventSerializer(many=True))
    def get(self, request: Request, pk: int) -> Response:
        claim = get_object_or_404(Claim, pk=pk)
        return Response(HistoryEventSerializer(claim_history(claim), many=True).data)
