"""The JSON shape of extraction results, shared by ``extract_quotes --json`` and the benchmark."""

from .records import ExtractedArticle, QuoteRecord

QUOTE_FIELDS = (
    "text", "speaker", "speaker_kind", "affiliation", "role", "organization", "kind",
    "start", "end", "confidence", "rule",
)  # fmt: skip


def quote_json(quote: QuoteRecord) -> dict:
    return {name: getattr(quote, name) for name in QUOTE_FIELDS}


def article_json(file: str, extracted: ExtractedArticle) -> dict:
    parsed = extracted.parsed
    return {
        "file": file,
        "title": parsed.title,
        "outlet": parsed.outlet,
        "published": parsed.published.isoformat() if parsed.published else None,
        "quotes": [quote_json(q) for q in extracted.quotes],
    }
