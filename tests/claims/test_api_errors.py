"""Bad input gets a clear 4xx naming what is wrong: never a 500, never a silent guess."""

import pytest

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.mark.parametrize("param", ["speaker_id", "article"])
@pytest.mark.parametrize("value", ["99999999999999999999", "-4.85e97"])
def test_id_filter_beyond_the_id_range_is_a_400_naming_the_parameter(client, param, value):
    response = client.get("/api/v1/claims/", {param: value})

    assert response.status_code == 400
    assert param in response.json()


def test_fractional_article_filter_is_a_400_not_article_one(client):
    response = client.get("/api/v1/claims/", {"article": "1.5"})

    assert response.status_code == 400
    assert "article" in response.json()
