"""The API on a million-claim archive, through real HTTP, beside raw-SQL floor views of the same rows.

    .venv/bin/python manage.py generate_archive            # once, into an empty PostgreSQL database
    .venv/bin/python bench/bench_api_scale.py [--requests 200] [--warmup 20] [--port 8765]

DATABASE_URL defaults to postgres://postgres@127.0.0.1:5432/fc_bench and must hold an archive made
by `generate_archive` (run both with the same DATABASE_URL); the benchmark only reads it.

It starts gunicorn (2 sync workers, DEBUG=0) on 127.0.0.1 with BENCH_FLOOR_VIEWS=1, so the same
server answers the API and bench/floor_views.py, and for each case sends --warmup requests, then
--requests sequential ones, each on a new connection, timing each to the last byte. The table gives
p50 and p99 of the API and the p50 of the floor view returning the same rows from one SQL
statement, their ratio, and the SQL queries one request makes (counted in this process with
Django's test client on the same database; the throttle's reads and writes of its counter in the
database cache are counted apart). Then it streams a CSV and a JSON Lines export and runs
`export_claimreview` (its whole run, Django's start included), giving rows per second and peak memory.
"""

import argparse
import http.client
import json
import os
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlencode

from common import ROOT, setup_django

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/fc_bench"
PAGE = 50


