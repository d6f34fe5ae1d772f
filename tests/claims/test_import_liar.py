"""import_liar: PolitiFact's LIAR statements as reviewed claims, read as the files really are."""

import io
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from claims.importers.liar import LABELS, speaker_kind
from claims.models import Claim, Review, Speaker, SpeakerAlias, VerificationStatus
from tests.conftest import SHARED_DATA

LIAR = SHARED_DATA / "liar"
LIAR_FILES = [LIAR / "train.tsv", LIAR / "valid.tsv", LIAR / "test.tsv"]


def liar_row(
    statement_id="1.json",
    label="false",
    statement="Says the state budget doubled.",
    subjects="state-budget,taxes",
    speaker="ada-park",
    job="State senator",
    state="Ohio",
    party="democrat",
    context="a debate",
):
    counts = ["0", "1", "0", "0", "0"]
    return "\t".join([statement_id, label, statement, subjects, speaker, job, state, party, *counts, context])


def write_tsv(tmp_path: Path, *rows: str, name="train.tsv") -> Path:
    path = tmp_path / name
    path.write_bytes(("\n".join(rows) + "\n").encode("utf-8"))
    return path


def import_liar(*paths: Path, **options) -> str:
    out = io.StringIO()
    call_command("import_liar", *paths, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def test_statement_becomes_an_indirect_claim_with_its_venue_and_topics(db, tmp_path):
    import_liar(write_tsv(tmp_path, liar_row()))

    claim = Claim.objects.get()
    assert claim.origin == Claim.Origin.LIAR and claim.external_id == "1.json"
    assert claim.text == "Says the state budget doubled."
    assert claim.kind == Claim.Kind.INDIRECT
    assert claim.venue == "a debate"
    assert sorted(claim.topics.values_list("name", flat=True)) == ["state-budget", "taxes"]


def test_label_is_recorded_as_a_politifact_review(db, tmp_path):
    import_liar(write_tsv(tmp_path, liar_row(label="barely-true")))

    review = Review.objects.get()
    assert review.claim.status == "mostly_false"
    assert (review.origin, review.external_id, review.verdict) == (Review.Origin.LIAR, "1.json", "mostly_false")
    assert (review.reviewing_organization, review.original_rating) == ("PolitiFact", "barely-true")


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("pants-fire", "pants_on_fire"),
        ("false", "false"),
        ("barely-true", "mostly_false"),
        ("half-true", "half_true"),
        ("mostly-true", "mostly_true"),
        ("true", "true"),
    ],
)
def test_each_label_maps_to_its_status(db, tmp_path, label, status):
    import_liar(write_tsv(tmp_path, liar_row(label=label)))

    assert Claim.objects.get().status == status


def test_every_mapped_status_is_a_verification_status():
    assert set(LABELS.values()) <= set(VerificationStatus.values)


def test_speaker_affiliation_keeps_job_state_and_party(db, tmp_path):
    import_liar(write_tsv(tmp_path, liar_row(job="President", state="Illinois", party="democrat")))

    affiliation = Claim.objects.get().affiliation
    assert (affiliation.role, affiliation.region, affiliation.party) == ("President", "Illinois", "democrat")
    assert affiliation.stated_as == "President, Illinois, democrat"
    assert affiliation.article is None


def test_trailing_spaces_are_trimmed_from_job_state_and_context(db, tmp_path):
    import_liar(write_tsv(tmp_path, liar_row(job="U.S. senator ", state="Florida ", context="a mailer ")))

    claim = Claim.objects.select_related("affiliation").get()
    assert (claim.affiliation.role, claim.affiliation.region, claim.venue) == ("U.S. senator", "Florida", "a mailer")


def test_statement_wrapped_in_quotes_is_kept_and_does_not_swallow_the_next_line(db, tmp_path):
    quoted = '"We have cut taxes 63 times."'
    stray = 'He said "no new taxes and meant it.'

    import_liar(write_tsv(tmp_path, liar_row("1.json", statement=quoted), liar_row("2.json", statement=stray)))

    assert dict(Claim.objects.values_list("external_id", "text")) == {"1.json": quoted, "2.json": stray}


def test_bom_and_control_characters_stay_inside_the_statement(db, tmp_path):
    odd = "\ufeffSince 2010\u2028 we\x85 built \u202aroads\u202c\x90"

    import_liar(write_tsv(tmp_path, liar_row(statement=odd)))

    assert Claim.objects.get().text == odd


def test_one_speaker_for_all_rows_of_a_slug_with_the_slug_as_alias(db, tmp_path):
    path = write_tsv(tmp_path, *(liar_row(f"{n}.json", speaker="barack-obama") for n in range(3)))

    import_liar(path)

    speaker = Speaker.objects.get()
    assert speaker.name == "Barack Obama"
    assert list(speaker.aliases.values_list("name", flat=True)) == ["barack-obama"]
    assert speaker.claims.count() == 3
    assert list(Speaker.objects.matching("barack-obama")) == [speaker]


