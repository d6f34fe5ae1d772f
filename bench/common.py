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


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def require_files(paths, what: str) -> bool:
    """Whether every data file a benchmark reads is there; says which are missing on stderr."""
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        print(f"{what} not found: {', '.join(missing)}", file=sys.stderr)
    return not missing


START_TIMEOUT_S = 30


def start_gunicorn(*, workers: int, env: dict[str, str] | None = None, timeout_s: int = 30):
    """gunicorn serving the project with production settings (DEBUG off) on a free local port.

    Returns the process and its base URL once it answers; stop it with `stop_gunicorn`.
    """
    import secrets
    import subprocess
    import time
    import urllib.request

    port = free_port()
    server_env = os.environ | {
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        **(env or {}),
    }
    command = [sys.executable, "-m", "gunicorn", "factcheck.wsgi", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(workers), "--timeout", str(timeout_s)]
    server = subprocess.Popen(command, cwd=ROOT, env=server_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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


def stop_gunicorn(server) -> None:
    server.terminate()
    server.wait(timeout=30)
