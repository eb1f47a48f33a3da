"""Word-processor files (.docx, .odt, .rtf): their text, read as a copy is."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from pathlib import Path

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

OFFICE = "office-libreoffice-council-live-stamp-paragraphs"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def docx(body: str, *, extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W} {MC}><w:body>{body}</w:body>'
                                              "</w:document>")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def odt(text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", f'<?xml version="1.0"?><office:document-content {ODF}><office:body>'
                                        f"<office:text>{text}</office:text></office:body></office:document-content>")
    return out.getvalue()


def zipfile_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def timeline(data: bytes, date: str, tz: str | None = None) -> dict[str, object]:
    result: dict[str, object] = json.loads(to_json(liveblog.parse(data, date=date, tz=tz)))
    assert_valid(result)
    return result


def test_the_same_blog_saved_by_an_office_suite_as_docx_odt_and_rtf_gives_one_timeline() -> None:
    """The fixtures: one document written by LibreOffice in three formats."""
    found = []
    for suffix in ("docx", "odt", "rtf"):
        result = timeline((FIXTURES / f"{OFFICE}.{suffix}").read_bytes(), date="2026-02-24", tz="Europe/London")
        del result["source"]
        found.append(result)
    assert found[0] == found[1] == found[2]
    entries = found[0]["entries"]
    assert isinstance(entries, list)
    assert [(entry["time_text"], entry["authors"]) for entry in entries] == [
        ("19:05", ["Joel Brennan"]), ("20:12", ["Joel Brennan"]), ("21:47", ["Amira Haddad"])]
    assert len(found[0]["key_points"]) == 3  # type: ignore[arg-type]


WORD_CASES = [
    ("paragraphs are lines, a manual break ends one",
     "<w:p><w:r><w:t>14:05</w:t><w:br/><w:t>Roads closed</w:t></w:r></w:p><w:p><w:r><w:t>Body.</w:t></w:r></w:p>",
     "14:05\nRoads closed\nBody.\n"),
    ("a run split mid-word joins, tabs are tabs",
     "<w:p><w:r><w:t xml:space='preserve'>Ro</w:t></w:r><w:r><w:t>ads</w:t><w:tab/><w:t>x</w:t></w:r></w:p>",
     "Roads\tx\n"),
    ("a paragraph's tab stops print nothing",
     "<w:p><w:pPr><w:tabs><w:tab w:val='left' w:pos='709'/></w:tabs></w:pPr><w:r><w:t>a</w:t></w:r></w:p>", "a\n"),
    ("a list paragraph is bulleted",
     "<w:p><w:pPr><w:numPr><w:ilvl w:val='0'/><w:numId w:val='1'/></w:numPr></w:pPr><w:r><w:t>Point</w:t></w:r></w:p>",
     "\u2022 Point\n"),
    ("tracked deletions and field codes are left out, insertions and field results kept",
     "<w:p><w:del><w:r><w:delText>old </w:delText></w:r></w:del><w:ins><w:r><w:t>new </w:t></w:r></w:ins>"
     "<w:r><w:instrText> HYPERLINK \"https://x\" </w:instrText></w:r><w:r><w:t>link</w:t></w:r></w:p>",
     "new link\n"),
    ("a text box's paragraph is a line of its own, its drawing's fallback copy left out",
     "<w:p><w:r><w:t>Before</w:t></w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:r><w:txbxContent>"
     "<w:p><w:r><w:t>Box</w:t></w:r></w:p></w:txbxContent></w:r></mc:Choice><mc:Fallback><w:r><w:txbxContent>"
     "<w:p><w:r><w:t>Box</w:t></w:r></w:p></w:txbxContent></w:r></mc:Fallback></mc:AlternateContent>"
     "<w:r><w:t> after</w:t></w:r></w:p>",
     "Box\nBefore after\n"),
    ("table cells' paragraphs are lines",
     "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>14:05</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Goal</w:t></w:r></w:p>"
     "</w:tc></w:tr></w:tbl>",
     "14:05\nGoal\n"),
]


@pytest.mark.parametrize(("body", "expected"), [case[1:] for case in WORD_CASES], ids=[case[0] for case in WORD_CASES])
def test_word_text(body: str, expected: str) -> None:
    assert read(docx(body)).text == expected


ODF_CASES = [
    ("paragraphs and headings are lines, spans inline",
     "<text:h>Title</text:h><text:p>14:05 <text:span>Roads</text:span> closed</text:p>", "Title\n14:05 Roads closed\n"),
    ("spaces, tabs and line breaks",
     "<text:p>a<text:s text:c='3'/>b<text:tab/>c<text:line-break/>d<text:s/>e</text:p>", "a   b\tc\nd e\n"),
    ("a list item's first paragraph is bulleted",
     "<text:list><text:list-item><text:p>One</text:p><text:p>more</text:p></text:list-item></text:list>",
     "\u2022 One\nmore\n"),
    ("notes and comments are left out, the text after them kept",
     "<text:p>Said<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Source</text:p>"
     "</text:note-body></text:note> today<office:annotation><text:p>check</text:p></office:annotation>.</text:p>",
     "Said today.\n"),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in ODF_CASES], ids=[case[0] for case in ODF_CASES])
def test_opendocument_text(text: str, expected: str) -> None:
    assert read(odt(text)).text == expected


#: TextEdit's way: a line ends with a backslash, quotes as \uc0\uN.
TEXTEDIT = "\n".join([
    r"{\rtf1\ansi\ansicpg1252\cocoartf2761",
    r"\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;}",
    r"{\colortbl;\red255\green255\blue255;}",
    r"{\*\expandedcolortbl;;}",
    r"\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0",
    r"\pard\tx566\tx1133\pardirnatural\partightenfactor0",
    "",
    "\\f0\\fs24 \\cf0 Storm live\\",
    "\\",
    "14:05\\",
    "Roads closed in the valley\\",
    "Police say \\uc0\\u8220 do not travel\\u8221  \\'96 the river is rising.\\",
    "13:40\\",
    "Warnings issued\\",
    r"The weather service issued flood warnings overnight.}",
]).encode()

RTF_CASES = [
    ("textedit", TEXTEDIT,
     "Storm live\n\n14:05\nRoads closed in the valley\n"
     "Police say \u201cdo not travel\u201d \u2013 the river is rising.\n"
     "13:40\nWarnings issued\nThe weather service issued flood warnings overnight."),
    ("wordpad paragraphs and code page bytes", rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}"
     rb"{\*\generator Riched20 10.0}\viewkind4\uc1\pard\f0\fs22 Caf\'e9 opens\par 14:05 Queue\par}",
     "Caf\u00e9 opens\n14:05 Queue\n"),
    ("a \\u character's fallback is skipped", rb"{\rtf1\uc1 a\u8212?b\uc2\u8364xyc}", "a\u2014b\u20acc"),
    ("a Cyrillic code page", rb"{\rtf1\ansi\ansicpg1251 \'cd\'ee\'e2\'ee\'f1\'f2\'e8}", "\u041d\u043e\u0432\u043e"
     "\u0441\u0442\u0438"),
    ("escaped braces and backslashes, pictures and info left out",
     rb"{\rtf1 a\{b\}c\\d{\pict\pngblip 89504e47}{\info{\title Draft}}e}", "a{b}c\\de"),
    ("unbalanced braces end quietly", rb"{\rtf1 a}}}b{{c", "abc"),
]


@pytest.mark.parametrize(("data", "expected"), [case[1:] for case in RTF_CASES], ids=[case[0] for case in RTF_CASES])
def test_rtf_text(data: bytes, expected: str) -> None:
    assert read(data).text == expected


def test_a_textedit_rtf_blog_is_read_as_its_posts() -> None:
    entries = timeline(TEXTEDIT, date="2026-01-06")["entries"]
    assert [(entry["time_text"], entry["headline"]) for entry in entries] == [  # type: ignore[attr-defined]
        ("13:40", "Warnings issued"), ("14:05", "Roads closed in the valley")]


def test_rtf_nested_very_deep_is_read_without_recursion() -> None:
    assert read(b"{\\rtf1 " + b"{" * 100_000 + b"deep" + b"}" * 100_000 + b"}").text == "deep"


@pytest.mark.parametrize(("what", "data", "message"), [
    ("a ZIP of something else", zipfile_of({"a.txt": b"hello"}), "no Word or OpenDocument text"),
    ("a broken ZIP", b"PK\x03\x04" + bytes(100), "ZIP archive that cannot be read"),
    ("a Word document whose XML is broken", zipfile_of({"word/document.xml": b"<w:document><w:body>"}),
     "cannot be read"),
])
def test_a_broken_document_is_an_input_error(what: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        liveblog.parse(data)


def test_a_member_larger_than_the_input_limit_is_refused_unread() -> None:
    bomb = docx("<w:p><w:r><w:t>" + "a" * 2_000_000 + "</w:t></w:r></w:p>")
    assert len(bomb) < 10_000
    with pytest.raises(InputError, match="over"):
        liveblog.parse(bomb, max_bytes=1_000_000)


def test_entities_in_a_document_are_not_expanded() -> None:
    laughs = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
              f'<w:document {W}><w:body><w:p><w:r><w:t>x&b;y</w:t></w:r></w:p></w:body></w:document>')
    with contextlib.suppress(InputError):
        assert "aaaaa" not in read(zipfile_of({"word/document.xml": laughs.encode()})).text


@settings(max_examples=scaled(150), deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_after_a_document_start_give_a_timeline_or_our_error(tail: bytes) -> None:
    for data in (b"{\\rtf1 " + tail, b"PK\x03\x04" + tail):
        with contextlib.suppress(InputError):  # anything else fails the test
            assert_valid(json.loads(to_json(liveblog.parse(data))))


def test_a_folder_takes_documents_and_parse_reads_them(tmp_path: Path) -> None:
    for suffix in ("docx", "odt", "rtf"):
        (tmp_path / f"blog.{suffix}").write_bytes((FIXTURES / f"{OFFICE}.{suffix}").read_bytes())
    (tmp_path / "other.docx").write_bytes(zipfile_of({"a.txt": b"hello"}))
    result = run("parse", tmp_path, "-f", "jsonl", "-d", "2026-02-24", "--tz", "Europe/London", "-q")
    assert result.exit_code == EXIT_INPUT
    assert sorted(json.loads(line)["source"]["name"] for line in result.stdout.splitlines()) == [
        "blog.docx", "blog.odt", "blog.rtf"]
    assert "other.docx: this looks like a ZIP archive (but no Word or OpenDocument text)" in result.stderr
    one = run("parse", tmp_path / "blog.docx", "-d", "2026-02-24", "-q")
    assert one.exit_code == EXIT_OK
    assert len(json.loads(one.stdout)["entries"]) == 3
