"""claims.storing: the one write path every producer hands its ClaimToStore records to."""

from claims.models import Claim, Speaker
from claims.records import ClaimToStore, ImportedVerdict
from claims.storing import ClaimStorer
from sources.models import Article

BODY = "“Fares will rise,” said Orla Brennigan. “Nobody saw it coming.”"


def an_article() -> Article:
    return Article.objects.create(body=BODY, body_sha256="x" * 64, title="Fares")


def test_an_unattributed_claim_is_stored_without_a_speaker_and_once_per_article(db):
    article = an_article()
    unnamed = ClaimToStore(text="Nobody saw it coming.", speaker=None, start=41, end=62)
    storer = ClaimStorer(origin=Claim.Origin.EXTRACTION)

    first = storer.store([unnamed], article=article)
    again = storer.store([unnamed], article=article)

    assert (first.created, first.unattributed, again.created) == (1, 1, 0)
    assert Claim.objects.get().speaker is None
    assert Speaker.objects.count() == 0


def test_a_claim_stored_with_an_article_takes_its_publication_date_and_offsets(db):
    article = an_article()
    article.published = "2024-03-01"
    article.save()

    stored = ClaimStorer(origin=Claim.Origin.EXTRACTION).store(
        [ClaimToStore(text="Fares will rise,", speaker="Orla Brennigan", start=1, end=17, affiliation="a ferry pilot")],
        article=article,
    )

    claim = Claim.objects.select_related("affiliation").get(pk=stored.claims[0].pk)
    assert str(claim.stated_on) == "2024-03-01"
    assert BODY[claim.start : claim.end] == claim.text
    assert claim.affiliation.role == "ferry pilot"


def test_archives_match_no_misspelt_speaker_and_keep_the_sources_form_as_alias(db):
    Speaker.objects.create(name="Orla Brennigan")
    record = ClaimToStore(
        text="Taxes doubled.",
        speaker="Orla Brenigan",
        speaker_alias="orla-brenigan",
        external_id="1",
        verdict=ImportedVerdict(status="false", original_rating="false", reviewing_organization="PolitiFact"),
    )

    stored = ClaimStorer(origin=Claim.Origin.LIAR, misspellings=False).store([record])

    speaker = stored.claims[0].speaker
    assert speaker.name == "Orla Brenigan"
    assert list(speaker.aliases.values_list("name", flat=True)) == ["orla-brenigan"]
    assert stored.claims[0].reviews.get().verdict == "false"
