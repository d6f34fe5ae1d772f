"""Form fields for the API's query parameters, bounding what a single request may ask the database to do."""

import datetime as dt
import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django_filters.fields import IsoDateTimeField

# Enough for any name or quoted phrase. Each word of a search is a condition: a thousand of them
# overflow SQLite's expression tree and keep PostgreSQL busy for a minute, and a hundred took
# seconds each, so that six at once stalled the API.
TEXT_FILTER_MAX_LENGTH = 200
TEXT_FILTER_MAX_WORDS = 10

# A word is a run of letters or digits: every character but ASCII controls, spaces and punctuation
# (spelt out rather than \w, whose meaning differs between Python and the schema's JavaScript
# regular expressions, so that the schema and the server count alike).
_WORD_CHARACTER = "[^\\u0000-/:-@\\[-`{-\\u007f]"
_SEPARATOR = "[\\u0001-/:-@\\[-`{-\\u007f]"  # NUL is neither: it is refused outright
_WORD = re.compile(f"{_WORD_CHARACTER}+")
# The rules as one regular expression, for the schema: no NUL, at most TEXT_FILTER_MAX_WORDS words.
# Each word ends at a separator or the end, so matching never backtracks.
TEXT_FILTER_PATTERN = f"^{_SEPARATOR}*(?:{_WORD_CHARACTER}+(?:{_SEPARATOR}+|$)){{0,{TEXT_FILTER_MAX_WORDS}}}$"


def validate_word_count(value: str) -> None:
    words = len(_WORD.findall(value))
    if words > TEXT_FILTER_MAX_WORDS:
        raise ValidationError(
            f"Ensure this value has at most {TEXT_FILTER_MAX_WORDS} words (it has {words}).", code="max_words"
        )


class BoundedTextField(forms.CharField):
    """A text filter's value: at most TEXT_FILTER_MAX_LENGTH characters and TEXT_FILTER_MAX_WORDS words."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", TEXT_FILTER_MAX_LENGTH)
        super().__init__(*args, **kwargs)
        self.validators.append(validate_word_count)


_EARLIEST = dt.datetime.min.replace(tzinfo=dt.UTC)
_LATEST = dt.datetime.max.replace(tzinfo=dt.UTC)


def in_utc(moment: dt.datetime) -> dt.datetime:
    """The same moment in UTC, or the first or last moment Python holds if it lies beyond them.

    ISO 8601 and the schema's date-time allow offsets up to ±23:59, which PostgreSQL refuses past
    ±15:59; and a moment near the year 1 or 9999 can fall outside Python's calendar once in UTC
    (SQLite is queried in UTC). No row is that old or that new, so as a bound the edge of the
    calendar selects the same rows.
    """
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:
        return _EARLIEST if moment.year == 1 else _LATEST


class MomentField(IsoDateTimeField):
    """An ISO 8601 date and time as a bound: any offset, any year, read as the moment in UTC (in_utc)."""

    def to_python(self, value: Any) -> dt.datetime | None:
        moment = super().to_python(value)
        return None if moment is None else in_utc(moment)