def test_slug_of_a_known_speaker_joins_that_speaker(db, tmp_path):
    known = Speaker.objects.create(name="John McCain")

    out = import_liar(write_tsv(tmp_path, liar_row(speaker="john-mccain")))

    assert Claim.objects.get().speaker == known
    assert "new speakers: 0" in out


def test_hand_typed_speaker_key_keeps_its_casing(db, tmp_path):
    import_liar(write_tsv(tmp_path, liar_row(speaker="Jack_Graham")))

    speaker = Speaker.objects.get()
    assert speaker.name == "Jack Graham"
    assert SpeakerAlias.objects.get().name == "Jack_Graham"


def test_speaker_whose_party_is_organization_is_an_organisation(db, tmp_path):
    import_liar(write_tsv(tmp_path, liar_row(speaker="aarp", party="organization")))

    assert Speaker.objects.get().kind == Speaker.Kind.ORGANISATION


@pytest.mark.parametrize(
    ("slug", "job", "party", "kind"),
    [
        ("chain-email", "", "none", "group"),
        ("aarp", "", "organization", "organisation"),
        ("americans-prosperity-florida", "advocacy group", "none", "organisation"),
        ("club-growth", "", "none", "organisation"),
        ("glenn-beck", "", "talk-show-host", "person"),
        ("al-cardenas", "Chair of the American Conservative Union", "republican", None),
        ("barack-obama", "President", "democrat", None),
    ],
)
def test_speaker_kind_from_what_the_row_says(slug, job, party, kind):
    assert speaker_kind(slug, job, party) == kind


def test_duplicate_statements_with_conflicting_labels_stay_separate_claims(db, tmp_path):
    train = write_tsv(tmp_path, liar_row("10.json", label="false", statement="On abortion"))
    test = write_tsv(tmp_path, liar_row("11.json", label="half-true", statement="On abortion"), name="test.tsv")

    import_liar(train, test)

    assert dict(Claim.objects.values_list("external_id", "status")) == {"10.json": "false", "11.json": "half_true"}


def test_imported_claim_and_speaker_have_a_history_row_naming_the_import(db, tmp_path):
    import_liar(write_tsv(tmp_path, liar_row()))

    assert Claim.objects.get().history.get().history_change_reason == "Imported: PolitiFact via LIAR"
    assert Speaker.objects.get().history.count() == 1


def test_second_run_changes_nothing(db, tmp_path):
    path = write_tsv(tmp_path, liar_row("1.json"), liar_row("2.json", speaker="bo-diaz"))
    import_liar(path)

    out = import_liar(path)

    assert "rows read: 2, imported: 0, unchanged: 2, rejected: 0, new speakers: 0" in out
    assert (Claim.objects.count(), Review.objects.count(), Speaker.objects.count()) == (2, 2, 2)


def test_summary_counts_rows_claims_and_new_speakers(db, tmp_path):
    path = write_tsv(tmp_path, liar_row("1.json"), liar_row("2.json"), liar_row("3.json", speaker="bo-diaz"))

    out = import_liar(path)

    assert "rows read: 3, imported: 3, unchanged: 0, rejected: 0, new speakers: 2" in out


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (liar_row().rsplit("\t", 1)[0].encode(), "expected 14 tab-separated fields, found 13"),
        (liar_row(label="mostly-false").encode(), "unknown label 'mostly-false'"),
        (liar_row(statement="caf\xe9").encode("latin-1"), "not valid UTF-8"),
        (liar_row(statement="  ").encode(), "empty statement"),
    ],
)
def test_malformed_row_is_reported_with_file_and_line_and_skipped(db, tmp_path, line, reason):
    path = tmp_path / "valid.tsv"
    path.write_bytes(liar_row("1.json").encode() + b"\n" + line + b"\n" + liar_row("3.json").encode() + b"\n")
    err = io.StringIO()

    with pytest.raises(CommandError, match="1 rows rejected"):
        call_command("import_liar", path, stdout=io.StringIO(), stderr=err)

    assert f"valid.tsv:2: {reason}" in err.getvalue()
    assert sorted(Claim.objects.values_list("external_id", flat=True)) == ["1.json", "3.json"]


def test_same_id_twice_with_other_content_is_rejected(db, tmp_path):
    path = write_tsv(tmp_path, liar_row("1.json"), liar_row("1.json", statement="Something else."))

    with pytest.raises(CommandError):
        call_command("import_liar", path, stdout=io.StringIO(), stderr=io.StringIO())

    assert Claim.objects.get().text == "Says the state budget doubled."


