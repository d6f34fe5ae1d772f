from drf_spectacular.utils import extend_schema
from rest_framework import permissions
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response


@extend_schema(exclude=True)
@api_view(["GET", "POST", "PUT", "PATCH", "DELETE"])
@permission_classes([permissions.AllowAny])
def no_such_endpoint(request: Request) -> Response:
    """Any other path under /api/v1/: a JSON 404 like the API's own, not Django's HTML page."""
    raise NotFound(f"There is no {request.path} in this API; its endpoints are listed at /api/schema/.")
