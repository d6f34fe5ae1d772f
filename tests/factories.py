"""Rows for tests that are about behaviour, not about the seed articles: each test makes what it needs."""

import hashlib

import factory

from claims.models import Claim, Speaker
from sources.models import Article, Outlet


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Outlet {n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    outlet = factory.SubFactory(OutletFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    body = factory.Sequence(lambda n: f"Article number {n} has a body with “a quoted claim” in it.")
    body_sha256 = factory.LazyAttribute(lambda a: hashlib.sha256(a.body.encode()).hexdigest())


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Speaker Number{n}")


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    text = factory.Sequence(lambda n: f"Claim number {n} was said.")
    speaker = factory.SubFactory(SpeakerFactory)
    article = factory.SubFactory(ArticleFactory)
    origin = Claim.Origin.EXTRACTION
