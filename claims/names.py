"""Normal forms of names and claim texts, so lookups ignore case, accents and punctuation."""

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def strip_accents(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """'Raffaello  Pantucci', 'raffaello-pantucci' and 'Raffaëllo Pantucci' share one key."""
    return _SPACE.sub(" ", _NON_WORD.sub(" ", strip_accents(name).casefold().replace("_", " "))).strip()


def surname(name: str) -> str:
    """Last word of a person's name: the form articles use after the first mention."""
    words = name_key(name).split()
    return words[-1] if words else ""


def normalise_claim_text(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).translate(_QUOTES)).strip()


def text_hash(text: str) -> str:
    """Identity of a claim's wording: curly and straight quotes and spacing do not make a new claim."""
    return hashlib.sha256(normalise_claim_text(text).casefold().encode("utf-8")).hexdigest()
