"""The sources app's endpoints; factcheck/api/urls.py puts every app's under /api/v1/."""

from sources.api import views

# (prefix, viewset, basename) for the API's router.
routes = [
    ("articles", views.ArticleViewSet, "article"),
    ("outlets", views.OutletViewSet, "outlet"),
]

urlpatterns: list = []
