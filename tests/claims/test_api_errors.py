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


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/v1/claims/", "q"),
        ("/api/v1/claims/", "affiliation"),
        ("/api/v1/claims/", "speaker"),
        ("/api/v1/claims/", "outlet"),
        ("/api/v1/speakers/", "search"),
        ("/api/v1/articles/", "outlet"),
    ],
)
def test_text_filter_of_a_thousand_words_is_a_400_naming_the_parameter(client, url, param):
    response = client.get(url, {param: "ab " * 1000})

    assert response.status_code == 400
    assert "at most 200 characters" in response.json()[param][0]
