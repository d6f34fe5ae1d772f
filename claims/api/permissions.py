from __future__ import annotations

from typing import TYPE_CHECKING

from rest_framework.permissions import SAFE_METHODS, DjangoModelPermissions

if TYPE_CHECKING:  # DRF's settings load this module while rest_framework.views is importing
    from rest_framework.request import Request
    from rest_framework.views import APIView


class ReadOnlyOrModelPermission(DjangoModelPermissions):
    """Anyone may read; a write needs a signed-in user holding the model's add/change/delete permission."""

    authenticated_users_only = False

    def has_permission(self, request: Request, view: APIView) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return bool(request.user and request.user.is_authenticated) and super().has_permission(request, view)
