"""Latency of the public pages through gunicorn: the most-quoted speaker's page and a claim page.

    .venv/bin/python bench/bench_pages.py [--requests N] [--workers N] [--load liar|archive|none]

DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/factcheck_bench_pages (created when missing).
When its database has no claims the benchmark fills it first: `--load archive` runs
`manage.py generate_archive` (the synthetic million-claim archive, where the command exists);
`--load liar` (the default) loads the seed articles and all of LIAR (12,836 statements, from
../shared/data/liar). `--load none` measures whatever is there.

gunicorn serves the project on a free port of 127.0.0.1 with production settings (DEBUG off); each
page is requested a few times to warm up, then `--requests` times one after another, each on a new
connection, timed from the client. The table gives the median (p50) and the 99th percentile.
Target: p50 <= 50 ms.
"""

import argparse
import io
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlsplit

from common import ROOT, SHARED_DATA, setup_django

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench_pages"
LIAR_FILES = [SHARED_DATA / "liar" / name for name in ("train.tsv", "valid.tsv", "test.tsv")]
WARM_UP = 5
START_TIMEOUT_S = 30


def load(kind: str) -> None:
    from django.core.management import call_command, get_commands

    from claims.models import Claim

    if kind == "none" or Claim.objects.exists():
        return
    if kind == "archive":
        if "generate_archive" not in get_commands():
            raise SystemExit("generate_archive is not in this checkout; use --load liar")
        print("generating the synthetic archive (minutes) ...", flush=True)
        call_command("generate_archive")
        return
    missing = [str(path) for path in LIAR_FILES if not path.is_file()]
    if missing:
        raise SystemExit(f"LIAR data not found: {', '.join(missing)}")
    call_command("loaddata", ROOT / "fixtures" / "seeds.json", verbosity=0)
    call_command("import_liar", *LIAR_FILES, stdout=io.StringIO(), stderr=io.StringIO())


def pages_to_measure() -> dict[str, str]:
    """The pages a journalist opens: the most-quoted speaker (first page, filtered, a later page) and a claim."""
    from django.db.models import Count

    from claims.models import TRUTH_VERDICTS, Claim
    from pages import queries
    from pages.permalinks import claim_path, speaker_path

    top = Claim.objects.public().order_by().values("speaker").annotate(n=Count("id")).order_by("-n").first()
    speaker = queries.public_speaker(top["speaker"])
    checked = Claim.objects.public().filter(status__in=TRUTH_VERDICTS)
    claim = checked.filter(article__isnull=False).order_by("-id").first() or checked.order_by("-id").first()
    # The cursor of a page far down the list: a deep page must cost what the first one does.
    deep = (
        Claim.objects.public()
        .filter(speaker=speaker)
        .order_by("-created_at", "-id")[min(top["n"] - 1, 20 * 50) : min(top["n"], 20 * 50 + 1)]
    )
    path = speaker_path(speaker)
    print(f"most-quoted speaker: {speaker.name} ({top['n']:,} public claims); claim {claim.pk} ({claim.status})")
    return {
        "home, no query": "/",
        "speaker page, most quoted": path,
        "speaker page, filtered to false": f"{path}?status=false",
        "speaker page, page 50 (cursor)": f"{path}?after={deep[0].pk}" if deep else path,
        "claim page, with a verdict": claim_path(claim),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(database_url: str, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = os.environ | {
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "factcheck.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/robots.txt", timeout=2).read()
            return server, base
        except OSError:
            if server.poll() is not None:
                raise SystemExit("gunicorn exited: " + server.stderr.read().decode()[-2000:]) from None
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"gunicorn did not answer within {START_TIMEOUT_S} s")


def timed_get(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        if response.status != 200:
            raise SystemExit(f"{url} answered {response.status}")
    return time.perf_counter() - start


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page (default 200)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--load", choices=("liar", "archive", "none"), default="liar")
    args = parser.parse_args()
    if args.requests < 1 or args.workers < 1:
        parser.error("--requests and --workers must be at least 1")

    url = setup_django(DEFAULT_URL)
    from django.core.management import call_command
    from django.db import connection

    from claims.models import Claim, Review

    call_command("migrate", verbosity=0)
    load(args.load)
    if connection.vendor == "postgresql":
        # What autovacuum does for a served archive, done now: statistics for the planner, and the
        # visibility map that lets a count be read from an index alone.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    print(
        f"{Claim.objects.count():,} claims, {Review.objects.count():,} reviews in {connection.vendor} "
        f"({urlsplit(url).path.lstrip('/')}); gunicorn with {args.workers} workers, {args.requests} requests a page"
    )
    pages = pages_to_measure()
    connection.close()

    server, base = start_gunicorn(url, args.workers)
    try:
        print()
        print("| page | p50 ms | p99 ms | mean ms |")
        print("|---|---:|---:|---:|")
        for name, path in pages.items():
            for _ in range(WARM_UP):
                timed_get(base + path)
            times = [timed_get(base + path) * 1000 for _ in range(args.requests)]
            print(
                f"| {name} | {statistics.median(times):.1f} | {percentile(times, 0.99):.1f} "
                f"| {statistics.fmean(times):.1f} |",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
