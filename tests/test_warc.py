"""Web archives: the pages a WARC file holds, found, read back, and parsed from the command line."""

from __future__ import annotations

import contextlib
import gzip
import json
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog.cli import EXIT_INPUT, EXIT_OK
from liveblog.errors import InputError
from liveblog.warc import ArchiveError, index, is_archive, page

from .conftest import FIXTURES, assert_valid
from .fuzz import scaled
from .test_cli import run

HTML = (FIXTURES / "html-guardian-dcr-age-clock-pinned-byline-avatar.html").read_bytes()
AGES = (b"Storm live\n\n2 hours ago\n\nRoads closed in the valley\n\nPolice have closed the main road after the river "
        b"burst its banks this morning.\n\n3 hours ago\n\nWarnings issued\n\nThe weather service issued flood warnings "
        b"for the whole county overnight.\n")
CAPTURED = "2020-05-12T14:00:00Z"


def record(kind: str, uri: str, block: bytes, content_type: str, date: str = CAPTURED) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def response(uri: str, body: bytes, *fields: str, status: str = "200 OK") -> bytes:
    head = "".join(f"{field}\r\n" for field in (f"HTTP/1.1 {status}", *fields)) + "\r\n"
    return record("response", uri, head.encode() + body, "application/http; msgtype=response")


def chunked(body: bytes, size: int = 4000) -> bytes:
    pieces = [b"%x;name=value\r\n%s\r\n" % (len(body[at:at + size]), body[at:at + size])
              for at in range(0, len(body), size)]
    return b"".join(pieces) + b"0\r\n\r\n"


def raw_deflate(body: bytes) -> bytes:
    squeeze = zlib.compressobj(wbits=-15)
    return squeeze.compress(body) + squeeze.flush()


#: (what the record is, the record, the page's bytes when it is a page, else None)
RECORDS: list[tuple[str, bytes, bytes | None]] = [
    ("the crawl's own description", record("warcinfo", "", b"software: test\r\n", "application/warc-fields"), None),
    ("a request", record("request", "https://example.com/live", b"GET /live HTTP/1.1\r\n\r\n",
                         "application/http; msgtype=request"), None),
    ("an HTML page", response("https://example.com/live", HTML, "Content-Type: text/html; charset=utf-8"), HTML),
    ("a page in gzip", response("https://example.com/gzip", gzip.compress(HTML), "Content-Type: text/html",
                                "Content-Encoding: gzip"), HTML),
    ("a page in raw deflate", response("https://example.com/deflate", raw_deflate(HTML), "Content-Type: text/html",
                                       "Content-Encoding: deflate"), HTML),
    ("a page in chunks", response("https://example.com/chunked", chunked(HTML), "Content-Type: text/html",
                                  "Transfer-Encoding: chunked"), HTML),
    ("a page with no content type", response("https://example.com/untyped", HTML), HTML),
    ("a style sheet", response("https://example.com/site.css", b"body{}", "Content-Type: text/css"), None),
    ("a page not found", response("https://example.com/gone", b"<p>gone</p>", "Content-Type: text/html",
                                  status="404 Not Found"), None),
    ("a redirect", response("https://example.com/old", b"", "Location: /live", status="301 Moved"), None),
    ("a text copy stored as a resource", record("resource", "file:///ages.txt", AGES, "text/plain"), AGES),
    ("a picture stored as a resource", record("resource", "file:///a.png", b"\x89PNG", "image/png"), None),
    ("a revisit", record("revisit", "https://example.com/live", b"HTTP/1.1 200 OK\r\n\r\n",
                         "application/http; msgtype=response"), None),
]


def archive(tmp_path: Path, records: list[bytes], *, gzipped: bool, name: str = "crawl") -> Path:
    path = tmp_path / (name + (".warc.gz" if gzipped else ".warc"))
    path.write_bytes(b"".join(gzip.compress(item) for item in records) if gzipped else b"".join(records))
    return path


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_the_pages_are_found_and_read_back_as_they_were_sent(tmp_path: Path, gzipped: bool) -> None:
    path = archive(tmp_path, [case[1] for case in RECORDS], gzipped=gzipped)
    assert is_archive(str(path))
    pages = index(str(path))
    expected = [(case[0], case[2]) for case in RECORDS if case[2] is not None]
    assert len(pages) == len(expected)
    for found, (what, body) in zip(pages, expected, strict=True):
        assert page(str(path), found) == body, what
        assert found.captured == CAPTURED


