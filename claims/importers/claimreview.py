"""Read schema.org ClaimReview documents into ClaimToStore records, and write them back. No Django here.

Shapes read: a ClaimReview object, a list of them, a `@graph`, JSON Lines (one document per line),
a Data Commons `DataFeedItem` or `DataFeed` (what `export_claimreview` writes), and claims from
Google's Fact Check Tools API (`text`, `claimant`, `claimReview[]`, or a `{"claims": [...]}` answer).
Objects of other types beside the reviews (WebPage, Organization, ...) are passed over.

Fields:

- claimReviewed -> the claim text (HTML entities decoded; a list is joined with spaces).
- itemReviewed.author -> the speaker. `Organization` makes an organisation; `Person` is not
  trusted (parties are published as Person), so the kind is guessed from the name. A name given
  as a list (`["Mzwandile Masina", "mayor of Ekurhuleni"]`) is the name then its affiliation;
  `jobTitle` is the affiliation too. A review without a named claimant is attributed to the
  speaker "Unattributed".
- itemReviewed.appearance / firstAppearance / url -> the claim's source URL;
  itemReviewed.datePublished -> the day it was stated.
- author -> the reviewing organisation: the first author typed Organization, else the publisher,
  else the first author's name (some publishers name only the journalist).
- datePublished -> when the review was published; a time without a zone is taken as UTC.
- url -> the review's URL. The import's id is a hash of the URL and the claim text (one page may
  review several claims), so a second import of the same document changes nothing.

Ratings become a verification status in this order:

1. The rating's `alternateName` (or `name`), compared without case, accents, underscores and
   final punctuation, in RATING_NAMES: 'False', 'Falso', 'Faux', 'Falsch', 'Incorrect', 'زائف',
   '錯誤' -> false; 'Engañoso', 'Misleading', 'Trompeur', 'não é bem assim' -> misleading;
   'Half true' -> half_true; '證據不足' (insufficient evidence) -> unverifiable; ...
2. A verdict before a colon or full stop: 'FALSO: As imagens foram ...' -> false.
3. `ratingValue` on the 1-5 scale of Google's ClaimReview guidelines (worstRating 1, bestRating
   5): 1 false, 2 mostly_false, 3 half_true, 4 mostly_true, 5 true. Other scales mean different
   things per publisher (Lupa rates 'Falso' 4 of 6), so they are not read.
4. Anything else (a sentence such as 'Reker hat diesen Satz nie gesagt.') -> unverifiable.

The rating as published is always kept as the review's original rating.
"""

import datetime
import hashlib
import html
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claims.records import GROUP, INDIRECT, ORGANISATION, ClaimToStore, ImportedVerdict, Rejected

UNATTRIBUTED = "Unattributed"

# Rating names -> VerificationStatus values; compared as normalise_rating() leaves them.
_RATING_NAMES = {
    **dict.fromkeys(["true", "verdadeiro", "verdadero", "vrai", "richtig", "wahr", "correct", "accurate"], "true"),
    **dict.fromkeys(
        ["mostly true", "mostly correct", "mayormente verdadero", "casi verdadero", "plutot vrai"], "mostly_true"
    ),
    **dict.fromkeys(
        [
            "half true",
            "half truth",
            "mixture",
            "mixed",
            "partly true",
            "partially true",
            "verdad a medias",
            "medio verdadero",
            "meia verdade",
            "en partie vrai",
            "teilweise richtig",
        ],
        "half_true",
    ),
    **dict.fromkeys(
        ["mostly false", "barely true", "mayormente falso", "plutot faux", "partly false", "partially false"],
        "mostly_false",
    ),
    **dict.fromkeys(
        [
            "false",
            "falso",
            "faux",
            "falsch",
            "incorrect",
            "wrong",
            "fake",
            "not true",
            "really false",
            "totally false",
            "bulo",
            "زائف",
            "錯誤",
            "错误",
            "झूठ",
            "गलत",
        ],
        "false",
    ),
    **dict.fromkeys(["pants on fire", "pants fire"], "pants_on_fire"),
    **dict.fromkeys(
        [
            "misleading",
            "enganoso",
            "trompeur",
            "irrefuhrend",
            "missing context",
            "out of context",
            "sin contexto",
            "fuera de contexto",
            "sacado de contexto",
            "descontextualizado",
            "nao e bem assim",
            "distorcido",
            "exagerado",
            "exaggerated",
        ],
        "misleading",
    ),
    **dict.fromkeys(
        [
            "unverifiable",
            "unproven",
            "insufficient evidence",
            "no evidence",
            "sin evidencia",
            "sem evidencias",
            "inconclusive",
            "證據不足",
            "证据不足",
        ],
        "unverifiable",
    ),
}
UNMAPPED = "unverifiable"
# Claim.source_url and Review.url hold up to this many characters; a longer URL is left out.
MAX_URL_LENGTH = 1000
# Google's guidelines: "1 = False, 2 = Mostly false, 3 = Half true, 4 = Mostly true, 5 = True".
FIVE_POINT_SCALE = {1: "false", 2: "mostly_false", 3: "half_true", 4: "mostly_true", 5: "true"}
# How the export writes each status; the import reads every one back to the same status.
STATUS_NAMES = {
    "true": "True",
    "mostly_true": "Mostly true",
    "half_true": "Half true",
    "mostly_false": "Mostly false",
    "false": "False",
    "pants_on_fire": "Pants on fire",
    "misleading": "Misleading",
    "unverifiable": "Unverifiable",
}
STATUS_VALUES = {status: value for value, status in FIVE_POINT_SCALE.items()} | {"pants_on_fire": 1}


