"""Saved-page bundles (MHTML, Safari web archives): the page found, decoded, its frames set in."""

from __future__ import annotations

import base64
import contextlib
import json
import plistlib
import quopri
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import liveblog
from liveblog.cli import EXIT_INPUT, EXIT_OK
from liveblog.errors import InputError
from liveblog.read import read
from liveblog.render import to_json

from .conftest import FIXTURES, assert_valid
from .fuzz import scaled
from .test_cli import run

LIVE = (FIXTURES / "html-wordpress-liveblog-date-time-spans-avatar.html").read_bytes()
BOUNDARY = "----MultipartBoundary--abc123----"
AGES = """<html><head><title>Storm live</title></head><body><main>
<article><h2>Roads closed</h2><span class="time">2 hours ago</span><p>Police have closed the main road
after the river burst its banks this morning.</p></article>
<article><h2>Warnings issued</h2><span class="time">3 hours ago</span><p>The weather service issued flood
warnings for the whole county overnight.</p></article></main></body></html>"""


def part(data: bytes, kind: str = "text/html", cid: str | None = None, location: str | None = None,
         coding: str = "quoted-printable") -> bytes:
    head = f"Content-Type: {kind}\r\n"
    if cid:
        head += f"Content-ID: <{cid}>\r\n"
    head += f"Content-Transfer-Encoding: {coding}\r\n"
    if location:
        head += f"Content-Location: {location}\r\n"
    if coding == "quoted-printable":
        body = quopri.encodestring(data).replace(b"\n", b"\r\n")
    elif coding == "base64":
        body = base64.encodebytes(data).replace(b"\n", b"\r\n")
    else:
        body = data
    return f"--{BOUNDARY}\r\n{head}\r\n".encode() + body + b"\r\n"


def mhtml(*parts: bytes, date: str = "Mon, 7 Dec 2026 16:30:00 -0000", start: str | None = None) -> bytes:
    more = f';\r\n\tstart="<{start}>"' if start else ""
    head = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/live\r\n"
            f"Subject: Live\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{BOUNDARY}"{more}\r\n\r\n\r\n')
    return head.encode() + b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def entries(data: bytes, **options: Any) -> list[tuple[Any, ...]]:
    timeline = json.loads(to_json(liveblog.parse(data, **options)))
    assert_valid(timeline)
    return [(entry["time"], entry["headline"], entry["authors"], entry["body"]) for entry in timeline["entries"]]


def frame_page(inner: str) -> bytes:
    return (f'<html><head><title>Election night | The Daily Example</title></head><body><header><a href="/">Home</a>'
            f"</header><main><h1>Election night</h1>{inner}</main></body></html>").encode()


# ---------------------------------------------------------------------------
# MHTML.


def test_an_mhtml_page_reads_as_the_page_it_holds() -> None:
    bundle = mhtml(part(LIVE, cid="frame-1@mhtml.blink", location="https://example.org/live"),
                   part(b"body{margin:0}", kind="text/css", location="https://example.org/a.css"))
    assert read(bundle).format == "html"
    assert entries(bundle) == entries(LIVE)
    assert len(entries(LIVE)) >= 3


@pytest.mark.parametrize("coding", ["base64", "8bit", "binary", "quoted-printable"])
def test_each_transfer_coding_is_undone(coding: str) -> None:
    assert entries(mhtml(part(LIVE, coding=coding))) == entries(LIVE)


def test_the_start_parameter_names_the_page_among_several() -> None:
    other = b"<html><body><p>An advertisement frame, not the page.</p></body></html>"
    bundle = mhtml(part(other, cid="ad@x"), part(LIVE, cid="root@x"), start="root@x")
    assert entries(bundle) == entries(LIVE)


def test_a_part_is_decoded_in_the_charset_it_names() -> None:
    page = "<html><body><article><h1>Zürich: Gemeinderat tagt</h1><p>Die Sitzung beginnt um 18 Uhr.</p></article>" \
           "</body></html>"
    bundle = mhtml(part(page.encode("cp1252"), kind="text/html; charset=windows-1252", coding="base64"))
    assert "Zürich" in str(liveblog.parse(bundle).title)


def test_a_live_blog_in_a_frame_is_set_into_the_page_where_the_frame_stands() -> None:
    root = frame_page('<p>Follow the night with us.</p><iframe src="cid:frame-2@mhtml.blink" width="100%"></iframe>')
    bundle = mhtml(part(root, cid="frame-1@mhtml.blink"), part(LIVE, cid="frame-2@mhtml.blink"))
    assert entries(bundle) == entries(LIVE)
    assert liveblog.parse(bundle).title == "Election night"  # the page's own, not the frame's