def test_interrupted_run_leaves_whole_batches_and_the_next_run_completes_it(db, tmp_path, monkeypatch):
    path = write_tsv(tmp_path, *(liar_row(f"{n}.json", speaker=f"speaker-{n}") for n in range(5)))
    real_bulk_create = Review.objects.bulk_create
    calls = []

    def killed_on_second_batch(objs, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # the second batch's claims are written, its reviews not yet
            raise KeyboardInterrupt
        return real_bulk_create(objs, *args, **kwargs)

    monkeypatch.setattr(Review.objects, "bulk_create", killed_on_second_batch)
    with pytest.raises(CommandError, match="interrupted"):
        import_liar(path, batch_size=2)
    monkeypatch.undo()

    assert sorted(Claim.objects.values_list("external_id", flat=True)) == ["0.json", "1.json"]
    assert Review.objects.count() == 2 and Speaker.objects.count() == 2

    out = import_liar(path, batch_size=2)

    assert "imported: 3, unchanged: 2" in out
    assert Claim.objects.count() == Review.objects.count() == 5


# The real files: all of LIAR, loaded once for the tests below.

needs_liar = pytest.mark.skipif(
    not all(path.is_file() for path in LIAR_FILES),
    reason=f"LIAR data not found in {LIAR} (the shared data folder beside the repository)",
)


def read_tsv_rows() -> list[list[str]]:
    """The LIAR rows, split on tabs only: no quoting rules, as the data README prescribes."""
    rows = []
    for path in LIAR_FILES:
        for line in path.read_bytes().decode("utf-8").split("\n"):
            if line:
                rows.append(line.split("\t"))
    return rows


@pytest.fixture(scope="module")
def liar_loaded(django_db_setup, django_db_blocker):
    """All of LIAR imported once, inside a transaction rolled back after the module's tests."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            summary = import_liar(*LIAR_FILES)
            yield summary
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@needs_liar
@pytest.mark.slow
def test_liar_arrives_whole(liar_loaded, db):
    assert "rows read: 12836, imported: 12836, unchanged: 0, rejected: 0, new speakers: 3318" in liar_loaded


@needs_liar
@pytest.mark.slow
def test_liar_statements_arrive_exactly_as_written(liar_loaded, db):
    expected = {row[0]: row[2] for row in read_tsv_rows()}

    assert dict(Claim.objects.values_list("external_id", "text")) == expected


@needs_liar
@pytest.mark.slow
def test_liar_statements_per_label_match_the_tsv(liar_loaded, db, client):
    expected = Counter(LABELS[row[1]] for row in read_tsv_rows())

    counted = {status: client.get("/api/v1/claims/", {"status": status}).json()["count"] for status in expected}

    assert counted == dict(expected)
    assert sum(counted.values()) == 12836


@needs_liar
@pytest.mark.slow
def test_scorecards_of_the_ten_most_frequent_speakers_match_the_tsv(liar_loaded, db, client):
    rows = read_tsv_rows()
    top = [slug for slug, _ in Counter(row[4] for row in rows).most_common(10)]

    for slug in top:
        expected = Counter(LABELS[row[1]] for row in rows if row[4] == slug)
        speaker = SpeakerAlias.objects.get(name=slug).speaker

        scorecard = client.get(f"/api/v1/speakers/{speaker.pk}/").json()["claims_by_status"]

        assert {status: n for status, n in scorecard.items() if n} == dict(expected), slug


@needs_liar
@pytest.mark.slow
def test_second_liar_import_reports_everything_unchanged(liar_loaded, db):
    out = import_liar(*LIAR_FILES)

    assert "rows read: 12836, imported: 0, unchanged: 12836, rejected: 0, new speakers: 0" in out


@needs_liar
@pytest.mark.slow
def test_liar_claims_of_the_busiest_speaker_cost_few_queries(liar_loaded, db, client, django_assert_max_num_queries):
    obama = SpeakerAlias.objects.get(name="barack-obama").speaker

    for size in (1, 100):
        # Four today: the speaker, the count, the page joined to speaker, affiliation and article,
        # the page's topics. Five is the foundation tests' budget for this endpoint.
        with django_assert_max_num_queries(5):
            client.get(f"/api/v1/speakers/{obama.pk}/claims/", {"page_size": size})


@needs_liar
@pytest.mark.slow
def test_liar_scorecard_of_the_busiest_speaker_costs_few_queries(
    liar_loaded, db, client, django_assert_max_num_queries
):
    obama = SpeakerAlias.objects.get(name="barack-obama").speaker

    # The speaker with its claim count, its aliases, its affiliations, their organisations (none
    # here, so no query), its claims counted per status: four or five, however many claims.
    with django_assert_max_num_queries(5):
        client.get(f"/api/v1/speakers/{obama.pk}/")
