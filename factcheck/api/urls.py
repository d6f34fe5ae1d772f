"""/api/v1/: every app's endpoints on one router, so the API root lists them all."""

from django.urls import re_path
from rest_framework.routers import DefaultRouter

from claims.api import urls as claims_urls
from factcheck.api.views import no_such_endpoint
from sources.api import urls as sources_urls

APPS = [claims_urls, sources_urls]

router = DefaultRouter()
for app in APPS:
    for prefix, viewset, basename in app.routes:
        router.register(prefix, viewset, basename=basename)

urlpatterns = [
    *(pattern for app in APPS for pattern in app.urlpatterns),
    *router.urls,
    # Last, and only with the trailing slash, so a path missing it still redirects (APPEND_SLASH).
    # [\s\S] rather than '.', which misses a newline; (?s) would break reverse().
    re_path(r"^[\s\S]*/$", no_such_endpoint),
]
