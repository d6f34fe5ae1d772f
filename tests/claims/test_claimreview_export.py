"""Our verdicts out as schema.org ClaimReview: export_claimreview and GET /api/v1/claimreview/."""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from claims.importers.claimreview import STATUS_NAMES, rating_status
from claims.models import Claim, Review, Speaker


def reviewed_claim(text="Taxes doubled.", speaker="Ada Park", status="false", **review_fields) -> Claim:
    speaker_row, _ = Speaker.objects.get_or_create(name=speaker)
    claim = Claim.objects.create(text=text, speaker=speaker_row, status=status, origin=Claim.Origin.MANUAL)
    Review.objects.create(claim=claim, verdict=status, **review_fields)
    return claim


def snapshot() -> set[tuple[str, str, str]]:
    """What a round trip must keep: each claim with a verdict, its speaker and its verdict."""
    return set(
        Claim.objects.exclude(status__in=["unverified", "in_review"]).values_list("text", "speaker__name", "status")
    )


def write_liar_rows(tmp_path):
    rows = [
        [
            "1.json",
            "pants-fire",
            "Says the moon is cheese.",
            "space",
            "barack-obama",
            "President",
            "Illinois",
            "democrat",
        ],
        ["2.json", "half-true", '"We cut taxes 63 times."', "taxes", "aarp", "", "", "organization"],
        ["3.json", "true", "\ufeffOn abortion", "abortion", "barack-obama", "President", "Illinois", "democrat"],
    ]
    path = tmp_path / "train.tsv"
    path.write_text("".join("\t".join([*row, "0", "0", "0", "0", "0", "a speech"]) + "\n" for row in rows))
    return path


def test_every_status_name_the_export_writes_reads_back_to_that_status():
    assert {status: rating_status(name) for status, name in STATUS_NAMES.items()} == {s: s for s in STATUS_NAMES}


def test_export_then_import_into_an_empty_database_reproduces_claims_speakers_and_verdicts(db, tmp_path):
    feed = tmp_path / "feed.json"
    with transaction.atomic():
        call_command("import_liar", write_liar_rows(tmp_path), stdout=io.StringIO())
        reviewed_claim("The bridge cost twice the estimate.", "Bo Diaz", "misleading", reviewing_organization="")
        reviewed_claim("Nobody can check this.", "Bo Diaz", "unverifiable")
        Claim.objects.create(text="Not reviewed yet.", speaker=Speaker.objects.get(name="Bo Diaz"))
        expected = snapshot()
        call_command("export_claimreview", "--output", feed, stderr=io.StringIO())
        transaction.set_rollback(True)  # back to an empty database
    assert not Claim.objects.exists()

    call_command("import_claimreview", feed, stdout=io.StringIO())

    assert len(expected) == 5
    assert snapshot() == expected
    assert set(Speaker.objects.values_list("name", flat=True)) == {"Barack Obama", "Aarp", "Bo Diaz"}


def test_importing_our_own_export_into_the_same_database_changes_nothing(db, tmp_path):
    feed = tmp_path / "feed.json"
    call_command("import_liar", write_liar_rows(tmp_path), stdout=io.StringIO())
    reviewed_claim("The bridge cost twice the estimate.", "Bo Diaz", "misleading")
    call_command("export_claimreview", "--output", feed, stderr=io.StringIO())
    before = (Claim.objects.count(), Review.objects.count(), Speaker.objects.count())
    out = io.StringIO()

    call_command("import_claimreview", feed, stdout=out)

    assert (Claim.objects.count(), Review.objects.count(), Speaker.objects.count()) == before
    assert "imported: 0, unchanged: 4" in out.getvalue()


def test_exported_liar_reviews_give_no_publication_date(db, tmp_path):
    call_command("import_liar", write_liar_rows(tmp_path), stdout=io.StringIO())
    out = io.StringIO()

    call_command("export_claimreview", stdout=out)

    reviews = [element["item"][0] for element in json.loads(out.getvalue())["dataFeedElement"]]
    assert len(reviews) == 3
    # LIAR does not say when PolitiFact published a verdict; the import time is not that date.
    assert all("datePublished" not in review for review in reviews)


def test_export_without_verdicts_writes_an_empty_feed_to_file_and_standard_output(db, tmp_path):
    Claim.objects.create(text="Not reviewed yet.", speaker=Speaker.objects.create(name="Bo Diaz"))
    out, feed = io.StringIO(), tmp_path / "feed.json"

    call_command("export_claimreview", stdout=out)
    call_command("export_claimreview", "--output", feed, stderr=io.StringIO())

    for text in (out.getvalue(), feed.read_text(encoding="utf-8")):
        assert json.loads(text)["dataFeedElement"] == []


