from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import generics, mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer
from rest_framework.views import APIView

from claims.api.filters import ClaimFilter, SpeakerFilter
from claims.api.preconditions import etag, expected_version
from claims.api.reviews import IF_MATCH
from claims.api.serializers import (
    ClaimCorrection,
    ClaimInput,
    ClaimSerializer,
    SpeakerDetailSerializer,
    SpeakerMergeInput,
    SpeakerSerializer,
)
from claims.models import Claim, Speaker
from claims.review import correct_claim
from claims.services import create_claim, delete_claim
from claims.speakers import merge_speakers


class CanMergeSpeakers(permissions.BasePermission):
    message = "Merging speakers needs the editor role."

    def has_permission(self, request: Request, view: APIView) -> bool:
        return bool(request.user and request.user.is_authenticated and request.user.has_perm("claims.merge_speakers"))


class ClaimViewSet(
    mixins.CreateModelMixin, mixins.UpdateModelMixin, mixins.DestroyModelMixin, viewsets.ReadOnlyModelViewSet
):
    """Claims with their speaker, stated affiliation, source article and verification status.

    GET on one claim returns an ETag (its version); PATCH must send it back in If-Match.
    """

    queryset = Claim.objects.with_related().order_by("-created_at", "-id")
    serializer_class = ClaimSerializer
    # No PUT: a claim is corrected field by field (PATCH) so unrelated fields are never overwritten.
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    filterset_class = ClaimFilter

    @extend_schema(request=ClaimInput, responses={201: ClaimSerializer})
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = ClaimInput(data=request.data)
        data.is_valid(raise_exception=True)
        claim = create_claim(**data.validated_data, editor=request.user)
        claim = Claim.objects.with_related().get(pk=claim.pk)
        return Response(self.get_serializer(claim).data, status=status.HTTP_201_CREATED, headers={"ETag": etag(claim)})

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        claim = self.get_object()
        return Response(self.get_serializer(claim).data, headers={"ETag": etag(claim)})

    @extend_schema(request=ClaimCorrection, responses={200: ClaimSerializer}, parameters=[IF_MATCH])
    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        claim = self.get_object()
        data = ClaimCorrection(data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        reason = changes.pop("reason", "")
        correct_claim(
            claim=claim,
            editor=request.user,
            changes=changes,
            expected_version=expected_version(request, claim),
            reason=reason,
        )
        claim = Claim.objects.with_related().get(pk=claim.pk)
        return Response(self.get_serializer(claim).data, headers={"ETag": etag(claim)})

    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        delete_claim(claim=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
    """People, organisations and groups that claims are attributed to."""

    queryset = Speaker.objects.with_claim_counts().prefetch_related("aliases").order_by("name", "id")
    filterset_class = SpeakerFilter

    def get_serializer_class(self) -> type[BaseSerializer]:
        return SpeakerDetailSerializer if self.action == "retrieve" else SpeakerSerializer

    @extend_schema(request=SpeakerMergeInput, responses={200: SpeakerDetailSerializer})
    @action(detail=True, methods=["post"], permission_classes=[CanMergeSpeakers], filter_backends=[])
    def merge(self, request: Request, pk: str | None = None) -> Response:
        """Merge another speaker into this one: its claims, aliases and affiliations move here."""
        keep = self.get_object()
        data = SpeakerMergeInput(data=request.data)
        data.is_valid(raise_exception=True)
        merge_speakers(keep=keep, other=data.validated_data["other"], editor=request.user)
        keep = self.get_queryset().prefetch_related("affiliations__organization").get(pk=keep.pk)
        return Response(SpeakerDetailSerializer(keep, context=self.get_serializer_context()).data)

    def get_queryset(self) -> QuerySet[Speaker]:
        queryset = super().get_queryset()
        if self.action == "retrieve":
            queryset = queryset.prefetch_related("affiliations__organization")
        return queryset


class SpeakerClaimsView(generics.ListAPIView):
    """The claims of one speaker, with the same filters as the claims list."""

    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter

    def get_queryset(self) -> QuerySet[Claim]:
        if getattr(self, "swagger_fake_view", False):  # schema generation has no speaker
            return Claim.objects.none()
        speaker = generics.get_object_or_404(Speaker, pk=self.kwargs["pk"])
        return Claim.objects.with_related().filter(speaker=speaker).order_by("-created_at", "-id")
