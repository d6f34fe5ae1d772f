import copy
import io
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """A "replica" alias mirroring the test database, for the routing tests (tests/test_replicas.py).

    Nothing reads from it unless a test names it in settings.DATABASE_REPLICAS.
    """
    from django.db import connections

    replica = copy.deepcopy(connections.settings["default"])
    replica["TEST"]["MIRROR"] = "default"
    connections.settings["replica"] = replica


@pytest.fixture(autouse=True)
def _plain_http(settings):
    # Production settings redirect to HTTPS; the test client and live server speak plain HTTP.
    settings.SECURE_SSL_REDIRECT = False
    # Throttles off (no rate: no cache queries, so query counts stay the views' own); the tests of
    # throttling set their own low rates.
    settings.API_THROTTLE_RATES = {"anonymous": None, "user": None}


@pytest.fixture(autouse=True)
def _fresh_count_estimates():
    # Unfiltered lists keep the planner's estimate a minute per process; each test starts without one.
    from listing import pagination

    pagination._estimates.clear()


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    # The real hasher costs ~50 ms per password on purpose; tests create and log in hundreds of users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def seeded(db):
    """The five seed articles loaded from their hand annotations."""
    call_command("import_annotations", *sorted(SEEDS.glob("*.json")), stdout=io.StringIO())


@pytest.fixture
def reviewer(db, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("rita", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user
