"""import_claimreview: schema.org ClaimReview in the shapes fact-checkers publish, as reviewed claims."""

import datetime
import importlib
import io
import json
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from claims.importers.claimreview import RATING_NAMES, STATUS_NAMES, rating_status
from claims.models import Claim, Review, Speaker, VerificationStatus
from tests.conftest import SHARED_DATA
from tests.factories import ClaimFactory, SpeakerFactory

CLAIMREVIEW = SHARED_DATA / "claimreview"


def claimreview(**fields) -> dict:
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://checker.example/fact-check/budget",
        "claimReviewed": "The state budget doubled in two years.",
        "datePublished": "2022-10-06",
        "author": {"@type": "Organization", "name": "Checker"},
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Ada Park", "jobTitle": "State senator"},
            "datePublished": "2022-10-05",
            "appearance": [{"@type": "CreativeWork", "url": "https://social.example/post/1"}],
        },
        "reviewRating": {"@type": "Rating", "alternateName": "Falso", "ratingValue": "1", "bestRating": "5"},
    }
    return review | fields


def write_json(tmp_path: Path, document, name="review.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def import_claimreview(*paths: Path) -> str:
    out = io.StringIO()
    call_command("import_claimreview", *paths, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_claimreview_becomes_a_claim_by_the_claimant(db, tmp_path):
    import_claimreview(write_json(tmp_path, claimreview()))

    claim = Claim.objects.select_related("speaker", "affiliation").get()
    assert claim.text == "The state budget doubled in two years."
    assert (claim.speaker.name, claim.speaker.kind) == ("Ada Park", Speaker.Kind.PERSON)
    assert claim.affiliation.stated_as == "State senator"
    assert claim.source_url == "https://social.example/post/1"
    assert claim.stated_on == datetime.date(2022, 10, 5)
    assert (claim.origin, claim.status) == (Claim.Origin.CLAIMREVIEW, "false")


def test_review_keeps_the_fact_checker_its_rating_and_date(db, tmp_path):
    import_claimreview(write_json(tmp_path, claimreview()))

    review = Review.objects.get()
    assert (review.origin, review.verdict, review.original_rating) == (Review.Origin.CLAIMREVIEW, "false", "Falso")
    assert review.reviewing_organization == "Checker"
    assert review.url == "https://checker.example/fact-check/budget"
    assert review.reviewed_at == datetime.datetime(2022, 10, 6, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(lambda r: [r, {"@type": "WebPage", "name": "not a review"}], id="list"),
        pytest.param(lambda r: {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, r]}, id="graph"),
        pytest.param(lambda r: {"@type": "DataFeedItem", "item": [r]}, id="datacommons-item"),
        pytest.param(
            lambda r: {"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [r]}]}, id="feed"
        ),
        pytest.param(lambda r: r | {"@type": ["Review", "ClaimReview"]}, id="type-list"),
    ],
)
def test_claimreview_is_found_in_every_published_shape(db, tmp_path, shape):
    import_claimreview(write_json(tmp_path, shape(claimreview())))

    assert Claim.objects.get().text == "The state budget doubled in two years."


def test_json_lines_file_holds_one_document_per_line(db, tmp_path):
    path = tmp_path / "reviews.jsonl"
    lines = [claimreview(url=f"https://checker.example/{n}", claimReviewed=f"Claim {n}") for n in range(3)]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")

    import_claimreview(path)

    assert sorted(Claim.objects.values_list("text", flat=True)) == ["Claim 0", "Claim 1", "Claim 2"]


def test_fact_check_tools_claim_is_read(db, tmp_path):
    document = {
        "text": "A doctor beats a patient in Kanpur.",
        "claimant": "FB User",
        "claimDate": "2019-06-20T12:12:40Z",
        "claimReview": [
            {
                "publisher": {"site": "vishvasnews.com"},
                "url": "https://www.vishvasnews.com/x/",
                "reviewDate": "2019-06-20T12:12:40Z",
                "textualRating": "False",
            }
        ],
    }

    import_claimreview(write_json(tmp_path, document))

    review = Review.objects.select_related("claim__speaker").get()
    assert (review.claim.speaker.name, review.claim.status) == ("FB User", "false")
    assert review.reviewing_organization == "vishvasnews.com"


def test_claimant_typed_organization_is_an_organisation(db, tmp_path):
    item = {"@type": "CreativeWork", "author": {"@type": "Organization", "name": "Social media users "}}

    import_claimreview(write_json(tmp_path, claimreview(itemReviewed=item)))

    assert (Speaker.objects.get().name, Speaker.objects.get().kind) == ("Social media users", "organisation")


def test_claimant_name_list_is_the_name_then_the_affiliation(db, tmp_path):
    item = {"@type": "creativeWork", "author": {"@type": "Person", "name": ["Mzwandile Masina", "mayor of Ekurhuleni"]}}

    import_claimreview(write_json(tmp_path, claimreview(itemReviewed=item)))

    claim = Claim.objects.select_related("speaker", "affiliation").get()
    assert (claim.speaker.name, claim.affiliation.stated_as) == ("Mzwandile Masina", "mayor of Ekurhuleni")


def test_claimant_name_with_a_non_breaking_space_is_trimmed(db, tmp_path):
    item = {"@type": "Claim", "author": {"@type": "Person", "name": "Facebook user\xa0"}}

    import_claimreview(write_json(tmp_path, claimreview(itemReviewed=item)))

    assert Speaker.objects.get().name == "Facebook user"


def test_review_without_a_claimant_is_stored_unattributed_with_no_invented_speaker(db, tmp_path):
    import_claimreview(write_json(tmp_path, claimreview(itemReviewed={"@type": "Claim"})))

    claim = Claim.objects.get()
    assert (claim.speaker, claim.affiliation, claim.status) == (None, None, "false")
    assert not Speaker.objects.exists()


def test_fact_check_tools_claim_without_a_claimant_is_stored_unattributed(db, tmp_path):
    review = {"publisher": {"name": "Checker"}, "url": "https://checker.example/x/", "textualRating": "False"}
    document = {"text": "A doctor beats a patient in Kanpur.", "claimReview": [review]}

    import_claimreview(write_json(tmp_path, document))

    assert Claim.objects.get().speaker is None
    assert not Speaker.objects.exists()


def test_unattributed_reviews_imported_twice_are_stored_once(db, tmp_path):
    path = write_json(tmp_path, claimreview(itemReviewed={"@type": "Claim"}))

    import_claimreview(path)
    import_claimreview(path)

    assert Claim.objects.count() == 1


def test_journalist_author_gives_way_to_the_organisation(db, tmp_path):
    authors = [{"@type": "Person", "name": "Luiz Menezes"}, {"@type": "Organization", "name": "Aos Fatos"}]

    import_claimreview(write_json(tmp_path, claimreview(author=authors)))

    assert Review.objects.get().reviewing_organization == "Aos Fatos"


def test_claim_text_published_as_a_list_with_entities_is_decoded(db, tmp_path):
    import_claimreview(write_json(tmp_path, claimreview(claimReviewed=["Rishi Sunak praises Manmohan Singh&#039;s"])))

    assert Claim.objects.get().text == "Rishi Sunak praises Manmohan Singh's"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2020-06-23 20:02", datetime.datetime(2020, 6, 23, 20, 2, tzinfo=datetime.UTC)),
        ("2020-03-27T10:46:13+0200", datetime.datetime(2020, 3, 27, 8, 46, 13, tzinfo=datetime.UTC)),
        ("2023-01-24T13:32:06.838Z", datetime.datetime(2023, 1, 24, 13, 32, 6, 838000, tzinfo=datetime.UTC)),
    ],
)
def test_review_dates_with_and_without_a_timezone(db, tmp_path, published, expected):
    import_claimreview(write_json(tmp_path, claimreview(datePublished=published)))

    assert Review.objects.get().reviewed_at == expected


