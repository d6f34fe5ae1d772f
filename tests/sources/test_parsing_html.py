import datetime
import io
import json
import socket

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim
from sources.models import Article
from sources.parsing import parse_article

# A page as a browser saves it: cookie banner, site header with navigation, the article, related
# links and a footer.
PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour Town votes to rebuild its pier | Coastal Courier</title>
<meta property="og:site_name" content="Coastal Courier">
<meta property="og:title" content="Harbour Town votes to rebuild its pier">
<meta property="article:published_time" content="2025-05-06T10:00:00Z">
<meta name="author" content="Ada Park">
<script>window.dataLayer = [{"page": "<p>not text</p>"}];</script>
</head>
<body>
<div class="cookie-banner" id="cookie-consent">
  <p>This website uses cookies to improve your experience.</p><button>Accept all</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Coastal Courier</a>
  <nav><ul>
    <li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
  </ul></nav>
</header>
<main>
<article>
  <h1>Harbour Town votes to rebuild its pier</h1>
  <figure><img src="pier.jpg" alt=""><figcaption>Harbour master Tomas Vale on the old pier.</figcaption></figure>
  <p>Residents of Harbour Town voted on Tuesday to rebuild the old pier, which the winter storms
  wrecked two years ago and left the ferry without a landing.</p>
  <p>&ldquo;We waited ten years for this,&rdquo; said Mina Holt, who runs the ferry.
  &ldquo;Now the work can start.&rdquo;</p>
  <p>The council&rsquo;s engineer said the new pier would be finished by <em>next spring</em>, and that
  it would cost less than the town had feared &amp; less than the old one.</p>
  <p>&#8220;It is a sound design,&#8221; said Tomas Vale, the harbour master.</p>
</article>
</main>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/fares">Ferry fares to rise in June</a></li><li><a href="/storm">Storm damage: the final bill</a></li>
  </ul>
</aside>
<footer>
  <p>&copy; 2025 Coastal Courier. All rights reserved.</p>
  <p><a href="/contact">Contact us</a> &middot; <a href="/privacy">Privacy policy</a></p>