def test_a_frame_is_found_by_its_address_and_its_structured_data_is_kept() -> None:
    data = ('<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Vote count", '
            '"liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Polls close", '
            '"datePublished": "2026-11-03T20:00:00-05:00", "articleBody": "Polls have closed in the east."}]}'
            "</script>")
    frame = f"<html><head>{data}</head><body><p>Loading the live blog</p></body></html>".encode()
    root = frame_page('<iframe src="https://embed.example/live?id=7&amp;lang=en"></iframe>')
    bundle = mhtml(part(root), part(frame, location="https://embed.example/live?id=7&lang=en"))
    assert [entry[:2] for entry in entries(bundle)] == [("2026-11-03T20:00:00-05:00", "Polls close")]


@pytest.mark.parametrize(("address", "set_in"), [
    ("https://securepubads.g.doubleclick.net/gampad/ads?iu=/1/live", False),
    ("https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html", False),
    ("https://embed.example/widget", True),  # a frame of the page's own
])
def test_an_advertising_frame_is_not_set_into_the_page(address: str, set_in: bool) -> None:
    ad = b"<html><body><p>Sponsored: the softest sofas in town, half price this week only.</p></body></html>"
    page = LIVE.replace(b'<div class="liveblog-entry-text">', b'<div class="liveblog-entry-text"><iframe src="cid:ad">'
                        b"</iframe>", 1)
    for bundle in (mhtml(part(page), part(ad, cid="ad", location=address)),
                   webarchive(page.replace(b"cid:ad", address.encode()), (address, ad))):
        bodies = " ".join(entry[3] for entry in entries(bundle))
        assert ("sofas" in bodies) is set_in
        if not set_in:
            assert entries(bundle) == entries(LIVE)


def test_frames_inside_frames_are_set_in_and_none_twice_or_forever() -> None:
    inner = frame_page('<iframe src="cid:c"></iframe><iframe src="cid:b"></iframe>')  # c, and b again (a loop)
    middle = b'<html><body><iframe src="cid:c"></iframe></body></html>'
    bundle = mhtml(part(frame_page('<iframe src="cid:b"></iframe>'), cid="a"), part(middle, cid="b"),
                   part(LIVE, cid="c"), part(inner, cid="d"))
    assert entries(bundle) == entries(LIVE)
    text = read(bundle).text
    assert text.count("liveblog-entry-") == LIVE.decode().count("liveblog-entry-")


def test_ages_count_from_when_the_page_was_saved_unless_now_is_given() -> None:
    bundle = mhtml(part(AGES.encode()), date="Tue, 12 May 2020 14:00:00 +0000")
    saved = entries(bundle, tz="UTC")
    assert [entry[0] for entry in saved] == ["2020-05-12T11:00:00+00:00", "2020-05-12T12:00:00+00:00"]
    given = entries(bundle, tz="UTC", now="2021-01-01T10:00Z")
    assert [entry[0] for entry in given] == ["2021-01-01T07:00:00+00:00", "2021-01-01T08:00:00+00:00"]
    undated = mhtml(part(AGES.encode()), date="not a date")
    assert liveblog.parse(undated, tz="UTC").entries[0].time is None


def test_a_text_part_is_read_as_text() -> None:
    text = b"Storm live\n\n14:05\n\nRoads closed in the valley after the river burst its banks.\n"
    document = read(mhtml(part(text, kind="text/plain; charset=utf-8")))
    assert document.format == "text"
    assert document.text.startswith("Storm live")


