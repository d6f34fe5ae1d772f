"""The OpenAPI schema: drf-spectacular's, plus what every operation shares.

Reads need no sign-in, and each operation lists the errors it can answer (from the one exception
handler in claims/api/exceptions.py), so a client knows every status it may get.
"""

from typing import Any

from drf_spectacular import authentication, openapi
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse
from rest_framework import permissions, serializers


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What is wrong, in a sentence.")


def _detail(description: str) -> OpenApiResponse:
    return OpenApiResponse(ErrorSerializer, description=description)


ERRORS = {
    "400": OpenApiResponse(
        OpenApiTypes.OBJECT,
        description="A parameter or field is not valid: each one at fault maps to its messages "
        '(e.g. {"status": ["Select a valid choice."]}), or "detail" says why.',
    ),
    "401": _detail(
        "No valid credentials: a bad, expired or revoked token (on any request), or none sent for a write. "
        "The WWW-Authenticate header names the scheme (Token)."
    ),
    "403": _detail("The signed-in user's role does not allow this, or a session write lacks its CSRF token."),
    "404": _detail("No such row, or no such page of the list."),
    "409": _detail("The change conflicts with stored data, e.g. deleting a reviewed claim."),
    "412": _detail("If-Match names a version the claim has moved on from, or is no ETag."),
    "413": _detail("The body is larger than the server takes."),
    "415": _detail("The body is not JSON, form data or multipart."),
    "428": _detail("If-Match is missing."),
    "429": _detail("Too many requests from this client; the Retry-After header says how many seconds to wait."),
}


class BasicScheme(authentication.BasicScheme):
    """Ours refuses a NUL byte first (factcheck/api/authentication.py); otherwise DRF's HTTP Basic."""

    target_class = "factcheck.api.authentication.BasicAuthentication"


class TokenScheme(OpenApiAuthenticationExtension):
    target_class = "factcheck.api.authentication.TokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": 'An API token with the prefix "Token": `Authorization: Token <token>`.',
        }


class AutoSchema(openapi.AutoSchema):
    def get_auth(self) -> list[dict[str, Any]]:
        auths = super().get_auth()
        # Anyone may read (ReadOnlyOrModelPermission and the views' own permissions agree).
        if self.method in permissions.SAFE_METHODS and {} not in auths:
            auths.append({})
        return auths

    def get_operation(self, *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        operation = super().get_operation(*args, **kwargs)
        if operation is None:
            return None
        parameters = {(p["in"], p["name"]) for p in operation.get("parameters", [])}
        writes = self.method not in permissions.SAFE_METHODS
        codes = {"401", "403", "429"}
        if "requestBody" in operation or any(where == "query" for where, _ in parameters):
            codes.add("400")
        if any(where == "path" for where, _ in parameters) or ("query", "page") in parameters:
            codes.add("404")
        if writes:
            codes.add("409")
        if "requestBody" in operation:
            codes |= {"413", "415"}
        if ("header", "If-Match") in parameters:
            codes |= {"412", "428"}
        for code in sorted(codes):
            operation["responses"].setdefault(code, self._get_response_for_code(ERRORS[code], code))
        return operation
