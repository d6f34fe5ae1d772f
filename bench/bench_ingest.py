"""Ingest throughput into PostgreSQL: articles per second through `ingest_file` (extraction + storage).

    .venv/bin/python bench/bench_ingest.py [--articles N] [--runs N]
    .venv/bin/python bench/bench_ingest.py --archive postgres://postgres@127.0.0.1:5432/fc_bench [--articles N]

With --archive: the same new articles ingested into that database (a million-claim archive made
by `generate_archive`) and into an empty one (DATABASE_URL, default as below), alternately, each
run in a fresh process and inside a transaction rolled back at the end, so neither database keeps
them; the table gives both rates and their ratio, for the whole ingest and for its storage alone
(the articles extracted beforehand, then stored), which is what the archive's size can slow.

DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/factcheck_bench_ingest, created when missing and
emptied on every run: never point it at real data.

The corpus is real article text: polnear-train (../shared/data) when present, otherwise the seed
articles, each variant made distinct by reordering its paragraphs (so no article is "unchanged").
The database is migrated and emptied before each of three runs; the table shows the median.
Target: >= 50 articles/s.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
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


def rolled_back_run(count: int) -> None:
    """One run into DATABASE_URL as it is, undone afterwards; prints its rates as JSON (for --archive)."""
    setup_django(DEFAULT_URL)
    from django.db import transaction

    from claims.ingest import (
        article_record,
        claims_found,
        extract_article,
        ingest_file,
        read_article_file,
        store_article_with_claims,
    )
    from claims.models import Claim

    with tempfile.TemporaryDirectory() as tmp:
        paths = build_corpus(Path(tmp), count)
        with transaction.atomic():
            started = time.perf_counter()
            for path in paths:
                ingest_file(path)
            whole = time.perf_counter() - started
            transaction.set_rollback(True)
        prepared = []
        for path in paths:
            extracted = extract_article(read_article_file(path), path.name)
            claims, skipped = claims_found(extracted)
            prepared.append((article_record(extracted, path.name), claims, skipped))
        with transaction.atomic():
            started = time.perf_counter()
            for article, claims, skipped in prepared:
                store_article_with_claims(
                    article=article, claims=claims, origin=Claim.Origin.EXTRACTION, skipped=skipped
                )
            storage = time.perf_counter() - started
            transaction.set_rollback(True)
    print(json.dumps({"whole": count / whole, "storage": count / storage}))


def compare_with_archive(archive_url: str, count: int, runs: int) -> None:
    empty_url = setup_django(DEFAULT_URL)
    from django.core.management import call_command

    from claims.models import Claim

    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    archive_claims = _claims_in(archive_url)
    rates: dict[str, list[dict]] = {"empty": [], "archive": []}
    for _ in range(runs):
        for name, url in (("empty", empty_url), ("archive", archive_url)):
            child = subprocess.run(
                [sys.executable, __file__, "--rolled-back-run", "--articles", str(count)],
                env={**os.environ, "DATABASE_URL": url},
                capture_output=True,
                text=True,
                check=True,
            )
            rates[name].append(json.loads(child.stdout.strip().splitlines()[-1]))
    print(f"{count} new articles a run, {runs} runs each, alternating; medians in articles/s")
    print(f"empty: {Claim.objects.count():,} claims before; archive: {archive_claims:,} claims before")
    print("| part | empty database | million-claim archive | archive / empty time | target |")
    print("|---|---:|---:|---:|---|")
    for part in ("whole", "storage"):
        empty = statistics.median(r[part] for r in rates["empty"])
        archive = statistics.median(r[part] for r in rates["archive"])
        label = "ingest (extraction + storage)" if part == "whole" else "storage alone"
        print(f"| {label} | {empty:.1f} | {archive:.1f} | {empty / archive:.2f} | <= 1.20 |")


def _claims_in(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute("SELECT count(*) FROM claims_claim").fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--archive", help="a database made by generate_archive, to compare ingest into it")
    parser.add_argument("--rolled-back-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rolled_back_run:
        return rolled_back_run(args.articles)
    if args.archive:
        return compare_with_archive(args.archive, args.articles, args.runs)

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
