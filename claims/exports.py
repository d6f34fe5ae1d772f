"""Claims as CSV or JSON Lines, produced row by row so an export of any size keeps memory flat."""

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime

# Column name -> what it reads; the same columns in both formats.
COLUMNS = {
    "id": "id",
    "text": "text",
    "kind": "kind",
    "status": "status",
    "speaker_id": "speaker_id",
    "speaker": "speaker__name",
    "affiliation": "affiliation__stated_as",
    "article_id": "article_id",
    "article_title": "article__title",
    "outlet": "article__outlet__name",
    "published": "article__published",
    "stated_on": "stated_on",
    "source_url": "source_url",
    "topics": "topic_names",
    "origin": "origin",
    "confidence": "confidence",
    "created_at": "created_at",
    "updated_at": "updated_at",
}
# Rows read from the database at a time (a server-side cursor on PostgreSQL).
CHUNK_SIZE = 2000
EXPORT_FORMATS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/jsonl; charset=utf-8"}


def _rows(queryset) -> Iterator[dict]:
    for values in queryset.values_list(*COLUMNS.values()).iterator(chunk_size=CHUNK_SIZE):
        yield dict(zip(COLUMNS, values, strict=True))


def _plain(value):
    return value.isoformat() if isinstance(value, date | datetime) else value


def jsonl_lines(queryset) -> Iterator[str]:
    """One JSON object per claim and line; topics as a list."""
    for row in _rows(queryset):
        yield json.dumps({key: _plain(value) for key, value in row.items()}, ensure_ascii=False) + "\n"


def csv_lines(queryset) -> Iterator[str]:
    """A header line, then one line per claim; topics joined by '; '; empty cells for none."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(values) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    yield line(COLUMNS)
    for row in _rows(queryset):
        row["topics"] = "; ".join(row["topics"] or [])
        yield line("" if value is None else _plain(value) for value in row.values())


def export_lines(queryset, export_format: str) -> Iterator[str]:
    return csv_lines(queryset) if export_format == "csv" else jsonl_lines(queryset)
