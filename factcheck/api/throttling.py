"""API throttles: a client over its rate gets 429 with Retry-After.

Anonymous clients are counted by IP address, signed-in users by account, each at its own rate from
settings.API_THROTTLE_RATES (env API_THROTTLE_ANONYMOUS, API_THROTTLE_USER). The counts live in
the default cache, the database table all server processes share, so four gunicorn workers do not
give a client four times its rate.
"""

from typing import TYPE_CHECKING

from django.conf import settings
from rest_framework import throttling
from rest_framework.request import Request

if TYPE_CHECKING:  # DRF imports this module while defining APIView
    from rest_framework.views import APIView


class _RateFromSettings:
    # DRF reads its rates once, when the class is defined; these are read at each request, so a
    # deployment's (or a test's) settings apply without a restart of the import machinery.
    scope: str

    def get_rate(self) -> str | None:
        return settings.API_THROTTLE_RATES[self.scope]


class AnonymousRateThrottle(_RateFromSettings, throttling.AnonRateThrottle):
    """Requests without valid credentials, per client IP address."""

    scope = "anonymous"


class UserRateThrottle(_RateFromSettings, throttling.UserRateThrottle):
    """Requests by a signed-in user (session or token), per account."""

    scope = "user"

    def get_cache_key(self, request: Request, view: "APIView") -> str | None:
        if not (request.user and request.user.is_authenticated):
            return None  # AnonymousRateThrottle counts these.
        return super().get_cache_key(request, view)
