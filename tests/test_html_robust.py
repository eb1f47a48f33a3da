"""Bad pages: malformed, truncated, deeply nested, odd encodings; nothing fetched, never a traceback."""

from __future__ import annotations

import gc
import socket
from collections.abc import Iterator

import pytest

import liveblog
from liveblog.errors import InputError

from .conftest import assert_valid

POSTS = "".join(f'<article><time datetime="2026-01-06T{h}:00:00Z">{h}:00</time><h2>Post {h}</h2>'
                f"<p>The story of the post at {h}, told in a sentence or two.</p></article>" for h in ("11", "10"))

PAGES = [
    ("unclosed tags everywhere", f"<html><body><div><p>{POSTS.replace('</p>', '').replace('</article>', '')}"),
    ("truncated in the middle of a tag", f"<html><body>{POSTS}<div class=\"x"),
    ("stray closing tags", f"<html><body></div></span>{POSTS}</td></tr></table>"),
    ("a thousand unclosed divs", "<html><body>" + "<div>" * 1000 + POSTS),
    ("deep nesting, closed", "<html><body>" + "<div>" * 5000 + POSTS + "</div>" * 5000 + "</body></html>"),
    ("deeply nested inline tags", "<html><body>" + "<b>" * 20000 + POSTS),
    ("an XML declaration naming an encoding", f'<?xml version="1.0" encoding="iso-8859-1"?><html><body>{POSTS}'),
    ("a huge attribute", f'<html><body><div class="{"x" * 200_000}">{POSTS}</div>'),
    ("NUL and control characters", f"<html><body>\x00\x01{POSTS}\x7f"),
    ("entities, good and bad", f"<html><body>&amp;&bogus;&#0;&#x110000;{POSTS}"),
    ("broken JSON-LD", f'<html><head><script type="application/ld+json">{{"@type": "LiveBlog</script></head>'
                       f"<body>{POSTS}"),
    ("JSON-LD nested very deep", '<html><head><script type="application/ld+json">' + "[" * 50_000 + "]" * 50_000
     + f"</script></head><body>{POSTS}"),
    ("only a comment", "<html><!-- nothing --></html>"),
    ("a frameset", "<html><frameset><frame src='a.html'></frameset></html>"),
]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a connection fails the test."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


@pytest.mark.parametrize("text", [case[1] for case in PAGES], ids=[case[0] for case in PAGES])
@pytest.mark.usefixtures("no_network")
def test_bad_pages_give_a_timeline_or_our_error(text: str) -> None:
    try:
        timeline = liveblog.parse(text.encode("utf-8"), format="html", date="2026-01-06", tz="UTC")
    except InputError:
        return
    assert_valid(dict(timeline.to_dict()))


def test_deep_nesting_keeps_the_posts() -> None:
    text = "<html><body>" + "<div>" * 5000 + POSTS + "</div>" * 5000 + "</body></html>"
    timeline = liveblog.parse(text, date="2026-01-06", tz="UTC")
    assert [entry.headline for entry in timeline.entries] == ["Post 10", "Post 11"]
    assert any(notice.code == "html-too-deep" for notice in timeline.warnings)


@pytest.mark.usefixtures("no_network")
def test_external_entities_and_resources_are_not_fetched() -> None:
    text = ('<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd" [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>'
            f'<html><head><link rel="stylesheet" href="http://127.0.0.1:9/a.css"></head><body>&x;{POSTS}'
            '<iframe src="http://127.0.0.1:9/"></iframe><img src="http://127.0.0.1:9/a.png"></body></html>')
    timeline = liveblog.parse(text, date="2026-01-06")
    assert len(timeline.entries) == 2


ENCODINGS = [
    ("meta charset cp1252", "windows-1252", '<meta charset="windows-1252">'),
    ("http-equiv latin-1", "latin-1", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
    ("utf-8 with a BOM", "utf-8-sig", '<meta charset="utf-8">'),
    ("utf-16 with a BOM", "utf-16", ""),
]


@pytest.mark.parametrize(("codec", "meta"), [case[1:] for case in ENCODINGS], ids=[case[0] for case in ENCODINGS])
def test_encodings(codec: str, meta: str) -> None:
    text = (f"<html><head>{meta}<title>Caf\u00e9</title></head><body>"
            + POSTS.replace("Post 11", "Caf\u00e9 r\u00e9opened") + "</body></html>")
    timeline = liveblog.parse(text.encode(codec), date="2026-01-06", tz="UTC")
    assert timeline.source.format == "html"
    assert "Caf\u00e9 r\u00e9opened" in [entry.headline for entry in timeline.entries]


def test_the_garbage_collector_is_put_back_as_it_was() -> None:
    # extract_html pauses the cyclic collector while it reads; it must come back on, even
    # after an error, and stay off when the caller had it off
    assert gc.isenabled()
    liveblog.extract(f"<html><body>{POSTS}</body></html>", format="html")
    assert gc.isenabled()
    with pytest.raises(InputError):
        liveblog.extract("", format="html")
    assert gc.isenabled()
    gc.disable()
    try:
        liveblog.extract(f"<html><body>{POSTS}</body></html>", format="html")
        assert not gc.isenabled()
    finally:
        gc.enable()
