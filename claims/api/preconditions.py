"""Conditional writes: a claim's ETag is its version; writes must say which version they change."""

import re

from rest_framework.request import Request

from claims.api.exceptions import PreconditionFailed, PreconditionRequired
from claims.models import Claim

_ETAG = re.compile(r'^(?:W/)?"(?P<version>\d+)"$')


def etag(claim: Claim) -> str:
    return f'"{claim.version}"'


def expected_version(request: Request, claim: Claim) -> int:
    """The version named by If-Match (or a `version` field in the body); `*` means the current one."""
    header = request.headers.get("If-Match", "").strip()
    if header == "*":
        return claim.version
    if header:
        match = _ETAG.match(header)
        if not match:
            raise PreconditionFailed(f'If-Match {header!r} is not an ETag of this claim (expected e.g. "3").')
        return int(match["version"])
    version = request.data.get("version") if hasattr(request.data, "get") else None
    if version is None:
        raise PreconditionRequired()
    # int() would read 2.7 as 2 and true as 1: a version is a whole number or its digits.
    if type(version) is int or (isinstance(version, str) and version.strip().isdecimal()):
        return int(version)
    raise PreconditionFailed(f"version {version!r} is not a version number.")
