"""The API throttles each client: anonymous ones sooner than signed-in users, with a 429 saying when to retry."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext


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
    # A cache opened afresh from the same settings (a table, or Redis), as another gunicorn worker would.
    other_process = caches.create_connection("default")

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


def redis_is_running(url):
    import redis

    try:
        return redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        return False


REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.mark.skipif(not redis_is_running(REDIS_URL), reason="no Redis server at 127.0.0.1:6379")
def test_with_a_redis_cache_the_throttle_counts_there_and_asks_the_database_nothing(client, db, settings):
    settings.CACHES = {"default": {"BACKEND": "factcheck.redis_cache.RedisCache", "LOCATION": REDIS_URL}}
    caches["default"].clear()
    settings.API_THROTTLE_RATES = {"anonymous": None, "user": None}
    with CaptureQueriesContext(connection) as unthrottled:
        client.get("/api/v1/claims/")
    settings.API_THROTTLE_RATES = {"anonymous": "3/min", "user": "6/min"}

    with CaptureQueriesContext(connection) as throttled:
        answers = [client.get("/api/v1/claims/").status_code]
    answers += [client.get("/api/v1/claims/").status_code for _ in range(3)]

    assert answers == [200, 200, 200, 429]
    assert len(throttled.captured_queries) == len(unthrottled.captured_queries)
    assert len(caches["default"].get("throttle_anonymous_127.0.0.1")) == 3
    caches["default"].clear()


@pytest.mark.skipif(not redis_is_running(REDIS_URL), reason="no Redis server at 127.0.0.1:6379")
def test_the_redis_cache_keeps_one_client_for_every_operation():
    from factcheck.redis_cache import RedisCache

    cache = RedisCache(REDIS_URL, {})
    cache.set("throttle_test", [1.0, 2.0], 60)
    cache.add("counter_test", 1, 60)
    client = cache._cache.get_client(write=True)

    assert cache.get("throttle_test") == [1.0, 2.0]
    assert cache.incr("counter_test") == 2
    assert cache._cache.get_client() is client
    cache.delete_many(["throttle_test", "counter_test"])
