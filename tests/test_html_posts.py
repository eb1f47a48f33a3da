"""The page's own posts, learned from the page, and reconciled with structured data."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import liveblog
from liveblog.html import extract_html, unstamped_points
from liveblog.html.containers import bare_clock_or_stamp, box_names, names_an_edit, wall_offset
from liveblog.html.text import squash
from liveblog.model import Draft
from liveblog.stamps import read_stamp

from .conftest import FIXTURES, assert_valid
from .fuzz import scaled

HEAD = '<!doctype html><html><head><meta charset="utf-8"><title>Live</title>{script}</head><body>{body}</body></html>'


def page(body: str, data: object = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>' if data is not None else ""
    return HEAD.format(script=script, body=body)


def draft(body: str, data: object = None) -> Draft:
    return extract_html(page(body, data))


def article(time: str, clock: str, headline: str, text: str, extra: str = "", attrs: str = "") -> str:
    return (f'<article class="post"{attrs}><div class="meta"><time datetime="{time}">{clock}</time>{extra}</div>'
            f"<h2>{headline}</h2><p>{text}</p></article>")


THREE = "".join(article(f"2026-01-06T{h}:00:00Z", f"{h}:00", f"Headline {h}",
                        f"The body of the post at {h}, long enough.") for h in ("12", "11", "10"))

# ---------------------------------------------------------------------------
# Finding posts.


def test_sibling_articles_with_time_elements_are_posts() -> None:
    found = draft(f'<h1>Live</h1><div class="stream">{THREE}</div>')
    assert [entry.headline for entry in found.entries] == ["Headline 12", "Headline 11", "Headline 10"]
    assert [entry.stamp.text for entry in found.entries if entry.stamp] == ["12:00", "11:00", "10:00"]
    assert all(entry.stamp is not None and entry.stamp.instant is not None for entry in found.entries)
    assert found.entries[0].paragraphs == ("The body of the post at 12, long enough.",)


def test_posts_spread_over_day_sections_are_one_stream() -> None:
    first = "".join(article(f"2026-01-07T0{h}:00:00Z", f"0{h}:00", f"Day two {h}", "A post on the second day, long.")
                    for h in (2, 1))
    second = "".join(article(f"2026-01-06T2{h}:00:00Z", f"2{h}:00", f"Day one {h}", "A post on the first day, long.")
                     for h in (3, 2))
    found = draft(f'<section class="day">{first}</section><section class="day">{second}</section>')
    assert len(found.entries) == 4


def test_an_epoch_attribute_on_the_container_gives_the_time() -> None:
    posts = "".join(f'<div class="entry" data-post-time="{ms}"><span>{clock}</span><h3>{title}</h3>'
                    f"<p>Enough text in this post to count as a body.</p></div>"
                    for ms, clock, title in ((1602015773212, "21:22", "Goodnight"), (1602014468974, "21:01", "Missed")))
    found = draft(f'<div class="entries">{posts}</div>')
    assert [entry.stamp.instant.isoformat() for entry in found.entries if entry.stamp and entry.stamp.instant] == [
        "2020-10-06T21:22:53.212000+01:00", "2020-10-06T21:01:08.974000+01:00"]


def test_an_epoch_beside_a_zone_less_local_time_is_written_in_the_pages_offset() -> None:
    # the epoch is the instant; the <time> prints the page's wall clock without a zone: their
    # difference is the page's offset (Easy Liveblogs' markup), whatever the printed text is
    posts = "".join(f'<li class="post" data-post-datetime="{epoch}"><time datetime="{wall}">{age}</time>'
                    f"<h2>{title}</h2><p>Enough text in this post to count as a body.</p></li>"
                    for epoch, wall, age, title in ((1769263200, "2026-01-24 15:00", "9 min ago", "Thaw"),
                                                    (1769238000, "2026-01-24 08:00", "7 hours ago", "Start")))
    found = draft(f'<ul class="posts">{posts}</ul>')
    assert [entry.stamp.instant.isoformat() for entry in found.entries if entry.stamp and entry.stamp.instant] == [
        "2026-01-24T15:00:00+01:00", "2026-01-24T08:00:00+01:00"]


@pytest.mark.parametrize(("wall", "offset"), [
    ("2026-01-24 12:05", 60),      # the page's local time, an hour ahead of UTC
    ("2026-01-24 06:35", -270),    # behind UTC by four and a half hours
    ("2026-01-25 00:50", 13 * 60 + 45),  # the next day's date, far east (Chatham)
    ("2026-01-24 11:05", None),    # the same wall clock: the page's time is UTC, nothing learned
    ("2026-01-24 12:12", None),    # no whole quarter hour apart: another time, not an offset
    ("2026-01-25 03:05", None),    # 16 hours apart: no zone is that far
])
def test_wall_offset(wall: str, offset: int | None) -> None:
    found = wall_offset(datetime(2026, 1, 24, 11, 5, 20, tzinfo=UTC), datetime.fromisoformat(wall))
    assert (found.utcoffset(None) // timedelta(minutes=1) if found is not None else None) == offset


def test_text_stamps_without_time_elements_are_found() -> None:
    posts = "".join(f'<li class="update"><span class="when">{clock}</span><strong>{title}</strong>'
                    f"<p>What happened at {clock}, told at some length.</p></li>" for clock, title in
                    (("14:32", "Second"), ("13:05", "First")))
    found = draft(f"<ul>{posts}</ul>")
    assert [(entry.stamp.text if entry.stamp else None, entry.headline) for entry in found.entries] == [
        ("14:32", "Second"), ("13:05", "First")]


def test_a_related_links_list_with_times_is_no_live_blog() -> None:
    related = "".join(f'<li><a href="/{n}">Another story number {n} worth reading</a>'
                      f'<time datetime="2026-01-0{n}T09:00:00Z">{n} Jan</time></li>' for n in (1, 2, 3))
    body = ("<article><h1>One story</h1><p>The only story on this page, told in a paragraph of some length.</p>"
            f"<ul>{related}</ul></article>")
    found = draft(body)
    assert not found.live
    assert len(found.entries) == 1


POST_PARTS = [
    ("a badge becomes the kind and leaves the headline", '<h2><span class="tag">Breaking</span>Big news</h2>',
     "breaking", "Big news", ()),
    ("a class marks a key event", '<h2 class="key-event-title">Big news</h2>', None, "Big news", ()),
    ("an author box: the name, not the role line",
     '<h2>Big news</h2><div class="contributor"><p>Jane Doe</p><p>Political correspondent</p></div>',
     None, "Big news", ("Jane Doe",)),
    ("an author box: the name and the role in two spans with no space between",
     '<h2>Big news</h2><div class="post-byline"><span>Jane Doe</span><span>Political reporter</span></div>',
     None, "Big news", ("Jane Doe",)),
    ("a name right after a bare stamp", "<span>Jane Doe</span><h2>Big news</h2>", None, "Big news", ("Jane Doe",)),
    ("a label on a line of its own above the headline", "<div>Key event</div><h2>Big news</h2>", "key-event",
     "Big news", ()),
    ("a name alone below the headline, an avatar beside it",
     '<h2>Big news</h2><div><div><img src="a.jpg" alt="Jane Doe"></div><span>Jane Doe</span></div>', None,
     "Big news", ("Jane Doe",)),
    ("a byline word before the name after a bare stamp (Dutch)",
     '<p class="post-author">Door Jane Doe</p><h2>Big news</h2>', None, "Big news", ("Jane Doe",)),
    ("a byline word before the name below the headline", "<h2>Big news</h2><p>By Jane Doe</p>", None, "Big news",
     ("Jane Doe",)),
    ("an outlet of two words in the possessive before the names",
     "<h2>Big news</h2><p>From Newsroom 24's Jane Doe and John Roe</p>", None, "Big news", ("Jane Doe", "John Roe")),
    ("NPR's label above the stamp", '<span class="post-label">Major development</span><h2>Big news</h2>',
     "key-event", "Big news", ()),
    ("a Korean reporter byline: the names before the word for reporter",
     '<h2>Big news</h2><p class="byline">김민지·박준호 기자</p>', None, "Big news", ("김민지", "박준호")),
    ("a French summing-up flag above the stamp",
     '<div class="flag"><span>L’essentiel</span></div><h2>Big news</h2>', "key-event", "Big news", ()),
]


@pytest.mark.parametrize(("inner", "kind", "headline", "authors"), [case[1:] for case in POST_PARTS],
                         ids=[case[0] for case in POST_PARTS])
def test_post_parts(inner: str, kind: str | None, headline: str, authors: tuple[str, ...]) -> None:
    posts = "".join(f'<div class="post"><time>{clock}</time>{inner}<p>The story of this post, at some length.</p></div>'
                    for clock in ("10:00", "09:00"))
    found = draft(f'<div class="stream">{posts}</div>')
    entry = found.entries[0]
    assert (entry.headline, entry.authors) == (headline, authors)
    if kind is not None:
        assert entry.kind == kind


#: (case, the closing paragraph of each of three posts, the first post's authors and body)
SIGN_OFFS = [
    ("a name after a dash closes every post", ["<p>— Jane Doe</p>"] * 3, ("Jane Doe",),
     ("The story of this post, at some length.",)),
    ("in bold after a hyphen", ["<p><strong>- Jane Doe</strong></p>"] * 3, ("Jane Doe",),
     ("The story of this post, at some length.",)),
    ("words that are no names stay text", ["<p>- Point made</p>"] * 3, (),
     ("The story of this post, at some length.", "- Point made")),
    ("one post of three signed: a page signs all its posts or none", ["<p>— Jane Doe</p>", "", ""], (),
     ("The story of this post, at some length.", "— Jane Doe")),
]


@pytest.mark.parametrize(("closing", "authors", "body"), [case[1:] for case in SIGN_OFFS],
                         ids=[case[0] for case in SIGN_OFFS])
def test_a_sign_off_closing_most_posts_is_their_author(closing: list[str], authors: tuple[str, ...],
                                                        body: tuple[str, ...]) -> None:
    posts = "".join(f'<div class="post"><time>1{n}:00</time><h2>Title {n}</h2><p>The story of this post, at some '
                    f"length.</p>{end}</div>" for n, end in zip((3, 2, 1), closing, strict=True))
    entry = draft(f'<div class="stream">{posts}</div>').entries[0]
    assert (entry.authors, entry.paragraphs) == (authors, body)


#: (case, the post's stamp markup, its lines after the story, the stamp read, the body read)
STAMP_PIECES = [
    ("a date and a clock in two adjacent spans",
     '<span class="date">March 11, 2026</span><span class="time">2:43 am</span>', "",
     "March 11, 2026 2:43 am", ("The story of this post, at some length.",)),
    ("a numeric date and a clock in two adjacent spans", "<span>06.11.2023</span><span>11:54</span>", "",
     "06.11.2023 11:54", ("The story of this post, at some length.",)),
    ("an update note below the story is no text of it", "<time>10:00</time>",
     '<div class="updated"><span>Updated</span> <span>5 minutes ago</span></div>', "10:00",
     ("The story of this post, at some length.",)),
    ("a German update note", "<time>10:00</time>", "<div>Aktualisiert vor 34 Minuten</div>", "10:00",
     ("The story of this post, at some length.",)),
    ("a clock and a short date in two spans, as NPR's live blogs print them",
     '<div class="timestamp"><span class="timestamp-time">9:47 PM EST</span><span>Feb. 25</span></div>', "",
     "9:47 PM EST Feb. 25", ("The story of this post, at some length.",)),
    ("a post's back-to-top link and the page's error notice are not text", "<time>10:00</time>",
     '<div class="post-footer"><a href="#">Back to top</a></div>'
     '<div class="error-message"><p>Due to technical issues, the live blog is not updating.</p></div>', "10:00",
     ("The story of this post, at some length.",)),
    ("a highlight's star icon before the clock",
     '<span class="status">&#9733;</span> <span>10:00</span> <span>Uhr</span>', "", "10:00 Uhr",
     ("The story of this post, at some length.",)),
    ("a live dot before the clock", "<span>&#9679;</span><span> 10:00</span>", "", "10:00",
     ("The story of this post, at some length.",)),
    ("a sentence that merely speaks of an update stays", "<time>10:00</time>",
     "<p>Updated figures are expected at 11:00 from the ministry.</p>", "10:00",
     ("The story of this post, at some length.", "Updated figures are expected at 11:00 from the ministry.")),
]


@pytest.mark.parametrize(("stamp", "after", "text", "body"), [case[1:] for case in STAMP_PIECES],
                         ids=[case[0] for case in STAMP_PIECES])
def test_stamp_pieces_and_update_notes(stamp: str, after: str, text: str, body: tuple[str, ...]) -> None:
    posts = "".join(f'<div class="post"><header>{stamp}</header><h2>Title {n}</h2>'
                    f"<p>The story of this post, at some length.</p>{after}</div>" for n in (1, 2))
    entry = draft(f'<div class="stream">{posts}</div>').entries[0]
    assert (entry.stamp.text if entry.stamp else None, entry.paragraphs) == (text, body)


def test_captions_credits_share_tools_scripts_and_hidden_text_stay_out_of_the_body() -> None:
    inner = ('<figure><img src="a.jpg"><figcaption>Flooded streets <span class="credit">Reuters</span></figcaption>'
             '</figure><p>First paragraph of the story.</p><p hidden>Hidden text.</p>'
             '<p style="display:none">Invisible.</p><span class="sr-only">Screen reader label</span>'
             '<ul class="share-tools"><li>Facebook</li><li>Twitter</li></ul><script>var x = 1;</script>'
             "<ul><li>Point one</li><li>Point two</li></ul><blockquote><p>A quote.</p></blockquote>")
    posts = "".join(f'<div class="post"><time>{clock}</time><h2>Title {clock}</h2>{inner}</div>'
                    for clock in ("10:00", "09:00"))
    entry = draft(f'<div class="stream">{posts}</div>').entries[0]
    assert entry.paragraphs == ("First paragraph of the story.", "- Point one\n- Point two", "A quote.")
    assert [(item.caption, item.credit) for item in entry.media] == [("Flooded streets", "Reuters")]


#: (case, a post's header: screen-reader text beside its printed age and clock)
SCREEN_READER_HEADERS = [
    ("WordPress's class, hyphenated", "screen-reader-text"),
    ("the same with an underscore", "screen_reader_only"),
]


@pytest.mark.parametrize("hidden", [case[1] for case in SCREEN_READER_HEADERS],
                         ids=[case[0] for case in SCREEN_READER_HEADERS])
def test_screen_reader_text_in_a_posts_header_is_neither_headline_nor_body(hidden: str) -> None:
    posts = "".join(
        f'<li class="feed-item"><div class="card"><div class="pre"><span class="{hidden}">Published On 12 Mar 2026'
        f'</span><span><time datetime="2026-03-12T{clock}:00.000Z">{age}</time></span><div class="t">({clock} GMT)'
        f"</div></div><h2>Title {clock}</h2><p>The story of this post, at some length.</p></div></li>"
        for clock, age in (("15:41", "7 minutes ago"), ("13:27", "2 hours ago")))
    entries = draft(f'<ul class="feed">{posts}</ul>').entries
    assert [(entry.headline, entry.paragraphs) for entry in entries] == [
        (f"Title {clock}", ("The story of this post, at some length.",)) for clock in ("15:41", "13:27")]


def test_an_age_and_the_clock_beside_it_are_one_stamp_and_a_caption_keeps_its_credit_apart() -> None:
    posts = "".join(
        f'<article class="block"><header><time datetime="2023-11-06T{clock}:00Z">{age}</time>'
        f"<span>{clock.replace(':', '.')} GMT</span></header><h2>Title {clock}</h2><p>The story, at some length.</p>"
        "<figure><figcaption>Smoke over the city. Photograph: Mohammed Abed/AFP/Getty Images</figcaption></figure>"
        "</article>" for clock, age in (("14:41", "14m ago"), ("13:30", "1h ago")))
    entries = draft(f'<div class="stream">{posts}</div>').entries
    assert [(entry.stamp.text if entry.stamp else None, entry.headline) for entry in entries] == [
        ("14m ago 14.41 GMT", "Title 14:41"), ("1h ago 13.30 GMT", "Title 13:30")]
    assert [(item.caption, item.credit) for item in entries[0].media] == [
        ("Smoke over the city.", "Mohammed Abed/AFP/Getty Images")]
    assert entries[0].paragraphs == ("The story, at some length.",)


def test_a_date_and_a_clock_in_spans_side_by_side_date_the_post() -> None:
    posts = "".join(f'<div class="event"><div class="meta"><span class="date">06.11.2023</span>'
                    f'<span class="time">{clock}</span></div><p>What happened at {clock}, told at length.</p></div>'
                    for clock in ("14:41", "13:30"))
    found = draft(f'<div class="stream">{posts}</div>')
    assert [(entry.stamp.day, entry.stamp.month, entry.stamp.year, entry.stamp.hour) for entry in found.entries
            if entry.stamp] == [(6, 11, 2023, 14), (6, 11, 2023, 13)]


def test_a_line_break_is_a_line_and_source_newlines_are_spaces() -> None:
    posts = "".join(f'<div class="post"><time>{clock}</time><h2>T {clock}</h2><p>One line\nstill the same<br>next line'
                    "</p></div>" for clock in ("10:00", "09:00"))
    entry = draft(f'<div class="stream">{posts}</div>').entries[0]
    assert entry.paragraphs == ("One line still the same\nnext line",)


# ---------------------------------------------------------------------------
# Reconciling with structured data.


def blog(updates: list[dict[str, object]], **fields: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Live", **fields,
            "liveBlogUpdate": updates}


def update(key: str, time: str, headline: str, text: str, **fields: object) -> dict[str, object]:
    return {"@type": "BlogPosting", "url": f"https://x.example/live#{key}", "datePublished": time,
            "headline": headline, "articleBody": text, **fields}


def keyed(key: str, time: str, clock: str, headline: str, text: str, byline: str = "") -> str:
    author = f'<span class="author">{byline}</span>' if byline else ""
    return article(time, clock, headline, text, author, f' id="{key}"')


def test_a_body_cut_short_in_the_data_comes_from_the_page() -> None:
    full = "A long story. " * 100
    data = blog([update("a", "2026-01-06T10:00:00Z", "A", full[:997] + "…"),
                 update("b", "2026-01-06T09:00:00Z", "B", "Short and whole.")])
    body = keyed("a", "2026-01-06T10:00:00Z", "10:00", "A", full) + keyed("b", "2026-01-06T09:00:00Z", "09:00", "B",
                                                                         "Short and whole.")
    found = draft(f"<div>{body}</div>", data)
    assert found.entries[0].paragraphs == (full.strip(),)
    assert len(found.entries) == 2


def test_posts_only_in_the_data_are_kept_and_each_post_comes_once() -> None:
    data = blog([update(key, f"2026-01-06T{h}:00:00Z", f"Headline {h}", f"The body of the post at {h}, long enough.")
                 for key, h in (("c", "12"), ("b", "11"), ("a", "10"), ("z", "08"), ("y", "07"))])
    found = draft(f"<div>{THREE}</div>", data)
    assert sorted(entry.headline or "" for entry in found.entries) == [
        "Headline 07", "Headline 08", "Headline 10", "Headline 11", "Headline 12"]


def test_posts_only_on_the_page_are_kept() -> None:
    data = blog([update("c", "2026-01-06T12:00:00Z", "Headline 12", "The body of the post at 12, long enough.")])
    found = draft(f"<div>{THREE}</div>", data)
    assert len(found.entries) == 3


def test_the_same_time_on_every_data_post_is_not_used() -> None:
    data = blog([update(key, "2026-01-06T00:00:00Z", f"Headline {h}", f"The body of the post at {h}, long enough.")
                 for key, h in (("c", "12"), ("b", "11"), ("a", "10"))])
    body = "".join(f'<div class="post"><span class="when">{h}:00</span><h2>Headline {h}</h2>'
                   f"<p>The body of the post at {h}, long enough.</p></div>" for h in ("12", "11", "10"))
    timeline = liveblog.parse(page(f"<div>{body}</div>", data), date="2026-01-06", tz="UTC")
    assert [entry.time.hour for entry in timeline.entries if entry.time] == [10, 11, 12]
    assert any(notice.code == "structured-data-defect" for notice in timeline.warnings)


def test_the_page_byline_on_every_data_post_gives_way_to_the_names_shown() -> None:
    data = blog([update(key, f"2026-01-06T{h}:00:00Z", f"Headline {h}", f"The body of the post at {h}, long enough.",
                        author={"@type": "Person", "name": "Page Editor"}) for key, h in (("c", "12"), ("b", "11"),
                                                                                         ("a", "10"))])
    body = "".join(keyed(key, f"2026-01-06T{h}:00:00Z", f"{h}:00", f"Headline {h}",
                         f"The body of the post at {h}, long enough.", byline)
                   for key, h, byline in (("c", "12", "Ana Ruiz"), ("b", "11", ""), ("a", "10", "Tom Hale")))
    found = draft(f"<div>{body}</div>", data)
    assert [entry.authors for entry in found.entries] == [("Ana Ruiz",), (), ("Tom Hale",)]


def test_a_data_time_disagreeing_with_the_printed_clock_gives_way() -> None:
    data = blog([update("c", "2026-01-06T12:00:00Z", "Headline 12", "The body of the post at 12, long enough."),
                 update("b", "2026-01-06T11:40:00Z", "Headline 11", "The body of the post at 11, long enough."),
                 update("a", "2026-01-06T10:00:00Z", "Headline 10", "The body of the post at 10, long enough.")])
    body = "".join(f'<div class="post" id="{key}"><span class="when">{clock}</span><h2>Headline {h}</h2>'
                   f"<p>The body of the post at {h}, long enough.</p></div>"
                   for key, h, clock in (("c", "12", "13:00"), ("b", "11", "12:05"), ("a", "10", "11:00")))
    found = draft(f"<div>{body}</div>", data)
    instants = [entry.stamp.instant.isoformat() for entry in found.entries if entry.stamp and entry.stamp.instant]
    # the page prints UTC+1: 13:00 and 11:00 agree with the data; 12:05 does not, and wins
    assert instants == ["2026-01-06T13:00:00+01:00", "2026-01-06T12:05:00+01:00", "2026-01-06T11:00:00+01:00"]


def test_explain_says_where_each_field_came_from() -> None:
    data = blog([update("c", "2026-01-06T12:00:00Z", "Headline 12", "The body of the post at 12, long enough.")])
    timeline = liveblog.parse(page(f"<div>{THREE}</div>", data), explain=True)
    reasons = {(item.role, item.reason) for item in timeline.explanations}
    assert ("title", "from json-ld") in reasons
    assert any(role == "time" and "as printed" in reason for role, reason in reasons)
    assert any(role == "body" and reason.startswith("from page") for role, reason in reasons)
    assert_valid(dict(timeline.to_dict()))


def test_a_key_events_list_with_the_same_time_markup_is_not_part_of_the_stream() -> None:
    def when(h: str) -> str:
        return f'<time class="stamp" datetime="2026-01-06T{h}:00:00Z">{h}:00</time>'

    key_events = "".join(f'<li class="key"><a href="#p{h}">{when(h)} Headline {h}</a></li>' for h in ("12", "10"))
    posts = "".join(f'<article class="block" id="p{h}">{when(h)}<h2>Headline {h}</h2>'
                    f"<p>The body of the post at {h}, long enough.</p></article>" for h in ("12", "11", "10"))
    found = draft(f'<ul class="key-events">{key_events}</ul><div class="stream">{posts}</div>')
    assert [entry.headline for entry in found.entries] == ["Headline 12", "Headline 11", "Headline 10"]


def test_a_date_only_datetime_dates_the_printed_clock() -> None:
    posts = "".join(f'<div class="post"><time datetime="2026-01-0{day}">{clock}</time><h2>T{day}</h2>'
                    f"<p>The body of this post, long enough to count.</p></div>"
                    for day, clock in ((7, "01:10"), (6, "23:50")))
    timeline = liveblog.parse(page(f"<div>{posts}</div>"), tz="UTC")
    assert [entry.time.isoformat() for entry in timeline.entries if entry.time] == [
        "2026-01-06T23:50:00+00:00", "2026-01-07T01:10:00+00:00"]


def test_the_stream_holding_the_structured_posts_beats_a_richer_teaser_list() -> None:
    teasers = "".join(f'<div class="teaser"><time datetime="2026-01-0{n}T08:00:00Z">0{n}:00</time>'
                      f"<h3>Older story {n}</h3><p>A summary of an older story, long enough to count as text, "
                      f"and then some more words.</p><p>And a second paragraph for good measure.</p></div>"
                      for n in (1, 2, 3, 4, 5, 6))
    posts = "".join(f'<li class="entry"><span class="when">{h}:00</span><strong>Headline number {h}</strong>'
                    f"<p>The body of the post at {h}, long enough.</p></li>" for h in ("12", "11"))
    data = blog([update(h, f"2026-01-06T{h}:00:00Z", f"Headline number {h}", f"The body of the post at {h}, long.")
                 for h in ("12", "11")])
    found = draft(f'<ul class="stream">{posts}</ul><aside><div class="more">{teasers}</div></aside>', data)
    assert [entry.headline for entry in found.entries] == ["Headline number 12", "Headline number 11"]


def test_a_guessed_first_line_gives_way_to_the_data_headline_and_stays_in_the_body() -> None:
    posts = "".join(f'<div class="post" id="p{h}"><time>{h}:00</time><p>Short opening line {h}</p>'
                    f"<p>The rest of the post at {h}, long enough.</p></div>" for h in ("12", "11"))
    data = blog([update(f"p{h}", f"2026-01-06T{h}:00:00Z", f"The real headline {h}", "Short opening line.")
                 for h in ("12", "11")])
    entry = draft(f"<div>{posts}</div>", data).entries[0]
    assert entry.headline == "The real headline 12"
    assert entry.paragraphs == ("Short opening line 12", "The rest of the post at 12, long enough.")


def test_a_data_headline_cut_short_confirms_the_pages_first_line_as_the_headline_whole() -> None:
    posts = "".join(f'<div class="post" id="p{h}"><time>{h}:00</time><p>At {h} the minister returns to the region '
                    f"with the new envoy</p><p>The rest of the post at {h}, long enough.</p></div>"
                    for h in ("12", "11"))
    data = blog([update(f"p{h}", f"2026-01-06T{h}:00:00Z", f"At {h} the minister returns to the region with the …",
                        "The rest of the post.") for h in ("12", "11")])
    entry = draft(f"<div>{posts}</div>", data).entries[0]
    assert entry.headline == "At 12 the minister returns to the region with the new envoy"
    assert entry.paragraphs == ("The rest of the post at 12, long enough.",)


BOXES = [
    ("a name above its role line", "Jane Doe\nPolitical correspondent", ["Jane Doe"]),
    ("a name and its role on one line", "Sam Coates, deputy political editor", ["Sam Coates"]),
    ("a byline of two", "By Ana Ruiz and Tom Hale", ["Ana Ruiz", "Tom Hale"]),
    ("a shift note", "Ben Quinn (now) and Tom Ambrose (earlier)", ["Ben Quinn", "Tom Ambrose"]),
    ("only a role", "Staff reporter", []),
    ("a sign-off under the story, after a dash", "— Asma Khalid, Tamara Keith", ["Asma Khalid", "Tamara Keith"]),
    ("a desk signing off", "— NPR Staff", []),
    ("a name and the place it reports from", "Delphine Strauss in London", ["Delphine Strauss"]),
    ("two names and a city of two words", "Sam Fleming and Delphine Strauss in New York",
     ["Sam Fleming", "Delphine Strauss"]),
]


@pytest.mark.parametrize(("text", "names"), [case[1:] for case in BOXES], ids=[case[0] for case in BOXES])
def test_box_names(text: str, names: list[str]) -> None:
    assert box_names(text) == names


def test_one_time_attribute_on_every_page_post_gives_way_to_the_printed_clocks() -> None:
    posts = "".join(f'<div class="post"><time datetime="2026-01-06T00:00:00Z">{clock}</time><h2>T {clock}</h2>'
                    "<p>The body of this post, long enough to count.</p></div>"
                    for clock in ("12:30", "11:15", "10:05"))
    timeline = liveblog.parse(page(f"<div>{posts}</div>"), date="2026-01-06", tz="UTC")
    assert [entry.time.strftime("%H:%M") for entry in timeline.entries if entry.time] == ["10:05", "11:15", "12:30"]
    assert any(notice.code == "page-time-defect" for notice in timeline.warnings)


def test_a_stamp_inside_the_heading() -> None:
    posts = "".join(f'<div class="post"><h2><time>{clock}</time> Title at {clock}</h2>'
                    "<p>The body of this post, long enough to count.</p></div>" for clock in ("12:30", "11:15"))
    found = draft(f"<div>{posts}</div>")
    assert [(entry.stamp.text if entry.stamp else None, entry.headline) for entry in found.entries] == [
        ("12:30", "Title at 12:30"), ("11:15", "Title at 11:15")]


#: Every character `str.split` treats as a space, in and out of ASCII, and a few that look alike.
SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff"


@given(st.text(alphabet=st.sampled_from(SPACES + "ab\u00e9."), max_size=12) | st.text(max_size=40))
def test_squash_is_split_and_join(text: str) -> None:
    """The fast path of whitespace collapsing gives exactly what splitting and joining gives."""
    assert squash(text) == " ".join(text.split())


@pytest.mark.parametrize("span", ["<span>", '<span class="stamp">'], ids=["bare-span", "span-with-a-class"])
def test_a_stamp_glued_to_the_headline_is_read_apart_in_any_element(span: str) -> None:
    # the stamp's element is left out of the post's text whether or not it has attributes
    # (a bare <span> used to stay in, giving the headline "14:32Minister resigns...")
    posts = "".join(f'<div class="post">{span}{clock}</span><strong>{title}</strong>'
                    f"<p>The story of this post, told in a sentence of some length.</p></div>"
                    for clock, title in (("14:32", "Minister resigns"), ("14:10", "Bridge closed"),
                                         ("13:55", "Storm warning")))
    draft = extract_html(page(f'<main><div class="stream">{posts}</div></main>'))
    assert [entry.headline for entry in draft.entries] == ["Minister resigns", "Bridge closed", "Storm warning"]
    assert [entry.stamp.text for entry in draft.entries if entry.stamp] == ["14:32", "14:10", "13:55"]


def test_the_zone_the_page_states_is_found_after_a_dotted_capital_i() -> None:
    # "İ" lowers to two characters: the zone phrase must still be read where it stands
    posts = "".join(f'<li class="update"><span class="when">{clock}</span><strong>{title}</strong>'
                    f"<p>What happened at {clock}, told at some length.</p></li>" for clock, title in
                    (("14:32", "Second"), ("13:05", "First")))
    found = draft(f"<p>{'İstanbul ve İzmir ' * 20}</p><p>All times are UK.</p><ul>{posts}</ul>")
    assert len(found.entries) == 2
    assert found.stated_zone == "Europe/London"



@pytest.mark.parametrize(("statement", "zone"), [
    ("Please note: ALL times are UK.", "Europe/London"),
    # no space in the markup between the statement and the next block: the page's text
    # runs them together ("All times are UK14:32Second")
    ("All times are UK", "Europe/London"),
    ("ALL TIMES ARE UK", "Europe/London"),
    ("Alle Zeiten in MEZ", "Europe/Berlin"),
    ("Données en heure de Paris – «mise à jour»", "Europe/Paris"),
    ("Live – Alle Zeiten in MEZ – «Ticker»", "Europe/Berlin"),
])
def test_the_zone_the_page_states_is_found_among_other_scripts_and_cases(statement: str, zone: str) -> None:
    # the needles are looked for in the page's UTF-8 bytes: text around them in any script,
    # a statement in capitals, characters of several bytes right after the needle, and a
    # statement the next block runs on from
    posts = "".join(f'<li class="update"><span class="when">{clock}</span><strong>{title}</strong>'
                    f"<p>What happened at {clock}, told at some length.</p></li>" for clock, title in
                    (("14:32", "Second"), ("13:05", "First")))
    found = draft(f"<p>{'Ελλάδα, 東京, Zürich — ©, “quotes” 🙂 ' * 20}</p><p>{statement}</p><ul>{posts}</ul>")
    assert found.stated_zone == zone

STORY = "The only story on this page, told in a paragraph of some length."


@pytest.mark.parametrize(("head", "headline", "body_start"), [
    pytest.param("<h1>One story</h1>", "One story", STORY, id="headline-first"),
    pytest.param('<div><a class="section" href="/tech">Tech</a></div><div><time datetime="2016-12-13T18:06:00Z">'
                 "Dec 13 2016, 1:06 pm ET</time></div><h1>One story</h1>", "One story", STORY,
                 id="headline-below-a-kicker-and-time"),
    pytest.param("<p>A first paragraph that is no kicker at all, long.</p><h2>A subheading</h2>", None,
                 "A first paragraph", id="a-subheading-below-a-paragraph-stays-in-the-body"),
])
def test_an_articles_headline_and_the_kickers_above_it_leave_its_story(head: str, headline: str | None,
                                                                      body_start: str) -> None:
    found = draft(f"<article>{head}<p>{STORY}</p></article>")
    assert not found.live and len(found.entries) == 1
    entry = found.entries[0]
    if headline is not None:
        assert entry.headline == headline
    assert entry.paragraphs[0].startswith(body_start)


def test_an_articles_headline_is_the_heading_that_reads_as_the_page_title_and_teasers_are_not_the_story() -> None:
    body = ('<main><article><figure><img src="a.jpg"><div class="notice"><h1>Javascript är avstängt</h1>'
            "<div>Javascript måste vara påslaget för att kunna spela video</div></div>"
            "<figcaption>A picture of the platform this morning.</figcaption></figure>"
            '<h1>One story</h1><div><span>Uppdaterad <time datetime="2026-03-11T11:19:41+01:00">idag 11:19</time>'
            f"</span></div><p>{STORY}</p></article>"
            "<aside><article><h1>Another story to read</h1><p>A teaser of another story, long enough to count.</p>"
            "</article></aside></main>")
    found = draft(body, {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "One story",
                         "datePublished": "2026-03-11T06:56:58+01:00"})
    assert not found.live and len(found.entries) == 1
    entry = found.entries[0]
    assert entry.headline == "One story"
    assert entry.paragraphs[0] == STORY and not any("teaser" in paragraph for paragraph in entry.paragraphs)
    assert entry.stamp is not None and entry.stamp.text.startswith("2026-03-11T06:56:58")


# ---------------------------------------------------------------------------
# A stream whose posts do not all print a time (WP SportoweFakty's match relations: clock
# posts, heat results and "Start" notes without one, pre-match posts below).


def _relation_post(clock: str | None, text: str, cls: str = "coventry") -> str:
    aside = f"<time>{clock}</time>" if clock else '<i class="icon-comment"></i>'
    return (f'<div class="{cls}\n\t  "><aside class="coventry__aside">{aside}</aside>'
            f'<div class="coventry__body"><p>{text}</p></div></div>')


RELATION = "".join((
    _relation_post(None, "Koniec. Fogo Unia Leszno pokonała RM Solar Falubaz Zielona Góra 57:33."),
    _relation_post("19:30", "Piotr Protasiewicz pojedzie teraz po raz 2600. w biegu w PGE Ekstralidze."),
    '<div class="ad-slot"><p>Reklama: the advertisement in this slot is long enough to be text.</p></div>',
    _relation_post(None, "Bieg 14: Smektała znakomicie ze startu, zwyciężył z dużą przewagą.",
                   cls="coventry coventry--composite"),
    _relation_post("19:17", "Wynik dwumeczu: 98:70 dla Fogo Unii Leszno, do finału brakuje punktu."),
    _relation_post(None, "Na pół godziny przed początkiem meczu ruszyła próba toru w Lesznie."),
))

STREAMS = [
    # (id, stream, header, expected (clock or None, body start) in page order)
    ("untimed-posts-of-the-stream-keep-their-place", RELATION, "",
     [(None, "Koniec."), ("19:30", "Piotr"), (None, "Bieg 14"), ("19:17", "Wynik"), (None, "Na pół")]),
    ("plain-untitled-siblings-are-no-sign", "".join((
        '<div><time>19:30</time><p>Piotr Protasiewicz pojedzie teraz po raz 2600. w biegu w lidze.</p></div>',
        "<div><p>A paragraph of the page that is not a post of the stream at all here.</p></div>",
        '<div><time>19:17</time><p>Wynik dwumeczu: 98:70 dla Fogo Unii Leszno, do finału brakuje.</p></div>')),
     "", [("19:30", "Piotr"), ("19:17", "Wynik")]),
]


@pytest.mark.parametrize(("stream", "header", "expected"), [case[1:] for case in STREAMS],
                         ids=[case[0] for case in STREAMS])
def test_posts_of_a_stream_with_and_without_times(stream: str, header: str,
                                                 expected: list[tuple[str | None, str]]) -> None:
    found = draft(f'{header}<div class="coveragelist">{stream}</div>')
    got = [(entry.stamp.text if entry.stamp else None, entry.paragraphs[0]) for entry in found.entries]
    assert [clock for clock, _ in got] == [clock for clock, _ in expected]
    for (_, body), (_, start) in zip(got, expected, strict=True):
        assert body.startswith(start)


@pytest.mark.parametrize(("header", "day"), [
    ('<ul><li>PGE Ekstraliga</li><li><span>28 Września 2020, 18:00</span></li></ul>', "2020-09-28"),
    ("<p>Updated 2 November 2023, 21:05</p>", "2023-11-02"),  # after the last post: the same day
    ("", None),
], ids=["polish-match-header", "updated-line", "no-date-anywhere"])
def test_the_page_text_dates_clock_only_posts_when_no_data_does(header: str, day: str | None) -> None:
    timeline = liveblog.parse(page(f'{header}<div class="coveragelist">{RELATION}</div>'), tz="Europe/Warsaw")
    times = [entry.time for entry in timeline.entries if entry.time is not None]
    if day is None:
        assert times == []
        return
    assert times and all(time.date().isoformat() == day for time in times)


@pytest.mark.parametrize(("head", "zone"), [
    ('<meta property="og:locale" content="pl_PL">', "Europe/Warsaw"),
    ('<meta name="language" content="pl">', "Europe/Warsaw"),
    ('<meta property="og:locale" content="en_US">', None),
    ("", None),
], ids=["og-locale", "meta-language", "a-country-of-many-zones", "none"])
def test_the_page_locale_gives_a_home_zone(head: str, zone: str | None) -> None:
    html = page(f'<ul><li>28 Września 2020, 18:00</li></ul><div class="coveragelist">{RELATION}</div>')
    found = extract_html(html.replace("<title>", head + "<title>"))
    assert found.home_zone == zone
    assert extract_html(html.replace("<html>", '<html lang="de-CH">')).home_zone == "Europe/Zurich"


ES_STORY = ('<article><div class="body-article"><p>La emergencia provocada por el terremoto ya deja 331 fallecidos'
         ' y 4.439 heridos, mientras sus consecuencias empiezan a reflejarse en la economía.</p>'
         "<p>De acuerdo con un análisis de Bancolombia, el consumo real del país cayó 8,9%.</p></div></article>")


@pytest.mark.parametrize(("header", "authors"), [
    ('<header><h1>Terremoto sacudió el bolsillo de los colombianos</h1><p><span>Por </span>'
     '<a class="author-name" href="/autor/juan-gaona/">Juan Gaona</a></p></header>', ("Juan Gaona",)),
    ("<header><h1>Terremoto sacudió el bolsillo de los colombianos</h1><p>By Ana Ruiz and Luis Pérez</p></header>",
     ("Ana Ruiz", "Luis Pérez")),
    ("<header><h1>Terremoto sacudió el bolsillo de los colombianos</h1><p>Juan Gaona</p></header>", ()),
], ids=["por-line-above-the-article", "by-line-of-two", "a-bare-name-is-no-byline"])
def test_an_article_byline_above_its_story_names_its_authors(header: str, authors: tuple[str, ...]) -> None:
    timeline = liveblog.parse(page(f"<main>{header}{ES_STORY}</main>"))
    assert len(timeline.entries) == 1
    assert timeline.entries[0].authors == authors
    assert tuple(timeline.authors) == authors
    assert timeline.entries[0].body.startswith("La emergencia")


@pytest.mark.parametrize(("tail", "last"), [
    ('<div class="feed-list"><h2>Más Noticias</h2><a href="/a"><h2>Pilas: así rotará el pico y placa en Bogotá</h2>'
     "<h3>Este programa de restricción vehicular aplica de lunes a viernes en la ciudad</h3></a></div>",
     "cayó 8,9%."),
    ('<div class="article-tags"><a href="/tag/a">Bancolombia</a><a href="/tag/b">Consumo en Colombia</a></div>',
     "cayó 8,9%."),
    ("<h3>Lire aussi</h3><p>La suite du récit, un paragraphe de l'article après l'encadré.</p>",
     "La suite du récit, un paragraphe de l'article après l'encadré."),
    # the last paragraph opening with the heading on a line of its own, its links after line breaks
    ('<p><strong>Related stories</strong><br><a href="/a">Floods close the road to the coast</a><br>'
     '<a href="/b">Banks report a quiet week</a></p><div class="tags"><a href="/t">Economía</a></div>',
     "cayó 8,9%."),
    ("<p>Related stories<br>Un párrafo que sigue a un salto de línea, parte del relato.</p>"
     "<p>La suite du récit, un paragraphe de l'article après l'encadré.</p>",
     "La suite du récit, un paragraphe de l'article après l'encadré."),
], ids=["more-news-teasers-after-the-story", "topic-tags-after-the-story", "a-read-also-box-amid-the-story",
        "a-last-paragraph-headed-related-stories", "a-headed-paragraph-amid-the-story"])
def test_an_article_story_ends_before_the_footer_its_element_holds(tail: str, last: str) -> None:
    timeline = liveblog.parse(page(f"<main><h1>Terremoto sacudió el bolsillo de los colombianos</h1>"
                                   f"{ES_STORY.replace('</div></article>', tail + '</div></article>')}</main>"))
    assert len(timeline.entries) == 1
    assert timeline.entries[0].body.endswith(last)



#: (case, what follows the story's <div> inside its <article>, how the body ends)
STORY_ENDS = [
    ("a box after the article's own footer is not story",
     '<footer class="article-footer"><p>Ana Ruiz</p></footer><section class="box"><h2>Cómo trabajamos</h2>'
     "<p>Nuestra redacción verifica cada dato antes de publicarlo, siempre.</p></section>", "cayó 8,9%."),
    ("nor a list of links below the last paragraph (topic tags)",
     '<ul class="pills"><li><a href="/t/a">Terremoto</a></li><li><a href="/t/b">Economía</a></li></ul>',
     "cayó 8,9%."),
    ("a list of links amid the story stays",
     '<ul><li><a href="/t/a">Terremoto</a></li></ul><p>Un párrafo más del artículo después de la lista.</p>',
     "- Terremoto\n\nUn párrafo más del artículo después de la lista."),
    ("items holding more than a link stay",
     '<ul><li><a href="/b">Bogotá</a>: 12% menos</li><li><a href="/m">Medellín</a>: 9% menos</li></ul>',
     "- Bogotá: 12% menos\n- Medellín: 9% menos"),
    ("a quote's footer is not the article's",
     "<blockquote><p>Es la peor semana del año para el comercio.</p><footer>Un comerciante</footer></blockquote>"
     "<p>La historia sigue después de la cita.</p>", "La historia sigue después de la cita."),
]


@pytest.mark.parametrize(("tail", "last"), [case[1:] for case in STORY_ENDS], ids=[case[0] for case in STORY_ENDS])
def test_what_follows_an_articles_footer_and_its_closing_link_lists_are_not_its_story(tail: str, last: str) -> None:
    timeline = liveblog.parse(page(f"<main><h1>Terremoto sacudió el bolsillo de los colombianos</h1>"
                                   f"{ES_STORY.replace('</article>', tail + '</article>')}</main>"))
    assert len(timeline.entries) == 1
    assert timeline.entries[0].body.endswith(last)


ES_PARAGRAPHS = ES_STORY.removeprefix("<article>").removesuffix("</article>")
MENU = "<li>Temas de hoy:</li>" + "".join(f'<li><a href="/section-{number}">Section {number}</a></li>'
                                       for number in range(1, 13))
LINK_BOX = ('<ul class="interlinking"><li><a href="/a">Pilas: así rotará el pico y placa en Bogotá</a></li>'
            '<li><a href="/b">El dólar cerró la semana con una leve caída</a></li></ul>')


@pytest.mark.parametrize("data", [
    {"@context": "https://schema.org", "@type": "NewsArticle",
     "headline": "Terremoto sacudió el bolsillo de los colombianos"},
    None,
], ids=["title-in-the-data", "title-on-the-page"])
def test_a_main_holding_the_sites_menus_gives_the_story_below_its_headline_without_the_link_box(
        data: object) -> None:
    # Líbero's shape: the site's header and menus inside <main>, many chunks above the
    # headline; a box of links to other articles between the byline and the first paragraph
    body = (f'<main><header><ul>{MENU}</ul><div><a href="/t">Únete a nuestro canal</a></div></header>'
            '<div class="content"><div class="badge">Economía</div>'
            '<h1>Terremoto sacudió el bolsillo de los colombianos</h1><div class="author">Juan Gaona</div>'
            f"{LINK_BOX}{ES_PARAGRAPHS}</div></main>")
    timeline = liveblog.parse(page(body, data))
    assert len(timeline.entries) == 1
    entry = timeline.entries[0]
    assert entry.headline == "Terremoto sacudió el bolsillo de los colombianos"
    assert entry.body.startswith("La emergencia") and "Pilas" not in entry.body and "Section" not in entry.body \
        and "Temas" not in entry.body


def test_a_list_of_links_below_the_first_paragraph_stays_in_the_story() -> None:
    story = ES_PARAGRAPHS.replace("<p>De acuerdo", f"{LINK_BOX}<p>De acuerdo")
    timeline = liveblog.parse(page(f"<main><h1>Terremoto sacudió el bolsillo de los colombianos</h1>{story}</main>"))
    assert "- Pilas: así rotará el pico y placa en Bogotá" in timeline.entries[0].body


def test_a_kicker_inside_the_headline_element_and_the_outlet_in_the_author_box_are_left_out() -> None:
    # The Denver Post's shape: "Preps | " in a <div> inside the <h1>, which the page's text runs
    # into the headline; "By Name | address | The Denver Post" in the byline box
    body = ('<article><header><h2><a href="/sports/">Sports</a></h2><h1 class="entry-title"><div class="entry-section">'
            '<a href="/preps/">Preps | </a></div><span>Terremoto sacudió el bolsillo de los colombianos</span></h1>'
            '</header><div class="meta"><div class="byline">By <a href="/author/a" rel="author">Juan Gaona</a> | '
            '<a href="mailto:jgaona@example.com">jgaona@example.com</a> | The Example Post</div>'
            '<div class="time"><time datetime="2026-08-24 18:09:55">August 24, 2026 at 6:09 p.m.</time></div></div>'
            f"{ES_PARAGRAPHS}</article>")
    timeline = liveblog.parse(page(body))
    assert len(timeline.entries) == 1
    entry = timeline.entries[0]
    assert timeline.title == entry.headline == "Terremoto sacudió el bolsillo de los colombianos"
    assert entry.authors == ("Juan Gaona",) and entry.body.startswith("La emergencia")


def test_a_ranking_list_of_linked_headlines_with_ages_beside_an_article_is_no_stream() -> None:
    # Naver News's ranking boxes: each item a link holding a <p> headline and a <div> age
    items = "".join(f'<li class="rl_item"><a href="/article/{n}" class="rl_link_end"><div class="rl_content">'
                    f'<p class="rl_txt">Another headline of the outlet, number {n}</p>'
                    f'<div class="rl_time">{n}시간전</div></div></a></li>' for n in range(1, 7))
    body = ('<div id="ct" role="main"><h2 id="title_area"><span>Terremoto sacudió el bolsillo de los colombianos'
            f'</span></h2>{ES_STORY.replace("</div></article>", "<p>" + STORY + "</p></div></article>")}'
            f'<div class="rankingnews"><ul class="ranking_list">{items}</ul></div></div>')
    timeline = liveblog.parse(page(body), now="2023-11-03T00:40:00+09:00")
    assert len(timeline.entries) == 1
    assert timeline.entries[0].body.startswith("La emergencia")


def test_a_recent_posts_widget_beside_an_article_is_no_stream_and_the_data_keeps_the_pages_offset() -> None:
    # WordPress's "Recent Posts" widget with its dates (Rough Draft Atlanta's sidebar): each item
    # a link and a date in a span, nothing else; they were read as five posts and the article lost
    recent = "".join(f'<li><a href="/{n}">Another story of the day, number {n}</a>'
                     f'<span class="post-date">November 8, 2023 | {n}:15 pm</span></li>' for n in range(1, 6))
    body = ('<header class="entry-header"><h1>Brookhaven Village closed due to gas leak</h1><span class="byline">'
            '<span>by</span> <a href="/author/a">Logan C. Ritchie</a></span> <span class="posted-on">'
            '<time class="entry-date published" datetime="2023-11-08T18:03:23-05:00">November 8, 2023 | 6:03 pm'
            f'</time></span></header><article>{ES_PARAGRAPHS}</article>'
            f'<aside id="secondary" class="widget-area"><section class="widget_recent_entries"><h2>Recent Stories</h2>'
            f"<ul>{recent}</ul></section></aside>")
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Brookhaven Village closed due to gas leak", "datePublished": "2023-11-08T23:03:23Z"}
    timeline = liveblog.parse(page(body, data))
    assert len(timeline.entries) == 1
    entry = timeline.entries[0]
    assert entry.headline == "Brookhaven Village closed due to gas leak" and entry.body.startswith("La emergencia")
    assert timeline.published is not None and timeline.published.isoformat() == "2023-11-08T18:03:23-05:00"


def test_teaser_cards_whose_headline_and_lead_are_one_link_beside_an_article_are_no_stream() -> None:
    # Yle's "Pääuutiset" sidebar: each teaser an <article> holding one link around its picture,
    # headline, lead paragraph and <time datetime>; its lead (a whole <p>) counted as a post's text,
    # so three teasers were read as three posts and the article, dated only in print, was lost
    teasers = "".join(f'<article class="list-item"><a href="/uutiset/3-{n}"><h1>Another headline of the day, '
                      f"number {n}</h1><p>A lead of the teaser that runs well past the length of a label {n}.</p>"
                      f'<span class="meta"><span class="subject">Arki</span>'
                      f'<time datetime="2020-02-19T1{n}:30:00+0200">1{n}:30</time></span></a></article>'
                      for n in range(5, 8))
    body = ('<article class="story"><h1>Leudot talvet tekevät meistä väsyneempiä</h1>'
            '<div class="date"><span>19.2.2020 klo 14.00</span></div>'
            f'<div class="content">{ES_PARAGRAPHS}</div></article><div class="sidebar">{teasers}</div>')
    timeline = liveblog.parse(page(body))
    assert len(timeline.entries) == 1
    entry = timeline.entries[0]
    assert entry.headline == "Leudot talvet tekevät meistä väsyneempiä" and entry.body.startswith("La emergencia")
    assert entry.time is not None and entry.time.hour == 14 and entry.time.day == 19
    # the teaser cards are no story either: the story is the one <article> that is no link card
    assert "Another headline" not in entry.body and "teaser" not in entry.body


#: A sidebar's wire list beside an article: each item a <time>, the wire's name and a headline
#: of its own that is no link (France 24's "Live news" box); the wrapper varies by row.
WIRE_ITEMS = "".join(f'<div class="ib-item"><div class="when"><time datetime="2015-05-13T10:2{n}:00+02:00">'
                     f'10:2{n}</time> <a href="/en/wire-{n}">AFP</a></div><div class="copy">'
                     f"<p>Another wire headline of the morning, number {n}</p></div>"
                     f'<p class="more"><a href="/en/wire-{n}">Read more</a></p></div>' for n in range(1, 5))


@pytest.mark.parametrize(("wrapper", "entries"), [
    ('<aside class="col-2"><p class="hd">Live news</p>{}</aside>', 1),  # a sidebar: no stream
    ('<div role="complementary"><p class="hd">Live news</p>{}</div>', 1),  # the same by its ARIA role
    ('<div class="col-2"><p class="hd">Live news</p>{}</div>', 4),  # no mark of a sidebar: posts, as before
    # a page set whole in an <aside>, its headline with it: its posts are the page's
    ('<aside class="page"><h1>Markets live</h1>{}</aside>', 4),
])
def test_a_stream_of_clocks_in_a_sidebar_beside_an_article_is_no_live_blog(wrapper: str, entries: int) -> None:
    story = f"{ES_PARAGRAPHS}<p>Police said the four attackers fled on foot before officers reached the bank.</p>"
    body = (f'<div class="main"><article><h1>Third blogger attacked in the capital</h1>{story}</article>'
            f"{wrapper.format(WIRE_ITEMS)}</div>")
    timeline = liveblog.parse(page(body))
    assert len(timeline.entries) == entries
    if entries == 1:
        assert "not-a-live-blog" in {warning.code for warning in timeline.warnings}
        assert timeline.entries[0].body.startswith("La emergencia") and "wire headline" not in timeline.entries[0].body


#: A sidebar's "Direct" feed of the site's other news beside an article (Libération's): each item
#: an epoch, a printed clock, a linked headline or a paragraph of its own.
FEED_ITEMS = "".join(
    f'<li data-published-at="14303{n}0000.15" class="live-item"><div class="title-container">'
    f'<a class="pub-date" href="/direct/element/{n}/"><span>1{n}:4{n}</span></a>'
    + (f'<a href="/direct/#item-{n}"><span class="title">Another headline of the feed, number {n}</span></a>'
       if n % 2 else f"<div class='content'><p>An item of the feed with a paragraph of its own, number {n}, "
       "long enough to be a post's text.</p></div>")
    + "</div></li>" for n in range(4, 0, -1))


@pytest.mark.parametrize(("wrapper", "entries"), [
    ('<aside id="sidebar" role="complementary"><div class="live"><a href="/direct/">Direct</a><ul>{}</ul></div>'
     "</aside>", 1),
    ('<div id="sidebar"><div class="live"><a href="/direct/">Direct</a><ul>{}</ul></div></div>', 4),  # no sidebar mark
])
def test_a_live_feed_in_a_sidebar_beside_an_article_is_no_live_blog(wrapper: str, entries: int) -> None:
    story = f"{ES_PARAGRAPHS}<p>Police said the four attackers fled on foot before officers reached the bank.</p>"
    body = (f'<div role="main"><div class="main-content"><article><h1>A third victim of the earthquake</h1>'
            f'<time datetime="2015-04-30T07:19:58">30 avril 2015 à 07:19</time>{story}</article>'
            f"{wrapper.format(FEED_ITEMS)}</div></div>")
    timeline = liveblog.parse(page(body))
    assert len(timeline.entries) == entries
    if entries == 1:
        assert "not-a-live-blog" in {warning.code for warning in timeline.warnings}
        entry = timeline.entries[0]
        assert entry.headline == "A third victim of the earthquake" and entry.body.startswith("La emergencia")
        assert "feed" not in entry.body


@pytest.mark.parametrize(("header", "kept"), [
    # Le Monde's signature line: the outlet, the two <time>s and the byline, above the story
    ('<p class="bloc_signature"><span>Le Monde</span> | <time datetime="2015-05-04T13:36:31+02:00">04.05.2015 à 13h36'
     '</time> • Mis à jour le <time datetime="2015-05-05T20:13:12+02:00">05.05.2015 à 20h13</time> | Par <span>'
     "Martin Untersinger</span></p>", False),
    ('<p>Published <time datetime="2015-05-04T13:36:31+02:00">4 May 2015, 13:36</time> | Updated <time '
     'datetime="2015-05-05T20:13:12+02:00">5 May</time></p>', False),
    # a sentence of the story with a date in it, or a <time> without data: the story's own words
    ('<p>On <time datetime="2015-05-04">4 May</time> the deputies voted for the law, by a large majority.</p>', True),
    ("<p>On <time>4 May</time> the deputies voted for the law, by a large majority</p>", True),
])
def test_a_short_paragraph_holding_the_pages_time_above_an_articles_story_is_no_story(header: str,
                                                                                     kept: bool) -> None:
    story = f"{ES_PARAGRAPHS}<p>Police said the four attackers fled on foot before officers reached the bank.</p>"
    timeline = liveblog.parse(page(f"<article><h1>The law is passed</h1>{header}{story}</article>"))
    assert len(timeline.entries) == 1
    assert timeline.entries[0].body.startswith("On 4 May" if kept else "La emergencia")


@pytest.mark.parametrize(("dateline", "kept"), [
    # France 24's date with its word and no clock, below the credit
    ("<p>Latest update : 2015-05-12</p>", False),
    ("<p>Published: 12 May 2015</p>", False),
    # a date alone with no word saying what it dates: left to the story
    ("<p>12 May 2015</p>", True),
])
def test_a_labelled_date_without_a_clock_above_an_articles_story_is_no_story(dateline: str, kept: bool) -> None:
    body = (f'<article><h1>Third blogger attacked in the capital</h1><p class="byline">Text by NEWS WIRES</p>{dateline}'
            f"{ES_PARAGRAPHS}</article>")
    timeline = liveblog.parse(page(body))
    assert len(timeline.entries) == 1
    assert ("2015" in timeline.entries[0].body) is kept


def test_a_dateline_below_an_articles_standfirst_and_section_label_is_not_its_story() -> None:
    body = ('<article class="story"><h1>Leudot talvet tekevät meistä väsyneempiä</h1>'
            "<p>Vuodenaikojen vaihtuminen vaikuttaa mielialaan lähes kaikilla suomalaisilla.</p>"
            '<div class="meta"><a href="/uutiset/18-34837">Kotimaa</a><div class="date"><span>19.2.2020 klo 14.00'
            f'</span></div></div><div class="content">{ES_PARAGRAPHS}</div></article>')
    timeline = liveblog.parse(page(body))
    assert len(timeline.entries) == 1
    entry = timeline.entries[0]
    assert entry.time is not None and (entry.time.day, entry.time.hour) == (19, 14)
    assert "klo 14.00" not in entry.body and entry.body.endswith("el consumo real del país cayó 8,9%.")


# ---------------------------------------------------------------------------
# What the page says around its posts.

STREAM = "".join(f'<article class="block" id="block-{n}"><header>'
                 f'<time datetime="2026-11-22T1{n}:00:00Z">{n}h ago</time></header>'
                 f"<h2>Headline number {n}</h2><p>The story of post {n}, told at some length.</p></article>"
                 for n in (3, 2, 1))
#: (case, the markup above the stream, the page's authors, its summary)
AROUND = [
    ("a header byline with an author class",
     '<h1>Live</h1><div class="entry-meta"><span class="byline">by <span class="author vcard">'
     '<a href="/a/m">Maria Garcia</a></span></span></div>', ("Maria Garcia",), ()),
    ("an address with a rel=author link", '<h1>Live</h1><address><a rel="author" href="/p/j">Jane Doe</a></address>',
     ("Jane Doe",), ()),
    ("a standfirst above the posts and no description",
     "<h1>Council budget night: live updates</h1>"
     "<p>Follow along as the council debates next year's budget.</p>", (),
     ("Follow along as the council debates next year's budget.",)),
    ("nothing above the posts", "<h1>Live</h1>", (), ()),
]


@pytest.mark.parametrize(("above", "authors", "summary"), [case[1:] for case in AROUND],
                         ids=[case[0] for case in AROUND])
def test_the_byline_and_standfirst_above_the_posts(above: str, authors: tuple[str, ...],
                                                   summary: tuple[str, ...]) -> None:
    found = draft(f'{above}<div class="stream">{STREAM}</div>')
    assert len(found.entries) == 3
    assert (found.authors, found.summary) == (authors, summary)


def test_a_lead_story_above_the_posts_follows_the_description_in_the_summary() -> None:
    head = ('<meta name="description" content="Crowds gather as the count begins, an expert has said.">'
            "<title>Election night live as the count begins</title>")
    body = ("<h1>Election night live as the count begins</h1>"
            "<h3>Crowds gather as the count begins, an expert has said.</h3>"
            "<p>Polls closed at ten and the first boxes have reached the count in the town hall.</p>"
            "<p>THIS IS A LIVE BLOG. SCROLL DOWN FOR THE LATEST UPDATES.</p>")
    found = extract_html(f"<!doctype html><html><head>{head}</head><body>{body}"
                         f'<div class="stream">{THREE}</div></body></html>')
    assert len(found.entries) == 3
    assert found.summary == ("Crowds gather as the count begins, an expert has said.",
                             "Polls closed at ten and the first boxes have reached the count in the town hall.")


@pytest.mark.parametrize(("author", "authors"), [("tagesschau.de", ()), ("Maria Garcia", ("Maria Garcia",))],
                         ids=["the-outlet", "a-person"])
def test_the_outlet_named_as_the_page_author_is_no_person(author: str, authors: tuple[str, ...]) -> None:
    head = f'<meta name="author" content="{author}"><meta property="og:site_name" content="tagesschau.de">'
    found = extract_html(f"<!doctype html><html><head>{head}<title>Live</title></head><body>"
                         f'<div class="stream">{THREE}</div></body></html>')
    assert (found.publisher, found.authors) == ("tagesschau.de", authors)


def test_a_key_events_list_linking_posts_by_id_makes_them_key_events() -> None:
    cards = "".join(f'<li><a data-link-name="key event card | {n}" href="?page=with:block-{n}#block-{n}">'
                    f"<div>Headline number {n}</div></a></li>" for n in (2,))
    found = draft(f'<ul>{cards}</ul><div class="stream">{STREAM}</div>')
    assert [(entry.headline, entry.kind) for entry in found.entries] == [
        ("Headline number 3", "post"), ("Headline number 2", "key-event"), ("Headline number 1", "post")]


#: (case, the list above the stream, the page's key points)
LINKED_POINTS = [
    ("items linking to posts by id", '<li><a href="#block-3">Headline number 3</a></li>'
     '<li><a href="#block-1">Headline number 1</a></li>', ("Headline number 3", "Headline number 1")),
    ("one target rolled off the page", '<li><a href="#block-3">Headline number 3</a></li>'
     '<li><a href="#block-9">An older post</a></li>', ("Headline number 3", "An older post")),
    ("no target on the page", '<li><a href="#block-8">Gone</a></li><li><a href="#block-9">Gone too</a></li>', ()),
    ("links to another view of the page", '<li><a href="?page=2#block-3">Headline number 3</a></li>'
     '<li><a href="?page=2#block-1">Headline number 1</a></li>', ()),
    ("a share bar leading nowhere", '<li><a href="#">Facebook</a></li><li><a href="#">X</a></li>', ()),
    ("an item with text beside its link", '<li><a href="#block-3">Headline number 3</a> and more</li>'
     '<li><a href="#block-1">Headline number 1</a></li>', ()),
    ("a single item", '<li><a href="#block-3">Headline number 3</a></li>', ()),
    ("links to the page itself naming posts in a query", '<li><a href="?postid=block-3#stream">Headline number 3'
     '</a></li><li><a href="?postid=block-9#stream">An older post</a></li>', ("Headline number 3", "An older post")),
    ("the same with the page's address", '<li><a href="https://example.com/live/storm?postid=block-3">Headline '
     'number 3</a></li><li><a href="https://example.com/live/storm?postid=block-1">Headline number 1</a></li>',
     ("Headline number 3", "Headline number 1")),
    ("links to another page's posts", '<li><a href="https://example.com/live/floods?postid=block-3">Heat alert</a>'
     '</li><li><a href="https://example.com/live/floods?postid=block-1">Drone attack</a></li>', ()),
]


@pytest.mark.parametrize(("items", "points"), [case[1:] for case in LINKED_POINTS],
                         ids=[case[0] for case in LINKED_POINTS])
def test_a_list_of_links_to_the_posts_is_the_key_points(items: str, points: tuple[str, ...]) -> None:
    canonical = '<link rel="canonical" href="https://example.com/live/storm">'
    found = extract_html(HEAD.format(script=canonical, body=f'<h1>Live</h1><ul>{items}</ul><div class="stream">'
                                                            f"{STREAM}</div>"))
    assert len(found.entries) == 3
    assert found.key_points == points


#: (case, a box above the stream, the page's key points): the page's text reads the box
BOXED_POINTS = [
    ("a key-events box (Reach's live pages)", '<div class="live-event-key-events"><h2>Key Events</h2><ul><li>'
     '<div class="key-bubble"><a data-id="2">Headline number 2</a><time>12:00</time></div></li></ul></div>',
     ("Headline number 2",)),
    ("a summary box (the BBC's)", '<div class="lx-c-summary-points"><h2>Summary</h2><ul>'
     "<li>Schools reopen on Monday in the north</li><li>Testing is to be widened</li></ul></div>",
     ("Schools reopen on Monday in the north", "Testing is to be widened")),
    ("a list with no header is no box", "<ul><li>Schools reopen on Monday in the north</li></ul>", ()),
]


@pytest.mark.parametrize(("box", "points"), [case[1:] for case in BOXED_POINTS],
                         ids=[case[0] for case in BOXED_POINTS])
def test_a_key_points_box_above_the_posts_is_kept_when_the_posts_are_read_from_their_containers(
        box: str, points: tuple[str, ...]) -> None:
    found = draft(f'<h1>Live</h1><p>The standfirst of the page, told in a sentence.</p>{box}'
                  f'<div class="stream">{STREAM}</div>')
    assert [entry.headline for entry in found.entries] == [f"Headline number {n}" for n in (3, 2, 1)]
    assert found.key_points == points
    assert not set(points) & set(found.summary)


def test_a_tag_list_below_the_last_post_is_not_its_body() -> None:
    # a stamp and headline in one element, the story in the paragraphs after it (read as text)
    flat = "".join(f'<div class="anchor"><div class="datetime">20.09.2026 \u2022 1{n}:00 Uhr</div>'
                   f"<h2>Headline number {n}</h2></div><p>The story of post {n}, told at some length.</p>"
                   for n in (3, 2, 1))
    tags = '<div class="taglist"><ul><li class="taglist__element"><a href="/thema/x">Liveblog</a></li></ul></div>'
    found = draft(f"<article>{flat}{tags}</article>")
    assert len(found.entries) == 3
    assert all("Liveblog" not in paragraph for entry in found.entries for paragraph in entry.paragraphs)


def test_a_pinned_copy_above_the_stream_leaves_the_posts_to_their_markup() -> None:
    pinned = ('<div id="pinned-post"><div>From 3h ago</div><article class="block"><header><span>11.00 GMT</span>'
              "</header><h2>Headline number 1</h2><p>The story of post 1, told at some length.</p></article></div>")
    found = draft(f'{pinned}<div class="stream">{STREAM}</div>')
    copy, *stream = found.entries  # the copy is read as the pinned post it is, the stream from its markup
    assert copy.kind == "summary"
    assert [entry.headline for entry in stream] == ["Headline number 3", "Headline number 2", "Headline number 1"]
    assert all(entry.stamp is not None and entry.stamp.instant is not None for entry in stream)


#: (case, the markup above the stream, the pinned post's headline and whether it prints a
#: time, or None when it is no post). The stream's posts are `<article class="block">`.
PINNED: list[tuple[str, str, tuple[str | None, bool] | None]] = [
    ("a pinned post printed with no time, sharing the posts' class (NPR's \"pinned-post post\")",
     '<div class="pinned-post block" id="pinned"><h4>What you need to know</h4><div><p>Seven candidates are on '
     "stage in Charleston, four days before the primary.</p></div></div>", ("What you need to know", False)),
    ("a sticky post with no heading (Sourcefabric's \"lb-sticky-top-post\")",
     '<article class="lb-sticky-top-post block"><div><p>Das Wichtigste in Kürze: die Wahllokale haben um 18 Uhr '
     "geschlossen.</p></div></article>", (None, False)),
    ("a pinned box holding a copy of a post in the stream's markup (the Guardian)",
     '<div id="pinned-post"><div>From <time datetime="2026-11-22T11:00:00Z">3h ago</time></div>'
     '<article class="block"><header><span>11.00 GMT</span></header><h2>Headline number 1</h2>'
     "<p>The story of post 1, told at some length.</p></article></div>", ("Headline number 1", True)),
    ("a summary box that sticks on screen is no post (the BBC's \"lx-c-sticky\")",
     '<div class="lx-c-sticky"><h2>Summary</h2><ul><li>Top US health adviser warns states against re-opening '
     "too soon</li></ul></div>", None),
]


@pytest.mark.parametrize(("above", "pinned"), [case[1:] for case in PINNED], ids=[case[0] for case in PINNED])
def test_a_post_pinned_above_the_stream_is_an_entry_of_kind_summary(above: str,
                                                                    pinned: tuple[str | None, bool] | None) -> None:
    found = draft(f'{above}<div class="stream">{STREAM}</div>')
    if pinned is None:
        assert [entry.kind for entry in found.entries] == ["post", "post", "post"]
        return
    assert len(found.entries) == 4
    first = found.entries[0]
    assert (first.headline, first.kind, first.stamp is not None) == (pinned[0], "summary", pinned[1])
    assert found.summary == ()


def test_a_stamp_with_a_day_but_no_year_takes_the_year_from_the_page_text() -> None:
    posts = "".join(f'<div class="post"><div class="timestamp"><span>{clock} PM EST</span><span>Feb. 25</span></div>'
                    f"<h4>Post at {clock}</h4><p>The story of this post, at some length.</p></div>"
                    for clock in ("9:47", "9:31"))
    header = '<p class="header-info"><span>Last updated: 9:52 PM EST \u2022 February 25, 2020</span></p>'
    found = draft(f'{header}<div class="stream">{posts}</div>')
    assert found.updated is not None and found.updated.year == 2020


#: (case, a figure's caption, the caption and credit read)
CAPTIONS = [
    ("a credit after a copyright sign", "Traders in the City of London © Bloomberg",
     ("Traders in the City of London", "Bloomberg")),
    ("a credit after a word and a colon", "Smoke over the city. Photograph: Mohammed Abed/AFP",
     ("Smoke over the city.", "Mohammed Abed/AFP")),
    ("a copyright sign before a small letter is no credit", "The ©opyright wars", ("The ©opyright wars", None)),
    ("a credit after a dash and a credit word", "Daños en la región - crédito Luisa González/REUTERS",
     ("Daños en la región", "Luisa González/REUTERS")),
    ("the dash glued to the word", "Daños en la región -crédito Creditop", ("Daños en la región", "Creditop")),
    ("a bar and a colon", "Smoke over the city | Photo: AFP", ("Smoke over the city", "AFP")),
    ("a dash inside a name is no credit's", "A photo of Jean-Photo Dupont", ("A photo of Jean-Photo Dupont", None)),
    ("a dash before another word is none", "Smoke over the city - photographed at dawn",
     ("Smoke over the city - photographed at dawn", None)),
    ("no credit", "Traders in the City of London", ("Traders in the City of London", None)),
    ("a heading and an author box in the caption",
     '<h2 class="image-description__caption">Fahrzeuge bei Rafah.</h2>'
     '<div class="image-description__author">Ohad Zwigenberg / Pool via Reuters</div>',
     ("Fahrzeuge bei Rafah.", "Ohad Zwigenberg / Pool via Reuters")),
    ("a credit block after the caption block",
     '<p class="caption-text">Fahrzeuge bei Rafah.</p><p class="credit">Reuters</p>',
     ("Fahrzeuge bei Rafah.", "Reuters")),
    ("a credit in brackets after a full stop", "Plows clear a road on Monday. (Steven Senne/AP)",
     ("Plows clear a road on Monday.", "Steven Senne/AP")),
    ("words in brackets are no credit", "The mayor (left) and the governor (right)",
     ("The mayor (left) and the governor (right)", None)),
]


@pytest.mark.parametrize(("caption", "media"), [case[1:] for case in CAPTIONS], ids=[case[0] for case in CAPTIONS])
def test_a_caption_and_its_credit(caption: str, media: tuple[str, str | None]) -> None:
    posts = "".join(f'<div class="post"><time>{clock}</time><h2>Title {clock}</h2><p>The story, at some length.</p>'
                    f'<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure></div>'
                    for clock in ("10:00", "09:00"))
    entry = draft(f'<div class="stream">{posts}</div>').entries[0]
    assert [(item.caption, item.credit) for item in entry.media] == [media]


#: (case, the page's header above two posts whose times are data, the entries and summary read)
HEADERS = [
    ("an article header's age and intro above the posts are the preamble, not a post",
     '<header><h1>Marathon day live</h1><time datetime="2026-04-19T07:30:00+00:00">3 hours ago</time></header>'
     "<p>Updates from the course as 30,000 runners take part in the city marathon.</p>", 2,
     ("Updates from the course as 30,000 runners take part in the city marathon.",)),
    ("a header with no stamp", "<header><h1>Marathon day live</h1></header>", 2, ()),
]


@pytest.mark.parametrize(("header", "count", "summary"), [case[1:] for case in HEADERS],
                         ids=[case[0] for case in HEADERS])
def test_a_stamp_in_the_header_above_posts_timed_by_data_is_no_post(header: str, count: int,
                                                                    summary: tuple[str, ...]) -> None:
    # (on lines of their own, as a saved page has them: the header is told from the posts by its line)
    posts = "\n".join(f'<div class="liveblog-entry" data-sort-time="{epoch}"><aside><span>{age}</span> '
                       f"<span>April 19, 2026</span></aside><div><p>What happened on the course at {age}, at "
                       "some length.</p></div></div>"
                       for epoch, age in ((1776593400, "12 mins ago"), (1776585600, "2 hours ago")))
    found = draft(f"{header}\n<div>\n{posts}\n</div>")
    assert len(found.entries) == count
    assert all(entry.stamp is not None and entry.stamp.instant is not None for entry in found.entries)
    assert found.summary == summary


@pytest.mark.parametrize("text", [
    "14:32", "9.05", "09:05", "0:00", "23:59", "24:00", "12:60", "1:5", "123:45", "14:32 ", " 14:32", "14 :32",
    "14:32pm", "١٤:٣٢", "14:32:10", "14h32", "",
])
def test_bare_clock_or_stamp_is_read_stamp(text: str) -> None:
    assert bare_clock_or_stamp(text) == read_stamp(text)


def test_bare_clock_or_stamp_is_read_stamp_on_every_two_digit_clock() -> None:
    for hour in range(100):
        for minute in range(100):
            for text in (f"{hour}:{minute:02d}", f"{hour:02d}.{minute:02d}", f"{hour}.{minute}"):
                assert bare_clock_or_stamp(text) == read_stamp(text), text


@pytest.mark.parametrize(("name", "edit"), [
    ("datetime", False), ("content", False), ("data-post-time", False), ("data-published-at", False),
    ("data-modified", True), ("data-updated-at", True), ("data-last-edit", True), ("data-expires", True),
    ("data-end-time", True), ("DATA-UPDATED", True),
])
def test_names_an_edit(name: str, edit: bool) -> None:
    assert names_an_edit(name) is edit


def test_stamped_paragraphs_of_one_story_are_read_as_its_text() -> None:
    """A ticker written as one story ("<p><strong>Update vom 12. März, 14.32 Uhr:</strong> ...</p>"):
    the paragraphs are no posts of their own, and one without a stamp belongs to the post above."""
    paragraphs = "".join(f"<p><strong>Update vom 12. März, {clock} Uhr:</strong> The story at {clock}, told at"
                         f" some length.</p>" for clock in ("14.32", "13.58", "11.05"))
    page = ('<html lang="de"><body><article><h1>Der Ticker zum Krieg in der Ukraine</h1><div class="content">'
            f"{paragraphs}<p>A paragraph more of the 11.05 post, with no stamp.</p></div></article></body></html>")
    timeline = liveblog.parse(page.encode(), name="ticker.html", tz="Europe/Berlin")
    assert [entry.time_text for entry in timeline.entries] == [
        "Update vom 12. März, 11.05 Uhr", "Update vom 12. März, 13.58 Uhr", "Update vom 12. März, 14.32 Uhr"]
    assert timeline.entries[0].body.endswith("A paragraph more of the 11.05 post, with no stamp.")


def _zoneless(head: str, lang: str = "") -> str:
    """A page with printed clocks only, no zone stated, its own time in `head`."""
    posts = "".join(f'<li class="update"><span class="when">{clock}</span><strong>{title}</strong>'
                    f"<p>What happened at {clock}, told at some length.</p></li>" for clock, title in
                    (("14:32", "Second"), ("13:05", "First")))
    return (f'<!doctype html><html{lang}><head><meta charset="utf-8"><title>Live</title>{head}</head>'
            f"<body><ul>{posts}</ul></body></html>")


_PUBLISHED = '<meta property="article:published_time" content="2026-07-12T09:00:00{offset}">'
_DATED = ('<meta property="article:published_time" content="2026-03-28T09:00:00+01:00">'
          '<meta property="article:modified_time" content="2026-03-29T18:00:00+02:00">')

#: (name, page, options, timezone, first post's time, warning's words)
OFFSET_ZONES = [
    # no zone stated, no publisher known, no locale: the offset of the page's own time
    ("offset-of-the-published-time", _zoneless(_PUBLISHED.format(offset="+02:00")), {}, None,
     "2026-07-12T13:05:00+02:00", "UTC+02:00"),
    ("offset-of-half-an-hour", _zoneless(_PUBLISHED.format(offset="+05:30")), {}, None,
     "2026-07-12T13:05:00+05:30", "UTC+05:30"),
    # a locale's zone at that offset is kept (it knows summer time)
    ("locale-zone-at-the-offset", _zoneless(_PUBLISHED.format(offset="+02:00"), ' lang="de"'), {},
     "Europe/Berlin", "2026-07-12T13:05:00+02:00", "Europe/Berlin, the zone of the page's country or language, "
     "at the offset of the page's own time (UTC+02:00)"),
    # a locale's zone at another offset gives way to it
    ("locale-zone-at-another-offset", _zoneless(_PUBLISHED.format(offset="-03:00"), ' lang="de"'), {}, None,
     "2026-07-12T13:05:00-03:00", "not Europe/Berlin's"),
    # UTC says nothing: structured data often writes it whatever the page prints
    ("zero-offset-says-nothing", _zoneless(_PUBLISHED.format(offset="Z")), {}, None,
     "2026-07-12T13:05:00", "no time zone known"),
    # --tz wins
    ("tz-beats-the-offset", _zoneless(_PUBLISHED.format(offset="+02:00")), {"tz": "America/New_York"},
     "America/New_York", "2026-07-12T13:05:00-04:00", None),
    # publication and update on either side of a change of summer time: the warning says so
    ("offsets-across-summer-time", _zoneless(_DATED), {"date": "2026-03-29"}, None,
     "2026-03-29T13:05:00+01:00", "summer time changed"),
]


@pytest.mark.parametrize(("html", "options", "zone", "first", "words"), [case[1:] for case in OFFSET_ZONES],
                         ids=[case[0] for case in OFFSET_ZONES])
def test_the_offset_of_the_pages_own_time_reads_its_clocks_when_no_zone_is_known(
        html: str, options: dict[str, str], zone: str | None, first: str, words: str | None) -> None:
    timeline = liveblog.parse(html, **options)  # type: ignore[arg-type]
    assert timeline.timezone == zone
    when = timeline.entries[0].time
    assert when is not None
    assert when.isoformat() == first
    messages = " ".join(notice.message for notice in timeline.warnings if notice.code.startswith("timezone"))
    if words is None:
        assert not messages
    else:
        assert words in messages


#: (case, the page's head, the options, the times read): posts whose time attribute has no zone
#: (`data-date="2026-08-29 22:47:18"`), the page's local wall clock
ZONE_LESS_ATTRIBUTES = [
    ("the offset of the page's own time",
     '<meta property="article:published_time" content="2026-08-26T09:15:00+05:45">', {},
     ["2026-08-29T09:30:00+05:45", "2026-08-29T22:47:18+05:45"]),
    ("the zone passed", "", {"tz": "Asia/Kathmandu"}, ["2026-08-29T09:30:00+05:45", "2026-08-29T22:47:18+05:45"]),
    ("no zone known: the wall clocks as they are", "", {}, ["2026-08-29T09:30:00", "2026-08-29T22:47:18"]),
]


@pytest.mark.parametrize(("head", "options", "times"), [case[1:] for case in ZONE_LESS_ATTRIBUTES],
                         ids=[case[0] for case in ZONE_LESS_ATTRIBUTES])
def test_a_zone_less_time_attribute_is_read_in_the_pages_zone(head: str, options: dict[str, str],
                                                             times: list[str]) -> None:
    posts = "".join(f'<div class="live-news"><p class="inter" data-date="2026-08-29 {wall}">{wall[:5]}</p>'
                    f"<h3>Title {wall[:2]}</h3><p>What happened then, told at some length.</p></div>"
                    for wall in ("22:47:18", "09:30:00"))
    text = HEAD.format(script=head, body=f'<div class="live-news-container">{posts}</div>')
    timeline = liveblog.parse(text, **options)  # type: ignore[arg-type]
    assert [entry.time.isoformat() if entry.time else None for entry in timeline.entries] == times


#: Day headings and --date: (fixture, options, the posts' dates, oldest first). A day heading
#: dates every post under it; --date (the earliest post's date) does not move them.
DAY_HEADINGS = [
    ("html-nzz-live-ticker-day-headings-uhr-subtitles.html", {"date": "2024-07-18"},
     ["2024-07-16"] * 6 + ["2024-07-17"] * 4 + ["2024-07-18"] * 2),
    ("html-nzz-live-ticker-day-headings-uhr-subtitles.html", {"date": "2024-07-16"},
     ["2024-07-16"] * 6 + ["2024-07-17"] * 4 + ["2024-07-18"] * 2),
]


@pytest.mark.parametrize(("name", "options", "days"), DAY_HEADINGS, ids=[str(case[1]) for case in DAY_HEADINGS])
def test_day_headings_date_the_posts_under_them_whatever_date_says(name: str, options: dict[str, str],
                                                                   days: list[str]) -> None:
    timeline = liveblog.parse((FIXTURES / name).read_bytes(), name=name, **options)  # type: ignore[arg-type]
    assert [entry.time.date().isoformat() if entry.time else None for entry in timeline.entries] == days


def _ticker(days: list[tuple[str, list[tuple[str, str]]]], inside: str = "") -> str:
    """Post lists under day headings, newest first; `inside` goes into the first post."""
    lists = "".join(
        f"<h3>{day}</h3><ul>" + "".join(
            f'<li class="update"><span class="when">{clock}</span><strong>{title}</strong>'
            f"<p>What happened at {clock}, told at some length.</p>{inside if not i and not d else ''}</li>"
            for i, (clock, title) in enumerate(posts)) + "</ul>"
        for d, (day, posts) in enumerate(days))
    return f'<!doctype html><html><head><meta charset="utf-8"><title>Live</title></head><body>{lists}</body></html>'


_NO_YEAR = [("Donnerstag, 18. 7.", [("11.04 Uhr", "Fourth"), ("06.20 Uhr", "Third")]),
            ("Dienstag, 16. 7.", [("19.27 Uhr", "Second"), ("14.56 Uhr", "First")])]
_WITH_YEAR = [("Thursday 18 July 2024", [("11:04", "Fourth"), ("06:20", "Third")]),
              ("Tuesday 16 July 2024", [("19:27", "Second"), ("14:56", "First")])]

#: Day headings between the page's post containers: (name, page, options, the posts' times, oldest first).
CONTAINER_DAY_HEADINGS = [
    # no year: the headings give the days, --date (here the top day's) the year
    ("without-year-with-date", _ticker(_NO_YEAR), {"date": "2024-07-18", "tz": "Europe/Zurich"},
     ["2024-07-16T14:56:00+02:00", "2024-07-16T19:27:00+02:00", "2024-07-18T06:20:00+02:00",
      "2024-07-18T11:04:00+02:00"]),
    ("without-year-with-now", _ticker(_NO_YEAR), {"now": "2024-07-18T12:00", "tz": "Europe/Zurich"},
     ["2024-07-16T14:56:00+02:00", "2024-07-16T19:27:00+02:00", "2024-07-18T06:20:00+02:00",
      "2024-07-18T11:04:00+02:00"]),
    # with a year: they date the posts with no option at all
    ("with-year", _ticker(_WITH_YEAR), {"tz": "Europe/London"},
     ["2024-07-16T14:56:00+01:00", "2024-07-16T19:27:00+01:00", "2024-07-18T06:20:00+01:00",
      "2024-07-18T11:04:00+01:00"]),
    # a dated heading inside a post (an embedded card's) dates nothing: the clocks' order does
    ("a-heading-inside-a-post-is-none", _ticker([("", [("11:04", "Second"), ("06:20", "First")])],
                                                inside="<h4>16 July 2024</h4>"),
     {"date": "2024-07-18", "tz": "Europe/London"}, ["2024-07-18T06:20:00+01:00", "2024-07-18T11:04:00+01:00"]),
]


@pytest.mark.parametrize(("html", "options", "times"), [case[1:] for case in CONTAINER_DAY_HEADINGS],
                         ids=[case[0] for case in CONTAINER_DAY_HEADINGS])
def test_day_headings_between_post_containers_date_the_posts_below(html: str, options: dict[str, str],
                                                                    times: list[str]) -> None:
    timeline = liveblog.parse(html, **options)  # type: ignore[arg-type]
    assert [entry.time.isoformat() if entry.time else None for entry in timeline.entries] == times


@settings(max_examples=scaled(300), deadline=None)
@given(st.text(alphabet=st.sampled_from("aghoñtsIİıÖöНазадπΡόrájaVORFAgerdeiny 0123456789"), max_size=40))
def test_the_stamp_sieve_lets_through_every_text_a_case_blind_search_would(text: str) -> None:
    from liveblog.html.containers import _gated
    from liveblog.stamps import RELATIVE_WORDS

    case_blind = re.compile("|".join([r"\d", *(re.escape(word) for word in RELATIVE_WORDS)]), re.I)
    assert _gated(text) == (case_blind.search(text) is not None)


def test_the_clock_sieve_gives_each_short_clockish_text_its_holder_in_page_order() -> None:
    from liveblog.html.containers import _clockish_holders
    from liveblog.html.tree import parse

    page = ("<html><head><title>12:00</title></head><body>Opening 09:15"
            "<div id='a'><span id='b'>10:30</span> after 11:45<p id='c'>3 hours ago</p></div>"
            "<script>var t = '12:30';</script><style>.x{top:1.25em}</style>"
            f"<p id='d'>{'long text ' * 30} 13:05</p><p id='e'>no clock here, 1.5 pints</p>"
            "<p id='f'>Le 5 mai à 14h20</p></body></html>")
    root = parse(page).root
    held = [element.get("id") or element.tag for element in _clockish_holders(root)]
    # the body's own text; a span's text, then its tail in the div; a paragraph; no script,
    # style, title or long text; "1.5" is no clock pair; "14h20" is
    assert held == ["body", "b", "a", "c", "f"]


# ---------------------------------------------------------------------------
# Structured data with the defects real pages have (bench/defects.py sweeps them over real pages).


def clocked(clock: str, text: str, zone: str = "", key: str = "") -> str:
    ident = f' id="{key}"' if key else ""
    return (f'<div class="post"{ident}><span class="when">{clock}{zone}</span><h2>At {clock}</h2>'
            f"<p>{text}</p></div>")


DATA_DEFECTS = [
    ("two data posts given one time: the printed clocks win, on the data's date",
     [("p2", "2026-01-06T12:00:00+01:00", "14:30"), ("p1", "2026-01-06T12:00:00+01:00", "11:15")], "",
     ["2026-01-06T11:15:00+01:00", "2026-01-06T14:30:00+01:00"]),
    ("two data posts at midnight: their day dates the printed clocks",
     [("p2", "2026-01-06T00:00:00+01:00", "14:30"), ("p1", "2026-01-06T00:00:00+01:00", "11:15")], "",
     ["2026-01-06T11:15:00+01:00", "2026-01-06T14:30:00+01:00"]),
    ("the local clock marked Z where the stamps print their zone: the printed zone wins",
     [("p3", "2023-11-02T21:06:00Z", "21:06"), ("p2", "2023-11-02T20:51:00Z", "20:51"),
      ("p1", "2023-11-02T18:10:00Z", "18:10")], " (IST)",
     ["2023-11-02T18:10:00+05:30", "2023-11-02T20:51:00+05:30", "2023-11-02T21:06:00+05:30"]),
    ("one time on every post and a printed zone: the clocks in that zone, on the data's day",
     [("p3", "2023-11-02T00:00:00+05:30", "21:06"), ("p2", "2023-11-02T00:00:00+05:30", "20:51"),
      ("p1", "2023-11-02T00:00:00+05:30", "18:10")], " (IST)",
     ["2023-11-02T18:10:00+05:30", "2023-11-02T20:51:00+05:30", "2023-11-02T21:06:00+05:30"]),
    ("posts the data leaves out (only its latest) are dated by the posts around them, across midnight",
     [("p4", "2026-01-07T00:40:00+01:00", "00:40"), ("p3", None, "23:50"), ("p2", None, "22:05"),
      ("p1", None, "09:30")], "",
     ["2026-01-06T09:30:00+01:00", "2026-01-06T22:05:00+01:00", "2026-01-06T23:50:00+01:00",
      "2026-01-07T00:40:00+01:00"]),
]


@pytest.mark.parametrize(("posts", "zone", "times"), [case[1:] for case in DATA_DEFECTS],
                         ids=[case[0] for case in DATA_DEFECTS])
def test_times_from_defective_data(posts: list[tuple[str, str | None, str]], zone: str, times: list[str]) -> None:
    body = "".join(clocked(clock, f"What happened at {clock}, told at some length.", zone, key)
                   for key, _, clock in posts)
    data = blog([update(key, time, f"At {clock}", f"What happened at {clock}, told at some length.")
                 for key, time, clock in posts if time is not None])
    timeline = liveblog.parse(page(f'<div class="stream">{body}</div>', data))
    assert [entry.time.isoformat() if entry.time else None for entry in timeline.entries] == times


def test_one_headline_on_two_data_posts_leaves_the_pages_first_lines_alone() -> None:
    posts = "".join(f'<div class="post" id="p{h}"><time>{h}:00</time><p>Short opening line {h}</p>'
                    f"<p>The rest of the post at {h}, long enough.</p></div>" for h in ("12", "11"))
    data = blog([update(f"p{h}", f"2026-01-06T{h}:00:00Z", "Live: the storm", "Short opening line.")
                 for h in ("12", "11")])
    entry = draft(f"<div>{posts}</div>", data).entries[0]
    assert entry.headline == "Short opening line 12"
    assert entry.paragraphs == ("The rest of the post at 12, long enough.",)


def test_the_visible_texts_headlines_stay_when_the_data_gives_every_post_the_page_headline() -> None:
    # a ticker in one block, read by the text path: its posts are what the page shows
    lines = "".join(f"<p>{clock} Uhr: {title}</p><p>Was um {clock} Uhr geschah, ausführlich erzählt.</p>"
                    for clock, title in (("12:35", "Erste Hochrechnung"), ("11:20", "Hohe Beteiligung"),
                                         ("09:05", "Wahllokale offen")))
    data = blog([update(f"u{n}", f"2026-09-01T{clock}:00+02:00", "Live: die Wahl", f"Was um {clock} Uhr geschah.")
                 for n, clock in enumerate(("12:35", "11:20", "09:05"))])
    found = draft(f'<div class="ticker">{lines}</div>', data)
    assert [entry.headline for entry in found.entries] == ["Erste Hochrechnung", "Hohe Beteiligung",
                                                           "Wahllokale offen"]


LOCAL_AS_UTC = [
    ("the page's date and its language agree on +02:00: the data's Z times are local clocks", 'lang="de"',
     "2026-09-01T07:30:00+02:00", ["2026-09-01T09:05:00+02:00", "2026-09-01T11:20:00+02:00",
                                   "2026-09-01T12:35:00+02:00"]),
    ("its date in UTC: one witness is not enough, the data's times stand", 'lang="de"', "2026-09-01T05:30:00Z",
     ["2026-09-01T09:05:00+00:00", "2026-09-01T11:20:00+00:00", "2026-09-01T12:35:00+00:00"]),
    ("a language that spans zones: the data's times stand", 'lang="en"', "2026-09-01T07:30:00+02:00",
     ["2026-09-01T09:05:00+00:00", "2026-09-01T11:20:00+00:00", "2026-09-01T12:35:00+00:00"]),
]


@pytest.mark.parametrize(("lang", "published", "times"), [case[1:] for case in LOCAL_AS_UTC],
                         ids=[case[0] for case in LOCAL_AS_UTC])
def test_data_times_that_are_local_clocks_marked_utc(lang: str, published: str, times: list[str]) -> None:
    clocks = ("12:35", "11:20", "09:05")
    body = "".join(clocked(clock, f"What happened at {clock}, told at some length.", key=f"p{n}")
                   for n, clock in enumerate(clocks))
    data = blog([update(f"p{n}", f"2026-09-01T{clock}:00Z", f"At {clock}",
                        f"What happened at {clock}, told at some length.") for n, clock in enumerate(clocks)],
                datePublished=published)
    text = page(f'<div class="stream">{body}</div>', data).replace("<html>", f"<html {lang}>")
    timeline = liveblog.parse(text)
    assert [entry.time.isoformat() if entry.time else None for entry in timeline.entries] == times


#: (case, the page's language, the data's offset, the times read): the page prints 12:35, 11:20
#: and 09:05, its date says +02:00; the data writes the UTC wall clocks (10:35...) with the offset given
WRONG_ZONE = [
    ("UTC wall clocks marked +03:00: the page's own zone reads the clocks", 'lang="de"', "+03:00",
     ["2026-09-01T09:05:00+02:00", "2026-09-01T11:20:00+02:00", "2026-09-01T12:35:00+02:00"]),
    ("a language that spans zones: the data's instants stand", 'lang="en"', "+03:00",
     ["2026-09-01T09:05:00+05:00", "2026-09-01T11:20:00+05:00", "2026-09-01T12:35:00+05:00"]),
]


@pytest.mark.parametrize(("lang", "offset", "times"), [case[1:] for case in WRONG_ZONE],
                         ids=[case[0] for case in WRONG_ZONE])
def test_data_times_marked_with_a_wrong_zone(lang: str, offset: str, times: list[str]) -> None:
    clocks = ("12:35", "11:20", "09:05")
    body = "".join(clocked(clock, f"What happened at {clock}, told at some length.", key=f"p{n}")
                   for n, clock in enumerate(clocks))
    data = blog([update(f"p{n}", f"2026-09-01T{int(clock[:2]) - 2:02d}{clock[2:]}:00{offset}", f"At {clock}",
                        f"What happened at {clock}, told at some length.") for n, clock in enumerate(clocks)],
                datePublished="2026-09-01T07:30:00+02:00")
    text = page(f'<div class="stream">{body}</div>', data).replace("<html>", f"<html {lang}>")
    timeline = liveblog.parse(text)
    assert [entry.time.isoformat() if entry.time else None for entry in timeline.entries] == times


#: (case, the post's first lines, the stamp's text read, the body read): a post whose time is an
#: epoch attribute (amp-live-list's `data-sort-time`) and that prints only its day
PRINTED_DAYS = [
    ("a month-first numeric day is the post's printed stamp", '<p class="date">12/7/2025</p>', "12/7/2025",
     ("The story of this post, at some length.",)),
    ("a spelt-out day is the post's printed stamp", "<p>7 December 2025</p>", "7 December 2025",
     ("The story of this post, at some length.",)),
    ("a day-first numeric day is the post's printed stamp", "<p>7.12.2025</p>", "7.12.2025",
     ("The story of this post, at some length.",)),
    ("a day that is not the data's stays text", "<p>1 May 2024</p>", "2025-12-07T09:14:05.123000+00:00",
     ("1 May 2024", "The story of this post, at some length.")),
]


@pytest.mark.parametrize(("first", "text", "body"), [case[1:] for case in PRINTED_DAYS],
                         ids=[case[0] for case in PRINTED_DAYS])
def test_a_printed_day_beside_a_data_time_is_the_stamp(first: str, text: str, body: tuple[str, ...]) -> None:
    posts = "".join(f'<div id="post{n}" data-sort-time="{1765099445123 - n * 600000}"><h4>Title {n}</h4>{first}'
                    f"<p>The story of this post, at some length.</p></div>" for n in (0, 1))
    entry = draft(f"<amp-live-list><div items>{posts}</div></amp-live-list>").entries[1]
    assert (entry.stamp.text if entry.stamp else None, entry.paragraphs) == (text, body)
    assert entry.stamp is not None and entry.stamp.instant == datetime(2025, 12, 7, 9, 14, 5, 123000, UTC)


#: (case, the heading above a list of links to the posts, the posts' kinds read)
LINKED_LISTS = [
    ("a key-events heading marks the posts its list links to", "<h2>Key events <span><svg></svg></span></h2>",
     ["key-event", "post", "key-event"]),
    ("a heading that is no label marks none", "<h2>Latest</h2>", ["post", "post", "post"]),
]


@pytest.mark.parametrize(("heading", "kinds"), [case[1:] for case in LINKED_LISTS],
                         ids=[case[0] for case in LINKED_LISTS])
def test_a_list_heading_gives_the_linked_posts_their_kind(heading: str, kinds: list[str]) -> None:
    url = "https://news.example/live/storm"
    links = "".join(f'<li><a href="{url}#block-{h}"><span>{h}.00 GMT</span><span>Headline {h}</span></a></li>'
                    for h in ("12", "10"))
    posts = "\n".join(f'<div id="block-{h}" data-sort-time="{1773309600000 + (int(h) - 10) * 3600000}">'
                       f'<a href="{url}#block-{h}">{h}.00 GMT</a><h2>Headline {h}</h2>'
                       f"<p>The body of the post at {h}, long enough.</p></div>" for h in ("12", "11", "10"))
    found = draft(f'<section>{heading}<ul>{links}</ul></section>\n<div items="">{posts}</div>')
    assert [entry.kind for entry in found.entries] == kinds


#: (case, key points as the text path read them, as kept)
KEY_POINT_CLOCKS = [
    ("a key-events box prints each event's clock before it", ("10.48 GMT Power cuts reach 20,000 homes",),
     ("Power cuts reach 20,000 homes",)),
    ("a 24-hour clock", ("14:32 Quake felt in the capital",), ("Quake felt in the capital",)),
    ("a point with no clock is kept whole", ("The UK and France sign a declaration",),
     ("The UK and France sign a declaration",)),
    ("a number that is no clock stays", ("20,000 homes are without power",), ("20,000 homes are without power",)),
]


@pytest.mark.parametrize(("points", "kept"), [case[1:] for case in KEY_POINT_CLOCKS],
                         ids=[case[0] for case in KEY_POINT_CLOCKS])
def test_key_points_lose_the_clock_printed_before_them(points: tuple[str, ...], kept: tuple[str, ...]) -> None:
    assert unstamped_points(points) == kept


def test_a_byline_of_linked_names_above_the_posts_names_the_authors() -> None:
    posts = "\n".join(f'<div id="block-{h}" data-sort-time="{1773309600000 + (int(h) - 10) * 3600000}">'
                       f"<a>{h}.00 GMT</a><h2>Headline {h}</h2>"
                       f"<p>The body of the post at {h}, long enough.</p></div>" for h in ("12", "11", "10"))
    header = ('<header><h1>Storm live: rail lines closed</h1><div><a href="/profile/ruth-hallam">Ruth Hallam</a> '
              '(now) and <a href="/profile/tomas-baird">Tomas Baird</a> (earlier)</div>'
              "<div>Thu 12 Mar 2026 11.02 GMT</div></header>")
    found = draft(f'{header}\n<div items="">{posts}</div>')
    assert found.authors == ("Ruth Hallam", "Tomas Baird")
    assert found.published is not None and found.published.text == "Thu 12 Mar 2026 11.02 GMT"


def test_data_posts_with_no_time_headline_or_text_of_their_own_are_no_entries() -> None:
    # a WordPress AMP template's liveBlogUpdate: "headline" on every update, a date PHP could
    # not write, a body that is only a type: nothing of a post but its author
    updates = [{"@type": "BlogPosting", "headline": "headline", "datePublished": "26262626 - 0303 - 1414",
                "url": f"https://news.example/live/amp/single/{n}", "author": {"@type": "Person", "name": "Ann Lee"},
                "articleBody": {"@type": "Text"}} for n in (1, 2, 3)]
    data = {"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": "Storm live",
            "liveBlogUpdate": updates}
    posts = "\n".join(f'<div class="liveblog-entry" id="post{n}" data-sort-time="{1773494700 + n * 600}">'
                      f"<aside><span>{n} hours ago</span></aside><div class=\"liveblog-entry-content\">"
                      f"<p>The story of post {n}, at some length.</p></div></div>" for n in (3, 2, 1))
    found = draft(f"<h1>Storm live</h1>\n<div items>\n{posts}\n</div>", data)
    assert [entry.paragraphs for entry in found.entries] == [
        (f"The story of post {n}, at some length.",) for n in (3, 2, 1)]
    assert any("hold no time, headline or text" in notice.message for notice in found.notices)


#: (case, a caption ending in its credit in brackets, the credit read)
BRACKETED_CREDITS = [
    ("a credit in brackets", "Plows clear a road on Monday. (Steven Senne/AP)", "Steven Senne/AP"),
    ("a credit in brackets loses the word before it", "A fallen oak blocks Maple Avenue. (Photo: Marcus Ortiz)",
     "Marcus Ortiz"),
    ("a credit in square brackets", "A man carries a child through the water [Sami Haddad/AFP]", "Sami Haddad/AFP"),
    # read as the text path reads it (`layout.square_credit`): an editor's note in square brackets is no credit
    ("a note in square brackets is no credit", "The minister speaks to reporters [Updated]", None),
]


@pytest.mark.parametrize(("caption", "credit"), [case[1:] for case in BRACKETED_CREDITS],
                         ids=[case[0] for case in BRACKETED_CREDITS])
def test_a_bracketed_credit_is_the_pictures_credit(caption: str, credit: str | None) -> None:
    posts = "".join(f'<div class="post"><time>1{n}:00</time><h2>Title {n}</h2><figure><img src="a.jpg">'
                    f"<figcaption>{caption}</figcaption></figure><p>The story of this post, at some length.</p></div>"
                    for n in (2, 1))
    entry = draft(f'<div class="stream">{posts}</div>').entries[0]
    assert [media.credit for media in entry.media] == [credit]


#: (case, what a post prints where its time goes, its stamp's text read): a page saved before its
#: script formatted the times prints the data attribute's own value
RAW_PRINTS = [
    ("the data's value and a word", '<span class="t" data-js-timestamp="{iso}">{iso}</span> <span>Uhr</span>',
     "{iso} Uhr"),
    ("the data's value twice, for the clock and the day", '<span class="t" data-js-timestamp="{iso}">{iso}</span> '
     '<span>Uhr</span> <span class="date t" data-js-timestamp="{iso}">{iso}</span>', "{iso} Uhr {iso}"),
]


@pytest.mark.parametrize(("printed", "text"), [case[1:] for case in RAW_PRINTS], ids=[case[0] for case in RAW_PRINTS])
def test_a_data_time_printed_unformatted_is_the_stamp_not_the_headline(printed: str, text: str) -> None:
    posts = "\n".join(f'<article class="lb-post" data-post-id="p{n}"><div class="meta">'
                       + printed.format(iso=f"2026-03-21T1{n}:30:05.000Z")
                       + f'</div><div class="lb-item"><p>The story of post {n}, at some length.</p></div></article>'
                       for n in (5, 4, 3))
    entry = draft(f'<section class="lb-posts">\n{posts}\n</section>').entries[0]  # (in page order)
    assert entry.stamp is not None and entry.stamp.text == text.format(iso="2026-03-21T15:30:05.000Z")
    assert (entry.headline, entry.paragraphs) == (None, ("The story of post 5, at some length.",))


#: (case, the article's body around the feed, the summary read)
FEED_ONLY_IN_DATA = [
    ("the lines around an empty feed are the summary",
     '<p>A lorry overturned on the ring road this afternoon. We follow it here.</p><div id="feed" data-eid="31"></div>',
     ("A lorry overturned on the ring road this afternoon. We follow it here.",)),
    ("a post's text shown without a time is no summary",
     "<p>A lorry overturned on the ring road this afternoon. We follow it here.</p>"
     "<div><p>The road is open again, police say.</p></div>",
     ("A lorry overturned on the ring road this afternoon. We follow it here.",)),
]


@pytest.mark.parametrize(("body", "summary"), [case[1:] for case in FEED_ONLY_IN_DATA],
                         ids=[case[0] for case in FEED_ONLY_IN_DATA])
def test_an_article_around_a_feed_only_the_data_holds_gives_the_summary(body: str, summary: tuple[str, ...]) -> None:
    updates = [{"@type": "BlogPosting", "articleBody": text, "datePublished": f"2026-02-07T1{n}:02:30+01:00",
                "url": f"https://news.example/live/#liveblog-{n}"}
               for n, text in ((6, "The road is open again, police say."), (5, "Tow trucks are on their way."))]
    data = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Ring road closed",
            "liveBlogUpdate": updates}
    found = draft(f'<article class="post"><h1>Ring road closed</h1><div class="entry-content">{body}</div></article>',
                  data)
    assert found.summary == summary
    assert [entry.paragraphs for entry in found.entries] == [("Tow trucks are on their way.",),
                                                             ("The road is open again, police say.",)]


#: (case, a post's footer below its story, the stamp's text read, the authors read): the
#: time is the `<time>`'s data
FOOTERS = [
    ("a name beside the age below the story is the byline", '<div class="pl-2">Ana Ruiz</div>'
     '<div class="text-right"><time datetime="{iso}">44 minutes ago</time></div>', "44 minutes ago", ("Ana Ruiz",)),
    ("an age the grammar does not read is still the printed stamp", '<div class="pl-2">Tom Ellis</div>'
     '<div class="text-right"><time datetime="{iso}">about 1 hour ago</time></div>', "about 1 hour ago",
     ("Tom Ellis",)),
    ("a sentence before the time stays text", "<p>More from the hall soon.</p>"
     '<time datetime="{iso}">44 minutes ago</time>', "44 minutes ago", ()),
]


@pytest.mark.parametrize(("footer", "text", "authors"), [case[1:] for case in FOOTERS],
                         ids=[case[0] for case in FOOTERS])
def test_a_footer_below_the_story_gives_the_stamp_and_the_byline(footer: str, text: str,
                                                               authors: tuple[str, ...]) -> None:
    posts = "\n".join(f'<div class="post"><div class="content"><p>The story of post {n}, at some length.</p></div>'
                      + footer.format(iso=f"2026-05-14T1{n}:42:10.000Z") + "</div>" for n in (3, 2, 1))
    entry = draft(f'<div class="feed">\n{posts}\n</div>').entries[0]
    assert entry.stamp is not None and entry.stamp.text == text
    assert entry.authors == authors
    assert entry.paragraphs[0] == "The story of post 3, at some length."
    assert "Ana Ruiz" not in entry.paragraphs and "Tom Ellis" not in entry.paragraphs


#: (case, a post's stamp line as its spans print it, its time text read): a post whose time is an epoch
#: attribute prints it in inline elements written with no space between them
GLUED_STAMPS = [
    ("an age glued to a day", '<span class="t">22 mins ago</span><span class="d">March 12, 2026</span>',
     "22 mins agoMarch 12, 2026"),  # (read as printed, as the glued clock below is)
    ("a 12-hour clock glued to a day", "<span>8:05 AM</span><span>March 12, 2026</span>", "8:05 AMMarch 12, 2026"),
    ("spans with a space between them", "<span>22 mins ago</span> <span>March 12, 2026</span>",
     "22 mins ago March 12, 2026"),
    ("a German age glued to a numeric day", "<span>vor 2 Stunden</span><span>12.03.2026</span>",
     "vor 2 Stunden 12.03.2026"),
]


@pytest.mark.parametrize(("line", "text"), [case[1:] for case in GLUED_STAMPS], ids=[case[0] for case in GLUED_STAMPS])
def test_a_stamp_line_of_glued_spans_is_no_headline(line: str, text: str) -> None:
    posts = "".join(f'<div class="lb-post" id="p{n}" data-posted-date-timestamp="{1773329940000 - n * 600000}">'
                    f"<div>{line}</div><h2>Headline {n}</h2><div><p>The story of this post, at some length.</p>"
                    f"</div></div>" for n in (0, 1, 2))
    entry = draft(f'<div role="feed">{posts}</div>').entries[0]
    assert (entry.headline, entry.paragraphs) == ("Headline 0", ("The story of this post, at some length.",))
    assert entry.stamp is not None and entry.stamp.text == text


#: (case, links beside the posts, the key points read): a sidebar listing every post's time and
#: headline is the stream's table of contents; a box of a few is the blog's key points
CONTENTS = [
    ("a feed linking every post gives no key points", (0, 1, 2, 3), ()),
    ("a box linking two of four posts gives its points", (1, 2), ("Headline 1", "Headline 2")),
]


@pytest.mark.parametrize(("linked", "points"), [case[1:] for case in CONTENTS], ids=[case[0] for case in CONTENTS])
def test_a_sidebar_linking_every_post_is_no_key_points(linked: tuple[int, ...], points: tuple[str, ...]) -> None:
    clocks = ("11:40", "11:01", "10:20", "09:45")
    items = "".join(f'<li><a href="#p{n}">Headline {n}</a></li>' for n in linked)
    posts = "".join(f'<div class="post" id="p{n}"><time datetime="2026-03-12T{clock}:00-04:00">{clock}</time>'
                    f"<h2>Headline {n}</h2><p>The story of post {n}, told at some length.</p></div>"
                    for n, clock in enumerate(clocks))
    found = draft(f'<h1>Live: the storm</h1><p>The storm reached the coast overnight, officials said.</p>'
                  f'<aside><h3>Key events</h3><ul>{items}</ul></aside><div class="stream">{posts}</div>')
    assert len(found.entries) == len(clocks)
    assert found.key_points == points



#: (case, a post's lines above its text, the headline and authors read, its text read): the parts of a
#: post named only by test ids (classes are CSS-in-JS hashes) or flagged by a label line
POST_HEADS = [
    ("a test id names the byline box above the stamp",
     '<div data-testid="live-blog-byline" class="css-zwjl0q"><p class="css-1w6zwzb"><a href="/by/nadia-kerr">'
     'Nadia Kerr</a></p><p class="css-1jkgvl7">Reporting from the north bank</p></div>{time}',
     (None, ("Nadia Kerr",)), ("The story of this post, told at some length.",)),
    ("a class with no word and no test id stays text",
     '<div class="css-zwjl0q"><p class="css-1w6zwzb">Nadia Kerr</p><p>Reporting from the north bank</p></div>{time}',
     (None, ()), ("Nadia Kerr", "Reporting from the north bank", "The story of this post, told at some length.")),
    ("a pinned label above the headline is no headline",
     '<div class="css-1f7ib9k"><span class="css-ez2cma">Pinned</span></div>{time}<h2>What we know</h2>',
     ("What we know", ()), ("The story of this post, told at some length.",)),
]


@pytest.mark.parametrize(("head", "read", "text"), [case[1:] for case in POST_HEADS],
                         ids=[case[0] for case in POST_HEADS])
def test_the_head_of_a_post_in_test_ids_and_labels(head: str, read: tuple[str | None, tuple[str, ...]],
                                                   text: tuple[str, ...]) -> None:
    posts = "".join(f'<div role="article"><div data-testid="live-blog-post" class="css-1u7dqc1" id="p{n}">'
                    + head.format(time=f'<p><time datetime="2026-04-14T1{n}:52:10.000Z">April 14, 2026, '
                                       f"{n + 6}:52 a.m. ET</time></p>")
                    + "<p>The story of this post, told at some length.</p></div></div>" for n in (3, 2, 1))
    entry = draft(f'<section id="live-feed-items" role="feed">{posts}</section>').entries[0]
    assert ((entry.headline, entry.authors), entry.paragraphs) == (read, text)


#: (case, the time attribute on each post, the times read): a post whose markup marks when it was
#: last edited, beside structured data giving when it was published
EDIT_ATTRIBUTES = [
    ("an edit time beside the data's publication: the publication", "data-last-updated", "Z",
     ["2026-03-18T18:25:47+00:00", "2026-03-18T21:42:31+00:00"]),
    ("a publication time of the page's own: the page's", "data-published-at", "Z",
     ["2026-03-18T18:31:10+00:00", "2026-03-18T21:55:02+00:00"]),
    ("data whose times are in a wrong zone (whole hours before the edits): the edit times",
     "data-last-updated", "+03:00", ["2026-03-18T18:31:10+00:00", "2026-03-18T21:55:02+00:00"]),
]


@pytest.mark.parametrize(("attribute", "zone", "times"), [case[1:] for case in EDIT_ATTRIBUTES],
                         ids=[case[0] for case in EDIT_ATTRIBUTES])
def test_a_post_marked_with_its_edit_time_takes_the_datas_publication(attribute: str, zone: str,
                                                                       times: list[str]) -> None:
    moments = [("p2", "2026-03-18T21:42:31Z", "2026-03-18T21:55:02Z"), ("p1", "2026-03-18T18:25:47Z",
                                                                        "2026-03-18T18:31:10Z")]
    if zone != "Z":  # the data's times the edits' wall clocks in another zone: a zone error, not an edit
        moments = [(key, edited.replace("Z", zone), edited) for key, _, edited in moments]
    posts = "".join(f'<article class="live-story-post" data-post-id="{key}" {attribute}="{edited}"><header>'
                    f'<h2></h2></header><div class="content"><p>What happened in post {key}, told at length.</p>'
                    f"</div></article>" for key, _, edited in moments)
    data = blog([update(key, published, f"Headline {key}", f"What happened in post {key}, told at length.")
                 for key, published, _ in moments])
    timeline = liveblog.parse(page(f'<div class="items">{posts}</div>', data))
    assert [entry.time.isoformat() if entry.time else None for entry in timeline.entries] == times


def test_a_printed_stamp_of_glued_spans_is_one_stamp() -> None:
    # no time as data: the stamp is the page's text alone, an age and a day in spans of their own
    posts = "".join(f'<article class="liveblog-entry"><aside><a class="liveblog-meta-time" href="#{n}">'
                    f"<span>{n} hours ago</span><span>March 12, 2026</span></a></aside><div><header>"
                    f"<h2>Headline {n}</h2></header><div><p>The story of this post, at some length.</p></div></div>"
                    f"</article>" for n in (1, 2, 3))
    entries = draft(f'<div class="liveblog-feed">{posts}</div>').entries
    assert [(entry.stamp.text if entry.stamp else None, entry.headline) for entry in entries] == [
        (f"{n} hours agoMarch 12, 2026", f"Headline {n}") for n in (1, 2, 3)]  # (as printed)


#: (case, a post's caption, the caption and credit read)
LABELLED_CREDITS = [
    ("a hidden label glued to the caption", "Smoke over the valley on Tuesday.Credit...Jae Cho for The Herald",
     ("Smoke over the valley on Tuesday.", "Jae Cho for The Herald")),
    ("a label after a space", "Smoke over the valley. Photo credit: Jae Cho/Reuters",
     ("Smoke over the valley.", "Jae Cho/Reuters")),
    ("no label: the caption whole", "Smoke over the valley on Tuesday.", ("Smoke over the valley on Tuesday.", None)),
]


@pytest.mark.parametrize(("caption", "read"), [case[1:] for case in LABELLED_CREDITS],
                         ids=[case[0] for case in LABELLED_CREDITS])
def test_a_caption_gives_its_labelled_credit_apart(caption: str, read: tuple[str, str | None]) -> None:
    posts = "".join(f'<article class="post"><time datetime="2026-03-18T1{n}:00:00Z">1{n}:00</time><h2>Headline {n}</h2>'
                    f"<p>The story of this post, at some length.</p><figure><img src=\"x.jpg\" alt=\"\">"
                    f"<figcaption>{caption}</figcaption></figure></article>" for n in (1, 2, 3))
    media = draft(f'<div class="stream">{posts}</div>').entries[0].media
    assert [(item.caption, item.credit) for item in media] == [read]
