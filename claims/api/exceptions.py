"""One place where errors become HTTP answers, so clients always get a status and a message.

Domain errors raised by the services map to: StaleClaim -> 412, ReviewRejected and ClaimError
-> 400 (with the fields at fault), MergeRefused -> 409, an IntegrityError that slipped past the
services -> 409. Django's limits on a request body answer in JSON too: too large -> 413, too many
fields or files -> 400.
"""

from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims.review import ReviewRejected, StaleClaim
from claims.services import ClaimError, ReviewedClaimKept
from claims.speakers import MergeRefused


class PreconditionRequired(exceptions.APIException):
    status_code = 428
    default_detail = "Send If-Match with the claim's ETag (from GET) so a concurrent change is not overwritten."
    default_code = "precondition_required"


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The claim was changed by someone else since you read it; GET it again and retry."
    default_code = "precondition_failed"


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The change conflicts with stored data."
    default_code = "conflict"


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "payload_too_large"


def _as_api_exception(exc: Exception) -> Exception:
    if isinstance(exc, StaleClaim):
        return PreconditionFailed(str(exc))
    if isinstance(exc, ReviewRejected):
        return exceptions.ValidationError(exc.errors)
    if isinstance(exc, ClaimError):
        return exceptions.ValidationError({"detail": str(exc)})
    if isinstance(exc, MergeRefused | ReviewedClaimKept):
        return Conflict(str(exc))
    if isinstance(exc, IntegrityError):
        return Conflict()
    if isinstance(exc, RequestDataTooBig):
        return PayloadTooLarge(f"The request body is larger than {settings.DATA_UPLOAD_MAX_MEMORY_SIZE} bytes.")
    if isinstance(exc, TooManyFieldsSent):
        return exceptions.ParseError(f"The request has more than {settings.DATA_UPLOAD_MAX_NUMBER_FIELDS} fields.")
    if isinstance(exc, TooManyFilesSent):
        return exceptions.ParseError(f"The request has more than {settings.DATA_UPLOAD_MAX_NUMBER_FILES} files.")
    if isinstance(exc, DjangoValidationError):
        return exceptions.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else {"detail": exc.messages})
    return exc


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    return drf_exception_handler(_as_api_exception(exc), context)
