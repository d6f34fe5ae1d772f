import io
import shutil

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim, Speaker
from sources.models import Article
from tests.conftest import SEEDS


def ingest(*paths):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ingest", *paths, "--no-progress", stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


@pytest.fixture
def folder(tmp_path):
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_ingesting_a_folder_stores_each_article_and_its_claims(db, folder):
    out, _, error = ingest(folder)

    assert error is None
    assert Article.objects.count() == 5
    assert Claim.objects.filter(origin="extraction").exists()
    assert "articles: 5 new, 0 unchanged, 0 failed" in out


def test_extracted_claims_name_their_speaker_with_affiliation(db, folder):
    ingest(folder)

    claim = Claim.objects.filter(speaker__name="Raffaello Pantucci").select_related("affiliation").first()
    assert claim is not None
    assert "Royal Institute" in claim.affiliation.stated_as


def test_extracted_claim_offsets_lie_in_the_body(db, folder):
    ingest(folder)

    for claim in Claim.objects.select_related("article"):
        assert 0 <= claim.start <= claim.end <= len(claim.article.body)


def test_reingesting_adds_nothing(db, folder):
    ingest(folder)
    before = (Article.objects.count(), Claim.objects.count(), Speaker.objects.count())

    out, _, _ = ingest(folder)

    assert (Article.objects.count(), Claim.objects.count(), Speaker.objects.count()) == before
    assert "articles: 0 new, 5 unchanged" in out


def test_folders_yield_only_article_files(db, tmp_path):
    shutil.copy(SEEDS / "000_8b6bce2c91ae75a5.txt", tmp_path / "a.txt")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")

    out, _, error = ingest(tmp_path)

    assert error is None and "articles: 1 new" in out


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.txt", "Caf\u00e9 owners said \u201cno\u201d.".encode("latin-1", "replace"), "not UTF-8"),
    ],
)
def test_bad_file_is_reported_by_name_and_the_rest_go_on(db, folder, name, content, reason):
    (folder / name).write_bytes(content)

    out, err, error = ingest(folder)

    assert f"{name}: skipped, {reason}" in err
    assert "articles: 5 new, 0 unchanged, 1 failed" in out
    assert error is not None and "1 of 6 files failed" in str(error)


def test_oversized_file_is_skipped(db, tmp_path):
    (tmp_path / "huge.txt").write_text("word " * 1_200_000, encoding="utf-8")

    _, err, error = ingest(tmp_path)

    assert "huge.txt: skipped, too large" in err
    assert error is not None


def test_articles_loaded_from_annotations_are_not_ingested_twice(db, folder):
    call_command("import_annotations", *sorted(SEEDS.glob("*.json")), stdout=io.StringIO())

    out, _, _ = ingest(folder)

    assert "articles: 0 new, 5 unchanged" in out
    assert Article.objects.count() == 5


UNNAMED_QUOTE = """Harbour closes early

PORTSIDE (Wire) — Fog rolled over the bay on Tuesday.

“The harbour will close at dawn and nobody knows when it will open again.”

Ferries stayed in port.
"""


def test_a_quote_whose_speaker_cannot_be_named_is_stored_unattributed_and_counted(db, tmp_path):
    (tmp_path / "fog.txt").write_text(UNNAMED_QUOTE, encoding="utf-8")

    out, _, error = ingest(tmp_path)

    assert error is None
    claim = Claim.objects.get()
    assert claim.speaker is None
    assert claim.text.startswith("The harbour will close at dawn")
    assert "claims: 1 new (1 without a named speaker" in out
    assert "speakers: 0 new" in out


def test_an_unattributed_quote_repeated_in_an_article_is_stored_once(db, tmp_path):
    repeated = UNNAMED_QUOTE + "\n“The harbour will close at dawn and nobody knows when it will open again.”\n"
    (tmp_path / "fog.txt").write_text(repeated, encoding="utf-8")

    out, _, _ = ingest(tmp_path)

    assert Claim.objects.unattributed().count() == 1
    assert "claims: 1 new" in out


def test_a_statement_with_quoted_words_is_stored_once_with_the_quotation_inside(db, tmp_path):
    (tmp_path / "pier.txt").write_text(
        "Pier Vote\n\nTomas Vik said the ferry was “a danger to every passenger.”\n", encoding="utf-8"
    )

    ingest(tmp_path)

    claim = Claim.objects.get()
    assert (claim.kind, claim.text) == ("indirect", "the ferry was “a danger to every passenger.”")
    assert claim.speaker.name == "Tomas Vik"


def test_the_summary_counts_the_speakers_stored_not_the_names_used(db, tmp_path):
    # Two spellings of one new person in one article: one speaker row, so the summary says one.
    article = (
        "Ferry strike\n\nPORTSIDE (Wire) — Talks failed on Monday.\n\n"
        "“We will not sail,” said Orla Brennigan, a ferry pilot.\n\n"
        "“The pay offer is an insult,” said Orla Brenigan.\n"
    )
    (tmp_path / "strike.txt").write_text(article, encoding="utf-8")

    out, _, _ = ingest(tmp_path)

    assert Speaker.objects.count() == 1
    assert "speakers: 1 new" in out
