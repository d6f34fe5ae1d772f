from rest_framework.permissions import SAFE_METHODS, DjangoModelPermissions


class ReadOnlyOrModelPermission(DjangoModelPermissions):
    """Anyone may read; a write needs a signed-in user holding the model's add/change/delete permission."""

    authenticated_users_only = False

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        return bool(request.user and request.user.is_authenticated) and super().has_permission(request, view)
