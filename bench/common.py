"""Shared set-up for the benchmarks: a Django process pointed at a database the benchmark may empty."""

import os
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


def ensure_postgres_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def setup_django(default_url: str | None = None) -> str:
    """Configure and start Django; DATABASE_URL, else `default_url`, else a throwaway SQLite file.

    The database named is emptied by the benchmarks: never point one at real data.
    """
    url = os.environ.get("DATABASE_URL") or default_url or f"sqlite:///{tempfile.gettempdir()}/factcheck_bench.sqlite3"
    os.environ["DATABASE_URL"] = url
    if url.startswith(("postgres://", "postgresql://")):
        ensure_postgres_database(url)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    os.environ.setdefault("DEBUG", "1")  # a benchmark needs no production secret
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return url
