"""The reviewer's desk in the admin: one way to submit, search across statuses, the home, corrections."""

import pytest
from django.contrib.auth.models import Group

from claims.models import Claim, Correction, Review
from claims.review import start_review
from sources.models import Article

pytestmark = pytest.mark.usefixtures("seeded")
QUOTE = "We are seeing the formation"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("edna", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def claim():
    return Claim.objects.get(text__startswith=QUOTE)


def change_form(claim, **fields):
    """What an editor's claim page posts when nothing but `fields` was touched."""
    return {
        "text": claim.text,
        "kind": claim.kind,
        "speaker": claim.speaker_id,
        "affiliation": claim.affiliation_id or "",
        "opened_version": claim.version,
        "verdict": "",
        "rationale": "",
        "evidence": "",
        "reviews-TOTAL_FORMS": 0,
        "reviews-INITIAL_FORMS": 0,
        **fields,
    }


VERDICT = {"verdict": "false", "rationale": "No treaty exists.", "evidence": "https://example.org/a"}


@pytest.mark.parametrize("button", ["_save", "_continue", "_record", "_record_next"])
def test_every_button_of_an_editors_claim_page_records_the_verdict_filled_in(client, editor, claim, button):
    client.force_login(editor)

    client.post(f"/admin/claims/claim/{claim.pk}/change/", {**change_form(claim, **VERDICT), button: "x"})

    assert list(claim.reviews.values_list("verdict", "rationale", "reviewer__username", "evidence")) == [
        ("false", "No treaty exists.", "edna", ["https://example.org/a"])
    ]


def test_editor_saves_a_correction_and_a_verdict_together(client, editor, claim):
    client.force_login(editor)

    client.post(f"/admin/claims/claim/{claim.pk}/change/", change_form(claim, kind="partial", **VERDICT, _save="x"))

    claim.refresh_from_db()
    assert (claim.kind, claim.status) == ("partial", "false")


def test_a_rationale_without_a_verdict_is_refused_and_kept_on_the_page(client, editor, claim):
    client.force_login(editor)

    response = client.post(
        f"/admin/claims/claim/{claim.pk}/change/", change_form(claim, rationale="Half done.", _continue="x")
    )

    assert response.status_code == 200
    assert "choose the verdict they support" in response.text
    assert "Half done." in response.text
    assert not claim.reviews.exists()


def test_record_button_without_a_verdict_is_refused(client, editor, claim):
    client.force_login(editor)

    response = client.post(f"/admin/claims/claim/{claim.pk}/change/", change_form(claim, _record="x"))

    assert "Choose a verdict to record." in response.text
    assert not claim.reviews.exists()


def test_reviewer_records_and_opens_the_next_claim_in_the_queue(client, reviewer, claim):
    client.force_login(reviewer)
    expected = Claim.objects.next_in_queue(user=reviewer, after=claim)

    response = client.post(
        f"/admin/claims/claim/{claim.pk}/review/", {**VERDICT, "version": claim.version, "_record_next": "x"}
    )

    assert response["Location"] == f"/admin/claims/claim/{expected.pk}/change/"
    assert Claim.objects.get(pk=claim.pk).status == "false"


def test_reviewers_verdict_form_sits_above_the_claims_fields(client, reviewer, claim):
    client.force_login(reviewer)

    page = client.get(f"/admin/claims/claim/{claim.pk}/change/").text

    assert page.index('id="claim-quote"') < page.index('id="record-verdict"') < page.index("field-text")
    assert f'formaction="/admin/claims/claim/{claim.pk}/review/"' in page


def test_queue_puts_unattributed_claims_first(reviewer, claim):
    Claim.objects.filter(pk=claim.pk).update(speaker=None, affiliation=None)

    assert Claim.objects.next_in_queue(user=reviewer) == Claim.objects.get(pk=claim.pk)


def test_next_in_queue_skips_claims_another_reviewer_took(reviewer, django_user_model, claim):
    olga = django_user_model.objects.create_user("olga")
    Claim.objects.filter(pk=claim.pk).update(speaker=None, affiliation=None)
    start_review(claims=[claim], reviewer=olga)

    assert Claim.objects.next_in_queue(user=reviewer) != claim


def test_search_looks_across_every_status(client, reviewer):
    Claim.objects.filter(speaker__name="Collin Koh").update(status="false")
    client.force_login(reviewer)

    response = client.get("/admin/claims/claim/", {"q": "Koh"})

    assert response.context["cl"].result_count == Claim.objects.filter(speaker__name="Collin Koh").count() > 0


def test_search_hidden_by_a_chosen_filter_says_which_and_offers_the_search_without_it(client, reviewer):
    Claim.objects.filter(speaker__name="Collin Koh").update(status="false")
    client.force_login(reviewer)

    response = client.get("/admin/claims/claim/", {"q": "Koh", "status": "unverified"})

    assert response.context["cl"].result_count == 0
    assert "No claim matches “Koh” with the filters (status: Unverified); 4 match" in response.text
    assert "?q=Koh&amp;status=all" in response.text


def test_speaker_filter_is_an_autocomplete_not_a_list_of_every_speaker(client, reviewer):
    client.force_login(reviewer)

    response = client.get("/admin/claims/claim/")

    assert "speaker__id__exact=" not in response.text
    assert 'data-field-name="speaker"' in response.text
    assert 'data-field-name="outlet"' in response.text


def test_speaker_autocomplete_finds_a_speaker_by_surname(client, reviewer):
    client.force_login(reviewer)

    response = client.get(
        "/admin/autocomplete/",
        {"term": "Pantucci", "app_label": "claims", "model_name": "claim", "field_name": "speaker"},
    )

    assert [r["text"] for r in response.json()["results"]] == ["Raffaello Pantucci"]


def test_claim_list_shows_who_took_each_claim_and_filters_mine(client, reviewer, django_user_model, claim):
    olga = django_user_model.objects.create_user("olga")
    other = Claim.objects.exclude(pk=claim.pk).first()
    start_review(claims=[claim], reviewer=reviewer)
    start_review(claims=[other], reviewer=olga)
    client.force_login(reviewer)

    response = client.get("/admin/claims/claim/", {"taken": "mine"})

    assert [c.pk for c in response.context["cl"].result_list] == [claim.pk]
    assert '<td class="field-taken_by nowrap">rita</td>' in response.text


def test_claim_list_does_not_count_past_its_cap(client, reviewer, settings, monkeypatch):
    monkeypatch.setattr("claims.admin_paging.COUNT_CAP", 5)
    client.force_login(reviewer)

    response = client.get("/admin/claims/claim/", {"status": "all"})

    assert response.context["cl"].result_count == 5
    assert "More than 5 claims" in response.text


def test_home_shows_what_waits_mine_and_recent_verdicts(client, reviewer, claim):
    start_review(claims=[claim], reviewer=reviewer)
    attributed = Claim.objects.exclude(pk=claim.pk).filter(speaker__isnull=False).first()
    Claim.objects.filter(pk=attributed.pk).update(speaker=None, affiliation=None)
    client.force_login(reviewer)

    response = client.get("/admin/")

    waiting = Claim.objects.filter(status="unverified").count()
    assert f'<span class="count">{waiting}</span>Unverified' in response.text
    # The seeds' one quote annotated without a speaker, and the claim made unattributed above.
    assert '<span class="count">2</span>Unattributed' in response.text
    assert '<span class="count">1</span>Mine in review' in response.text
    assert f'href="/admin/claims/claim/{claim.pk}/change/"' in response.text


def test_reviewer_dismisses_a_claim_and_is_sent_to_the_next(client, reviewer, claim):
    client.force_login(reviewer)

    response = client.post(
        f"/admin/claims/claim/{claim.pk}/correct/",
        {"action": "dismiss", "reason": "A headline.", "version": claim.version},
    )

    assert Claim.objects.get(pk=claim.pk).status == "not_a_claim"
    assert response["Location"].startswith("/admin/claims/claim/")
    assert response["Location"] != f"/admin/claims/claim/{claim.pk}/change/"


def test_reviewer_names_a_new_speaker_with_aliases(client, reviewer, claim):
    client.force_login(reviewer)

    client.post(
        f"/admin/claims/claim/{claim.pk}/correct/",
        {
            "action": "speaker",
            "sp-new_name": "Anna Kireeva",
            "sp-aliases": "Kireeva\n",
            "sp-kind": "",
            "sp-reason": "Named above.",
            "sp-version": claim.version,
        },
    )

    claim.refresh_from_db()
    assert claim.speaker.name == "Anna Kireeva"
    assert Correction.objects.get(claim=claim).corrected_by == reviewer


def test_correction_without_a_reason_is_refused_and_keeps_what_was_typed(client, reviewer, claim):
    client.force_login(reviewer)

    response = client.post(
        f"/admin/claims/claim/{claim.pk}/correct/",
        {"action": "speaker", "sp-new_name": "Anna Kireeva", "sp-reason": "", "sp-version": claim.version},
    )

    assert response.status_code == 200
    assert 'value="Anna Kireeva"' in response.text
    assert Claim.objects.get(pk=claim.pk).speaker.name != "Anna Kireeva"


def test_read_only_staff_cannot_open_the_correction_page(client, django_user_model, claim):
    user = django_user_model.objects.create_user("sam", is_staff=True)
    user.groups.add(Group.objects.get(name="Staff (read only)"))
    client.force_login(user)

    assert client.get(f"/admin/claims/claim/{claim.pk}/correct/").status_code == 403


def test_claim_page_shows_an_untitled_article_by_outlet_date_and_first_words(client, reviewer, claim):
    Article.objects.filter(pk=claim.article_id).update(title="", published="2021-12-16")
    article = Article.objects.get(pk=claim.article_id)
    client.force_login(reviewer)

    page = client.get(f"/admin/claims/claim/{claim.pk}/change/").text

    assert f"{article.outlet}, {article.published.isoformat()}: “{' '.join(article.body.split()[:12])}…”" in page
    assert article.origin_file not in page


def test_claim_without_an_article_shows_its_statement_with_venue_and_date(client, reviewer):
    import datetime

    from claims.models import Speaker

    liar = Claim.objects.create(
        text="Says the economy grew 4 percent last year.",
        speaker=Speaker.objects.get(name="Collin Koh"),
        venue="a speech in Denver",
        stated_on=datetime.date(2012, 3, 4),
        origin="liar",
    )
    client.force_login(reviewer)

    page = client.get(f"/admin/claims/claim/{liar.pk}/change/").text

    assert '<mark class="quote">Says the economy grew 4 percent last year.</mark>' in page
    assert "Collin Koh, a speech in Denver, 4 March 2012" in page


def test_dismissed_claim_is_left_out_of_the_public_api_list(client, reviewer, claim):
    client.force_login(reviewer)
    client.post(
        f"/admin/claims/claim/{claim.pk}/correct/", {"action": "dismiss", "reason": "No.", "version": claim.version}
    )

    listed = client.get("/api/v1/claims/", {"page_size": 200}).json()["results"]
    asked = client.get("/api/v1/claims/", {"status": "not_a_claim"}).json()["results"]

    assert claim.pk not in [c["id"] for c in listed]
    assert [c["id"] for c in asked] == [claim.pk]


def test_verdict_by_a_reviewer_is_not_lost_when_review_is_rejected(client, reviewer, claim):
    client.force_login(reviewer)

    response = client.post(
        f"/admin/claims/claim/{claim.pk}/review/",
        {"verdict": "false", "rationale": "", "evidence": "not a url", "version": claim.version, "_record": "x"},
    )

    assert response.status_code == 200
    assert "not a url" in response.text
    assert not Review.objects.filter(claim=claim).exists()


def test_outlet_autocomplete_finds_an_outlet_by_part_of_its_name(client, reviewer):
    client.force_login(reviewer)

    response = client.get(
        "/admin/autocomplete/",
        {"term": "bloom", "app_label": "sources", "model_name": "article", "field_name": "outlet"},
    )

    assert [r["text"] for r in response.json()["results"]] == ["Bloomberg"]


def test_outlet_filter_keeps_the_chosen_outlet_named(client, reviewer, claim):
    client.force_login(reviewer)

    response = client.get(
        "/admin/claims/claim/", {"status": "all", "article__outlet__id__exact": claim.article.outlet_id}
    )

    assert {c.article.outlet_id for c in response.context["cl"].result_list} == {claim.article.outlet_id}
    assert 'value="Bloomberg"' in response.text
