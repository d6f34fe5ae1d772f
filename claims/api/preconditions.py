"""Conditional writes: a claim's ETag is its version; writes must say which version they change."""

import re

from rest_framework.request import Request

from claims.api.exceptions import PreconditionFailed, PreconditionRequired
from claims.models import Claim

# A version is a PositiveIntegerField: ten digits hold any value it can take, and int() of a
# 5,000-digit string would raise (Python caps int parsing at 4,300 digits).
MAX_VERSION_DIGITS = 10
_DIGITS = f"[0-9]{{1,{MAX_VERSION_DIGITS}}}"
_ETAG = re.compile(rf'^(?:W/)?"(?P<version>{_DIGITS})"$')
# The If-Match the server reads, for the schema.
IF_MATCH_PATTERN = rf'^(\*|(W/)?"{_DIGITS}")$'


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
            raise PreconditionFailed(f'If-Match {header[:40]!r} is not an ETag of this claim (expected e.g. "3").')
        return int(match["version"])
    version = request.data.get("version") if hasattr(request.data, "get") else None
    if version is None:
        raise PreconditionRequired()
    # int() would read 2.7 as 2 and true as 1: a version is a whole number or its digits.
    if type(version) is int and 0 <= version < 10**MAX_VERSION_DIGITS:
        return version
    if isinstance(version, str) and re.fullmatch(_DIGITS, version.strip()):
        return int(version)
    raise PreconditionFailed(f"version {str(version)[:20]!r} is not a version number.")
