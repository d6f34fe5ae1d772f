"""generate_archive: a synthetic archive for the benchmarks, written by COPY on PostgreSQL."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from claims.models import Affiliation, Claim, Review, Speaker, SpeakerAlias
from sources.models import Article

POSTGRES = pytest.mark.skipif(connection.vendor != "postgresql", reason="the archive is written with COPY")
SIZE = ["--claims", "600", "--speakers", "80", "--articles", "120", "--outlets", "5", "--years", "2"]


@pytest.fixture
def archive(transactional_db):
    out = io.StringIO()
    call_command("generate_archive", *SIZE, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@POSTGRES
def test_archive_has_the_asked_size(archive):
    assert Claim.objects.count() == 600
    assert Speaker.objects.count() == 80
    assert Article.objects.count() == 120
    assert "600 claims, 80 speakers" in archive


@POSTGRES
def test_claim_offsets_point_at_the_claim_in_its_article(archive):
    for claim in Claim.objects.select_related("article")[:50]:
        assert claim.article.body[claim.start : claim.end] == claim.text


@POSTGRES
def test_a_few_speakers_say_most_of_the_claims(archive):
    counts = sorted(Speaker.objects.with_claim_counts().values_list("claim_count", flat=True), reverse=True)

    assert counts[0] > 10 * counts[len(counts) // 2]


@POSTGRES
def test_reviewed_claims_have_a_review_with_their_verdict(archive):
    reviewed = Claim.objects.filter(status__in=Claim.TRUTH_VERDICTS)

    assert reviewed.exists()
    assert Review.objects.filter(claim__in=reviewed).count() == reviewed.count()
    assert all(review.verdict == review.claim.status for review in Review.objects.select_related("claim"))


@POSTGRES
def test_new_rows_after_the_archive_get_fresh_ids(archive):
    speaker = Speaker.objects.create(name="Brand New")
    alias = SpeakerAlias.objects.create(speaker=speaker, name="Newest")

    assert speaker.pk > 80 and alias.pk > 0
    assert Claim.objects.create(text="New.", speaker=speaker).pk > 600
    assert Affiliation.objects.create(speaker=speaker, stated_as="x").pk > 0


@POSTGRES
def test_archive_is_searchable_and_matchable(archive):
    assert Claim.objects.search("inflation").exists()
    name = Speaker.objects.first().name
    assert Speaker.objects.matching(name.split()[-1]).exists()


@POSTGRES
def test_a_database_with_claims_is_refused(archive):
    with pytest.raises(CommandError, match="already holds"):
        call_command("generate_archive", *SIZE, stdout=io.StringIO(), stderr=io.StringIO())


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the refusal of other databases")
def test_other_databases_are_refused_with_a_reason(db):
    with pytest.raises(CommandError, match="PostgreSQL's COPY"):
        call_command("generate_archive", *SIZE, stdout=io.StringIO(), stderr=io.StringIO())


def test_a_size_below_one_is_refused(db):
    with pytest.raises(CommandError, match="--claims must be at least 1"):
        call_command("generate_archive", "--claims", "0", stdout=io.StringIO(), stderr=io.StringIO())
