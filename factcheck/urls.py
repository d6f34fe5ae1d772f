from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularSwaggerSplitView

from factcheck.api import tokens
from factcheck.api.schema_view import SchemaView

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("factcheck.api.urls")),
    path("api/auth/token/", tokens.ObtainTokenView.as_view(), name="token-obtain"),
    path("api/auth/token/revoke/", tokens.RevokeTokenView.as_view(), name="token-revoke"),
    path("api/auth/token/revoke-all/", tokens.RevokeAllTokensView.as_view(), name="token-revoke-all"),
    path("api/auth/", include("rest_framework.urls")),
    path("api/schema/", SchemaView.as_view(), name="schema"),
    # The split view serves Swagger UI's start-up script as a file of its own, which the CSP allows.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    path("", include("pages.urls")),
]

if settings.BENCH_FLOOR_VIEWS:
    from bench.floor_views import floor

    urlpatterns.append(path("bench/floor/<slug:case>/", floor))

admin.site.site_header = "factcheck"
admin.site.site_title = "factcheck"
admin.site.index_title = "Claims review"

handler500 = "factcheck.views.server_error"
