"""Structured data: JSON-LD blocks as real pages break them, microdata, exact times."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from liveblog.furniture import is_newsroom
from liveblog.html import extract_html
from liveblog.html.jsonld import body, load, people, read_jsonld
from liveblog.html.microdata import read_microdata
from liveblog.html.sources import read_instant, read_written
from liveblog.html.tree import parse, scan

# ---------------------------------------------------------------------------
# Exact times.

PLUS_0530 = timezone(timedelta(hours=5, minutes=30))

INSTANT_CASES = [
    ("zulu", "2020-05-12T15:05:08Z", datetime(2020, 5, 12, 15, 5, 8, tzinfo=UTC)),
    ("offset with colon", "2023-11-02T20:51:11+05:30", datetime(2023, 11, 2, 20, 51, 11, tzinfo=PLUS_0530)),
    ("offset without colon", "2023-11-02T20:51:11+0530", datetime(2023, 11, 2, 20, 51, 11, tzinfo=PLUS_0530)),
    ("milliseconds", "2020-10-06T21:22:53.212+01:00",
     datetime(2020, 10, 6, 21, 22, 53, 212000, tzinfo=timezone(timedelta(hours=1)))),
    ("microseconds and more", "2024-08-27T10:32:25.3869131+00:00",
     datetime(2024, 8, 27, 10, 32, 25, 386913, tzinfo=UTC)),
    ("no seconds", "2026-01-06T08:39Z", datetime(2026, 1, 6, 8, 39, tzinfo=UTC)),
    ("space for T", "2026-01-06 08:39:00+00:00", datetime(2026, 1, 6, 8, 39, tzinfo=UTC)),
    ("no zone stays naive", "2026-01-06T08:39:00", datetime(2026, 1, 6, 8, 39)),
    ("basic format", "20180619T055000+0900", datetime(2018, 6, 19, 5, 50, tzinfo=timezone(timedelta(hours=9)))),
    ("basic format, zulu, no seconds", "20180618T2050Z", datetime(2018, 6, 18, 20, 50, tzinfo=UTC)),
    ("basic date alone is no instant", "20180619", None),
    ("basic format, no month 13", "20181319T055000Z", None),
    ("epoch milliseconds", "1602015773212", datetime(2020, 10, 6, 20, 22, 53, 212000, tzinfo=UTC)),
    ("epoch seconds", "1767709920", datetime(2026, 1, 6, 14, 32, tzinfo=UTC)),
    ("epoch as a number", 1767709920, datetime(2026, 1, 6, 14, 32, tzinfo=UTC)),
    ("a date alone is no instant", "2026-01-06", None),
    ("an id, not an epoch", "9999999999999", None),
    ("garbage", "yesterday", None),
    ("a boolean", True, None),
    ("far too long", "2026-01-06T08:39:00Z" + " " * 50, None),
]


@pytest.mark.parametrize(("value", "expected"), [case[1:] for case in INSTANT_CASES],
                         ids=[case[0] for case in INSTANT_CASES])
def test_read_instant(value: object, expected: datetime | None) -> None:
    found = read_instant(value)
    assert found == expected
    if expected is not None:
        assert found is not None and found.utcoffset() == expected.utcoffset()


# ---------------------------------------------------------------------------
# JSON-LD blocks as pages write them.

BLOCK = '{"@type": "LiveBlogPosting", "headline": "Live", "liveBlogUpdate": [{"headline": "One"}]}'

LOAD_CASES = [
    ("clean", BLOCK, 1),
    ("HTML comment around it", f"<!--\n{BLOCK}\n-->", 1),
    ("CDATA around it", f"//<![CDATA[\n{BLOCK}\n//]]>", 1),
    ("HTML-escaped quotes", BLOCK.replace('"', "&quot;"), 1),
    ("trailing commas", '{"@type": "LiveBlogPosting", "liveBlogUpdate": [{"headline": "One",},],}', 1),
    ("raw newline inside a string", '{"headline": "two\nlines"}', 1),
    ("two objects in one block", f"{BLOCK}\n{BLOCK}", 2),
    ("a trailing semicolon", f"{BLOCK};", 1),
    ("empty", "   ", None),
    ("not JSON at all", "var x = 1;", None),
    ("truncated", BLOCK[:40], None),
    ("nested deeper than Python recurses", "[" * 100_000 + "]" * 100_000, None),
]


@pytest.mark.parametrize(("text", "count"), [case[1:] for case in LOAD_CASES], ids=[case[0] for case in LOAD_CASES])
def test_load_repairs_what_pages_break(text: str, count: int | None) -> None:
    found = load(text)
    assert (len(found) if found is not None else None) == count


def _page(*blocks: str, body_html: str = "") -> str:
    scripts = "".join(f'<script type="application/ld+json">{block}</script>' for block in blocks)
    return f"<!doctype html><html><head>{scripts}</head><body>{body_html}</body></html>"


def test_updates_in_a_graph_across_blocks_and_arrays() -> None:
    organisation = {"@type": "NewsMediaOrganization", "@id": "#org", "name": "Coast Herald"}
    blog = {"@type": ["LiveBlogPosting"], "headline": "Storm live", "publisher": {"@id": "#org"},
            "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "A", "datePublished": "2026-03-05T09:00:00Z",
                                "url": "https://x.example/live#a", "author": {"@id": "#org"}}]}
    page = _page(json.dumps({"@context": "https://schema.org", "@graph": [organisation, blog]}),
                 json.dumps([{"@type": "BreadcrumbList"}]))
    found = read_jsonld(parse(page).root)
    assert found.page is not None and found.page.live
    assert (found.page.title, found.page.publisher) == ("Storm live", "Coast Herald")
    assert [(post.headline, post.key, post.authors) for post in found.posts] == [("A", "a", ())]
    assert found.posts[0].published == datetime(2026, 3, 5, 9, tzinfo=UTC)


def test_an_unreadable_block_is_reported_and_the_others_read() -> None:
    page = _page("{broken", BLOCK)
    found = read_jsonld(parse(page).root)
    assert [post.headline for post in found.posts] == ["One"]
    assert len(found.notices) == 1 and "not valid JSON" in found.notices[0]


def test_an_article_page_gives_page_fields_and_no_posts() -> None:
    article = {"@type": "NewsArticle", "headline": "Council approves cycle lanes",
               "datePublished": "2026-05-12T10:15:00+01:00", "author": [{"@type": "Person", "name": "Priya Shah"}]}
    found = read_jsonld(parse(_page(json.dumps(article))).root)
    assert found.posts == ()
    assert found.page is not None and not found.page.live
    assert (found.page.title, found.page.authors) == ("Council approves cycle lanes", ("Priya Shah",))


PEOPLE_CASES = [
    ("a person", {"@type": "Person", "name": "Ana Ruiz"}, ("Ana Ruiz",)),
    ("a list", [{"@type": "Person", "name": "A B"}, {"@type": "Person", "name": "C D"}], ("A B", "C D")),
    ("a plain string with two names", "Ana Ruiz and Tom Hale", ("Ana Ruiz", "Tom Hale")),
    ("an organisation is no person", {"@type": "Organization", "name": "BBC News"}, ()),
    ("nor is any type of organisation", {"@type": "GovernmentOrganization", "name": "Met Office"}, ()),
    ("spelt the British way", {"@type": "NewsMediaOrganisation", "name": "Coast Herald"}, ()),
    ("a reference to the publisher", {"@id": "#org"}, ()),
    ("nothing", None, ()),
    ("initials in brackets after the name", [{"@type": "Person", "name": "Elena Oberholzer (eob)"},
                                             {"@type": "Person", "name": "Oliver Maksan (oma)"}],
     ("Elena Oberholzer", "Oliver Maksan")),
    ("a bracket that is more than initials stays", {"@type": "Person", "name": "Ana Ruiz (Madrid)"},
     ("Ana Ruiz (Madrid)",)),
]


@pytest.mark.parametrize(("value", "expected"), [case[1:] for case in PEOPLE_CASES],
                         ids=[case[0] for case in PEOPLE_CASES])
def test_people(value: object, expected: tuple[str, ...]) -> None:
    ids = {"#org": {"@type": "NewsMediaOrganization", "@id": "#org", "name": "BBC News"}}
    assert people(value, ids) == expected


def test_the_site_named_as_the_pages_author_is_no_person() -> None:
    article = {"@type": "NewsArticle", "headline": "Council approves cycle lanes",
               "publisher": {"@type": "Organization", "name": "Coast Herald"},
               "author": [{"@type": "Person", "name": "Coast Herald"}, {"@type": "Person", "name": "Priya Shah"}]}
    found = read_jsonld(parse(_page(json.dumps(article))).root)
    assert found.page is not None and found.page.authors == ("Priya Shah",)


NEWSROOM_CASES = [
    ("Redactie", True), ("BR24 Redaktion", True), ("Reuters Staff", True), ("La Redazione", True),
    ("La rédaction", True), ("Redacción", True), ("REDAÇÃO", True), ("Web Desk", True), ("Newsroom", True),
    ("agencies", True), ("The Editors", True), ("Redakcja", True),
    ("Sanne de Vries", False), ("Priya Shah", False), ("Desmond Tutu", False), ("Staffan Lindberg", False),
    ("Red Action", False), ("Repubblica.it", True), ("www.example.co.uk", True), ("J.Smith", False),
    ("J. R. Hartley", False), ("St. John Smith", False),
]


@pytest.mark.parametrize(("name", "newsroom"), NEWSROOM_CASES)
def test_is_newsroom(name: str, newsroom: bool) -> None:
    assert is_newsroom(name) is newsroom


@pytest.mark.parametrize("author", [{"@type": "Person", "name": "Redactie"}, "Newsroom",
                                    {"@type": "SportsOrganization", "name": "Club"}])
def test_a_newsroom_as_the_pages_author_leaves_the_field_to_the_pages_byline_or_to_none(author: object) -> None:
    data = {"@type": "LiveBlogPosting", "headline": "Live", "author": author,
            "publisher": {"@type": "Organization", "name": "Omroep"}}
    posts = "".join(f'<article class="post"><time datetime="2026-01-24T1{h}:00:00+01:00">1{h}:00</time>'
                    f"<h2>Post {h}</h2><p>The body of post {h}, long enough to count.</p></article>" for h in (2, 1))
    text = (f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head><body>'
            f'<p class="byline">By Sanne de Vries</p><div class="stream">{posts}</div></body></html>')
    assert extract_html(text).authors == ("Sanne de Vries",)


BODY_CASES = [
    ("text", "One.\n\nTwo.", ("One.", "Two."), True),
    ("markup", "<p>One &amp; two.</p><p>Three.</p>", ("One & two.", "Three."), False),
    ("a list of strings", ["One.", "Two."], ("One.", "Two."), True),
    ("an object is not text", {"@type": "WebContent"}, (), False),
    ("escaped markup is markup", "&lt;p&gt;One &amp;amp; two.&lt;/p&gt;&lt;p&gt;Three.&lt;/p&gt;",
     ("One & two.", "Three."), False),
    ("an object holding the text", {"@type": "TextObject", "text": "One.\n\nTwo."}, ("One.", "Two."), False),
    ("an object holding markup", {"value": "<p>One.</p><p>Two.</p>", "format": "full_html"}, ("One.", "Two."), False),
    ("a list with an object in it: its strings", ["One.", {"@type": "ImageObject"}, "Two."], ("One.", "Two."), True),
    ("a text speaking of a less-than sign stays", "If a &lt; b then b &gt; a.", ("If a < b then b > a.",), True),
    ("missing", None, (), True),
]


@pytest.mark.parametrize(("value", "paragraphs", "is_text"), [case[1:] for case in BODY_CASES],
                         ids=[case[0] for case in BODY_CASES])
def test_body(value: object, paragraphs: tuple[str, ...], is_text: bool) -> None:
    assert body(value) == (paragraphs, is_text)


# ---------------------------------------------------------------------------
# Microdata.


def test_microdata_updates_read_meta_values_and_drop_the_outlet_as_author() -> None:
    item = (
        '<div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
        '<meta itemprop="url" content="https://x.example/live#79">'
        '<meta itemprop="datePublished" content="2023-11-02T20:51:11&#x2B;05:30">'
        '<meta itemprop="headline" content="Shami named Player of the Match">'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="NDTV">'
        "</span><span itemprop=\"publisher\" itemscope itemtype=\"https://schema.org/Organization\">"
        '<meta itemprop="name" content="NDTV"></span><p>Visible text.</p></div>'
    )
    page = f'<html><body><div itemscope itemtype="https://schema.org/LiveBlogPosting">{item}</div></body></html>'
    root = parse(page).root
    found = read_microdata(scan(root).items)
    assert found.page is not None and found.page.live
    [post] = found.posts
    assert (post.key, post.headline, post.authors) == ("79", "Shami named Player of the Match", ())
    assert post.published == datetime(2023, 11, 2, 20, 51, 11, tzinfo=PLUS_0530)


def test_an_articles_own_microdata_item_gives_the_page_fields_but_no_live_blog() -> None:
    page = ('<html><body><article itemscope itemtype="https://schema.org/NewsArticle">'
            '<div itemscope itemtype="https://schema.org/VideoObject" itemprop="video">'
            '<meta itemprop="name" content="A video"></div><h1 itemprop="headline">One story</h1>'
            '<time itemprop="datePublished" datetime="2026-03-11T06:56:58+01:00">idag 06:56</time>'
            '<p>The story.</p><span itemprop="author">Julia Hilmersson</span></article></body></html>')
    found = read_microdata(scan(parse(page).root).items)
    assert found.page is not None and not found.page.live and not found.posts
    assert (found.page.title, found.page.authors) == ("One story", ("Julia Hilmersson",))
    assert found.page.published == datetime(2026, 3, 11, 6, 56, 58, tzinfo=timezone(timedelta(hours=1)))
    teasers = page.replace("<html><body>", '<html><body><div itemscope itemtype="https://schema.org/NewsArticle">'
                           '<h2 itemprop="headline">A teaser</h2></div>')
    assert read_microdata(scan(parse(teasers).root).items).page is None  # two stories: a list, not the page


@pytest.mark.parametrize(("authors_html", "authors"), [
    # a byline with its co-authors in a bracketed note, then an author box running the name, a
    # role and "Follow" links together (Le Monde's): three names, no box text
    ('Par <span itemprop="author"><a href="/j/mu">Martin Untersinger</a> (avec Damien Leloup et Morgane Tual)</span>'
     '<ul><li itemprop="author"><a href="/j/mu">Martin Untersinger</a> (avec Damien Leloup et Morgane Tual)'
     "<br>Journaliste au Monde <strong>Suivre</strong> <a href='/j/mu'>Aller sur la page de ce journaliste</a></li>"
     "</ul>", ("Martin Untersinger", "Damien Leloup", "Morgane Tual")),
    ('<span itemprop="author">Jane Whitaker (with Omar Reyes)</span>', ("Jane Whitaker", "Omar Reyes")),
    ('<span itemprop="author">Jane Whitaker (Reuters)</span>', ("Jane Whitaker (Reuters)",)),  # no "with": as it is
])
def test_an_articles_microdata_authors_with_a_co_author_note_and_an_author_box(authors_html: str,
                                                                               authors: tuple[str, ...]) -> None:
    page = ('<html><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">'
            f"One story</h1>{authors_html}<p>The story.</p></article></body></html>")
    found = read_microdata(scan(parse(page).root).items)
    assert found.page is not None and found.page.authors == authors


@pytest.mark.parametrize(("head", "h1", "title", "publisher", "published"), [
    pytest.param('<meta property="og:title" content="Social title"><meta property="og:site_name" content="Outlet">'
                 '<meta property="article:published_time" content="2016-12-13T12:31:48Z"><title>Shown - Outlet</title>',
                 "Shown", "Shown", "Outlet", "2016-12-13T12:31:48+00:00", id="content-and-a-confirmed-heading"),
    pytest.param('<meta value="Social title" name="og:title"><meta value="Outlet" name="og:site_name">'
                 '<meta value="2016-12-13T12:31:48Z" name="article:published_time"><title>Other</title>',
                 "Shown", "Social title", "Outlet", "2016-12-13T12:31:48+00:00", id="value-attributes"),
    pytest.param('<meta name="DC.date.created" content="2026-03-20T15:02:11-03:00"><meta name="DC.publisher" '
                 'content="Outlet"><title>Shown</title>', "Shown", "Shown", "Outlet", "2026-03-20T15:02:11-03:00",
                 id="dublin-core-date-created"),
    pytest.param('<meta name="dcterms.issued" content="2026-03-20T15:02:11Z"><meta name="dcterms.publisher" '
                 'content="Outlet"><title>Shown</title>', "Shown", "Shown", "Outlet", "2026-03-20T15:02:11+00:00",
                 id="dublin-core-terms-issued"),
    pytest.param('<meta name="parsely-title" content="Parsed title"><meta name="parsely-pub-date" '
                 'content="2026-03-20T15:02:11Z"><title>Other</title>', "Other heading", "Parsed title", None,
                 "2026-03-20T15:02:11+00:00", id="parsely"),
    pytest.param('<meta name="DCSext.articleFirstPublished" content="2017-11-16 11:13"><title>Shown</title>',
                 "Shown", "Shown", None, "2017-11-16T11:13:00", id="webtrends-first-published"),
    pytest.param('<meta name="publish-date" content="2026-03-20T15:02:11+01:00"><title>Shown</title>',
                 "Shown", "Shown", None, "2026-03-20T15:02:11+01:00", id="publish-date"),
])
def test_meta_tags(head: str, h1: str, title: str, publisher: str, published: str) -> None:
    from liveblog.html.meta import read_meta

    facts = read_meta(parse(f"<html><head>{head}</head><body><h1>{h1}</h1></body></html>").root)
    assert (facts.title, facts.publisher) == (title, publisher)
    assert facts.published is not None and facts.published.isoformat() == published


TITLE_SITE_CASES = [
    ("after a dash", "<h1>Marathon day live</h1>", "Marathon day live &#8211; The Riverside Courier",
     "The Riverside Courier"),
    ("the last of several parts", "<h1>Storm live</h1>", "Storm live | Weather | Coast Herald", "Coast Herald"),
    ("after the og:title", "<h1>Other</h1>", "Shown - Outlet", "Outlet"),
    ("a title that is only the headline", "<h1>Storm live</h1>", "Storm live", None),
    ("a title not beginning with the headline", "<h1>Storm live</h1>", "Outlet | Storm live", None),
    ("a colon is no separator", "<h1>Live</h1>", "Live: the storm", None),
    ("a long tail is no site's name", "<h1>Live</h1>",
     "Live - and here the title goes on for many more words than a name has", None),
]


@pytest.mark.parametrize(("body_html", "title", "site"), [case[1:] for case in TITLE_SITE_CASES],
                         ids=[case[0] for case in TITLE_SITE_CASES])
def test_title_site(body_html: str, title: str, site: str | None) -> None:
    from liveblog.html.meta import title_site

    head = f'<title>{title}</title><meta property="og:title" content="Shown">'
    assert title_site(parse(f"<html><head>{head}</head><body>{body_html}</body></html>").root) == site


HEADER = '<header class="entry-header"><h1>Live</h1>{time}</header>'
STREAM = "".join(f'<div class="post" data-time="2026-04-19T1{n}:00:00Z"><h2>Post {n}</h2>'
                 f"<p>The text of post {n}, long enough to count as a body.</p></div>" for n in (1, 0))
PAGE_TIME_CASES = [
    ("a header's time is the published time",
     HEADER.format(time='<time datetime="2026-04-19T07:30:00+00:00">3 hours ago</time>'), "published"),
    ("updated when its class says so",
     HEADER.format(time='<time class="updated" datetime="2026-04-19T07:30:00+00:00">3 hours ago</time>'),
     "updated"),
    ("a time outside any header is not the page's",
     '<div class="meta"><time datetime="2026-04-19T07:30:00+00:00">3 hours ago</time></div>', None),
    ("nor a teaser's in a header of the sidebar",
     '<aside><header><time datetime="2026-04-19T07:30:00+00:00">07:30</time></header></aside>', None),
    ("nor a date without a clock", HEADER.format(time='<time datetime="2026-04-19">April 19</time>'), None),
]


@pytest.mark.parametrize(("above", "field"), [case[1:] for case in PAGE_TIME_CASES],
                         ids=[case[0] for case in PAGE_TIME_CASES])
def test_a_time_in_the_pages_header_dates_the_page(above: str, field: str | None) -> None:
    found = extract_html(f"<html><head><title>Live</title></head><body>{above}<main>{STREAM}</main></body></html>")
    assert len(found.entries) == 2
    times = {"published": found.published, "updated": found.updated}
    assert {name: stamp.instant.isoformat() for name, stamp in times.items() if stamp and stamp.instant} == (
        {field: "2026-04-19T07:30:00+00:00"} if field else {})


UPDATED_HEADER = ('<header><h1>What is the hold-up?</h1><time class="timestamp" datetime="2016-12-13T18:06:00Z">'
                  "Dec 13 2016, 1:06 pm ET</time></header>")
STORY = "<p>The story of the page, told in a paragraph long enough to be one.</p>" * 2
FIRST_PUBLISHED = ('<div class="meta">First Published <time datetime="2016-12-13T12:31:48Z" itemprop="datePublished">'
                   "Dec 13 2016, 7:31 am ET</time></div>")
MARKED_CASES = [
    ("the marked time beats the header's", FIRST_PUBLISHED, "2016-12-13T12:31:48+00:00"),
    ("in a furniture box too", FIRST_PUBLISHED.replace('"meta"', '"article-footer share-tools"'),
     "2016-12-13T12:31:48+00:00"),
    ("not an embedded video's (a microdata item's)",
     f'<div itemscope itemtype="https://schema.org/VideoObject">{FIRST_PUBLISHED}</div>', "2016-12-13T18:06:00+00:00"),
    ("not when teasers mark two times", FIRST_PUBLISHED + FIRST_PUBLISHED.replace("12:31:48", "09:00:00"),
     "2016-12-13T18:06:00+00:00"),
    ("a content value on any element (a byline box marked as the time)",
     '<div class="article-information" itemprop="datePublished" content="2016-12-13T12:31:48Z">By Ann Lee'
     "<time>12:31, 13 DEC 2016</time></div>", "2016-12-13T12:31:48+00:00"),
]


@pytest.mark.parametrize(("below", "published"), [case[1:] for case in MARKED_CASES],
                         ids=[case[0] for case in MARKED_CASES])
def test_a_time_marked_date_published_outside_any_item_dates_the_page(below: str, published: str) -> None:
    found = extract_html(f"<html><head><title>Hold-up</title></head><body><article>{UPDATED_HEADER}{STORY}"
                         f"{below}</article></body></html>")
    assert found.published is not None and found.published.instant is not None
    assert found.published.instant.isoformat() == published


@pytest.mark.parametrize("value", [
    "2026-01-06T14:32:00+01:00", "2026-01-06T14:32:00Z", "2026-01-06T14:32:00-05:00", "2026-01-06T14:32:00+00:00",
    "2026-01-06T14:32:00+14:00", "2026-01-06T14:32:00-23:59", "2026-01-06T14:32:00+24:00",
    "2026-01-06T14:32:00+99:99", "2026-13-06T14:32:00Z", "2026-02-30T14:32:00Z", "2026-01-06T24:00:00Z",
    "2026-01-06T14:60:00Z", "2026-01-06T14:32:60Z", "0000-01-06T14:32:00Z", "2026-01-06T14:32:00+05:45",
])
def test_a_time_in_the_usual_form_reads_as_in_any_form(value: str) -> None:
    found, written = read_instant(value), read_written(value)
    assert found == written
    assert repr(found) == repr(written)


@pytest.mark.parametrize(("value", "text"), [
    ("Be’eri: “A 8 anni morta dissanguata&rdq…", "Be’eri: “A 8 anni morta dissanguata…"),  # la Repubblica's data
    ("Flights cut &amp", "Flights cut &"),  # a whole entity without its semicolon is read as ever
    ("Results for AT&T…", "Results for AT&T…"),  # no entity: a name
    ("Rock &roll...", "Rock &roll..."),  # no entity's name begins so: text
])
def test_half_an_entity_where_the_data_cut_a_text_is_dropped(value: str, text: str) -> None:
    from liveblog.html.jsonld import text_of
    assert text_of(value) == text
