"""The page's own posts, learned from the page, and reconciled with structured data."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import liveblog
from liveblog.html import extract_html
from liveblog.html.containers import bare_clock_or_stamp, box_names, names_an_edit
from liveblog.html.text import squash
from liveblog.model import Draft
from liveblog.stamps import read_stamp

from .conftest import assert_valid

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
    ("a name right after a bare stamp", "<span>Jane Doe</span><h2>Big news</h2>", None, "Big news", ("Jane Doe",)),
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


BOXES = [
    ("a name above its role line", "Jane Doe\nPolitical correspondent", ["Jane Doe"]),
    ("a name and its role on one line", "Sam Coates, deputy political editor", ["Sam Coates"]),
    ("a byline of two", "By Ana Ruiz and Tom Hale", ["Ana Ruiz", "Tom Hale"]),
    ("a shift note", "Ben Quinn (now) and Tom Ambrose (earlier)", ["Ben Quinn", "Tom Ambrose"]),
    ("only a role", "Staff reporter", []),
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
