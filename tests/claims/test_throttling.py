"""The API throttles each client: anonymous ones sooner than signed-in users, with a 429 saying when to retry."""

import pytest
from django.core.cache.backends.db import DatabaseCache


@pytest.fixture
def low_rates(settings):
    settings.API_THROTTLE_RATES = {"anonymous": "3/min", "user": "6/min"}


def test_anonymous_client_over_its_rate_gets_a_429_with_retry_after(client, db, low_rates):
    answers = [client.get("/api/v1/claims/") for _ in range(4)]

    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert 0 < int(answers[-1]["Retry-After"]) <= 60
    assert "throttled" in answers[-1].json()["detail"].lower()


def test_signed_in_user_may_send_more_than_an_anonymous_client(client, reviewer, low_rates):
    client.force_login(reviewer)

    answers = [client.get("/api/v1/claims/").status_code for _ in range(7)]

    assert answers == [200] * 6 + [429]


def test_throttle_counts_are_kept_where_every_server_process_reads_them(client, db, low_rates, settings):
    for _ in range(3):
        client.get("/api/v1/claims/")
    # A cache opened afresh on the same table, as another gunicorn worker would.
    other_process = DatabaseCache(settings.CACHES["default"]["LOCATION"], {})

    assert len(other_process.get("throttle_anonymous_127.0.0.1")) == 3


def test_rates_come_from_the_environment_and_a_bad_one_stops_start_up():
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {**os.environ, "API_THROTTLE_ANONYMOUS": "lots"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )

    assert result.returncode != 0
    assert "API_THROTTLE_ANONYMOUS must be a rate such as 60/min" in result.stderr
