"""The claims app's endpoints; factcheck/api/urls.py puts every app's under /api/v1/."""

from django.urls import path

from claims.api import reviews, views
from claims.api.claimreview import ClaimReviewFeedView

# (prefix, viewset, basename) for the API's router.
routes = [
    ("claims", views.ClaimViewSet, "claim"),
    ("speakers", views.SpeakerViewSet, "speaker"),
]

urlpatterns = [
    path("speakers/<int:pk>/claims/", views.SpeakerClaimsView.as_view(), name="speaker-claims"),
    path("speakers/<int:pk>/affiliations/", views.SpeakerAffiliationsView.as_view(), name="speaker-affiliations"),
    path("claims/<int:pk>/reviews/", reviews.ClaimReviewsView.as_view(), name="claim-reviews"),
    path("claims/<int:pk>/history/", reviews.ClaimHistoryView.as_view(), name="claim-history"),
    path("claimreview/", ClaimReviewFeedView.as_view(), name="claimreview-feed"),
]
