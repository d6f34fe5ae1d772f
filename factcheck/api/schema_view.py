"""The view serving the OpenAPI schema (apart from schema.py, which DRF loads while drf-spectacular's views import)."""

import threading
from typing import Any

from django.utils import translation
from drf_spectacular.views import SpectacularAPIView
from rest_framework.request import Request
from rest_framework.response import Response


class SchemaView(SpectacularAPIView):
    """The OpenAPI schema, built once per process and language and then served from memory.

    drf-spectacular builds it on every request, walking every view and serializer: slow, and two
    requests building it at once could trip over each other's half-built state (a 500). The schema
    only changes with the code, so one build under a lock serves every later request.
    """

    _built: dict[tuple[Any, Any], Any] = {}
    _lock = threading.Lock()

    def _get_schema_response(self, request: Request) -> Response:
        key = (self.api_version or request.version, translation.get_language())
        with self._lock:
            if key not in self._built:
                self._built[key] = super()._get_schema_response(request).data
        filename = self._get_filename(request, key[0])
        return Response(self._built[key], headers={"Content-Disposition": f'inline; filename="{filename}"'})
