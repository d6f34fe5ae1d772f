"""Every command refuses bad arguments with one clear line and a non-zero exit, never a traceback."""

import io
import os
import subprocess
import sys

import pytest
from django.core.management import call_command

from claims.models import Claim
from tests.claims.test_import_liar import liar_row
from tests.conftest import ROOT


def run_manage(*args, tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    return subprocess.run(
        [sys.executable, "manage.py", *map(str, args)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def assert_one_line_error(result, message):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert message in result.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("size", ["0", "-5", "many"])
def test_import_liar_batch_size_below_one_is_refused(tmp_path, size):
    (tmp_path / "train.tsv").write_text(liar_row() + "\n")

    result = run_manage("import_liar", tmp_path / "train.tsv", f"--batch-size={size}", tmp_path=tmp_path)

    assert_one_line_error(result, "--batch-size: must be a whole number of at least 1")


def test_export_into_a_folder_that_does_not_exist_is_refused(tmp_path):
    result = run_manage("export_claimreview", "--output", "/nonexistent/dir/feed.json", tmp_path=tmp_path)

    assert_one_line_error(result, "cannot write /nonexistent/dir/feed.json: there is no folder /nonexistent/dir")


@pytest.mark.parametrize("command", ["import_liar", "import_claimreview"])
def test_import_of_a_path_that_does_not_exist_is_refused(tmp_path, command):
    result = run_manage(command, tmp_path / "missing", tmp_path=tmp_path)

    assert_one_line_error(result, f"no such file or folder: {tmp_path / 'missing'}")


@pytest.mark.parametrize("command", ["import_liar", "import_claimreview"])
def test_import_of_a_folder_with_nothing_to_import_is_refused(tmp_path, command):
    (tmp_path / "notes.txt").write_text("nothing here")

    result = run_manage(command, tmp_path, tmp_path=tmp_path)

    assert_one_line_error(result, f"files in the folder {tmp_path}")


def test_import_liar_reads_the_tsv_files_of_a_folder(db, tmp_path):
    (tmp_path / "train.tsv").write_text(liar_row(statement_id="1.json") + "\n")
    (tmp_path / "valid.tsv").write_text(liar_row(statement_id="2.json", statement="Taxes went down.") + "\n")
    (tmp_path / "README.md").write_text("not a statement")

    call_command("import_liar", tmp_path, stdout=io.StringIO(), stderr=io.StringIO())

    assert Claim.objects.filter(origin=Claim.Origin.LIAR).count() == 2


def test_import_claimreview_reads_the_json_files_of_a_folder(db, tmp_path):
    review = (
        '{"@type": "ClaimReview", "claimReviewed": "The moon is cheese.", "author": {"name": "Checker"}, '
        '"reviewRating": {"alternateName": "False"}, "itemReviewed": {"author": {"name": "Ann Lee"}}}'
    )
    (tmp_path / "one.json").write_text(review)
    (tmp_path / "provenance.tsv").write_text("not a review")

    call_command("import_claimreview", tmp_path, stdout=io.StringIO(), stderr=io.StringIO())

    assert Claim.objects.filter(origin=Claim.Origin.CLAIMREVIEW, text="The moon is cheese.").exists()
