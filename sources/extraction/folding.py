"""Capitals with accents read as their base letters: 'Álvarez', 'Émile Roux', 'Østergaard'.

The rules find names by their capital letters, written [A-Z] throughout; an accented capital would
hide a name from every one of them ("Álvarez told the Herald" named nobody). An article holding such
capitals is read with each one folded to its base letter, one character for one, so every offset
stays; the records' words are given back their accents afterwards. Lowercase letters keep their
accents: \\w and the rules' [a-z]-free classes read them already.
"""

import dataclasses
import re
import unicodedata
from typing import Any

from sources.parsing import ParsedArticle
from sources.parsing.article import Paragraph

from .records import QuoteRecord


def _base_capital(char: str) -> str | None:
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isupper() else None


# Latin capitals with a diacritic (Latin-1 and Latin Extended-A/B), and the few without a decomposition.
_FOLDS = {c: b for c in map(chr, range(0xC0, 0x250)) if c.isupper() and (b := _base_capital(c))}
_FOLDS.update({"Ø": "O", "Ł": "L", "Đ": "D", "Ħ": "H"})
_TABLE = str.maketrans(_FOLDS)
_ACCENTED_CAPITAL = re.compile(f"[{''.join(_FOLDS)}]")
_WORD_WITH_ACCENTED_CAPITAL = re.compile(rf"\w*{_ACCENTED_CAPITAL.pattern}\w*")
_WORD = re.compile(r"\w+")
# The record's fields that hold the article's words.
_WORDED = ("text", "speaker", "affiliation", "role", "organization", "speaker_alias")


@dataclasses.dataclass(frozen=True)
class Folding:
    """An article's text with accented capitals folded, and how to give its words back their accents."""

    folded: ParsedArticle
    accented: dict[str, str]  # folded word -> the word as the article writes it

    @classmethod
    def of(cls, parsed: ParsedArticle) -> "Folding | None":
        """None when the article holds no accented capital (most do not): nothing to fold."""
        texts = [parsed.title or "", *(p.text for p in parsed.paragraphs), *parsed.captions]
        if not any(_ACCENTED_CAPITAL.search(t) for t in texts):
            return None
        written: dict[str, set[str]] = {}
        for text in texts:
            for word in _WORD_WITH_ACCENTED_CAPITAL.findall(text):
                written.setdefault(word.translate(_TABLE), set()).add(word)
        plain = {w for text in texts for w in _WORD.findall(text) if w in written}
        # A folded word the article also writes without the accent ('Alvarez' and 'Álvarez') stays as
        # folded: which one a name meant cannot be told.
        accented = {f: next(iter(ws)) for f, ws in written.items() if len(ws) == 1 and f not in plain}
        folded = dataclasses.replace(
            parsed,
            title=parsed.title.translate(_TABLE) if parsed.title else parsed.title,
            paragraphs=[Paragraph(p.text.translate(_TABLE), p.start) for p in parsed.paragraphs],
            captions=[c.translate(_TABLE) for c in parsed.captions],
        )
        return cls(folded, accented)

    def unfold(self, record: QuoteRecord) -> QuoteRecord:
        changes: dict[str, Any] = {}
        for name in _WORDED:
            value = getattr(record, name)
            if value:
                changes[name] = _WORD.sub(lambda m: self.accented.get(m.group(), m.group()), value)
        return dataclasses.replace(record, **changes)
