from django.urls import path, re_path
from rest_framework.routers import DefaultRouter

from claims.api import reviews, views
from claims.api.claimreview import ClaimReviewFeedView

router = DefaultRouter()
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("speakers", views.SpeakerViewSet, basename="speaker")
router.register("articles", views.ArticleViewSet, basename="article")
router.register("outlets", views.OutletViewSet, basename="outlet")

urlpatterns = [
    path("speakers/<int:pk>/claims/", views.SpeakerClaimsView.as_view(), name="speaker-claims"),
    path("speakers/<int:pk>/affiliations/", views.SpeakerAffiliationsView.as_view(), name="speaker-affiliations"),
    path("claims/<int:pk>/reviews/", reviews.ClaimReviewsView.as_view(), name="claim-reviews"),
    path("claims/<int:pk>/history/", reviews.ClaimHistoryView.as_view(), name="claim-history"),
    path("claimreview/", ClaimReviewFeedView.as_view(), name="claimreview-feed"),
    *router.urls,
    # Last, and only with the trailing slash, so a path missing it still redirects (APPEND_SLASH).
    # [\s\S] rather than '.', which misses a newline; (?s) would break reverse().
    re_path(r"^[\s\S]*/$", views.no_such_endpoint),
]