</footer>
</body>
</html>
"""


def test_page_keeps_title_date_site_name_and_author():
    article = parse_article(PAGE, "pier.html")

    assert article.title == "Harbour Town votes to rebuild its pier"
    assert article.published == datetime.date(2025, 5, 6)
    assert article.outlet == "Coastal Courier"
    assert article.byline == "Ada Park"


def test_body_is_the_article_paragraphs_only():
    article = parse_article(PAGE, "pier.html")

    assert [p.text[:24] for p in article.paragraphs] == [
        "Residents of Harbour Tow",
        "“We waited ten years for",
        "The council’s engineer s",
        "“It is a sound design,” ",
    ]


@pytest.mark.parametrize(
    "furniture",
    ["cookies", "Accept all", "Weather", "Related stories", "Ferry fares", "All rights reserved", "Contact us", "<p>"],
)
def test_navigation_and_page_furniture_are_not_body(furniture):
    assert furniture not in parse_article(PAGE, "pier.html").body


def test_quotes_keep_their_curly_marks_and_entities_are_decoded():
    body = parse_article(PAGE, "pier.html").body

    assert "“We waited ten years for this,” said Mina Holt" in body
    assert "“It is a sound design,” said Tomas Vale" in body
    assert "The council’s engineer" in body
    assert "feared & less" in body


def test_a_paragraph_broken_over_lines_or_around_inline_tags_reads_as_one_line():
    body = parse_article(PAGE, "pier.html").body

    assert "the winter storms wrecked two years ago" in body
    assert "by next spring, and that it would cost" in body


def test_paragraph_starts_point_where_their_text_begins_in_the_page():
    article = parse_article(PAGE, "pier.html")

    starts = [PAGE[p.start : p.start + 20] for p in article.paragraphs]

    assert starts == [
        "Residents of Harbour",
        "&ldquo;We waited ten",
        "The council&rsquo;s ",
        "&#8220;It is a sound",
    ]
    assert PAGE[article.paragraphs[0].start :].startswith(article.paragraphs[0].text[:60])


def test_a_paragraph_printed_earlier_in_the_page_is_found_at_its_own_place():
    teaser = "<p class='teaser'>&#8220;It is a sound design,&#8221; said Tomas Vale, the harbour master.</p>"
    page = PAGE.replace("<nav>", teaser + "<nav>")

    article = parse_article(page, "pier.html")

    assert page[article.paragraphs[-1].start :].startswith("&#8220;It is a sound design,&#8221; said Tomas Vale")
    assert page.index(teaser) < article.paragraphs[0].start


def test_captions_are_kept_apart_from_the_body():
    article = parse_article(PAGE, "pier.html")

    assert article.captions == ["Harbour master Tomas Vale on the old pier."]
    assert "Harbour master" not in article.body


def test_language_comes_from_the_page():
    assert parse_article(PAGE, "pier.html").language == "en"
    assert parse_article(PAGE.replace('lang="en-GB"', 'lang="de"'), "pier.html").language == "de"


def test_a_compact_page_gives_title_site_date_and_paragraphs():
    page = (
        '<html><head><title>Pier plan | Courier</title><meta property="og:site_name" content="Coastal Courier">'
        '<meta property="article:published_time" content="2021-05-06T10:00:00Z"></head><body>'
        "<nav><p>Home</p></nav><article><h1>Pier plan</h1>"
        "<p>The pier will be rebuilt after years of storms battered the old wooden structure on the north shore.</p>"
        "<p>Work starts &amp; ends in May, the council said on Tuesday, and the ferry will run as usual.</p>"
        "</article><footer><p>Contact us</p></footer></body></html>"
    )

    article = parse_article(page, "pier.html")

    assert article.title == "Pier plan"
    assert article.outlet == "Coastal Courier"
    assert article.published == datetime.date(2021, 5, 6)
    assert [p.text[:20] for p in article.paragraphs] == ["The pier will be reb", "Work starts & ends i"]
    assert page[article.paragraphs[0].start :].startswith("The pier")


def test_a_page_that_is_only_a_few_paragraphs_gives_them():
    page = "<p>The pier will be rebuilt next year.</p>\n<p>“We are ready,” said Mina Holt.</p>\n"

    article = parse_article(page, "pier.html")

    assert [p.text for p in article.paragraphs] == [
        "The pier will be rebuilt next year.",
        "“We are ready,” said Mina Holt.",
    ]
    assert [page[p.start :][:4] for p in article.paragraphs] == ["The ", "“We "]


@pytest.mark.parametrize(
    "page",
    ["", "   \n", "<!-- saved by a browser -->", "<html></html>", "<<<>>>", "<p>", "<html><body><nav></nav></body>"],
)
def test_empty_or_broken_html_gives_an_empty_body(page):
    assert parse_article(page, "broken.html").body == ""


def test_a_page_declaring_another_encoding_is_read_as_the_text_it_is():
    page = '<?xml version="1.0" encoding="iso-8859-1"?>' + PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"')

    assert "“We waited ten years" in parse_article(page, "pier.html").body


def test_parsing_a_page_never_touches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access while parsing a page")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    assert parse_article(PAGE, "pier.html").outlet == "Coastal Courier"


def test_ingest_stores_a_saved_page_with_its_outlet_and_quoted_claims(db, tmp_path):
    (tmp_path / "pier.html").write_text(PAGE, encoding="utf-8")

    call_command("ingest", str(tmp_path), "--no-progress", stdout=io.StringIO(), stderr=io.StringIO())

    article = Article.objects.select_related("outlet").get()
    assert (article.title, article.outlet.name, article.published) == (
        "Harbour Town votes to rebuild its pier",
        "Coastal Courier",
        datetime.date(2025, 5, 6),
    )
    claim = Claim.objects.select_related("speaker").get(text__startswith="We waited ten years")
    assert claim.speaker.name == "Mina Holt"
    assert article.body[claim.start : claim.end] == claim.text


def test_canonical_address_is_kept():
    page = PAGE.replace("</head>", '<link rel="canonical" href="https://courier.example/pier-vote"></head>')

    assert parse_article(page, "pier.html").url == "https://courier.example/pier-vote"


def test_the_same_page_saved_twice_with_edits_is_one_article(db, tmp_path):
    page = PAGE.replace("</head>", '<link rel="canonical" href="https://courier.example/pier-vote"></head>')
    (tmp_path / "first.html").write_text(page, encoding="utf-8")
    (tmp_path / "second.html").write_text(page.replace("ten years", "eleven years"), encoding="utf-8")

    call_command("ingest", str(tmp_path), "--no-progress", stdout=(out := io.StringIO()), stderr=io.StringIO())

    assert Article.objects.get().url == "https://courier.example/pier-vote"
    assert "articles: 1 new, 1 unchanged" in out.getvalue()


def test_ingest_reports_a_page_without_article_text(db, tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    err = io.StringIO()

    with pytest.raises(CommandError, match="1 of 1 files failed"):
        call_command("ingest", str(tmp_path), "--no-progress", stdout=io.StringIO(), stderr=err)

    assert "empty.html: skipped, no article text found" in err.getvalue()


def test_extract_quotes_json_lists_the_quotes_of_a_saved_page(tmp_path, capsys):
    page = tmp_path / "pier.html"
    page.write_text(PAGE, encoding="utf-8")

    call_command("extract_quotes", str(page), "--json")

    [entry] = json.loads(capsys.readouterr().out)["articles"]
    assert (entry["file"], entry["outlet"], entry["published"]) == ("pier.html", "Coastal Courier", "2025-05-06")
    speakers = {q["text"]: q["speaker"] for q in entry["quotes"]}
    assert speakers["We waited ten years for this,"] == "Mina Holt"
    assert speakers["It is a sound design,"] == "Tomas Vale"
