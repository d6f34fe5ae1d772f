"""How fast a reviewer's admin pages answer with LIAR loaded plus a large synthetic archive.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench_admin \
        .venv/bin/python bench/bench_admin_changelist.py --claims 1000000

Loads LIAR (../shared/data/liar/) and bulk-creates synthetic claims until the archive holds --claims
claims (mostly decided, some waiting, a few without a speaker), unless the database holds that many
already: a second run reuses the data (--fresh rebuilds it). Then a signed-in reviewer asks each page
through Django's test client, once to warm up and RUNS more times, and the table gives the median and
slowest time and the number of SQL queries per page. For scale it also times what the list pages no
longer do: a full COUNT(*) of the claims and the per-status GROUP BY. Without DATABASE_URL it uses a
throwaway SQLite file. The database named is emptied with --fresh: never point this at real data.
"""

import argparse
import io
import random
import statistics
import sys
import time
from urllib.parse import urlsplit

from common import SHARED_DATA, setup_django

LIAR = SHARED_DATA / "liar"
LIAR_FILES = [LIAR / "train.tsv", LIAR / "valid.tsv", LIAR / "test.tsv"]
RUNS = 5
BATCH = 5_000
SYNTHETIC_SPEAKERS = 20_000
WORDS = [
    "tax",
    "jobs",
    "budget",
    "border",
    "health",
    "care",
    "schools",
    "energy",
    "oil",
    "wages",
    "crime",
    "police",
    "deficit",
    "trade",
    "tariffs",
    "climate",
    "vaccine",
    "housing",
    "rent",
    "inflation",
    "pensions",
    "veterans",
    "farmers",
    "water",
    "roads",
    "bridges",
    "power",
    "grid",
]
FIRST = [
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Frank",
    "Grace",
    "Hugo",
    "Ines",
    "Jack",
    "Karin",
    "Luis",
    "Maria",
    "Nora",
    "Omar",
    "Paula",
    "Rita",
    "Sam",
]
LAST = [
    "Abbott",
    "Baker",
    "Chen",
    "Diaz",
    "Evans",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanov",
    "Jensen",
    "Kowalski",
    "Lopez",
    "Moreau",
    "Novak",
    "Okafor",
]


def synthetic_names(rng: random.Random) -> list[str]:
    return [f"{rng.choice(FIRST)} {rng.choice(LAST)} {n:05}" for n in range(SYNTHETIC_SPEAKERS)]


