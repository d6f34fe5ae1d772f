"""What a user meets after `ingest seeds/`: claims right with their speakers, real speakers, nothing twice."""

import io

import pytest
from django.core.management import CommandError, call_command

from claims.quality import database_quality, read_annotations
from tests.conftest import ROOT, SEEDS

# The exhaustive annotations of the seeds (reported speech listed in full); seeds/*.json are the
# older ones the fixture is built from.
GOLD = ROOT.parent / "shared" / "gold"


@pytest.fixture
def ingested_seeds(db):
    call_command("ingest", str(SEEDS), "--no-progress", stdout=io.StringIO())


@pytest.fixture
def quality(ingested_seeds):
    return database_quality(read_annotations(GOLD))


pytestmark = pytest.mark.skipif(not GOLD.is_dir(), reason=f"seed annotations not present at {GOLD}")


def test_stored_claims_match_an_annotated_claim_with_its_speaker(quality):
    assert quality.claim_precision >= 0.95, quality.summary()


def test_speakers_with_claims_are_annotated_speakers(quality):
    assert quality.speaker_precision >= 0.95, (quality.not_annotated, quality.summary())


def test_no_claim_is_stored_inside_another_of_the_same_speaker(quality):
    assert quality.nested == 0, quality.summary()


def test_evaluate_database_prints_the_figures(ingested_seeds):
    out = io.StringIO()

    call_command("evaluate_database", "--gold", str(GOLD), stdout=out)

    assert "claims inside another of the same speaker 0" in out.getvalue()


def test_evaluate_database_refuses_an_empty_database(db):
    with pytest.raises(CommandError, match="run ingest first"):
        call_command("evaluate_database", "--gold", str(GOLD), stdout=io.StringIO())