@pytest.mark.parametrize(
    ("name", "value", "best", "worst", "status"),
    [
        ("Falso", None, None, None, "false"),
        ("Incorrect \r", 1, 6, 1, "false"),
        ("زائف", "", "", "", "false"),
        ("錯誤", None, "5", "1", "false"),
        ("really_false", "-1", "-1", "-1", "false"),
        ("Engañoso", "2", "5", "1", "misleading"),
        ("não_é_bem_assim", 5, 6, None, "misleading"),
        ("Half true", "3", "5", "1", "half_true"),
        ("Mostly false", "2", "5", "1", "mostly_false"),
        ("FALSO: As imagens foram retiradas do canal de um corretor.", None, None, None, "false"),
        ("The picture shows a slave trader", "1", "5", "1", "false"),
        ("The picture is from 2012", "4", "6", "1", "unverifiable"),
        ("Reker hat diesen Satz nie gesagt. «Völliger Unsinn».", None, None, None, "unverifiable"),
        ("證據不足", None, "5", "1", "unverifiable"),
    ],
)
def test_rating_maps_to_a_status(name, value, best, worst, status):
    assert rating_status(name, value, best, worst) == status


def test_every_mapped_rating_is_a_verification_status():
    assert set(RATING_NAMES.values()) | set(STATUS_NAMES) <= set(VerificationStatus.values)


