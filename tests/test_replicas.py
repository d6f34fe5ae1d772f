"""Anonymous API reads go to a replica; writes, the admin and signed-in users stay on the primary.

A second database alias, "replica", mirrors the test database (tests/conftest.py), so the routing
is seen in which connection runs the queries. The tests commit (transaction=True): a second
connection sees only committed rows.
"""

import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext

from claims.models import Claim, Speaker
from tests.test_settings import PRODUCTION, run_manage

pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "replica"])


@pytest.fixture
def replica(settings):
    settings.DATABASE_REPLICAS = ["replica"]
    return connections["replica"]


@pytest.fixture
def claim(db):
    return Claim.objects.create(text="Ports doubled.", speaker=Speaker.objects.create(name="Ada Park"))


def test_anonymous_api_reads_come_from_the_replica(client, replica, claim):
    with CaptureQueriesContext(replica) as on_replica, CaptureQueriesContext(connections["default"]) as on_primary:
        response = client.get("/api/v1/claims/")

    assert [r["id"] for r in response.json()["results"]] == [claim.pk]
    assert len(on_replica) >= 1 and len(on_primary) == 0


def test_an_export_streams_from_the_replica(client, replica, claim):
    with CaptureQueriesContext(replica) as on_replica, CaptureQueriesContext(connections["default"]) as on_primary:
        body = b"".join(client.get("/api/v1/claims/", {"format": "jsonl"}).streaming_content)

    assert b"Ports doubled." in body
    # PostgreSQL's COPY runs on the raw cursor, which Django does not log: there only the primary's
    # silence shows where it ran.
    assert len(on_primary) == 0
    assert len(on_replica) >= 1 or replica.vendor == "postgresql"


def test_signed_in_reads_stay_on_the_primary(client, replica, claim, django_user_model):
    client.force_login(django_user_model.objects.create_user("ed"))

    with CaptureQueriesContext(replica) as on_replica:
        client.get("/api/v1/claims/")

    assert len(on_replica) == 0


def test_token_reads_stay_on_the_primary(client, replica, claim):
    with CaptureQueriesContext(replica) as on_replica:
        client.get("/api/v1/claims/", headers={"Authorization": "Token abc"})

    assert len(on_replica) == 0


def test_writes_go_to_the_primary(client, replica, claim, django_user_model):
    with CaptureQueriesContext(replica) as on_replica:
        response = client.post("/api/v1/claims/", {"text": "x", "speaker": "Bo"}, content_type="application/json")

    assert response.status_code == 401
    assert len(on_replica) == 0


def test_admin_reads_stay_on_the_primary(client, replica, claim, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", password="a-long-test-password"))

    with CaptureQueriesContext(replica) as on_replica:
        client.get("/admin/claims/claim/")

    assert len(on_replica) == 0


def test_without_replicas_everything_uses_the_primary(client, claim):
    with CaptureQueriesContext(connections["default"]) as on_primary:
        client.get("/api/v1/claims/")

    assert len(on_primary) >= 1


def test_a_replica_url_that_is_no_database_url_stops_start_up_naming_the_variable():
    result = run_manage("check", env={**PRODUCTION, "DATABASE_REPLICA_URLS": "postgres://h/db, nope://x"})

    assert result.returncode != 0
    assert "DATABASE_REPLICA_URLS: replica 2 is not a database URL" in result.stderr