def test_several_records_in_one_gzip_member_are_told_apart(tmp_path: Path) -> None:
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(b"".join(case[1] for case in RECORDS)))
    pages = index(str(path))
    assert [page(str(path), found) for found in pages] == [case[2] for case in RECORDS if case[2] is not None]


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_an_archive_cut_short_keeps_the_pages_before_the_cut(tmp_path: Path, gzipped: bool) -> None:
    whole = [response("https://example.com/one", HTML, "Content-Type: text/html"),
             response("https://example.com/two", HTML, "Content-Type: text/html")]
    path = archive(tmp_path, whole, gzipped=gzipped)
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(ArchiveError, match="breaks off") as caught:
        index(str(path))
    assert [found.uri for found in caught.value.pages] == ["https://example.com/one"]


@pytest.mark.parametrize(("what", "data", "message"), [
    ("no Content-Length", b"WARC/1.0\r\nWARC-Type: resource\r\n\r\nabc", "Content-Length"),
    ("a negative Content-Length", b"WARC/1.0\r\nContent-Length: -5\r\n\r\n", "Content-Length"),
    ("something else after a record", record("resource", "file:///a.txt", AGES, "text/plain") + b"<html>",
     "not a WARC record"),
    ("headers that never end", b"WARC/1.0\r\n" + b"X-Long: " + b"a" * 70_000, "headers"),
])
def test_a_broken_archive_is_an_input_error(tmp_path: Path, what: str, data: bytes, message: str) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        index(str(path))


def test_a_page_in_a_coding_we_cannot_read_is_an_error_for_that_page(tmp_path: Path) -> None:
    path = archive(tmp_path, [response("https://example.com/br", b"\x0b\x02\x80", "Content-Type: text/html",
                                       "Content-Encoding: br")], gzipped=False)
    (found,) = index(str(path))
    with pytest.raises(InputError, match="'br' content coding"):
        page(str(path), found)


def test_a_page_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = archive(tmp_path, [response("https://example.com/big", HTML, "Content-Type: text/html")], gzipped=True)
    (found,) = index(str(path))
    with pytest.raises(InputError, match="over the limit"):
        page(str(path), found, limit=1000)


def test_a_gzip_bomb_member_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import liveblog.warc

    monkeypatch.setattr(liveblog.warc, "MAX_MEMBER", 1 << 16)
    path = archive(tmp_path, [record("resource", "file:///zeros.txt", b"0" * (1 << 20), "text/plain")], gzipped=True)
    with pytest.raises(InputError, match="inflates to more than"):
        index(str(path))


@settings(max_examples=scaled(200), deadline=None)
@given(st.binary(max_size=400), st.booleans())
def test_any_bytes_after_a_warc_line_give_pages_or_our_error(tail: bytes, gzipped: bool) -> None:
    import tempfile

    data = b"WARC/1.0\r\n" + tail
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.warc"
        path.write_bytes(gzip.compress(data) if gzipped else data)
        with contextlib.suppress(InputError):  # anything else fails the test
            for found in index(str(path)):
                with contextlib.suppress(InputError):
                    page(str(path), found)


# ---------------------------------------------------------------------------
# From the command line.


def test_parse_gives_one_timeline_per_page_named_by_its_address(tmp_path: Path) -> None:
    path = archive(tmp_path, [case[1] for case in RECORDS], gzipped=True)
    result = run("parse", path, "-f", "jsonl", "--tz", "UTC")
    assert result.exit_code == EXIT_OK, result.stderr
    timelines = [json.loads(line) for line in result.stdout.splitlines()]
    for timeline in timelines:
        assert_valid(timeline)
    assert [timeline["source"]["name"] for timeline in timelines] == [
        "https://example.com/live", "https://example.com/gzip", "https://example.com/deflate",
        "https://example.com/chunked", "https://example.com/untyped", "file:///ages.txt"]
    assert "6 files" in result.stderr