@pytest.mark.parametrize(("what", "data", "message"), [
    ("no boundary", b"MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<html></html>",
     "without a part boundary"),
    ("no page among the parts", mhtml(part(b"body{}", kind="text/css")), "no web page in it"),
    ("no parts at all", mhtml(), "no web page in it"),
    ("a property list that is no web archive", plistlib.dumps({"a": 1}, fmt=plistlib.FMT_BINARY),
     "not a Safari web archive"),
    ("a broken property list", b"bplist00" + bytes(range(40)), "broken property list"),
])
def test_a_broken_bundle_is_an_input_error(what: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        liveblog.parse(data)


def test_a_bundle_cut_short_keeps_what_it_holds() -> None:
    bundle = mhtml(part(LIVE))
    assert entries(bundle[:len(bundle) - 200]) == entries(LIVE[:len(LIVE) - 160])  # the closing tags and delimiter lost


@pytest.mark.parametrize("text", [
    b"Update: 14:05 Roads closed\n\nThe council says multipart/related content is not a live blog.\n",
    b"Content-Type: text/plain\n\nA note that names no multipart type.\n",
    b"Live: storm\nContent-Type: multipart/related said the engineer, quoting an email header.\n",
    b"Live: storm\nContent-Type: multipart/related; boundary=x\nwas the header, said the engineer.\n\n14:05 More\n",
    b"Live: storm\nContent-Type: multipart/related, said the engineer.\n\n14:05 More\n",
])
def test_text_that_only_looks_like_headers_is_not_a_bundle(text: bytes) -> None:
    assert read(text).format == "text"
    assert read(text).text == text.decode()


@settings(max_examples=scaled(150), deadline=None)
@given(st.binary(max_size=300), st.sampled_from([b"", b"\r\n", b"Content-Type: text/html\r\n\r\n"]))
def test_any_bytes_in_a_bundle_give_a_timeline_or_our_error(tail: bytes, head: bytes) -> None:
    for data in (mhtml(f"--{BOUNDARY}\r\n".encode() + head + tail), b"bplist00" + tail):
        with contextlib.suppress(InputError):  # anything else fails the test
            assert_valid(json.loads(to_json(liveblog.parse(data))))


# ---------------------------------------------------------------------------
# Safari's web archive.


def webarchive(main: bytes, *frames: tuple[str, bytes], encoding: str = "UTF-8") -> bytes:
    archive: dict[str, Any] = {"WebMainResource": {
        "WebResourceData": main, "WebResourceMIMEType": "text/html", "WebResourceTextEncodingName": encoding,
        "WebResourceURL": "https://example.org/live", "WebResourceFrameName": ""}}
    if frames:
        archive["WebSubframeArchives"] = [
            {"WebMainResource": {"WebResourceData": data, "WebResourceMIMEType": "text/html", "WebResourceURL": url}}
            for url, data in frames]
    return plistlib.dumps(archive, fmt=plistlib.FMT_BINARY)


def test_a_safari_web_archive_reads_as_its_page_and_frames() -> None:
    assert entries(webarchive(LIVE)) == entries(LIVE)
    root = frame_page('<iframe src="https://embed.example/live"></iframe>')
    assert entries(webarchive(root, ("https://embed.example/live", LIVE))) == entries(LIVE)
    page = "<html><body><article><h1>Zürich tagt</h1><p>Um 18 Uhr.</p></article></body></html>".encode("cp1252")
    assert "Zürich" in str(liveblog.parse(webarchive(page, encoding="windows-1252")).title)


# ---------------------------------------------------------------------------
# The command line.


def test_the_bundle_fixtures_read_as_the_pages_inside_them() -> None:
    """The fixtures hold other fixtures' pages: their entries are those pages' entries."""
    for bundle, page in [
        ("mhtml-blink-liveblog-in-frame.mhtml", "html-sourcefabric-lb-post-relative-date-sticky.html"),
        ("webarchive-safari-npr-liveblog.webarchive", "html-npr-liveblog-clock-date-spans-label-pinned.html"),
    ]:
        inside, outside = ((FIXTURES / name).read_bytes() for name in (bundle, page))
        assert entries(inside) == entries(outside)


def test_a_folder_takes_its_bundles_and_parse_reads_them(tmp_path: Path) -> None:
    (tmp_path / "saved.mhtml").write_bytes(mhtml(part(LIVE)))
    (tmp_path / "saved.webarchive").write_bytes(webarchive(LIVE))
    (tmp_path / "broken.mht").write_bytes(mhtml(part(b"body{}", kind="text/css")))
    result = run("parse", tmp_path, "-f", "jsonl", "--tz", "UTC", "-q")
    assert result.exit_code == EXIT_INPUT
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(line["source"]["name"] for line in lines) == ["saved.mhtml", "saved.webarchive"]
    assert "broken.mht: an MHTML file with no web page in it" in result.stderr
    one = run("parse", tmp_path / "saved.mhtml", "--tz", "UTC", "-q")
    assert one.exit_code == EXIT_OK
    assert json.loads(one.stdout)["source"]["format"] == "html"


def test_a_bundle_s_page_is_cleaned_as_its_own_text_is() -> None:
    """The clean-up's shortcut reads the bytes the text was decoded from: a bundle's are not the page's
    (its no-break spaces are '=C2=A0' there), so the page's own text is looked at."""
    page = "<html><body><article><h1>Storm\u00a0live</h1><p>Roads\u200b closed.</p></article></body></html>"
    document = read(mhtml(part(page.encode())))
    assert "\u00a0" not in document.text and "\u200b" not in document.text
    assert "Storm live" in document.text
