import pytest

from claims.models import Claim
from tests.factories import ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.usefixtures("seeded")


def test_reviewer_sees_the_claim_list(client, reviewer):
    client.force_login(reviewer)

    response = client.get("/admin/claims/claim/")

    assert response.status_code == 200
    assert "Raffaello Pantucci" in response.text
    assert "TRT World" in response.text


def test_claim_list_filters_by_status(client, reviewer):
    ClaimFactory.create_batch(3, status="false")
    client.force_login(reviewer)

    response = client.get("/admin/claims/claim/", {"status": "false"})

    assert response.context["cl"].result_count == 3


def test_claim_search_covers_speaker_aliases(client, reviewer):
    client.force_login(reviewer)

    response = client.get("/admin/claims/claim/", {"q": "Pantucci"})

    assert response.context["cl"].result_count == 17


def test_claim_search_finds_a_speaker_written_without_accents_or_capitals(client, reviewer):
    ClaimFactory.create_batch(2, speaker=SpeakerFactory(name="José Álvarez-Núñez"))
    client.force_login(reviewer)

    response = client.get("/admin/claims/claim/", {"q": "alvarez nunez"})

    assert response.context["cl"].result_count == 2


def test_claim_page_highlights_the_quote_in_its_paragraph(client, reviewer):
    claim = Claim.objects.get(text__startswith="We are seeing the formation")
    client.force_login(reviewer)

    response = client.get(f"/admin/claims/claim/{claim.pk}/change/")

    assert response.status_code == 200
    assert '<mark class="quote">We are seeing the formation of an informal, but real, military alliance.</mark>' in (
        response.text
    )
    assert "Pukhov said." in response.text


def test_anonymous_visitor_is_sent_to_the_login_page(client):
    response = client.get("/admin/claims/claim/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_speaker_list_shows_claim_counts(client, reviewer):
    ClaimFactory.create_batch(3, speaker=SpeakerFactory(name="Mina Holt"))
    client.force_login(reviewer)

    response = client.get("/admin/claims/speaker/", {"q": "Holt"})

    assert response.context["cl"].result_count == 1
    assert response.context["cl"].result_list[0].claim_count == 3
