"""Normal forms of names and claim texts, so lookups ignore case, accents and punctuation."""

import hashlib
import re
import unicodedata

from sources.text import normalise_body

_NON_WORD = re.compile(r"[^\w]+")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def strip_accents(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """'Raffaello  Pantucci', 'raffaello-pantucci' and 'Raffaëllo Pantucci' share one key."""
    return _SPACE.sub(" ", _NON_WORD.sub(" ", strip_accents(name).casefold().replace("_", " "))).strip()


def normalise_claim_text(text: str) -> str:
    """A claim's wording as an article body is normalised, with curly quotes made straight."""
    return normalise_body(text.translate(_QUOTES))


def text_hash(text: str) -> str:
    """Identity of a claim's wording: curly and straight quotes and spacing do not make a new claim."""
    return hashlib.sha256(normalise_claim_text(text).casefold().encode("utf-8")).hexdigest()
