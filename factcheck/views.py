"""Site-wide error pages: the API's errors are JSON, like every other answer it gives."""

from django.http import JsonResponse
from django.views import defaults


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """An unexpected failure: JSON under /api/ (the README promises JSON for every API error), HTML elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "The server failed to answer this request; it has been logged."}, status=500)
    return defaults.server_error(request, template_name)
