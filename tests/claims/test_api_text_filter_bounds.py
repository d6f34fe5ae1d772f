"""A text filter is bounded in words as well as characters, so no single request can tie up the database."""

import pytest

from tests.claims.test_api_errors import TEXT_FILTERS

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.mark.parametrize(("url", "param"), TEXT_FILTERS)
def test_text_filter_of_a_hundred_short_words_is_a_400_naming_the_parameter(client, url, param):
    value = " ".join(["a"] * 100)  # 199 characters: under the length cap

    response = client.get(url, {param: value})

    assert response.status_code == 400
    assert response.json()[param] == ["Ensure this value has at most 10 words (it has 100)."]


@pytest.mark.parametrize(("url", "param"), TEXT_FILTERS)
def test_words_joined_by_punctuation_count_as_words(client, url, param):
    response = client.get(url, {param: ",".join(["putin"] * 11)})

    assert response.status_code == 400
    assert "at most 10 words" in response.json()[param][0]


@pytest.mark.parametrize(("url", "param"), TEXT_FILTERS)
def test_text_filter_of_ten_words_is_answered(client, url, param):
    response = client.get(url, {param: "the president of the united states said that it was"})

    assert response.status_code == 200
