from typing import Any

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer
from rest_framework.views import APIView

from claims.api.claimreview import JSONLDRenderer
from claims.api.filters import ClaimFilter, SpeakerFilter
from claims.api.pagination import ClaimPagination
from claims.api.preconditions import etag, expected_version
from claims.api.reviews import IF_MATCH
from claims.api.serializers import (
    SPEAKER_LIST_VALUES,
    AffiliationSerializer,
    ClaimCorrection,
    ClaimInput,
    ClaimSerializer,
    SpeakerDetailSerializer,
    SpeakerMergeInput,
    SpeakerSerializer,
)
from claims.exports import EXPORT_FORMATS, export_lines
from claims.importers.export import claimreview_item, reviewed_claims
from claims.models import Affiliation, Claim, Speaker
from claims.review import correct_claim
from claims.services import create_claim, delete_claim
from claims.speakers import merge_speakers
from listing.pagination import CappedPageNumberPagination, EstimatingPageNumberPagination


class CanMergeSpeakers(permissions.BasePermission):
    message = "Merging speakers needs the editor role."

    def has_permission(self, request: Request, view: APIView) -> bool:
        return bool(request.user and request.user.is_authenticated and request.user.has_perm("claims.merge_speakers"))


class ClaimViewSet(
    mixins.CreateModelMixin, mixins.UpdateModelMixin, mixins.DestroyModelMixin, viewsets.ReadOnlyModelViewSet
):
    lookup_value_regex = r"\d+"  # a non-numeric id is a 404, not a failed query
    """Claims with their speaker, stated affiliation, source article and verification status.

    GET on one claim returns an ETag (its version); PATCH must send it back in If-Match.
    """

    queryset = Claim.objects.with_related().order_by("-created_at", "-id")
    serializer_class = ClaimSerializer
    # No PUT: a claim is corrected field by field (PATCH) so unrelated fields are never overwritten.
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    filterset_class = ClaimFilter
    pagination_class = ClaimPagination

    def get_queryset(self) -> QuerySet[Claim]:
        queryset: Any = super().get_queryset()
        if self.action != "list":
            return queryset  # one claim stays reachable by id (for editors, and links)
        queryset = queryset.for_list()
        # Claims dismissed as not a claim, and those still without a speaker, are asked for by status.
        return queryset if "status" in self.request.query_params else queryset.public()

    def paginate_queryset(self, queryset: Any) -> list | None:
        # A page is read as plain rows, not model instances (the serializer writes either).
        return super().paginate_queryset(queryset.as_list_rows())

    def perform_content_negotiation(self, request: Request, force: bool = False) -> Any:
        chosen = request.query_params.get("format")
        if self.action == "list" and chosen in EXPORT_FORMATS:
            if force:  # the export failed before it began (a bad filter): the error in JSON, like every error
                return (JSONRenderer(), JSONRenderer.media_type)
            return (None, EXPORT_FORMATS[chosen])
        # force: DRF picks a renderer for the error answer itself; the format was refused already.
        if not force and chosen is not None and chosen not in {r.format for r in self.get_renderers()}:
            choices = ", ".join(sorted({r.format for r in self.get_renderers()} | set(EXPORT_FORMATS)))
            raise ValidationError({"format": [f"{chosen!r} is not a format of this API; use one of {choices}."]})
        return super().perform_content_negotiation(request, force)

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "format",
                # Not `api`, the browsable HTML page, which is for people in a browser, not for clients.
                {"type": "string", "enum": ["json", *EXPORT_FORMATS]},
                description="csv or jsonl: every claim the filters select, streamed, in the list's order.",
            )
        ],
        responses={
            (200, "application/json"): ClaimSerializer,
            **{
                (200, media_type.split(";")[0]): OpenApiResponse(
                    OpenApiTypes.STR, description=f"With format={name}: the export, one claim a line."
                )
                for name, media_type in EXPORT_FORMATS.items()
            },
        },
    )
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        export_format = request.query_params.get("format")
        if export_format not in EXPORT_FORMATS:
            return super().list(request, *args, **kwargs)
        queryset = self.filter_queryset(self.get_queryset())
        # Pinned now: the rows are read after the view returns, outside the request's routing.
        rows = export_lines(queryset.using(queryset.db), export_format)
        response = StreamingHttpResponse(rows, content_type=EXPORT_FORMATS[export_format])
        response["Content-Disposition"] = f'attachment; filename="claims.{export_format}"'
        return response

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    # JSON too: an error, or a 404 for an id no route takes, is plain JSON, as everywhere in the API.
    @action(
        detail=True,
        methods=["get"],
        renderer_classes=[JSONLDRenderer, JSONRenderer],
        filter_backends=[],
        pagination_class=None,
    )
    def claimreview(self, request: Request, pk: str) -> Response:
        """The claim's verdict as one schema.org ClaimReview (JSON-LD), as in the /claimreview/ feed."""
        claim = reviewed_claims().filter(pk=pk).first()
        if claim is None:
            generics.get_object_or_404(Claim, pk=pk)
            raise NotFound("This claim has no verdict yet, so no ClaimReview.")
        url = request.build_absolute_uri(reverse("claim-detail", args=[claim.pk]))
        return Response(claimreview_item(claim, claim_url=url))

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

    lookup_value_regex = r"\d+"  # a non-numeric id is a 404, not a failed query

    queryset = Speaker.objects.with_claim_counts().with_alias_names().order_by("name", "id")
    filterset_class = SpeakerFilter
    pagination_class = EstimatingPageNumberPagination

    def get_serializer_class(self) -> type[BaseSerializer]:
        return SpeakerDetailSerializer if self.action == "retrieve" else SpeakerSerializer

    def paginate_queryset(self, queryset: Any) -> list | None:
        # A page is read as plain rows, not model instances: building them took a third of the page.
        return super().paginate_queryset(queryset.values(*SPEAKER_LIST_VALUES))

    @extend_schema(request=SpeakerMergeInput, responses={200: SpeakerDetailSerializer})
    @action(detail=True, methods=["post"], permission_classes=[CanMergeSpeakers], filter_backends=[])
    def merge(self, request: Request, pk: str | None = None) -> Response:
        """Merge another speaker into this one: its claims, aliases and affiliations move here."""
        keep = self.get_object()
        data = SpeakerMergeInput(data=request.data)
        data.is_valid(raise_exception=True)
        merge_speakers(keep=keep, other=data.validated_data["other"], editor=request.user)
        keep = self.get_queryset().get(pk=keep.pk)
        return Response(SpeakerDetailSerializer(keep, context=self.get_serializer_context()).data)


