"""Text normalisation shared by article storage and lookups."""

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise_body(body: str) -> str:
    """The form of an article body that decides whether two copies are the same article.

    Unicode NFC and collapsed whitespace, so a re-saved file with other line endings or
    trailing spaces is still recognised.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", body)).strip()


def body_sha256(body: str) -> str:
    return hashlib.sha256(normalise_body(body).encode("utf-8")).hexdigest()
