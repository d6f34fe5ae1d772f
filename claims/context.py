"""The passage of an article around a claim, for showing the quote where it was said."""

from dataclasses import dataclass


@dataclass(frozen=True)
class QuoteContext:
    before: str
    quote: str
    after: str


def quote_in_paragraph(body: str, start: int, end: int) -> QuoteContext:
    """The paragraph (or paragraphs, for a quote spanning several) holding body[start:end], split around it."""
    para_start = body.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = body.find("\n\n", end)
    para_end = len(body) if para_end < 0 else para_end
    return QuoteContext(before=body[para_start:start], quote=body[start:end], after=body[end:para_end])


def article_label(article) -> str:
    """How a reviewer recognises an article: its title, or else its outlet, date and first words.

    Never its file name: a reviewer did not ingest it and cannot tell one file from another.
    """
    if article.title.strip():
        label = article.title.strip()
        return f"{label} ({article.outlet})" if article.outlet_id else label
    words = article.body.split()
    opening = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    parts = [str(article.outlet) if article.outlet_id else "Unknown outlet"]
    if article.published:
        parts.append(article.published.isoformat())
    return f"{', '.join(parts)}: “{opening}”"