class DocumentError(ValueError):
    """A document that is not JSON, or holds no ClaimReview."""


def normalise_rating(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("_", " ").replace("-", " ").split()).strip(" .!:;,")


RATING_NAMES = {normalise_rating(name): status for name, status in _RATING_NAMES.items()}


def rating_status(name: str, value: Any = None, best: Any = None, worst: Any = None) -> str:
    """The verification status a published rating means; UNMAPPED when it does not say clearly."""
    key = normalise_rating(name)
    if key in RATING_NAMES:
        return RATING_NAMES[key]
    for separator in (":", "."):
        head = key.partition(separator)[0] if separator in key else ""
        if head and normalise_rating(head) in RATING_NAMES:
            return RATING_NAMES[normalise_rating(head)]
    if (_number(worst), _number(best)) == (1, 5) and _number(value) in FIVE_POINT_SCALE:
        return FIVE_POINT_SCALE[_number(value)]
    return UNMAPPED


def _number(value: Any) -> int | None:
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def read_claimreview(path: Path) -> Iterator[ClaimToStore | Rejected]:
    """Every ClaimReview in a file: JSON, or JSON Lines (one document per line)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        yield Rejected(path.name, f"cannot read: {error}")
        return
    try:
        documents = [(path.name, json.loads(text))]
    except json.JSONDecodeError as error:
        if path.suffix != ".jsonl" and error.msg != "Extra data":
            yield Rejected(path.name, f"not JSON ({error.msg} at line {error.lineno})")
            return
        documents = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                documents.append((f"{path.name}:{number}", json.loads(line)))
            except json.JSONDecodeError as line_error:
                yield Rejected(f"{path.name}:{number}", f"not JSON ({line_error.msg})")
    for where, document in documents:
        yield from read_document(document, where=where)


def read_document(document: Any, *, where: str) -> Iterator[ClaimToStore | Rejected]:
    """The ClaimReviews of one parsed JSON document, wherever they sit in it."""
    reviews = list(_find_reviews(document))
    if not reviews:
        yield Rejected(where, "no ClaimReview in the document")
        return
    for number, review in enumerate(reviews, start=1):
        label = where if len(reviews) == 1 else f"{where}#{number}"
        try:
            yield review[0](review[1], where=label)
        except DocumentError as error:
            yield Rejected(label, str(error))


def _types(node: dict) -> list[str]:
    kind = node.get("@type", [])
    return [str(t).rsplit("/", 1)[-1].casefold() for t in (kind if isinstance(kind, list) else [kind])]


def _find_reviews(node: Any) -> Iterator[tuple]:
    if isinstance(node, list):
        for item in node:
            yield from _find_reviews(item)
    elif isinstance(node, dict):
        if "claimreview" in _types(node):
            yield (parse_claimreview, node)
        elif "claimReview" in node and ("text" in node or "claimant" in node):
            for review in _as_list(node["claimReview"]):
                yield (_factcheck_tools_parser(node), review)
        else:
            for key in ("@graph", "item", "dataFeedElement", "claims"):
                yield from _find_reviews(node.get(key))


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    """A short string field (a name, a rating) that may be published as a list, with stray spaces."""
    return " ".join(_claim_text(value).split())


def _claim_text(value: Any) -> str:
    """A claim as published, possibly as a list of strings or with HTML entities ('Singh&#039;s')."""
    if isinstance(value, list):
        value = " ".join(str(v) for v in value if v)
    if not isinstance(value, str | int | float):
        return ""
    return html.unescape(str(value)).strip()


def _name(node: Any) -> str:
    if isinstance(node, dict):
        return _text(_as_list(node.get("name"))[:1])
    return _text(node) if isinstance(node, str) else ""


def _date(value: Any) -> datetime.date | None:
    moment = _datetime(value)
    return moment.date() if moment else None


def _datetime(value: Any) -> datetime.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        try:
            moment = datetime.datetime.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def _first_url(*candidates: Any) -> str:
    for candidate in candidates:
        for item in _as_list(candidate):
            url = item.get("url") if isinstance(item, dict) else item
            if _is_url(url):
                return url.strip()
    return ""


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and value.strip().startswith(("http://", "https://")) and len(value) <= MAX_URL_LENGTH


def external_id(review_url: str, text: str, *extra: str) -> str:
    """A stable id for a review of a claim: one page may review several claims."""
    return hashlib.sha256("\n".join([review_url, text, *extra]).encode("utf-8")).hexdigest()


def parse_claimreview(node: dict, *, where: str) -> ClaimToStore:
    """One schema.org ClaimReview object -> a record; DocumentError when it has no claim or rating."""
    text = _claim_text(node.get("claimReviewed"))
    if not text:
        raise DocumentError("no claimReviewed text")
    rating = next((r for r in _as_list(node.get("reviewRating")) if isinstance(r, dict)), None)
    if rating is None:
        raise DocumentError("no reviewRating")
    original = _text(rating.get("alternateName") or rating.get("name"))
    item = node.get("itemReviewed") if isinstance(node.get("itemReviewed"), dict) else {}
    claimant = next((a for a in _as_list(item.get("author")) if _name(a)), None)
    speaker, stated_as, kind = _claimant(claimant)
    authors = [a for a in _as_list(node.get("author")) if _name(a)]
    organisations = [a for a in authors if isinstance(a, dict) and "organization" in _types(a)]
    reviewer = _name((organisations or [None])[0]) or _name(node.get("publisher")) or _name((authors or [None])[0])
    url = _text(node.get("url"))
    return ClaimToStore(
        external_id=external_id(url, text),
        text=text,
        kind=INDIRECT,
        speaker=speaker,
        speaker_kind=kind,
        role=stated_as,
        affiliation=stated_as,
        source_url=_first_url(item.get("appearance"), item.get("firstAppearance"), item.get("url")),
        stated_on=_date(item.get("datePublished")),
        verdict=ImportedVerdict(
            status=rating_status(
                original, rating.get("ratingValue"), rating.get("bestRating"), rating.get("worstRating")
            ),
            original_rating=original,
            reviewing_organization=reviewer,
            url=url if _is_url(url) else "",
            reviewed_at=_datetime(node.get("datePublished")),
        ),
        where=where,
    )


def _claimant(author: Any) -> tuple[str, str, str | None]:
    """(speaker name, stated affiliation, speaker kind or None to guess) for itemReviewed.author."""
    if not author:
        return UNATTRIBUTED, "", GROUP
    if not isinstance(author, dict):
        return _text(author), "", None
    names = [_text(n) for n in _as_list(author.get("name")) if _text(n)]
    stated_as = _text(author.get("jobTitle")) or ", ".join(names[1:])
    return names[0], stated_as, ORGANISATION if "organization" in _types(author) else None


def _factcheck_tools_parser(claim: dict):
    def parse(review: dict, *, where: str) -> ClaimToStore:
        """One claimReview of a Fact Check Tools claim (`text`, `claimant`, `claimDate`)."""
        text = _claim_text(claim.get("text"))
        if not text:
            raise DocumentError("no claim text")
        if not isinstance(review, dict) or not _text(review.get("textualRating")):
            raise DocumentError("no textualRating")
        publisher = review.get("publisher") or {}
        url = _text(review.get("url"))
        rating = _text(review.get("textualRating"))
        return ClaimToStore(
            external_id=external_id(url, text),
            text=text,
            kind=INDIRECT,
            speaker=_text(claim.get("claimant")) or UNATTRIBUTED,
            speaker_kind=None if _text(claim.get("claimant")) else GROUP,
            role="",
            stated_on=_date(claim.get("claimDate")),
            verdict=ImportedVerdict(
                status=rating_status(rating),
                original_rating=rating,
                reviewing_organization=_text(publisher.get("name")) or _text(publisher.get("site")),
                url=url if _is_url(url) else "",
                reviewed_at=_datetime(review.get("reviewDate")),
            ),
            where=where,
        )

    return parse


def claimreview_document(
    *,
    url: str,
    text: str,
    status: str,
    speaker: str,
    speaker_is_organisation: bool,
    stated_as: str = "",
    reviewing_organization: str,
    reviewed_at: datetime.datetime | None,
    stated_on: datetime.date | None = None,
    source_url: str = "",
) -> dict:
    """A schema.org ClaimReview for one verdict, in the shape read_document() reads back."""
    author = {"@type": "Organization" if speaker_is_organisation else "Person", "name": speaker}
    if stated_as:
        author["jobTitle"] = stated_as
    item: dict[str, Any] = {"@type": "Claim", "author": author}
    if stated_on:
        item["datePublished"] = stated_on.isoformat()
    if source_url:
        item["appearance"] = [{"@type": "CreativeWork", "url": source_url}]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": STATUS_NAMES[status]}
    if status in STATUS_VALUES:
        rating |= {"ratingValue": STATUS_VALUES[status], "bestRating": 5, "worstRating": 1}
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": text,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": reviewing_organization},
        "reviewRating": rating,
    }
    if reviewed_at:
        review["datePublished"] = reviewed_at.isoformat()
    return review