class SpeakerAffiliationsView(generics.ListAPIView):
    """Every affiliation statement of one speaker, newest first (the detail shows the latest few)."""

    serializer_class = AffiliationSerializer
    filter_backends = []
    pagination_class = CappedPageNumberPagination

    def get_queryset(self) -> QuerySet[Affiliation]:
        if getattr(self, "swagger_fake_view", False):  # schema generation has no speaker
            return Affiliation.objects.none()
        speaker = generics.get_object_or_404(Speaker, pk=self.kwargs["pk"])
        return speaker.affiliations.select_related("organization").order_by("-id")


class SpeakerClaimsView(generics.ListAPIView):
    """The claims of one speaker, with the same filters as the claims list."""

    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    pagination_class = ClaimPagination
    # One speaker's claims are a filtered list: counted exactly (up to the limit), never estimated.
    always_filtered = True

    def get_queryset(self) -> QuerySet[Claim]:
        if getattr(self, "swagger_fake_view", False):  # schema generation has no speaker
            return Claim.objects.none()
        speaker = generics.get_object_or_404(Speaker, pk=self.kwargs["pk"])
        claims = Claim.objects.with_related().for_list().filter(speaker=speaker).order_by("-created_at", "-id")
        return claims if "status" in self.request.query_params else claims.public()

    def paginate_queryset(self, queryset: Any) -> list | None:
        # A page is read as plain rows, not model instances (the serializer writes either).
        return super().paginate_queryset(queryset.as_list_rows())
