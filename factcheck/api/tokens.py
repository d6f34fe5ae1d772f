"""Token endpoints under /api/auth/token/: get one by signing in, revoke the one in use, or all of a user's."""

from typing import Any

from drf_spectacular.utils import extend_schema, inline_serializer
from knox import views as knox
from rest_framework import authentication, serializers
from rest_framework.request import Request
from rest_framework.response import Response

from factcheck.api.authentication import BasicAuthentication, TokenAuthentication

TOKEN = inline_serializer("NewToken", {"token": serializers.CharField(), "expiry": serializers.DateTimeField()})


class ObtainTokenView(knox.LoginView):
    """A new API token for the user signing in (HTTP Basic, or the session); shown once, stored only as a digest."""

    authentication_classes = [BasicAuthentication, authentication.SessionAuthentication]

    @extend_schema(request=None, responses={200: TOKEN})
    def post(self, request: Request, format: Any = None) -> Response:
        return super().post(request, format)


class RevokeTokenView(knox.LogoutView):
    """Revoke the token this request is sent with."""

    authentication_classes = [TokenAuthentication]

    @extend_schema(request=None, responses={204: None})
    def post(self, request: Request, format: Any = None) -> Response:
        return super().post(request, format)


class RevokeAllTokensView(knox.LogoutAllView):
    """Revoke every token of the user this request's token belongs to."""

    authentication_classes = [TokenAuthentication]

    @extend_schema(request=None, responses={204: None})
    def post(self, request: Request, format: Any = None) -> Response:
        return super().post(request, format)
