"""The slowest requests an anonymous client can make, through real HTTP against gunicorn.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench .venv/bin/python bench/bench_slowest_anonymous.py

Migrates the database (created when missing), loads the seeds and, when ../shared/data is there,
LIAR and the ClaimReview samples (idempotent: a second run loads nothing), then starts gunicorn
(DEBUG=0, 2 workers, throttles lifted) on a free port and times hostile requests: the longest text
filters the API accepts (10 words), ones it must refuse (100 words), deep pages. Prints, per
request, the status and the median and worst of RUNS, slowest first, with its ratio to a plain
one-claim page; then how long that plain page takes while six of the slowest run at once.
Without DATABASE_URL it uses a throwaway SQLite file.
"""

import io
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

from common import ROOT, SHARED_DATA, setup_django

RUNS = 5
TEN_WORDS = "the minister said that the government would never raise taxes"
RARE_WORDS = "zyxw qvrt plmk ghjd wxyz trqp mnbv lkjh poiu asdf"
HUNDRED_WORDS = " ".join(["a"] * 100)


def load_data() -> None:
    from django.core.management import call_command

    from claims.models import Claim

    call_command("migrate", verbosity=0)
    quiet = {"stdout": io.StringIO(), "stderr": io.StringIO()}
    call_command("import_annotations", *sorted((ROOT / "seeds").glob("*.json")), **quiet)
    for command, folder in (("import_liar", "liar"), ("import_claimreview", "claimreview")):
        if (SHARED_DATA / folder).is_dir():
            try:
                call_command(command, SHARED_DATA / folder, **quiet)
            except Exception as error:  # a rejected row is reported, the rest are loaded
                print(f"{command}: {error}", file=sys.stderr)
    print(f"{Claim.objects.count():,} claims loaded")


def requests_to_time() -> dict[str, str]:
    from claims.importers.export import reviewed_claims
    from claims.models import Claim

    last_page = max(1, -(-Claim.objects.count() // 100))
    last_feed_page = max(1, -(-reviewed_claims().count() // 100))
    return {
        "plain page of one claim (baseline)": "/api/v1/claims/?page_size=1",
        "q: 10 common words": "/api/v1/claims/?" + urlencode({"q": TEN_WORDS}),
        "q: 10 words found nowhere": "/api/v1/claims/?" + urlencode({"q": RARE_WORDS}),
        "q: 100 one-letter words (refused)": "/api/v1/claims/?" + urlencode({"q": HUNDRED_WORDS}),
        "affiliation: 10 words": "/api/v1/claims/?" + urlencode({"affiliation": TEN_WORDS}),
        "affiliation: 100 words (refused)": "/api/v1/claims/?" + urlencode({"affiliation": HUNDRED_WORDS}),
        "speaker: 10 misspelt words": "/api/v1/claims/?" + urlencode({"speaker": RARE_WORDS}),
        "speakers search: 10 words": "/api/v1/speakers/?" + urlencode({"search": TEN_WORDS}),
        "outlet: 10 words": "/api/v1/claims/?" + urlencode({"outlet": TEN_WORDS}),
        "every text filter at once, 10 words each": "/api/v1/claims/?"
        + urlencode({"q": TEN_WORDS, "affiliation": TEN_WORDS, "speaker": TEN_WORDS, "outlet": TEN_WORDS}),
        f"claims: last page of 100 (page {last_page})": f"/api/v1/claims/?page_size=100&page={last_page}",
        "claims: last page, ordered by speaker": f"/api/v1/claims/?page_size=100&page={last_page}&ordering=speaker",
        "claimreview feed: last page of 100": f"/api/v1/claimreview/?page_size=100&page={last_feed_page}",
        "speakers: page of 100 by claim count": "/api/v1/speakers/?page_size=100&ordering=-claim_count",
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "API_THROTTLE_ANONYMOUS": "1000000/min",
        "API_THROTTLE_USER": "1000000/min",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "factcheck.wsgi", "-b", f"127.0.0.1:{port}", "-w", "2", "-t", "120"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/outlets/", timeout=5)
            return server
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    server.kill()
    raise SystemExit("gunicorn did not start")


def timed_get(url: str) -> tuple[int, float]:
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    return status, (time.perf_counter() - start) * 1000


def main() -> int:
    setup_django()
    from django.db import connection

    load_data()
    port = free_port()
    server = start_gunicorn(port)
    base = f"http://127.0.0.1:{port}"
    try:
        results = []
        for name, path in requests_to_time().items():
            timed_get(base + path)  # warm: the first request of a worker builds its caches
            runs = [timed_get(base + path) for _ in range(RUNS)]
            results.append((name, runs[0][0], statistics.median(ms for _, ms in runs), max(ms for _, ms in runs)))
        baseline = results[0][2]
        print(f"\nanonymous requests through gunicorn (2 workers) on {connection.vendor}, {RUNS} runs each\n")
        print("| request | status | median ms | worst ms | × baseline |")
        print("|---|---:|---:|---:|---:|")
        for name, status, median, worst in sorted(results, key=lambda r: -r[2]):
            print(f"| {name} | {status} | {median:.1f} | {worst:.1f} | {median / baseline:.1f} |")

        slowest = sorted((r for r in results if r[1] == 200), key=lambda r: -r[2])[0]
        slow_path = requests_to_time()[slowest[0]]
        with ThreadPoolExecutor(max_workers=7) as pool:
            hostile = [pool.submit(timed_get, base + slow_path) for _ in range(6)]
            time.sleep(0.05)
            idle = [timed_get(base + "/api/v1/claims/?page_size=1") for _ in range(3)]
            for future in hostile:
                future.result()
        print(
            f"\nplain page while six of '{slowest[0]}' run at once: median "
            f"{statistics.median(ms for _, ms in idle):.1f} ms (alone: {baseline:.1f} ms)"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
