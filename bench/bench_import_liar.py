"""How fast import_liar loads all of LIAR (12,836 statements) into an empty database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench .venv/bin/python bench/bench_import_liar.py

Creates the database when it is missing (PostgreSQL), migrates it, then for each run empties it
and imports train, valid and test.tsv from ../shared/data/liar/. Prints each run, the median of
three, and a second import over the loaded data (everything unchanged). Without DATABASE_URL it
uses a throwaway SQLite file. The database named is emptied: never point this at real data.
"""

import io
import statistics
import sys
import time
from urllib.parse import urlsplit

from common import SHARED_DATA, require_files, setup_django

LIAR = SHARED_DATA / "liar"
FILES = [LIAR / "train.tsv", LIAR / "valid.tsv", LIAR / "test.tsv"]
RUNS = 3


def timed_import() -> tuple[float, str]:
    from django.core.management import call_command

    out = io.StringIO()
    start = time.perf_counter()
    call_command("import_liar", *FILES, stdout=out, stderr=io.StringIO())
    return time.perf_counter() - start, out.getvalue().strip()


def main() -> int:
    if not require_files(FILES, "LIAR data"):
        return 1
    url = setup_django()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    rows = sum(path.read_bytes().count(b"\n") for path in FILES)
    print(f"import_liar: {rows} rows from {len(FILES)} files into {connection.vendor} ({urlsplit(url).path})")
    print()
    print("| run | seconds | rows/s |")
    print("|---|---:|---:|")
    seconds = []
    for run in range(1, RUNS + 1):
        call_command("flush", interactive=False, verbosity=0)
        elapsed, summary = timed_import()
        seconds.append(elapsed)
        print(f"| {run} (empty database) | {elapsed:.2f} | {rows / elapsed:,.0f} |")
    median = statistics.median(seconds)
    print(f"| **median of {RUNS}** | **{median:.2f}** | **{rows / median:,.0f}** |")
    elapsed, rerun = timed_import()
    print(f"| again, all unchanged | {elapsed:.2f} | {rows / elapsed:,.0f} |")
    print()
    print(f"last import: {summary}")
    print(f"again:       {rerun}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
