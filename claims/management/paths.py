"""The files a command reads: the ones named, and those inside named folders, as `ingest` takes them."""

from collections.abc import Iterable
from pathlib import Path

from django.core.management.base import CommandError


def files_to_read(paths: Iterable[Path], suffixes: set[str]) -> list[Path]:
    """Named files as given, then each named folder's files ending in one of `suffixes`, sorted.

    A path that does not exist, or a folder with no such file, is a CommandError naming it.
    """
    files, missing = [], []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
            if not found:
                raise CommandError(f"no {', '.join(sorted(suffixes))} files in the folder {path}")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            missing.append(str(path))
    if missing:
        raise CommandError(f"no such file or folder: {', '.join(missing)}")
    return files


def positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1, or the parser's one-line error."""
    import argparse

    if not value.strip().isdecimal() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return int(value)
