"""The list features that keep the API fast on a large archive: cursors, counts, matching, search, exports."""

import csv
import datetime
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.models import Affiliation, Claim, Review, Speaker, SpeakerAlias, Topic, VerificationStatus

POSTGRES = pytest.mark.skipif("connection.vendor != 'postgresql'", reason="PostgreSQL only")
SQLITE = pytest.mark.skipif("connection.vendor != 'sqlite'", reason="SQLite only")


def claims_list(client, **params):
    response = client.get("/api/v1/claims/", params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def speakers(db):
    names = ["Barack Obama", "Michelle Obama", "Collin Koh", "Helmut Kohl", "Raffaello Pantucci", "José Álvarez"]
    return {name: Speaker.objects.create(name=name) for name in names}


@pytest.fixture
def many_claims(speakers):
    """25 claims by Koh, the newest last."""
    return [Claim.objects.create(text=f"Koh claim number {n}.", speaker=speakers["Collin Koh"]) for n in range(25)]


def walk(client, url, params):
    """Every row through the next links, and the pages seen."""
    ids, pages = [], 0
    response = client.get(url, params)
    while True:
        body = response.json()
        ids += [row["id"] for row in body["results"]]
        pages += 1
        if not body["next"]:
            return ids, pages
        response = client.get(body["next"])


def test_cursor_pages_walk_every_claim_newest_first_once(client, many_claims):
    ids, pages = walk(client, "/api/v1/claims/", {"page_size": 10})

    assert ids == [c.pk for c in reversed(many_claims)]
    assert pages == 3


def test_next_link_carries_a_cursor_not_a_page_number(client, many_claims):
    body = claims_list(client, page_size=10)

    assert "cursor=" in body["next"] and "page=" not in body["next"].replace("page_size", "")
    assert body["previous"] is None


def test_previous_link_returns_to_the_page_before(client, many_claims):
    first = claims_list(client, page_size=10)
    second = client.get(first["next"]).json()

    back = client.get(second["previous"]).json()

    assert [r["id"] for r in back["results"]] == [r["id"] for r in first["results"]]
    assert back["previous"] is None


def test_claims_sharing_a_timestamp_are_neither_skipped_nor_repeated(client, many_claims):
    Claim.objects.update(created_at=timezone.now())

    ids, _ = walk(client, "/api/v1/claims/", {"page_size": 4})

    assert sorted(ids) == sorted(c.pk for c in many_claims) and len(ids) == len(set(ids))


def test_oldest_first_by_updated_at_pages_by_cursor(client, many_claims):
    ids, _ = walk(client, "/api/v1/claims/", {"page_size": 10, "ordering": "updated_at"})

    assert ids == [c.pk for c in many_claims]


@pytest.mark.parametrize("cursor", ["garbage", "eyJ2IjoxfQ", "e30"])
def test_malformed_cursor_is_a_404_saying_so(client, many_claims, cursor):
    response = client.get("/api/v1/claims/", {"cursor": cursor})

    assert response.status_code == 404
    assert "not a cursor from this list" in response.json()["detail"]


def test_cursor_and_page_together_are_a_404(client, many_claims):
    response = client.get("/api/v1/claims/", {"cursor": "x", "page": 2})

    assert response.status_code == 404
    assert "either a cursor or a page number" in response.json()["detail"]


def test_other_orders_page_by_number(client, many_claims):
    body = claims_list(client, page_size=10, ordering="speaker")

    assert "page=2" in body["next"]
    assert len(claims_list(client, page_size=10, ordering="speaker", page=3)["results"]) == 5


def test_a_cursor_in_an_order_without_one_is_a_404(client, many_claims):
    cursor = claims_list(client, page_size=10)["next"].split("cursor=")[1]

    response = client.get("/api/v1/claims/", {"cursor": cursor, "ordering": "speaker"})

    assert response.status_code == 404
    assert "pages by number" in response.json()["detail"]


def test_filtered_list_counts_exactly(client, many_claims, speakers):
    Claim.objects.create(text="Other.", speaker=speakers["Helmut Kohl"])

    body = claims_list(client, speaker_id=speakers["Collin Koh"].pk)

    assert (body["count"], body["count_is_exact"]) == (25, True)


def test_filtered_count_stops_at_the_limit_and_says_so(client, many_claims, speakers, monkeypatch):
    monkeypatch.setattr("listing.pagination.COUNT_LIMIT", 10)

    body = claims_list(client, kind="direct")

    assert (body["count"], body["count_is_exact"]) == (10, False)


def test_a_speakers_count_is_exact_past_the_limit(client, many_claims, speakers, monkeypatch):
    # Read from the counts kept per speaker and status, not by counting rows.
    monkeypatch.setattr("listing.pagination.COUNT_LIMIT", 10)
    Claim.objects.filter(pk=many_claims[0].pk).update(status="false")

    everything = claims_list(client, speaker_id=speakers["Collin Koh"].pk)
    false = claims_list(client, speaker="koh", status="false")

    assert (everything["count"], everything["count_is_exact"]) == (25, True)
    assert (false["count"], false["count_is_exact"]) == (1, True)


def test_a_dismissed_claim_is_not_in_a_speakers_count(client, many_claims, speakers):
    Claim.objects.filter(pk=many_claims[0].pk).update(status="not_a_claim")

    body = claims_list(client, speaker_id=speakers["Collin Koh"].pk)

    assert (body["count"], len(body["results"])) == (24, 20)


def test_list_rows_show_what_the_claims_detail_shows(client, speakers):
    from sources.models import Article, Outlet

    outlet = Outlet.objects.create(name="Daily")
    article = Article.objects.create(body="Koh said it.", body_sha256="b" * 64, outlet=outlet, published="2024-02-03")
    koh = speakers["Collin Koh"]
    affiliation = Affiliation.objects.create(speaker=koh, stated_as="fellow")
    quoted = Claim.objects.create(
        text="Koh said it.",
        speaker=koh,
        article=article,
        affiliation=affiliation,
        confidence=0.5,
        stated_on="2024-02-01",
    )
    quoted.topics.add(Topic.objects.create(name="trade"), Topic.objects.create(name="aid"))
    Claim.objects.create(text="Nobody said it.")

    rows = claims_list(client, status="unverified")["results"]

    assert len(rows) == 2
    assert rows == [client.get(f"/api/v1/claims/{row['id']}/").json() for row in rows]


@SQLITE
def test_unfiltered_list_counts_exactly_on_sqlite(client, many_claims):
    body = claims_list(client)

    assert (body["count"], body["count_is_exact"]) == (25, True)


@POSTGRES
def test_unfiltered_list_gives_the_planners_estimate_on_postgresql(client, many_claims):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")

    with CaptureQueriesContext(connection) as queries:
        body = claims_list(client, ordering="created_at")

    assert body["count_is_exact"] is False
    assert 20 <= body["count"] <= 30
    assert not any("COUNT(" in q["sql"].upper() for q in queries.captured_queries)


def test_unfiltered_page_costs_two_queries_at_most_whatever_its_size(client, many_claims):
    for size in (1, 50):
        # 1: the count (or its estimate, when not cached); 2: the page, with speaker, affiliation,
        # article, outlet and topics in the same query.
        with CaptureQueriesContext(connection) as queries:
            claims_list(client, page_size=size)
        assert len(queries) <= 2


def test_speaker_filter_costs_two_queries(client, many_claims):
    # 1: the matching speakers, with their counts; 2: the page.
    with CaptureQueriesContext(connection) as queries:
        body = claims_list(client, speaker="koh", page_size=10)

    assert (body["count"], body["count_is_exact"]) == (25, True)
    assert len(queries) == 2


def test_a_list_that_fits_on_its_first_page_is_counted_from_the_page(client, many_claims):
    # 1: the matching speakers; 2: the page, which is the whole list.
    with CaptureQueriesContext(connection) as queries:
        body = claims_list(client, speaker="koh", page_size=50)

    assert (body["count"], body["count_is_exact"], len(body["results"])) == (25, True, 25)
    assert len(queries) == 2


def test_speaker_filter_says_which_speakers_the_name_matched(client, speakers):
    for name in ("Barack Obama", "Michelle Obama", "Collin Koh"):
        Claim.objects.create(text=f"{name} spoke.", speaker=speakers[name])

    body = claims_list(client, speaker="obama")

    assert {m["name"] for m in body["matched_speakers"]} == {"Barack Obama", "Michelle Obama"}
    assert {r["speaker"]["name"] for r in body["results"]} == {"Barack Obama", "Michelle Obama"}


def test_each_matched_speaker_says_how_many_of_the_listed_claims_are_theirs(client, speakers):
    barack, michelle = speakers["Barack Obama"], speakers["Michelle Obama"]
    for number in range(3):
        Claim.objects.create(text=f"Barack spoke {number}.", speaker=barack, status=VerificationStatus.FALSE)
    Claim.objects.create(text="Barack was right.", speaker=barack, status=VerificationStatus.TRUE)
    Claim.objects.create(text="Michelle spoke.", speaker=michelle, status=VerificationStatus.FALSE)

    body = claims_list(client, speaker="obama", status="false")

    assert {m["name"]: m["claims"] for m in body["matched_speakers"]} == {"Barack Obama": 3, "Michelle Obama": 1}


def test_matched_speakers_is_absent_without_a_speaker_name(client, many_claims):
    assert "matched_speakers" not in claims_list(client)


def test_a_surname_does_not_match_a_longer_surname_when_it_matches_a_whole_one(client, speakers):
    body = claims_list(client, speaker="koh")

    assert [m["name"] for m in body["matched_speakers"]] == ["Collin Koh"]


def test_names_holding_every_word_rank_the_closest_name_first(client, speakers):
    Speaker.objects.create(name="Barack Hussein Obama II")

    results = client.get("/api/v1/speakers/", {"search": "obama barack"}).json()["results"]

    assert [r["name"] for r in results] == ["Barack Obama", "Barack Hussein Obama II"]


@pytest.mark.parametrize("query", ["pantuci", "Pantucci Raffaello", "PANTÚCCI", "raffaello-pantucci"])
def test_speaker_search_forgives_misspelling_order_accents_and_slugs(client, speakers, query):
    results = client.get("/api/v1/speakers/", {"search": query}).json()["results"]

    assert results[0]["name"] == "Raffaello Pantucci"


def test_speaker_search_finds_a_name_written_without_its_accents(client, speakers):
    results = client.get("/api/v1/speakers/", {"search": "jose alvarez"}).json()["results"]

    assert [r["name"] for r in results] == ["José Álvarez"]


def test_speaker_search_matches_an_alias(client, speakers):
    SpeakerAlias.objects.create(speaker=speakers["Barack Obama"], name="POTUS 44")

    results = client.get("/api/v1/speakers/", {"search": "potus 44"}).json()["results"]

    assert [r["name"] for r in results] == ["Barack Obama"]


@POSTGRES
def test_speaker_search_ranks_the_closest_misspelling_first(client, speakers):
    Speaker.objects.create(name="Raffaella Pantano")

    results = client.get("/api/v1/speakers/", {"search": "raffaello pantuci"}).json()["results"]

    assert results[0]["name"] == "Raffaello Pantucci"


def test_matching_queryset_ranks_speakers_for_other_pages(speakers):
    assert [s.name for s in Speaker.objects.matching("obama")][:2] in (
        ["Barack Obama", "Michelle Obama"],
        ["Michelle Obama", "Barack Obama"],
    )
    assert list(Speaker.objects.matching("nobody at all")) == []


@POSTGRES
def test_q_finds_other_forms_of_a_word(client, speakers):
    claim = Claim.objects.create(text="The sanction hurt exports.", speaker=speakers["Collin Koh"])
    Claim.objects.create(text="Exports grew.", speaker=speakers["Collin Koh"])

    assert [r["id"] for r in claims_list(client, q="sanctions")["results"]] == [claim.pk]


@POSTGRES
def test_q_ranks_the_better_match_first(client, speakers):
    better = Claim.objects.create(text="Sanctions, sanctions and more sanctions.", speaker=speakers["Collin Koh"])
    Claim.objects.create(text="Exports grew despite sanctions on the region.", speaker=speakers["Collin Koh"])

    assert claims_list(client, q="sanctions")["results"][0]["id"] == better.pk


@SQLITE
def test_q_matches_every_word_on_sqlite(client, speakers):
    claim = Claim.objects.create(text="The sanctions hurt exports.", speaker=speakers["Collin Koh"])
    Claim.objects.create(text="Exports grew.", speaker=speakers["Collin Koh"])

    assert [r["id"] for r in claims_list(client, q="EXPORTS sanctions")["results"]] == [claim.pk]


def test_q_with_an_ordering_pages_through_every_match_by_date(client, many_claims):
    ids, _ = walk(client, "/api/v1/claims/", {"q": "koh", "ordering": "-created_at", "page_size": 10})

    assert len(ids) == 25


def test_topic_filter_ignores_case(client, speakers):
    health = Topic.objects.create(name="health-care")
    claim = Claim.objects.create(text="Clinics.", speaker=speakers["Collin Koh"])
    claim.topics.add(health)
    Claim.objects.create(text="Roads.", speaker=speakers["Collin Koh"])

    body = claims_list(client, topic="Health-Care")

    assert [r["id"] for r in body["results"]] == [claim.pk]
    assert body["results"][0]["topics"] == ["health-care"]


def test_unknown_topic_lists_nothing(client, many_claims):
    assert claims_list(client, topic="astrology")["results"] == []


def test_updated_after_lists_only_claims_changed_since(client, many_claims):
    moment = timezone.now()
    changed = many_claims[3]
    changed.venue = "a rally"
    changed.save()

    assert [r["id"] for r in claims_list(client, updated_after=moment.isoformat())["results"]] == [changed.pk]


@pytest.mark.parametrize("value", ["yesterday", "2026-13-01T00:00:00Z"])
def test_updated_after_that_is_no_moment_is_a_400(client, many_claims, value):
    response = client.get("/api/v1/claims/", {"updated_after": value})

    assert response.status_code == 400
    assert "updated_after" in response.json()


def test_reviews_updated_after_lists_only_newer_reviews(client, many_claims):
    claim = many_claims[0]
    Review.objects.create(claim=claim, verdict="false", rationale="old")
    moment = timezone.now()
    newer = Review.objects.create(claim=claim, verdict="true", rationale="new")

    response = client.get(f"/api/v1/claims/{claim.pk}/reviews/", {"updated_after": moment.isoformat()})

    assert [r["id"] for r in response.json()["results"]] == [newer.pk]


def test_reviews_updated_after_that_is_no_moment_is_a_400(client, many_claims):
    response = client.get(f"/api/v1/claims/{many_claims[0].pk}/reviews/", {"updated_after": "soon"})

    assert response.status_code == 400
    assert "updated_after" in response.json()


def test_dismissed_and_unattributed_claims_stay_out_of_the_list(client, speakers):
    shown = Claim.objects.create(text="Said.", speaker=speakers["Collin Koh"])
    Claim.objects.create(text="Not said.", speaker=speakers["Collin Koh"], status="not_a_claim")
    Claim.objects.create(text="Nobody said.")

    assert [r["id"] for r in claims_list(client)["results"]] == [shown.pk]


def test_csv_export_streams_every_filtered_claim(client, many_claims, speakers):
    Claim.objects.create(text="Kohl's claim, with a comma.", speaker=speakers["Helmut Kohl"])

    response = client.get("/api/v1/claims/", {"format": "csv", "speaker": "kohl"})

    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [(r["speaker"], r["text"]) for r in rows] == [("Helmut Kohl", "Kohl's claim, with a comma.")]


def test_jsonl_export_gives_one_claim_per_line_with_its_topics(client, many_claims):
    many_claims[0].topics.add(Topic.objects.create(name="defence"))

    response = client.get("/api/v1/claims/", {"format": "jsonl"})

    lines = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    assert len(lines) == 25
    assert lines[-1]["id"] == many_claims[0].pk and lines[-1]["topics"] == ["defence"]


def test_export_takes_every_match_of_a_search_not_only_the_ranked_few(client, many_claims, monkeypatch):
    monkeypatch.setattr("claims.querysets.SEARCH_CANDIDATES", 5)

    response = client.get("/api/v1/claims/", {"format": "jsonl", "q": "koh"})

    assert len(b"".join(response.streaming_content).splitlines()) == 25


@pytest.mark.parametrize("value", ["xml", "pdf"])
def test_unknown_format_is_a_400_listing_the_formats(client, many_claims, value):
    response = client.get("/api/v1/claims/", {"format": value})

    assert response.status_code == 400
    assert "csv" in response.json()["format"][0] and "jsonl" in response.json()["format"][0]


def test_one_claims_claimreview_is_json_ld(client, many_claims):
    claim = many_claims[0]
    Claim.objects.filter(pk=claim.pk).update(status="false")
    Review.objects.create(claim=claim, verdict="false", rationale="Wrong.")

    response = client.get(f"/api/v1/claims/{claim.pk}/claimreview/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    body = response.json()
    assert body["@type"] == "ClaimReview" and body["claimReviewed"] == claim.text


def test_claimreview_of_a_claim_without_verdict_is_a_404_saying_why(client, many_claims):
    response = client.get(f"/api/v1/claims/{many_claims[0].pk}/claimreview/")

    assert response.status_code == 404
    assert "no verdict" in response.json()["detail"]


def test_claimreview_feed_leaves_out_claims_dismissed_as_not_claims(client, many_claims):
    Claim.objects.filter(pk=many_claims[0].pk).update(status="not_a_claim")

    response = client.get("/api/v1/claimreview/")

    assert response.status_code == 200 and response.json()["dataFeedElement"] == []


def test_list_answers_304_when_nothing_changed(client, many_claims):
    first = client.get("/api/v1/claims/")

    again = client.get("/api/v1/claims/", headers={"If-None-Match": first["ETag"]})

    assert again.status_code == 304


def test_list_etag_changes_when_a_claim_changes(client, many_claims):
    first = client.get("/api/v1/claims/")
    Claim.objects.filter(pk=many_claims[-1].pk).update(text="Changed.")

    again = client.get("/api/v1/claims/", headers={"If-None-Match": first["ETag"]})

    assert again.status_code == 200


def test_detail_answers_304_for_its_version(client, many_claims):
    url = f"/api/v1/claims/{many_claims[0].pk}/"

    assert client.get(url, headers={"If-None-Match": '"1"'}).status_code == 304


def test_any_site_may_read_the_api(client, many_claims):
    response = client.get("/api/v1/claims/", headers={"Origin": "https://newsroom.example"})

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_no_site_may_write_through_cors(client, many_claims):
    response = client.options(
        "/api/v1/claims/",
        headers={"Origin": "https://newsroom.example", "Access-Control-Request-Method": "POST"},
    )

    assert "POST" not in response.get("Access-Control-Allow-Methods", "")
    assert response.get("Access-Control-Allow-Credentials") is None


def test_speaker_detail_bounds_its_affiliations_and_links_to_the_rest(client, speakers, settings):
    from sources.models import Article

    koh = speakers["Collin Koh"]
    for n in range(30):
        article = Article.objects.create(body=f"Article {n}.", body_sha256=f"{n:064d}")
        Affiliation.objects.create(speaker=koh, stated_as=f"fellow number {n % 12}", article=article)

    detail = client.get(f"/api/v1/speakers/{koh.pk}/").json()
    rest = client.get(detail["affiliations_url"], {"page_size": 100}).json()

    assert len(detail["affiliations"]) == 10 and detail["affiliation_count"] == 30
    assert len({a["stated_as"] for a in detail["affiliations"]}) == 10
    assert rest["count"] == 30 and len(rest["results"]) == 30


def test_speakers_claim_count_leaves_out_dismissed_claims(client, speakers):
    Claim.objects.create(text="Said.", speaker=speakers["Collin Koh"])
    Claim.objects.create(text="Not said.", speaker=speakers["Collin Koh"], status="not_a_claim")

    results = client.get("/api/v1/speakers/", {"search": "koh"}).json()["results"]

    assert results[0]["claim_count"] == 1


def test_article_list_never_reads_the_body(client, many_claims):
    from sources.models import Article

    Article.objects.create(body="A long body.", body_sha256="a" * 64, title="Title")

    with CaptureQueriesContext(connection) as queries:
        client.get("/api/v1/articles/")

    page = [q["sql"] for q in queries.captured_queries if "sources_article" in q["sql"] and "LIMIT" in q["sql"]]
    assert page and all('"sources_article"."body"' not in sql.split(" FROM ")[0] for sql in page)


def test_status_filter_adds_no_distinct(client, many_claims):
    with CaptureQueriesContext(connection) as queries:
        claims_list(client, status="unverified,false")

    assert not any("DISTINCT" in q["sql"] for q in queries.captured_queries)


def test_deep_cursor_page_reads_only_its_own_rows(client, many_claims):
    cursor_url = claims_list(client, page_size=20)["next"]

    with CaptureQueriesContext(connection) as queries:
        client.get(cursor_url)

    page = next(q["sql"] for q in queries.captured_queries if "LIMIT" in q["sql"])
    assert "OFFSET" not in page


def test_claim_representation_is_what_the_declared_fields_give(rf, speakers):
    from rest_framework import serializers

    from claims.api.serializers import ClaimSerializer
    from sources.models import Article, Outlet

    outlet = Outlet.objects.create(name="Daily")
    article = Article.objects.create(body="Koh said it.", body_sha256="b" * 64, outlet=outlet, published="2024-02-03")
    koh = speakers["Collin Koh"]
    affiliation = Affiliation.objects.create(speaker=koh, stated_as="fellow")
    for claim in (
        Claim.objects.create(text="Koh said it.", speaker=koh, article=article, affiliation=affiliation, confidence=1),
        Claim.objects.create(text="Nobody said it."),
    ):
        claim.topics.add(Topic.objects.get_or_create(name="trade")[0])
        row = Claim.objects.with_related().get(pk=claim.pk)
        serializer = ClaimSerializer(context={"request": rf.get("/")})

        assert serializer.to_representation(row) == serializers.ModelSerializer.to_representation(serializer, row)


def test_origin_filter_lists_claims_from_one_source(client, speakers):
    typed = Claim.objects.create(text="Typed in.", speaker=speakers["Collin Koh"], origin="manual")
    Claim.objects.create(text="Extracted.", speaker=speakers["Collin Koh"])

    assert [r["id"] for r in claims_list(client, origin="manual")["results"]] == [typed.pk]


def test_unknown_origin_is_a_400(client, speakers):
    response = client.get("/api/v1/claims/", {"origin": "rumour"})

    assert response.status_code == 400 and "origin" in response.json()


@POSTGRES
@pytest.mark.parametrize("export_format", ["csv", "jsonl"])
def test_postgresql_writes_the_same_export_as_python(speakers, export_format):
    from claims.exports import _copied_lines, csv_lines, jsonl_lines
    from sources.models import Article, Outlet

    article = Article.objects.create(
        body="x", body_sha256="c" * 64, outlet=Outlet.objects.create(name="Daily"), published="2024-02-03"
    )
    quoted = Claim.objects.create(
        text='He said "no", then\nleft; naïve \\ café.', speaker=speakers["José Álvarez"], article=article
    )
    quoted.topics.add(Topic.objects.create(name="trade"), Topic.objects.create(name="a, b"))
    Claim.objects.create(text="Plain.", speaker=speakers["Collin Koh"], confidence=0.125)
    claims = Claim.objects.public().with_related().order_by("-created_at", "-id")

    by_python = "".join(csv_lines(claims) if export_format == "csv" else jsonl_lines(claims))
    by_postgresql = b"".join(_copied_lines(claims, export_format)).decode()

    assert _export_rows(by_postgresql, export_format) == _export_rows(by_python, export_format)


def _export_rows(text: str, export_format: str) -> list[dict]:
    """The rows of an export, times as moments (PostgreSQL writes .85113 where Python writes .851130)."""
    rows = (
        list(csv.DictReader(io.StringIO(text))) if export_format == "csv" else list(map(json.loads, text.splitlines()))
    )
    for row in rows:
        for name in ("created_at", "updated_at"):
            row[name] = datetime.datetime.fromisoformat(row[name])
    return rows


@pytest.mark.parametrize("detail", [False, True])
def test_article_representation_is_what_the_declared_fields_give(rf, speakers, detail):
    from rest_framework import serializers

    from sources.api.serializers import ArticleDetailSerializer, ArticleSerializer
    from sources.api.views import ArticleViewSet
    from sources.models import Article, Outlet

    outlet = Outlet.objects.create(name="Daily")
    Article.objects.create(
        body="Koh said it.", body_sha256="b" * 64, outlet=outlet, published="2024-02-03", url="https://d.example/1"
    )
    Article.objects.create(body="Bare.", body_sha256="c" * 64, title="Bare", byline="A. Writer")
    serializer = (ArticleDetailSerializer if detail else ArticleSerializer)(context={"request": rf.get("/")})

    for row in ArticleViewSet.queryset.all():
        assert serializer.to_representation(row) == serializers.ModelSerializer.to_representation(serializer, row)


def test_article_list_rows_show_what_the_article_detail_shows(client, speakers):
    from sources.models import Article, Outlet

    article = Article.objects.create(
        body="Koh said it.", body_sha256="b" * 64, outlet=Outlet.objects.create(name="Daily"), published="2024-02-03"
    )
    Claim.objects.create(text="It.", speaker=speakers["Collin Koh"], article=article)

    [row] = client.get("/api/v1/articles/").json()["results"]
    detail = client.get(f"/api/v1/articles/{article.pk}/").json()

    assert row == {name: value for name, value in detail.items() if name != "body"}
    assert row["claim_count"] == 1 and row["outlet"] == "Daily"
