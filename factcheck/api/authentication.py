"""API tokens: django-rest-knox's, which stores only a SHA-512 digest of each token and lets it expire.

Clients send `Authorization: Token <token>`. A token is made by `manage.py create_token USERNAME`
or `POST /api/auth/token/` (signed in), and revoked by `POST /api/auth/token/revoke/` (the one
sent) or `/api/auth/token/revoke-all/` (every token of the user), or by deleting it in the admin.
"""

from typing import Any

from knox import auth
from rest_framework import authentication, exceptions


class TokenAuthentication(auth.TokenAuthentication):
    def authenticate_credentials(self, token: bytes) -> Any:
        # knox decodes the token as UTF-8 and would fail with a 500 on other bytes in the header.
        try:
            token.decode("utf-8")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed("Invalid token.") from None
        return super().authenticate_credentials(token)


class BasicAuthentication(authentication.BasicAuthentication):
    def authenticate_credentials(self, userid: str, password: str, request: Any = None) -> Any:
        # No user name or password holds a NUL (Django's forms refuse it); PostgreSQL cannot even
        # compare text with one, so looking the name up (and the lockout's count) was a 500.
        if "\x00" in userid or "\x00" in password:
            raise exceptions.AuthenticationFailed("Invalid username/password.")
        return super().authenticate_credentials(userid, password, request)