def load_archive(total: int) -> None:
    from django.contrib.auth.models import Permission, User
    from django.core.management import call_command
    from django.db.models import Q

    from claims.models import Claim, Speaker, VerificationStatus
    from claims.names import name_key, text_hash

    call_command("import_liar", *LIAR_FILES, stdout=io.StringIO(), stderr=io.StringIO())
    rng = random.Random(12)
    speakers = Speaker.objects.bulk_create(
        [Speaker(name=name, name_key=name_key(name)) for name in synthetic_names(rng)],
        batch_size=BATCH,
    )
    if not speakers[0].pk:  # SQLite before 3.35 returns no keys from a bulk insert
        speakers = list(Speaker.objects.filter(name__regex=r" \d{5}$"))
    reviewer = User.objects.get_or_create(username="bench-reviewer", defaults={"is_staff": True})[0]
    # A reviewer's permissions given directly: --fresh flushes the groups the migrations made.
    reviewer.user_permissions.set(
        Permission.objects.filter(content_type__app_label__in=["claims", "sources"]).filter(
            Q(codename__startswith="view_") | Q(codename__in=["add_review", "start_review", "correct_extraction"])
        )
    )
    verdicts = list(Claim.TRUTH_VERDICTS)
    missing = total - Claim.objects.count()
    made = 0
    while made < missing:
        batch = []
        for n in range(made, min(made + BATCH, missing)):
            text = f"Says {rng.choice(WORDS)} {rng.choice(WORDS)} rose {rng.randint(1, 99)} percent in {n}."
            roll = rng.random()
            status = (
                rng.choice(verdicts)
                if roll < 0.80
                else VerificationStatus.IN_REVIEW
                if roll < 0.82
                else VerificationStatus.UNVERIFIED
            )
            waiting = status in Claim.WAITING_STATUSES
            batch.append(
                Claim(
                    text=text,
                    text_hash=text_hash(text),
                    speaker=None if waiting and rng.random() < 0.03 else rng.choice(speakers),
                    status=status,
                    origin=Claim.Origin.EXTRACTION,
                    confidence=round(rng.random(), 3),
                    extraction_rule=rng.choice(["said-after-quote", "colon-intro", "according-to"]),
                    taken_by=reviewer if status == VerificationStatus.IN_REVIEW and rng.random() < 0.5 else None,
                )
            )
        Claim.objects.bulk_create(batch, batch_size=BATCH)
        made += len(batch)
        print(f"\r  synthetic claims: {made:,}/{missing:,}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


def timed(client, url: str) -> tuple[list[float], int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    seconds = []
    client.get(url)  # warm-up
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            seconds.append(time.perf_counter() - start)
    if response.status_code not in (200, 302):
        raise SystemExit(f"{url} answered {response.status_code}")
    return seconds, len(queries), response.status_code


def timed_sql(function) -> float:
    function()
    seconds = []
    for _ in range(RUNS):
        start = time.perf_counter()
        function()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000, help="Claims in the archive (default 1,000,000).")
    parser.add_argument("--fresh", action="store_true", help="Empty the database and load it again.")
    args = parser.parse_args()
    missing = [str(path) for path in LIAR_FILES if not path.is_file()]
    if missing:
        print(f"LIAR data not found: {', '.join(missing)}", file=sys.stderr)
        return 1
    url = setup_django()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    from claims.models import Claim, Speaker

    call_command("migrate", verbosity=0)
    if args.fresh:
        call_command("flush", interactive=False, verbosity=0)
    if Claim.objects.count() < args.claims:
        start = time.perf_counter()
        load_archive(args.claims)
        print(f"loaded in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    claims = Claim.objects.count()
    reviewer = User.objects.get(username="bench-reviewer")
    busiest = Speaker.objects.matching("Barack Obama").first()
    one_claim = Claim.objects.filter(status="unverified").order_by("pk").first()
    pages = [
        ("home: queue counts, my claims, recent verdicts", "/admin/"),
        ("the queue (default list)", "/admin/claims/claim/"),
        ("the queue, page 50", "/admin/claims/claim/?p=50"),
        ("all claims", "/admin/claims/claim/?status=all"),
        ("one status: False", "/admin/claims/claim/?status=false"),
        ("search 'obama', every status", "/admin/claims/claim/?q=obama"),
        ("search 'health care', every status", "/admin/claims/claim/?q=health+care"),
        ("speaker filter (Barack Obama)", f"/admin/claims/claim/?status=all&speaker__id__exact={busiest.pk}"),
        ("taken by me", "/admin/claims/claim/?status=all&taken=mine"),
        ("unattributed, waiting", "/admin/claims/claim/?attributed=no"),
        ("a claim page", f"/admin/claims/claim/{one_claim.pk}/change/"),
        (
            "speaker autocomplete 'oba'",
            "/admin/autocomplete/?term=oba&app_label=claims&model_name=claim&field_name=speaker",
        ),
        ("open the next claim (redirect)", "/admin/claims/claim/next/"),
    ]
    print(
        f"Admin pages with {claims:,} claims, {Speaker.objects.count():,} speakers ({connection.vendor}, "
        f"{urlsplit(url).path}); median and slowest of {RUNS} after a warm-up"
    )
    print()
    print("| page | median ms | slowest ms | queries |")
    print("|---|---:|---:|---:|")
    with override_settings(SECURE_SSL_REDIRECT=False, DEBUG=False):
        client = Client()
        client.force_login(reviewer)
        for label, path in pages:
            seconds, queries, _ = timed(client, path)
            print(f"| {label} | {statistics.median(seconds) * 1000:.0f} | {max(seconds) * 1000:.0f} | {queries} |")
    full_count = timed_sql(lambda: Claim.objects.count())
    by_status = timed_sql(lambda: Claim.objects.status_counts())
    print()
    print("What the list pages no longer run on every load, for scale:")
    print(f"- a full COUNT(*) of the claims: {full_count * 1000:.0f} ms")
    print(f"- the per-status counts the status filter used to show: {by_status * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
