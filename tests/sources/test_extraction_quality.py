"""The extractor measured on annotated articles: the seeds (always) and polnear-train (when present)."""

from pathlib import Path

import pytest

from sources.extraction import extract_article
from sources.extraction.evaluation import score_directory, total
from sources.extraction.output import quote_json

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
POLNEAR = REPO.parent / "shared" / "data" / "polnear-train"
# The seeds' exhaustive annotations (every reported statement listed), beside the repository.
SEED_GOLD = REPO.parent / "shared" / "gold"


def _scores(articles: Path, gold: Path):
    predictions = {}
    for path in sorted(articles.glob("*.txt")):
        extracted = extract_article(path.read_text(encoding="utf-8"), path.name)
        predictions[path.name] = [quote_json(q) for q in extracted.quotes]
    return total(score_directory(gold, predictions).values())


@pytest.fixture(scope="module")
def seed_scores():
    return _scores(SEEDS, SEEDS)


def test_seed_quotes_are_found(seed_scores):
    assert seed_scores.f1 >= 0.95, seed_scores.summary()


def test_seed_speakers_are_named(seed_scores):
    assert seed_scores.speaker_accuracy >= 0.95, seed_scores.summary()


def test_seed_affiliations_are_given(seed_scores):
    assert seed_scores.affiliation_accuracy >= 0.85, seed_scores.summary()


def test_seed_end_to_end(seed_scores):
    assert seed_scores.end_to_end_f1 >= 0.90, seed_scores.summary()


def test_seed_reported_speech_is_found(seed_scores):
    # Reported; no target in the issue beyond being measured. Guards against it silently dropping to zero.
    assert seed_scores.indirect_recall > 0.3, seed_scores.summary()


@pytest.mark.skipif(not SEED_GOLD.is_dir(), reason=f"exhaustive seed annotations not present at {SEED_GOLD}")
def test_seed_reported_speech_is_found_and_precise():
    scores = _scores(SEEDS, SEED_GOLD)

    # Measured 0.724 recall at 0.909 precision (mixed statements emitted as the statement).
    assert scores.indirect_precision >= 0.85, scores.summary()
    assert scores.indirect_recall >= 0.70, scores.summary()


@pytest.mark.slow
@pytest.mark.skipif(not POLNEAR.is_dir(), reason=f"polnear-train data set not present at {POLNEAR}")
def test_polnear_train_targets():
    scores = _scores(POLNEAR / "articles", POLNEAR / "gold")

    assert scores.f1 >= 0.95, scores.summary()
    assert scores.speaker_accuracy >= 0.88, scores.summary()
    assert scores.end_to_end_f1 >= 0.86, scores.summary()
    # Measured 0.575 at recall 0.431. polnear-train's derived gold never lists a statement holding
    # “”-quoted words as reported speech (the quoted run alone is its `partial` record), so every such
    # statement, one claim with the quotation inside it (see the README), counts against precision
    # here: without them the figures are 0.773 at 0.407.
    assert scores.indirect_precision >= 0.55, scores.summary()
    assert scores.indirect_recall >= 0.42, scores.summary()
