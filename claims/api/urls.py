from django.urls import path
from rest_framework.routers import DefaultRouter

from claims.api import views
from claims.api.claimreview import ClaimReviewFeedView

router = DefaultRouter()
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("speakers", views.SpeakerViewSet, basename="speaker")
router.register("articles", views.ArticleViewSet, basename="article")
router.register("outlets", views.OutletViewSet, basename="outlet")

urlpatterns = [
    path("speakers/<int:pk>/claims/", views.SpeakerClaimsView.as_view(), name="speaker-claims"),
    path("claimreview/", ClaimReviewFeedView.as_view(), name="claimreview-feed"),
    *router.urls,
]