def test_every_element_after_the_first_is_led_by_its_comma(db):
    for number in range(3):
        reviewed_claim(f"Claim {number}.")
    out = io.StringIO()

    call_command("export_claimreview", stdout=out)

    elements = out.getvalue().splitlines()[1:-1]
    assert [line[0] for line in elements] == ["{", ",", ","]
    assert len(json.loads(out.getvalue())["dataFeedElement"]) == 3


def test_export_command_writes_a_data_feed_to_standard_output(db):
    reviewed_claim()
    out = io.StringIO()

    call_command("export_claimreview", stdout=out)

    feed = json.loads(out.getvalue())
    assert feed["@type"] == "DataFeed"
    [element] = feed["dataFeedElement"]
    assert element["item"][0]["@type"] == "ClaimReview"


def test_feed_is_json_ld_claimreview(client, db):
    reviewed_claim(
        status="half_true",
        reviewing_organization="PolitiFact",
        reviewed_at=datetime.datetime(2016, 5, 1, tzinfo=datetime.UTC),
    )

    response = client.get("/api/v1/claimreview/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    [review] = response.json()["dataFeedElement"][0]["item"]
    assert review["claimReviewed"] == "Taxes doubled."
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Ada Park"}
    assert review["author"] == {"@type": "Organization", "name": "PolitiFact"}
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Half true",
        "ratingValue": 3,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert review["datePublished"] == "2016-05-01T00:00:00+00:00"


def test_feed_leaves_out_claims_without_a_verdict(client, db):
    kept = reviewed_claim()
    Claim.objects.create(text="Waiting.", speaker=kept.speaker)

    response = client.get("/api/v1/claimreview/")

    texts = [e["item"][0]["claimReviewed"] for e in response.json()["dataFeedElement"]]
    assert texts == ["Taxes doubled."]


def test_claim_reviewed_here_links_to_its_api_page(client, db):
    claim = reviewed_claim()

    review = client.get("/api/v1/claimreview/").json()["dataFeedElement"][0]["item"][0]

    assert review["url"] == f"http://testserver/api/v1/claims/{claim.pk}/"
    assert review["author"]["name"] == "factcheck"


def test_imported_review_keeps_its_publishers_page(client, db):
    reviewed_claim(url="https://checker.example/fact-check/1", reviewing_organization="Checker")

    review = client.get("/api/v1/claimreview/").json()["dataFeedElement"][0]["item"][0]

    assert review["url"] == "https://checker.example/fact-check/1"


def test_feed_pages_link_to_the_next_page(client, db):
    for n in range(3):
        reviewed_claim(text=f"Claim {n}.")

    response = client.get("/api/v1/claimreview/", {"page_size": 2})
    next_url = response["Link"].split(">")[0].lstrip("<")
    second = client.get(next_url)

    assert response["X-Total-Count"] == "3"
    assert 'rel="next"' in response["Link"] and "cursor=" in next_url
    texts = [e["item"][0]["claimReviewed"] for r in (response, second) for e in r.json()["dataFeedElement"]]
    assert texts == ["Claim 0.", "Claim 1.", "Claim 2."]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite counts exactly, with no planner estimate")
def test_a_feed_the_planner_expects_far_past_the_limit_is_not_counted(client, db, monkeypatch):
    # Three claims, but any estimate exceeds a threshold of -1: "more than the limit", nothing counted.
    monkeypatch.setattr("listing.pagination.COUNT_LIMIT", 1_000)
    monkeypatch.setattr("listing.pagination.FAR_PAST_LIMIT", -1)
    for n in range(3):
        reviewed_claim(text=f"Claim {n}.")

    response = client.get("/api/v1/claimreview/", {"page_size": 2})

    assert (response["X-Total-Count"], response["X-Total-Count-Is-Exact"]) == ("1000", "false")


def test_feed_takes_the_claims_filters(client, db):
    reviewed_claim(text="Right.", status="true")
    reviewed_claim(text="Wrong.", status="false")

    response = client.get("/api/v1/claimreview/", {"status": "true"})

    assert [e["item"][0]["claimReviewed"] for e in response.json()["dataFeedElement"]] == ["Right."]


@pytest.mark.parametrize("size", [1, 50])
def test_feed_costs_at_most_three_queries_at_any_page_size(client, db, django_assert_num_queries, size):
    for n in range(60):
        reviewed_claim(text=f"Claim {n}.", speaker=f"Speaker {n % 7}")

    # 1: the page of claims joined to speaker and affiliation, each with its latest review; 2: the
    # count; on PostgreSQL, 3: the planner's estimate first (a list it expects to be far longer than
    # the count's limit is not counted).
    with django_assert_num_queries(3 if connection.vendor == "postgresql" else 2):
        client.get("/api/v1/claimreview/", {"page_size": size})


def test_openapi_schema_describes_the_feed_and_its_filters(client, db):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")

    operation = response.json()["paths"]["/api/v1/claimreview/"]["get"]
    assert {"status", "speaker", "speaker_id", "page", "page_size"} <= {p["name"] for p in operation["parameters"]}
    assert "application/ld+json" in operation["responses"]["200"]["content"]


def test_export_to_a_device_writes_to_it_and_leaves_it_a_device(db, tmp_path):
    # /dev/null must stay /dev/null: only a regular file is written beside its name and renamed.
    import os
    import stat

    call_command("export_claimreview", "--output", os.devnull, stderr=io.StringIO())

    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_export_to_a_file_leaves_no_partial_file(db, tmp_path):
    reviewed_claim()
    target = tmp_path / "feed.json"

    call_command("export_claimreview", "--output", str(target), stderr=io.StringIO())

    assert json.loads(target.read_text())["dataFeedElement"]
    assert [p.name for p in tmp_path.iterdir()] == ["feed.json"]


def test_export_writes_for_each_claim_the_same_claimreview_as_its_api_page(client, db):
    """The command reads plain rows, the API model instances: both give each claim the same document."""
    ours = reviewed_claim("Ours, dated when recorded.")
    dated = reviewed_claim(
        "Imported with a date.",
        speaker="City Council",
        origin=Review.Origin.CLAIMREVIEW,
        reviewing_organization="PolitiFact",
        url="https://fact.example/1",
        reviewed_at=datetime.datetime(2021, 3, 4, 5, 6, 7, 890, tzinfo=datetime.UTC),
    )
    Speaker.objects.filter(name="City Council").update(kind=Speaker.Kind.ORGANISATION)
    undated = reviewed_claim("Imported without a date.", origin=Review.Origin.LIAR)
    twice = reviewed_claim("Reviewed twice.", status="true")
    Review.objects.create(claim=twice, verdict="true", reviewing_organization="Second look")
    unreviewed = Claim.objects.create(
        text="A verdict set with no review.", speaker=ours.speaker, status="misleading", origin=Claim.Origin.MANUAL
    )
    out = io.StringIO()

    call_command("export_claimreview", "--base-url", "http://testserver", stdout=out)

    exported = [element["item"][0] for element in json.loads(out.getvalue())["dataFeedElement"]]
    pages = [client.get(f"/api/v1/claims/{claim.pk}/claimreview/").json() for claim in (ours, dated, undated, twice)]
    pages.append(client.get(f"/api/v1/claims/{unreviewed.pk}/claimreview/").json())
    assert exported == pages
    assert exported[3]["author"]["name"] == "Second look"


def test_of_two_reviews_recorded_at_the_same_moment_the_export_shows_the_later_one(client, db):
    claim = reviewed_claim("Reviewed twice at once.", status="true", reviewing_organization="First look")
    Review.objects.create(claim=claim, verdict="true", reviewing_organization="Second look")
    with connection.cursor() as cursor:  # reviews are final to the ORM
        cursor.execute("UPDATE claims_review SET created_at = %s", [datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC)])
    out = io.StringIO()

    call_command("export_claimreview", "--base-url", "http://testserver", stdout=out)

    [element] = json.loads(out.getvalue())["dataFeedElement"]
    assert element["item"][0]["author"]["name"] == "Second look"
    assert element["item"][0] == client.get(f"/api/v1/claims/{claim.pk}/claimreview/").json()


