"""Reading article files safely: text only, UTF-8 only, bounded in size."""

from pathlib import Path

# Larger than any news article; a file this big is a mistake (a dump, a video) and would stall a batch.
MAX_BYTES = 5_000_000


class UnreadableArticle(Exception):
    """An article file that cannot be read as text; the message names the reason."""


def read_article_file(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The text of an article file, or UnreadableArticle (missing, empty, binary, not UTF-8, too big)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableArticle(f"too large ({size} bytes, limit {max_bytes})")
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableArticle(error.strerror or str(error)) from error
    if not data.strip():
        raise UnreadableArticle("empty file")
    if b"\x00" in data[:8192]:
        raise UnreadableArticle("binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableArticle(f"not UTF-8 (byte {error.start})") from error
