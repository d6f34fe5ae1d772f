from django.db.models import Count
from drf_spectacular.utils import extend_schema
from rest_framework import generics, mixins, status, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from claims.api.filters import ArticleFilter, ClaimFilter, SpeakerFilter
from claims.api.serializers import (
    ArticleDetailSerializer,
    ArticleSerializer,
    ClaimInput,
    ClaimSerializer,
    OutletSerializer,
    SpeakerDetailSerializer,
    SpeakerSerializer,
)
from claims.models import Claim, Speaker
from claims.services import ClaimError, create_claim
from sources.models import Article, Outlet


class ClaimViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Claims with their speaker, stated affiliation, source article and verification status."""

    queryset = Claim.objects.with_related().order_by("-created_at", "-id")
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    # Ordering is a filter of ClaimFilter, so the generic ordering backend stays out of the way.
    ordering_fields = []

    @extend_schema(request=ClaimInput, responses={201: ClaimSerializer})
    def create(self, request, *args, **kwargs):
        data = ClaimInput(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            claim = create_claim(**data.validated_data)
        except ClaimError as error:
            raise ValidationError({"detail": str(error)}) from None
        claim = Claim.objects.with_related().get(pk=claim.pk)
        return Response(self.get_serializer(claim).data, status=status.HTTP_201_CREATED)


class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
    """People, organisations and groups that claims are attributed to."""

    queryset = Speaker.objects.with_claim_counts().prefetch_related("aliases").order_by("name", "id")
    filterset_class = SpeakerFilter
    ordering_fields = ["name", "claim_count"]

    def get_serializer_class(self):
        return SpeakerDetailSerializer if self.action == "retrieve" else SpeakerSerializer

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "retrieve":
            queryset = queryset.prefetch_related("affiliations__organization")
        return queryset


class SpeakerClaimsView(generics.ListAPIView):
    """The claims of one speaker, with the same filters as the claims list."""

    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    ordering_fields = []

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation has no speaker
            return Claim.objects.none()
        speaker = generics.get_object_or_404(Speaker, pk=self.kwargs["pk"])
        return Claim.objects.with_related().filter(speaker=speaker).order_by("-created_at", "-id")


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    """Articles the claims were found in."""

    queryset = (
        Article.objects.select_related("outlet").annotate(claim_count=Count("claims")).order_by("-published", "-id")
    )
    filterset_class = ArticleFilter
    ordering_fields = ["published", "ingested_at", "title"]

    def get_serializer_class(self):
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer


class OutletViewSet(viewsets.ReadOnlyModelViewSet):
    """Publications the articles come from."""

    queryset = Outlet.objects.annotate(article_count=Count("articles")).order_by("name", "id")
    serializer_class = OutletSerializer
    filterset_fields = []
    ordering_fields = ["name", "article_count"]