def get(port: int, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


def timed(port: int, path: str, count: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        status, body = get(port, path)
        if status != 200:
            raise SystemExit(f"{path} answered {status}: {body[:300]!r}")
    times = []
    for _ in range(count):
        started = time.perf_counter()
        get(port, path)
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def start_server(port: int, database_url: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "BENCH_FLOOR_VIEWS": "1",
        "CONN_MAX_AGE": "600",
        # The benchmark is one client sending thousands of requests: no throttling.
        "API_THROTTLE_ANONYMOUS": "1000000/s",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "factcheck.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}", "--timeout", "300"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited ({server.returncode}); is port {port} taken?")
        try:
            if get(port, "/api/v1/outlets/")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def archive_parameters() -> dict:
    """Speakers and a cursor to ask about, read from the archive itself."""
    from django.db import connection

    from claims.api.pagination import ClaimPagination
    from claims.names import name_key

    with connection.cursor() as cursor:
        cursor.execute("SELECT speaker_id FROM claims_claim GROUP BY 1 ORDER BY count(*) DESC LIMIT 200")
        ranked = [row[0] for row in cursor.fetchall()]
        cursor.execute("SELECT name FROM claims_speaker WHERE id = %s", [ranked[0]])
        top_name = cursor.fetchone()[0]
        # A rare speaker whose surname no one else bears.
        cursor.execute(
            """SELECT s.id, s.name FROM claims_speaker s JOIN claims_claim c ON c.speaker_id = s.id
               GROUP BY s.id HAVING count(*) BETWEEN 3 AND 6 ORDER BY s.id LIMIT 400"""
        )
        rare = None
        for pk, name in cursor.fetchall():
            surname = name_key(name).split()[-1]
            cursor.execute(
                "SELECT count(*) FROM claims_speaker WHERE name_key LIKE %s OR name_key = %s",
                ["% " + surname, surname],
            )
            if cursor.fetchone()[0] == 1:
                rare = (pk, name)
                break
        # A speaker of middling fame with a surname long enough to misspell.
        long_surname = "length(name_key) - position(' ' in name_key) >= 6"
        cursor.execute(f"SELECT id, name FROM claims_speaker WHERE id = ANY(%s) AND {long_surname}", [ranked[100:]])
        misspelt_id, misspelt_name = cursor.fetchone()
        cursor.execute(
            f"""SELECT created_at, id FROM claims_claim WHERE {"speaker_id IS NOT NULL AND status <> 'not_a_claim'"}
                ORDER BY created_at DESC, id DESC OFFSET 19999 LIMIT 1"""
        )
        created_at, deep_id = cursor.fetchone()
    first, *_, last = misspelt_name.split()
    cut = len(last) // 2
    misspelling = f"{first} {last[:cut]}{last[cut + 1 :]}"
    row = SimpleNamespace(created_at=created_at, pk=deep_id)
    return {
        "top_id": ranked[0],
        "top_surname": top_name.split()[-1],
        "rare_id": rare[0],
        "rare_surname": rare[1].split()[-1],
        "misspelt_id": misspelt_id,
        "misspelling": misspelling,
        "cursor": ClaimPagination._encode(row, "created_at", "n"),
        "deep": {"created_at": created_at.isoformat(), "id": deep_id},
    }


def cases(p: dict) -> list[tuple[str, str, str, dict]]:
    """(label, API path, floor case, floor parameters)."""
    page = {"page_size": PAGE}
    year = {"published_after": "2024-01-01", "published_before": "2024-12-31"}

    def claims(**params):
        return "/api/v1/claims/?" + urlencode({**page, **params})

    return [
        ("claims, first page", claims(), "claims", {"limit": PAGE}),
        ("claims, 20,000 rows deep (cursor)", claims(cursor=p["cursor"]), "claims_after", {**p["deep"], "limit": PAGE}),
        (
            "claims ?speaker_id= (top speaker)",
            claims(speaker_id=p["top_id"]),
            "claims_by_speaker_id",
            {"id": p["top_id"], "limit": PAGE},
        ),
        (
            "claims ?speaker= frequent surname",
            claims(speaker=p["top_surname"]),
            "claims_by_speaker_name",
            {"name": p["top_surname"].lower(), "limit": PAGE},
        ),
        (
            "claims ?speaker= rare surname",
            claims(speaker=p["rare_surname"]),
            "claims_by_speaker_name",
            {"name": p["rare_surname"].lower(), "limit": PAGE},
        ),
        (
            "claims ?status=false + a year",
            claims(status="false", **year),
            "claims_by_status_and_date",
            {"status": "false", "after": "2024-01-01", "before": "2024-12-31", "limit": PAGE},
        ),
        (
            "claims ?q= word in 1 % (sanctions)",
            claims(q="sanctions"),
            "claims_search",
            {"q": "sanctions", "limit": PAGE},
        ),
        (
            "claims ?q= word in 10 % (inflation)",
            claims(q="inflation"),
            "claims_search",
            {"q": "inflation", "limit": PAGE},
        ),
        (
            "speakers ?search= misspelt",
            "/api/v1/speakers/?" + urlencode({"search": p["misspelling"]}),
            "speaker_search",
            {"name": p["misspelling"].lower()},
        ),
        ("speakers, first page", "/api/v1/speakers/", "speakers", {}),
        ("speaker detail (top speaker)", f"/api/v1/speakers/{p['top_id']}/", "speaker_detail", {"id": p["top_id"]}),
        ("articles, first page", "/api/v1/articles/", "articles", {}),
        ("outlets, first page", "/api/v1/outlets/", "outlets", {}),
        ("claimreview feed, first page", "/api/v1/claimreview/?page_size=50", "claimreview", {"limit": PAGE}),
    ]


def query_count(path: str) -> str:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        status = Client().get(path).status_code
    assert status == 200, (path, status)
    throttle = sum(
        "factcheck_cache" in query["sql"] or query["sql"] in ("BEGIN", "COMMIT") for query in queries.captured_queries
    )
    return f"{len(queries) - throttle} + {throttle}"


def worker_pids(server: subprocess.Popen) -> list[int]:
    output = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout
    return [int(pid) for pid in output.split()]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure_export(port: int, server: subprocess.Popen, path: str) -> tuple[int, float, float, float]:
    """Rows, seconds, worker RSS before and at peak (MB) for one streamed export."""
    pids = worker_pids(server)
    before = max(rss_mb(pid) for pid in pids)
    peak, done = [before], threading.Event()

    def sample():
        while not done.is_set():
            peak.append(max(rss_mb(pid) for pid in pids))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    connection.request("GET", path)
    response = connection.getresponse()
    lines = 0
    while chunk := response.read(1 << 16):
        lines += chunk.count(b"\n")
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    return lines - 1, seconds, before, max(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--skip-exports", action="store_true")
    parser.add_argument("--exports-only", action="store_true")
    parser.add_argument("--only", default="", help="only the cases whose label holds this text")
    args = parser.parse_args()

    # The benchmark is one client sending thousands of requests (here and in gunicorn): no 429s.
    # Per second, so the throttle's history of recent requests (read and written each time) stays short.
    os.environ["API_THROTTLE_ANONYMOUS"] = "1000000/s"
    url = setup_django(DEFAULT_URL)
    from django.db import connection

    from claims.importers.export import reviewed_claims
    from claims.models import Claim

    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE relname = 'claims_claim'")
        claims = cursor.fetchone()[0]
    if claims < 1000:
        raise SystemExit(f"{url} holds no archive: run `manage.py generate_archive` with this DATABASE_URL first")
    parameters = archive_parameters()
    if not args.port:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    server = start_server(args.port, url)
    # A stopped benchmark stops its server too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    try:
        search = json.loads(get(args.port, "/api/v1/speakers/?" + urlencode({"search": parameters["misspelling"]}))[1])
        right_first = bool(search["results"]) and search["results"][0]["id"] == parameters["misspelt_id"]
        print(f"database: {connection.settings_dict['NAME']}, {Claim.objects.count():,} claims")
        print(f"misspelling {parameters['misspelling']!r}: right speaker first: {'yes' if right_first else 'NO'}")
        print(f"{args.requests} requests per case after {args.warmup} warm-up; times in ms, to the last byte")
        print()
        print("| case | API p50 | API p99 | floor p50 | API/floor | SQL queries (+ throttle's cache) |")
        print("|---|---:|---:|---:|---:|---:|")
        for label, path, floor_case, floor_params in [] if args.exports_only else cases(parameters):
            if args.only not in label:
                continue
            api = timed(args.port, path, args.requests, args.warmup)
            floor_path = f"/bench/floor/{floor_case}/?" + urlencode(floor_params)
            floor = timed(args.port, floor_path, args.requests, args.warmup)
            api50, floor50 = statistics.median(api), statistics.median(floor)
            print(
                f"| {label} | {api50:.1f} | {percentile(api, 0.99):.1f} | {floor50:.1f} | "
                f"{api50 / floor50:.2f} | {query_count(path)} |",
                flush=True,
            )
        if args.skip_exports:
            return
        print()
        print("| export | rows | seconds | rows/s | memory before → peak (MB) |")
        print("|---|---:|---:|---:|---|")
        for export_format in ("csv", "jsonl"):
            export = "/api/v1/claims/?" + urlencode({"format": export_format, "published_after": "2022-01-01"})
            rows, seconds, before, peak = measure_export(args.port, server, export)
            # A CSV has a header line; JSON Lines has none.
            rows += export_format == "jsonl"
            print(f"| `{export}` | {rows:,} | {seconds:.1f} | {rows / seconds:,.0f} | {before:.0f} → {peak:.0f} |")
        started = time.perf_counter()
        feed = Path(tempfile.mkdtemp()) / "feed.json"
        subprocess.run(
            [sys.executable, "manage.py", "export_claimreview", "--output", str(feed)],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": url},
            check=True,
            stderr=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - started
        feed.unlink()
        reviewed = reviewed_claims().count()
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        rate = reviewed / seconds
        print(f"| `manage.py export_claimreview` | {reviewed:,} | {seconds:.1f} | {rate:,.0f} | peak {peak:.0f} |")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
