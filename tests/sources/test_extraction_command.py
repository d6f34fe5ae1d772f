import json

import pytest
from django.core.management import CommandError, call_command


def test_extract_quotes_json_lists_each_article_with_its_quotes(tmp_path, capsys):
    article = tmp_path / "pier.txt"
    article.write_text("Pier Vote\n\n“We are ready,” said Mina Holt.\n\nSource: Coastal Courier\n", encoding="utf-8")

    call_command("extract_quotes", str(article), "--json")

    data = json.loads(capsys.readouterr().out)
    [entry] = data["articles"]
    assert (entry["file"], entry["title"], entry["outlet"]) == ("pier.txt", "Pier Vote", "Coastal Courier")
    assert entry["quotes"][0]["speaker"] == "Mina Holt"


def test_extract_quotes_reports_bad_files_by_name_and_goes_on(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Pier Vote\n\n“We are ready,” said Mina Holt.\n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))

    with pytest.raises(CommandError):
        call_command("extract_quotes", str(binary), str(good), str(latin), "--json")

    out, err = capsys.readouterr()
    assert [a["file"] for a in json.loads(out)["articles"]] == ["good.txt"]
    assert "photo.txt: binary file" in err
    assert "latin.txt: not UTF-8" in err


def test_evaluate_extraction_prints_the_scorer_line_and_the_bands(tmp_path, capsys):
    (tmp_path / "pier.txt").write_text("Pier Vote\n\n“We are ready,” said Mina Holt.\n", encoding="utf-8")
    gold = {
        "article": {"file": "pier.txt"},
        "quotes": [{"text": "We are ready,", "speaker": "Mina Holt", "affiliation": None, "kind": "direct"}],
        "indirect": [],
    }
    (tmp_path / "pier.json").write_text(json.dumps(gold), encoding="utf-8")

    call_command("evaluate_extraction", "--articles", str(tmp_path), "--bands")

    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith("quote P 1.000 R 1.000 F1 1.000 | speaker acc 1.000")
    assert "indirect precision" in out.splitlines()[-1]
    assert "after_quote_inverted" in out


def test_evaluate_extraction_refuses_a_folder_without_annotations(tmp_path):
    with pytest.raises(CommandError, match="no annotation files"):
        call_command("evaluate_extraction", "--articles", str(tmp_path))