def test_unmapped_rating_is_unverifiable_with_the_rating_kept(db, tmp_path):
    rating = {"@type": "Rating", "alternateName": "Reker hat diesen Satz nie gesagt."}

    import_claimreview(write_json(tmp_path, claimreview(reviewRating=rating)))

    review = Review.objects.get()
    assert (review.verdict, review.original_rating) == ("unverifiable", "Reker hat diesen Satz nie gesagt.")


def test_second_import_changes_nothing(db, tmp_path):
    path = write_json(tmp_path, claimreview())
    import_claimreview(path)

    out = import_claimreview(path)

    assert "reviews read: 1, imported: 0, unchanged: 1, rejected: 0, new speakers: 0" in out
    assert Claim.objects.count() == Review.objects.count() == 1


def test_one_page_reviewing_two_claims_gives_two_claims(db, tmp_path):
    reviews = [claimreview(claimReviewed="First claim."), claimreview(claimReviewed="Second claim.")]

    import_claimreview(write_json(tmp_path, reviews))

    assert Claim.objects.count() == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "bad.json: not JSON"),
        (json.dumps({"@type": "WebPage"}), "bad.json: no ClaimReview in the document"),
        (json.dumps(claimreview(claimReviewed="")), "bad.json: no claimReviewed text"),
        (json.dumps(claimreview(reviewRating=None)), "bad.json: no reviewRating"),
    ],
)
def test_bad_document_is_reported_and_the_others_imported(db, tmp_path, content, reason):
    good = write_json(tmp_path, claimreview(), name="good.json")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    err = io.StringIO()

    with pytest.raises(CommandError, match="1 reviews rejected"):
        call_command("import_claimreview", bad, good, stdout=io.StringIO(), stderr=err)

    assert reason in err.getvalue()
    assert Claim.objects.count() == 1


def test_bad_line_of_json_lines_is_reported_with_its_line_number(db, tmp_path):
    path = tmp_path / "reviews.jsonl"
    path.write_text(json.dumps(claimreview()) + "\n{oops\n", encoding="utf-8")
    err = io.StringIO()

    with pytest.raises(CommandError):
        call_command("import_claimreview", path, stdout=io.StringIO(), stderr=err)

    assert "reviews.jsonl:2: not JSON" in err.getvalue()
    assert Claim.objects.count() == 1


# The 63 real documents and the two single-shape files.

needs_claimreview = pytest.mark.skipif(
    not (CLAIMREVIEW / "claimreviews.jsonl").is_file(),
    reason=f"ClaimReview data not found in {CLAIMREVIEW} (the shared data folder beside the repository)",
)
REAL_FILES = [
    CLAIMREVIEW / "claimreviews.jsonl",
    CLAIMREVIEW / "datacommons_feed_item.json",
    CLAIMREVIEW / "factchecktools_api_claim.json",
]


@needs_claimreview
@pytest.mark.slow
def test_real_claimreviews_all_arrive(db):
    out = import_claimreview(*REAL_FILES)

    # The Data Commons item is the dpa review on line 17 of the jsonl: read twice, stored once.
    assert "reviews read: 65, imported: 64, unchanged: 1, rejected: 0" in out
    assert Claim.objects.filter(origin=Claim.Origin.CLAIMREVIEW).count() == 64


@needs_claimreview
@pytest.mark.slow
def test_real_claimreviews_keep_every_original_rating(db):
    import_claimreview(*REAL_FILES)

    assert not Review.objects.filter(original_rating="").exists()
    assert Review.objects.filter(verdict="unverifiable").count() == 3


@needs_claimreview
@pytest.mark.slow
def test_second_import_of_real_claimreviews_changes_nothing(db):
    import_claimreview(*REAL_FILES)

    out = import_claimreview(*REAL_FILES)

    assert "imported: 0, unchanged: 65, rejected: 0, new speakers: 0" in out


def test_migration_moves_claims_of_the_old_unattributed_speaker_to_no_speaker(db):
    migration = importlib.import_module("claims.migrations.0015_claimreview_unattributed_speaker")
    old = SpeakerFactory(name="Unattributed", kind=Speaker.Kind.GROUP)
    imported = ClaimFactory(speaker=old, article=None, origin=Claim.Origin.CLAIMREVIEW)

    migration.unattribute(apps, None)

    imported.refresh_from_db()
    assert imported.speaker is None
    assert not Speaker.objects.filter(name="Unattributed").exists()


def test_migration_keeps_a_group_called_unattributed_that_was_quoted_in_articles(db):
    migration = importlib.import_module("claims.migrations.0015_claimreview_unattributed_speaker")
    group = SpeakerFactory(name="Unattributed", kind=Speaker.Kind.GROUP)
    quoted = ClaimFactory(speaker=group, origin=Claim.Origin.ANNOTATION)

    migration.unattribute(apps, None)

    quoted.refresh_from_db()
    assert quoted.speaker == group
