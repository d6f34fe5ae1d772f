"""What the database itself refuses, whatever code writes to it."""

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from claims.models import Claim, Review, Speaker
from sources.models import Article


@pytest.fixture
def article(db):
    return Article.objects.create(title="A", body="Ministers said “all is well” today.", body_sha256="x" * 64)


@pytest.fixture
def speaker(db):
    return Speaker.objects.create(name="Ada Park")


def make_claim(article, speaker, **fields):
    values = {"text": "all is well", "speaker": speaker, "article": article, "start": 17, "end": 28, **fields}
    return Claim.objects.create(**values)


def test_unknown_status_is_refused_by_the_database(article, speaker):
    claim = make_claim(article, speaker)

    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(status="probably")


def test_same_text_by_same_speaker_in_same_article_is_stored_once(article, speaker):
    make_claim(article, speaker)

    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(article, speaker, text="All is  well")


def test_offsets_past_the_end_of_the_body_are_refused(article, speaker):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(article, speaker, start=17, end=len(article.body) + 1)


def test_end_before_start_is_refused(article, speaker):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_claim(article, speaker, start=20, end=10)


def test_an_article_with_claims_cannot_be_deleted(article, speaker):
    make_claim(article, speaker)

    with pytest.raises(ProtectedError):
        article.delete()


def test_a_speaker_with_claims_cannot_be_deleted(article, speaker):
    make_claim(article, speaker)

    with pytest.raises(ProtectedError):
        speaker.delete()


def test_a_claim_with_reviews_cannot_be_deleted(article, speaker):
    claim = make_claim(article, speaker)
    Review.objects.create(claim=claim, verdict="true", rationale="Checked.")

    with pytest.raises(ProtectedError):
        claim.delete()


def test_two_articles_with_the_same_body_cannot_both_be_stored(article):
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(title="B", body="other", body_sha256=article.body_sha256)
