"""Speakers stored before governments had a kind of their own become governments on upgrade."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("claims", "0021_speaker_name_words")]
AFTER = [("claims", "0022_speaker_kind_government")]


@pytest.fixture
def speakers_before_the_kind(transactional_db):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    Speaker = executor.loader.project_state(BEFORE).apps.get_model("claims", "Speaker")
    for name, kind in [
        ("China", "organisation"),
        ("government of North Harbourland", "organisation"),
        ("Harbour Ministry", "organisation"),
        ("Jordan Vik", "person"),
    ]:
        Speaker.objects.create(name=name, name_key=name.lower(), kind=kind)
    yield
    MigrationExecutor(connection).migrate(executor.loader.graph.leaf_nodes())


def test_countries_and_named_governments_become_governments_and_nothing_else_changes(speakers_before_the_kind):
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    Speaker = executor.loader.project_state(AFTER).apps.get_model("claims", "Speaker")

    assert dict(Speaker.objects.values_list("name", "kind")) == {
        "China": "government",
        "government of North Harbourland": "government",
        "Harbour Ministry": "organisation",
        "Jordan Vik": "person",
    }
