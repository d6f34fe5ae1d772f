import datetime

from sources.parsing import parse_article
from sources.parsing.boilerplate import is_boilerplate

ARTICLE = """Join our new Telegram channel for news you will not read elsewhere!

Harbour Town Votes To Rebuild Its Pier

The mayor cut the ribbon on Tuesday. (Jane Roe/Coastal Photo Agency)

Residents of Harbour Town voted on Tuesday to rebuild the old pier.

"We waited ten years for this," said Mina Holt, who runs the ferry.

0

Source link

Comments

Source: Coastal Courier
"""


def test_headline_is_the_first_real_line():
    article = parse_article(ARTICLE)

    assert article.title == "Harbour Town Votes To Rebuild Its Pier"


def test_boilerplate_and_captions_are_not_body():
    article = parse_article(ARTICLE)

    assert [p.text[:20] for p in article.paragraphs] == [
        "Residents of Harbour",
        '"We waited ten years',
    ]


def test_source_credit_names_the_outlet():
    assert parse_article(ARTICLE).outlet == "Coastal Courier"


def test_paragraph_offsets_point_into_the_source():
    article = parse_article(ARTICLE)

    for p in article.paragraphs:
        assert ARTICLE[p.start : p.start + len(p.text)] == p.text


def test_body_offsets_map_back_to_the_same_characters():
    article = parse_article(ARTICLE)
    second = article.paragraphs[1]

    body_offset = article.to_body_offset(second.start + 5)

    assert article.body[body_offset] == ARTICLE[second.start + 5]
    assert article.to_source_offset(body_offset) == second.start + 5


def test_offsets_outside_the_body_map_to_none():
    article = parse_article(ARTICLE)

    assert article.to_body_offset(0) is None


def test_date_line_glued_to_the_first_paragraph_is_split_off():
    text = " date 2030-03-04 The council met late into the night.\n\nIt adjourned at two.\n"

    article = parse_article(text)

    assert article.published == datetime.date(2030, 3, 4)
    assert article.title is None
    assert article.paragraphs[0].text == "The council met late into the night."
    assert text[article.paragraphs[0].start :].startswith("The council")


def test_copyright_line_names_the_outlet_without_legal_suffix():
    text = "Markets Rally\n\nStocks rose on Friday.\n\n© 2031 Plains Herald L.P\nDistributed by Wire Co., LLC\n"

    article = parse_article(text)

    assert article.outlet == "Plains Herald"
    assert article.body == "Stocks rose on Friday."


def test_author_note_at_the_foot_gives_byline_and_outlet():
    text = (
        "Bonds Slide\n\nStocks rose on Friday.\n\nBonds fell.\n\n"
        "Ada Park is an editor at Ledger Weekly, a finance magazine.\n"
    )

    article = parse_article(text)

    assert (article.byline, article.outlet) == ("Ada Park", "Ledger Weekly")
    assert len(article.paragraphs) == 2


def test_a_box_printed_twice_is_dropped_with_its_heading():
    text = (
        "Title Here\n\nFirst paragraph.\n\nWhy We Wrote This\n\nA pitch for the story.\n\n"
        "Second paragraph.\n\nWhy We Wrote This\n\nA pitch for the story.\n\nThird paragraph.\n"
    )

    article = parse_article(text)

    assert [p.text for p in article.paragraphs] == [
        "First paragraph.",
        "Second paragraph.",
        "Third paragraph.",
    ]


def test_cookie_notice_is_boilerplate():
    text = "Title\n\nBody text here.\n\nThis website uses cookies to improve your experience. Accept\n"

    assert parse_article(text).body == "Body text here."


def test_every_kind_of_promotion_is_boilerplate_whatever_its_case():
    # One line per alternative of the promotion pattern: its lookahead must hold each first letter.
    promotions = [
        "Join our WhatsApp group today",
        "Find us on our Telegram channel",
        "This site uses cookies.",
        "WE USE COOKIES to improve your visit.",
        "Read our cookie policy",
        "Subscribe to our daily briefing",
        "Sign up for our morning email",
        "Get the newsletter in your inbox",
        "Follow us on social media",
        "Download our app for alerts",
    ]

    assert all(is_boilerplate(line) for line in promotions)


def test_written_date_line_under_the_headline_is_the_publication_date():
    text = "Pier Reopens\n\nPublished: March 4, 2030\n\nThe pier reopened on Tuesday.\n"

    article = parse_article(text)

    assert article.published == datetime.date(2030, 3, 4)
    assert article.body == "The pier reopened on Tuesday."


def test_day_month_year_date_line_is_read():
    assert parse_article("Pier Reopens\n\n4 March 2030\n\nThe pier reopened.\n").published == datetime.date(2030, 3, 4)


def test_wire_credits_and_link_labels_are_not_body():
    text = (
        "Pier Reopens\n\nThe pier reopened on Tuesday.\n\nRead more: Harbour dredging to start in May\n\n"
        "Reporting by Ana Ruiz; Editing by Tomas Vik\n\nTags: harbour, pier\n"
    )

    assert parse_article(text).body == "The pier reopened on Tuesday."


def test_byline_drops_the_job_title():
    text = "Pier Reopens\n\nBy Jane Roe and Tom Vik, Staff Writers\n\nThe pier reopened.\n"

    assert parse_article(text).byline == "Jane Roe and Tom Vik"


def test_wire_dateline_opens_the_body_not_the_headline():
    article = parse_article("PORTSIDE (Harbour Wire) — The pier reopened on Tuesday.\n\nMore follows.\n")

    assert article.title is None
    assert article.paragraphs[0].text.startswith("PORTSIDE")