def test_ages_count_from_the_moment_the_page_was_captured(tmp_path: Path) -> None:
    path = archive(tmp_path, [record("resource", "file:///ages.txt", AGES, "text/plain")], gzipped=False)
    captured = json.loads(run("parse", path, "--tz", "UTC", "-q").stdout)
    assert [entry["time"] for entry in captured["entries"]] == ["2020-05-12T11:00:00+00:00",
                                                                "2020-05-12T12:00:00+00:00"]
    given_now = json.loads(run("parse", path, "--tz", "UTC", "-q", "--now", "2021-01-01T10:00Z").stdout)
    assert [entry["time"] for entry in given_now["entries"]] == ["2021-01-01T07:00:00+00:00",
                                                                 "2021-01-01T08:00:00+00:00"]


def test_a_page_is_decoded_in_the_charset_its_response_names(tmp_path: Path) -> None:
    # Slovene in Windows-1250 (one č, which Windows-1252 reads as è), which no meta tag names
    # and which is too short a text to guess from the bytes
    slovene = "Predsednik je dejal, da bodo pogajanja končana"
    body = f"<html><head><title>{slovene}</title></head><body><p>Aktualizace.</p></body></html>".encode("cp1250")
    records = [response("https://example.com/cz", body, "Content-Type: text/html; Charset=\"windows-1250\""),
               record("resource", "file:///cz.html", body, "text/html;charset=windows-1250"),
               response("https://example.com/unlabelled", body, "Content-Type: text/html")]
    path = archive(tmp_path, records, gzipped=False)
    assert [where.charset for where in index(str(path))] == ["windows-1250", "windows-1250", None]
    result = run("parse", path, "-f", "jsonl", "--tz", "UTC", "-q")
    assert result.exit_code == EXIT_OK, result.stderr
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert titles[:2] == [slovene, slovene]
    assert titles[2] != slovene  # without the label, the bytes read as Windows-1252


def test_a_folder_of_outputs_is_named_after_the_addresses(tmp_path: Path) -> None:
    path = archive(tmp_path, [case[1] for case in RECORDS], gzipped=False)
    result = run("parse", path, "-o", f"{tmp_path / 'out'}/", "--tz", "UTC", "-q", "-j", "2")
    assert result.exit_code == EXIT_OK, result.stderr
    assert sorted(item.name for item in (tmp_path / "out").iterdir()) == [
        "ages.txt.json", "example.com-chunked.json", "example.com-deflate.json", "example.com-gzip.json",
        "example.com-live.json", "example.com-untyped.json"]


def test_a_bad_page_or_archive_costs_only_itself(tmp_path: Path) -> None:
    good = archive(tmp_path, [response("https://example.com/br", b"\x0b", "Content-Type: text/html",
                                       "Content-Encoding: br"),
                              record("resource", "file:///ages.txt", AGES, "text/plain")], gzipped=True)
    cut = archive(tmp_path, [record("resource", "file:///ages.txt", AGES, "text/plain")], gzipped=False, name="cut")
    cut.write_bytes(cut.read_bytes()[:-30])
    empty = archive(tmp_path, [record("warcinfo", "", b"software: test\r\n", "application/warc-fields")],
                    gzipped=False, name="empty")
    result = run("parse", good, cut, empty, "-f", "jsonl", "--tz", "UTC")
    assert result.exit_code == EXIT_INPUT
    assert [json.loads(line)["source"]["name"] for line in result.stdout.splitlines()] == ["file:///ages.txt"]
    assert "'br' content coding" in result.stderr
    assert "cut.warc: the archive breaks off" in result.stderr
    assert "empty.warc: no HTML or text pages in this web archive" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_folder_takes_its_archives(tmp_path: Path) -> None:
    archive(tmp_path, [record("resource", "file:///ages.txt", AGES, "text/plain")], gzipped=True)
    (tmp_path / "notes.md").write_text("not an input")
    result = run("parse", tmp_path, "-f", "jsonl", "--tz", "UTC", "-q")
    assert result.exit_code == EXIT_OK
    assert [json.loads(line)["source"]["name"] for line in result.stdout.splitlines()] == ["file:///ages.txt"]


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzipped"])
def test_an_archive_on_standard_input_says_to_give_its_path(gzipped: bool) -> None:
    data = response("https://example.com/live", HTML, "Content-Type: text/html")
    result = run("parse", "-", stdin=gzip.compress(data) if gzipped else data)
    assert result.exit_code == EXIT_INPUT
    assert result.stdout == ""
    assert "<stdin>: this is a web archive (WARC): give its path" in result.stderr
