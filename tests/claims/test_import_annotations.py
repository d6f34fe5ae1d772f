import io
import json
import shutil

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim, Speaker, SpeakerAlias
from sources.models import Article, Outlet
from tests.conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.json"))


def run(*paths):
    out = io.StringIO()
    call_command("import_annotations", *paths, stdout=out, stderr=out)
    return out.getvalue()


@pytest.fixture
def workdir(tmp_path):
    for path in SEEDS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_loads_every_seed_article_with_its_claims(db):
    output = run(*SEED_FILES)

    assert Article.objects.count() == 5
    assert Claim.objects.count() == 115
    assert "articles: 5 new, 0 unchanged, 0 failed" in output


def test_scare_quotes_are_skipped_and_reported(db):
    output = run(*SEED_FILES)

    assert not Claim.objects.filter(text__in=["democracy,", "no limits"]).exists()
    assert "skipped 000_8b6bce2c91ae75a5.json: scare quote 'democracy,'" in output


def test_a_quote_annotated_without_a_speaker_is_stored_unattributed_for_a_reviewer(db):
    output = run(*SEED_FILES)

    claim = Claim.objects.get(text="a historical anomaly,")
    assert (claim.speaker, claim.kind, claim.status) == (None, "partial", "unverified")
    assert claim.article.body[claim.start : claim.end] == "a historical anomaly,"
    assert "a historical anomaly" not in output


def test_rerunning_changes_nothing(db):
    run(*SEED_FILES)
    counts = (Article.objects.count(), Claim.objects.count(), Speaker.objects.count(), SpeakerAlias.objects.count())

    output = run(*SEED_FILES)

    assert (
        Article.objects.count(),
        Claim.objects.count(),
        Speaker.objects.count(),
        SpeakerAlias.objects.count(),
    ) == counts
    assert "articles: 0 new, 5 unchanged, 0 failed; claims: 0 new" in output


def test_the_same_person_across_articles_is_one_speaker(db):
    run(*SEED_FILES)

    putin = Speaker.objects.get(name="Vladimir Putin")
    assert putin.claims.values("article").distinct().count() == 3
    assert Speaker.objects.filter(name__icontains="Putin").count() == 1


def test_claim_offsets_point_at_the_quote_in_the_body(db):
    run(*SEED_FILES)

    for claim in Claim.objects.select_related("article"):
        assert claim.article.body[claim.start : claim.end] == claim.text


def test_affiliation_is_kept_as_stated_and_split(db):
    run(*SEED_FILES)

    claim = Claim.objects.filter(speaker__name="Collin Koh").select_related("affiliation__organization").first()
    assert claim.affiliation.stated_as == (
        "maritime security research fellow at Nanyang Technological University in Singapore"
    )
    assert claim.affiliation.role == "maritime security research fellow"
    assert claim.affiliation.organization.name == "Nanyang Technological University"


def test_article_metadata_comes_from_the_annotation(db):
    run(*SEED_FILES)

    article = Article.objects.get(origin_file="004_3d552207968e318b.txt")
    assert article.outlet.name == "TRT World"
    assert str(article.published) == "2021-12-17"
    assert Outlet.objects.count() == 4


def test_bad_json_is_reported_and_the_others_still_load(db, workdir):
    bad = workdir / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="1 of 2 annotation files failed"):
        call_command("import_annotations", bad, workdir / SEED_FILES[0].name, stdout=out, stderr=err)

    assert "bad.json: bad JSON" in err.getvalue()
    assert Article.objects.count() == 1


def test_missing_article_text_writes_nothing_from_that_file(db, workdir):
    (workdir / "000_8b6bce2c91ae75a5.txt").unlink()
    err = io.StringIO()

    with pytest.raises(CommandError):
        call_command("import_annotations", workdir / "000_8b6bce2c91ae75a5.json", stdout=io.StringIO(), stderr=err)

    assert "article text 000_8b6bce2c91ae75a5.txt not found" in err.getvalue()
    assert Article.objects.count() == 0


def test_quote_missing_from_the_text_writes_nothing_from_that_file(db, workdir):
    path = workdir / "000_8b6bce2c91ae75a5.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["quotes"].append(
        {"text": "words nobody wrote", "speaker": "Collin Koh", "affiliation": None, "kind": "direct"}
    )
    path.write_text(json.dumps(data), encoding="utf-8")
    err = io.StringIO()

    with pytest.raises(CommandError):
        call_command("import_annotations", path, stdout=io.StringIO(), stderr=err)

    assert "quote not found" in err.getvalue()
    assert (Article.objects.count(), Claim.objects.count(), Speaker.objects.count()) == (0, 0, 0)
