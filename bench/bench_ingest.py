"""Ingest throughput into PostgreSQL: articles per second through `ingest_file` (extraction + storage).

    .venv/bin/python bench/bench_ingest.py [--articles N] [--runs N]

DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/factcheck_bench_ingest, created when missing and
emptied on every run: never point it at real data.

The corpus is real article text: polnear-train (../shared/data) when present, otherwise the seed
articles, each variant made distinct by reordering its paragraphs (so no article is "unchanged").
The database is migrated and emptied before each of three runs; the table shows the median.
Target: >= 50 articles/s.
"""

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from common import ROOT, SHARED_DATA, setup_django

POLNEAR = SHARED_DATA / "polnear-train" / "articles"
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench_ingest"


def build_corpus(folder: Path, count: int) -> list[Path]:
    sources = sorted(POLNEAR.glob("*.txt")) if POLNEAR.is_dir() else sorted((ROOT / "seeds").glob("*.txt"))
    rng = random.Random(7)
    paths = []
    for i in range(count):
        source = sources[i % len(sources)]
        text = source.read_text(encoding="utf-8")
        if i >= len(sources):
            # A distinct variant of the same article: its paragraphs in another order.
            head, *paragraphs = text.split("\n\n")
            rng.shuffle(paragraphs)
            text = "\n\n".join([head, *paragraphs])
        path = folder / f"{i:05d}_{source.name}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    setup_django(DEFAULT_URL)
    from django.core.management import call_command
    from django.db import connection

    from claims.ingest import ingest_file
    from claims.models import Claim

    call_command("migrate", verbosity=0)
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_corpus(Path(tmp), args.articles)
        kilobytes = sum(p.stat().st_size for p in paths) / 1024
        rates, claim_counts = [], []
        for _ in range(args.runs):
            call_command("flush", interactive=False, verbosity=0)
            started = time.perf_counter()
            for path in paths:
                ingest_file(path)
            rates.append(len(paths) / (time.perf_counter() - started))
            claim_counts.append(Claim.objects.count())
    median = statistics.median(rates)
    print(f"database: {connection.vendor} ({connection.settings_dict['NAME']})")
    print("| articles | KB | claims | runs | articles/s (median) | min | max | target |")
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {len(paths)} | {kilobytes:.0f} | {claim_counts[-1]} | {args.runs} | {median:.1f} | {min(rates):.1f} | "
        f"{max(rates):.1f} | >= 50 ({median / 50:.2f}x) |"
    )


if __name__ == "__main__":
    main()