def test_export_writes_every_field_of_a_claimreview_as_its_api_page_does(client, db):
    """Affiliation, date and place said, quotes and accents, a verdict off the five-point scale, a review
    recorded at a whole second: the command (on PostgreSQL the database writes it) matches the page."""
    from claims.models import Affiliation

    speaker = Speaker.objects.create(name="José Núñez")
    affiliation = Affiliation.objects.create(speaker=speaker, stated_as='chair, "Harbour" Board')
    full = Claim.objects.create(
        text='He said "no",\nthen left \\ café.',
        speaker=speaker,
        affiliation=affiliation,
        status="misleading",
        stated_on=datetime.date(2020, 2, 29),
        source_url="https://news.example/a?b=1&c=2",
        origin=Claim.Origin.MANUAL,
    )
    Review.objects.create(claim=full, verdict="misleading", rationale="Checked.")
    whole_second = reviewed_claim(
        "At a whole second.",
        origin=Review.Origin.CLAIMREVIEW,
        reviewed_at=datetime.datetime(2022, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
        url="",
    )
    out = io.StringIO()

    call_command("export_claimreview", "--base-url", "http://testserver", stdout=out)

    feed = json.loads(out.getvalue())
    exported = [element["item"][0] for element in feed["dataFeedElement"]]
    pages = [client.get(f"/api/v1/claims/{claim.pk}/claimreview/").json() for claim in (full, whole_second)]
    assert exported == pages
    assert [element["dateCreated"] for element in feed["dataFeedElement"]] == [page["datePublished"] for page in pages]
    assert exported[1]["datePublished"] == "2022-01-02T03:04:05+00:00"
    feed_page = client.get("/api/v1/claimreview/").json()["dataFeedElement"]
    assert [element["item"][0] for element in feed_page] == pages
