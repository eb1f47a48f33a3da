"""Word-processor files: the text of a live blog pasted into a document and saved.

Three kinds are read, told by their first bytes (not by name), each to plain text that the
text path then reads as it reads a copy:

* Word (`.docx`, Office Open XML): `word/document.xml` in a ZIP archive. Each paragraph
  (`w:p`, in tables and text boxes too) is a line; a manual line break (`w:br`, `w:cr`) ends
  a line; a list paragraph (`w:numPr`) starts with "• ". Deleted text of tracked changes,
  field codes and the fallback copies of drawings are left out.
* OpenDocument text (`.odt`, LibreOffice, Google Docs' download): `content.xml`. Paragraphs
  and headings are lines, `text:line-break` ends one, `text:s` is its count of spaces, the
  first paragraph of a list item starts with "• "; notes and comments are left out.
* RTF (`.rtf`, TextEdit's and WordPad's default): control words read for what they print
  (`\\par`, `\\line`, `\\tab`, quotes and dashes, `\\uN` and `\\'hh` characters in the
  file's code page); font, colour and style tables, pictures, field instructions and every
  `{\\* ...}` destination are left out.

A file's parts are read with the limits any input has: an archive member is read no
further than the input limit, XML is parsed without entities, DTDs or the network.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, NamedTuple

from . import patterns
from .errors import InputError, over_the_limit
from .read import RTF_MAGIC

if TYPE_CHECKING:
    from zipfile import ZipFile

    from lxml import etree

#: What a list paragraph's line starts with.
BULLET = "\u2022 "

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"

#: Word elements left out with all they hold: deleted text, field codes, drawings' fallbacks,
#: a paragraph's properties (its tab stops are `w:tab` too).
WORD_SKIPPED = frozenset({_W + "delText", _W + "instrText", _W + "pPr", _MC_FALLBACK})
#: Word elements that print a character.
WORD_CHARACTERS = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
#: OpenDocument elements left out with all they hold: notes, comments, tracked changes' records.
ODF_SKIPPED = frozenset({_TEXT + "note", _OFFICE + "annotation", _TEXT + "tracked-changes"})
ODF_LINES = frozenset({_TEXT + "p", _TEXT + "h"})
ODF_CHARACTERS = {_TEXT + "tab": "\t", _TEXT + "line-break": "\n"}

#: RTF destinations (groups) left out whole, besides every `{\* ...}` group.
RTF_SKIPPED = frozenset({
    "colortbl", "datastore", "fldinst", "fonttbl", "footer", "footerf", "footerl", "footerr", "footnote",
    "generator", "header", "headerf", "headerl", "headerr", "info", "latentstyles", "listoverridetable",
    "listtable", "object", "objdata", "pict", "revtbl", "rsidtbl", "stylesheet", "themedata", "xmlnstbl",
})
#: RTF control words that print text.
RTF_CHARACTERS = {
    "bullet": "\u2022", "cell": "\t", "emdash": "\u2014", "emspace": " ", "endash": "\u2013", "enspace": " ",
    "ldblquote": "\u201c", "line": "\n", "lquote": "\u2018", "page": "\n", "par": "\n", "rdblquote": "\u201d",
    "row": "\n", "rquote": "\u2019", "sect": "\n", "tab": "\t",
}
#: RTF control symbols (a backslash and one character) that print text.
RTF_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": " ", "_": "-", "-": "", "\n": "\n", "\r": "\n"}
_RTF_TOKEN = patterns.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|([^\\{}\r\n]+)|[\r\n]+")


class Converted(NamedTuple):
    """A document's text, and what it was (`docx`, `odt`, `rtf:CODEC`) for the reader's notes."""

    text: str
    kind: str


def to_text(raw: bytes, name: str, limit: int) -> Converted:
    """The text of the document `raw` (a ZIP archive or RTF, `read.DOCUMENT_MAGIC`); InputError
    when it holds none."""
    if raw.startswith(RTF_MAGIC):
        return _rtf(raw)
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        names = set(archive.namelist())
        if "word/document.xml" in names:
            return Converted(_word(_member(archive, "word/document.xml", name, limit)), "docx")
        if "content.xml" in names and _member(archive, "mimetype", name, 200).startswith(
                b"application/vnd.oasis.opendocument.text"):
            return Converted(_odf(_member(archive, "content.xml", name, limit)), "odt")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, KeyError, ValueError,
            OSError, RuntimeError) as error:  # RuntimeError: an encrypted member
        raise InputError(f"{name}: a ZIP archive that cannot be read ({error})") from None
    raise InputError(f"{name}: this looks like a ZIP archive (but no Word or OpenDocument text), "
                     "not a web page or text")


def _member(archive: ZipFile, member: str, name: str, limit: int) -> bytes:
    if member not in archive.namelist():
        return b""
    with archive.open(member) as handle:
        data = handle.read(limit + 1)  # no further than the limit, whatever the archive says the size is
    if len(data) > limit:
        raise over_the_limit(f"{name} ({member})", len(data), limit)
    return data


def _xml(data: bytes) -> etree._Element:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True,
                             remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(f"the document's text cannot be read ({error})") from None


# ---------------------------------------------------------------------------
# Word and OpenDocument.


def _word(data: bytes) -> str:
    from lxml import etree

    lines: list[str] = []
    open_lines: list[list[str]] = []  # a paragraph inside another (a text box) is a line of its own
    walk = etree.iterwalk(_xml(data), events=("start", "end"))
    for event, element in walk:
        tag = element.tag
        if event == "start":
            if tag in WORD_SKIPPED:
                walk.skip_subtree()
            elif tag == _W + "p":
                listed = element.find(f"{_W}pPr/{_W}numPr") is not None
                open_lines.append([BULLET] if listed else [])
            elif open_lines:
                if tag == _W + "t":
                    open_lines[-1].append(element.text or "")
                elif tag in WORD_CHARACTERS:
                    open_lines[-1].append(WORD_CHARACTERS[tag])
        elif tag == _W + "p" and open_lines:
            lines.append("".join(open_lines.pop()))
    return "\n".join(lines) + "\n"


def _odf(data: bytes) -> str:
    from lxml import etree

    lines: list[str] = []
    open_lines: list[list[str]] = []
    item_starts = False  # the next paragraph is the first of a list item
    walk = etree.iterwalk(_xml(data), events=("start", "end"))
    for event, element in walk:
        tag = element.tag
        if event == "start":
            if tag in ODF_SKIPPED:
                walk.skip_subtree()  # its end still comes, with its tail
                continue
            if tag == _TEXT + "list-item":
                item_starts = True
            elif tag in ODF_LINES:
                open_lines.append([BULLET] if item_starts else [])
                item_starts = False
            if not open_lines:
                continue
            line = open_lines[-1]
            if tag in ODF_CHARACTERS:
                line.append(ODF_CHARACTERS[tag])
            elif tag == _TEXT + "s":
                count = element.get(_TEXT + "c", "1")
                line.append(" " * (min(int(count), 1000) if count.isdigit() else 1))
            if element.text:
                line.append(element.text)
        else:
            if tag in ODF_LINES and open_lines:
                lines.append("".join(open_lines.pop()))
            if open_lines and element.tail:
                open_lines[-1].append(element.tail)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# RTF.


def _rtf(raw: bytes) -> Converted:
    """The text of an RTF file, and its code page (`\\ansicpgN`; `\\mac` is Mac Roman)."""
    import codecs
    import contextlib

    source = raw.decode("latin-1")  # RTF is 7-bit: other bytes are the code page's, as \'hh would be
    codec = "cp1252"
    if (page := re.search(r"\\ansicpg(\d{1,5})", source[:4096])) is not None:
        with contextlib.suppress(LookupError):  # a code page Python lacks: the default
            codec = codecs.lookup(f"cp{page[1]}").name
    elif re.match(r"\{\\rtf1?\\mac\b", source):
        codec = "mac_roman"
    out: list[str] = []
    pending = bytearray()  # \'hh bytes, decoded together (a double-byte code page writes two)
    groups: list[tuple[bool, int]] = []  # each open group's (skipped, \ucN)
    skipped, fallback = False, 1
    to_skip = 0  # characters after a \uN that stand in for it
    group_start = False  # the last token opened a group (a destination's word may follow)

    def flush() -> None:
        if pending:
            out.append(pending.decode(codec, "replace"))
            pending.clear()

    for match in _RTF_TOKEN.finditer(source):
        word, argument, hexa, symbol, brace, text = match.groups()
        opened, group_start = group_start, False
        if brace == "{":
            groups.append((skipped, fallback))
            group_start = True
            to_skip = 0
            continue
        if brace == "}":
            flush()
            skipped, fallback = groups.pop() if groups else (False, 1)
            to_skip = 0
            continue
        if (symbol == "*" and opened) or word in RTF_SKIPPED:
            skipped = True
            continue
        if skipped:
            continue
        if hexa is not None:
            if to_skip:
                to_skip -= 1
            else:
                pending.append(int(hexa, 16))
            continue
        flush()
        if text is not None:
            if to_skip:
                text, to_skip = text[to_skip:], max(0, to_skip - len(text))
            out.append(text)
        elif word is not None:
            if word == "u" and argument is not None:
                code = int(argument)
                out.append(chr(code + 65536 if code < 0 else code) if -32768 <= code < 65536 else "\ufffd")
                to_skip = fallback
            elif word == "uc" and argument is not None:
                fallback = max(0, min(int(argument), 10))
            elif word in RTF_CHARACTERS:
                out.append(RTF_CHARACTERS[word])
            elif word == "bin" and argument is not None:
                skipped = True  # binary data runs to the group's end: never text
        elif symbol is not None:
            out.append(RTF_SYMBOLS.get(symbol, ""))
    flush()
    return Converted("".join(out), f"rtf:{codec}")
