"""Saved-page bundles: a page and its parts in one file, as browsers save them.

Two kinds are read, told by their first bytes (not by name):

* MHTML (`.mhtml`, `.mht`: Chrome's and Edge's "Webpage, Single File", Internet Explorer's
  "Web Archive", `Page.captureSnapshot`): a MIME `multipart/related` message whose parts
  are the page and each of its resources, each in a transfer coding (quoted-printable,
  base64). The page is the part the message's `start` parameter names, else its first
  HTML part. Its `Date` header is when the page was saved.
* Safari's web archive (`.webarchive`): a binary property list whose `WebMainResource`
  holds the page's bytes, encoding name and address.

Each part is decoded as any input is (see `read`), its own charset label first. A frame's
page is set into the page where the `<iframe>` that shows it stands (MHTML names it
`cid:...` or by its address; a web archive by its address): a live blog embedded from
another site is often a frame, and the bundle holds its posts. A frame's `<head>` is left
out but for its structured data. Frames inside frames are set in too, down to
`MAX_FRAME_DEPTH`; each frame at most once.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Callable
from typing import NamedTuple

from . import patterns
from .errors import InputError
from .read import PLIST_MAGIC

#: How deep frames inside frames are set into the page.
MAX_FRAME_DEPTH = 4
#: Media types of a page (the part before any `;`), and of a page that is plain text.
PAGE_TYPES = frozenset({"application/xhtml+xml", "text/html"})
TEXT_TYPES = frozenset({"text/plain"})
#: The message's header block is looked for in this many leading bytes.
HEAD_BYTES = 1 << 16

#: A MIME header block opens with a header field ("From: <Saved by Blink>", "MIME-Version: 1.0").
_FIELD_START = patterns.compile(rb"[A-Za-z][A-Za-z0-9-]{0,40}:")
_PARAMETER = patterns.compile(r""";\s*([A-Za-z0-9*-]{1,40})\s*=\s*(?:"([^"]*)"|([^;\s]*))""")
#: A frame's opening tag, and the fallback text and end tag after it.
_IFRAME = patterns.compile(r"<i?frame\b[^>]*>(?:[^<]{0,200}</iframe\s*>)?", re.I)
_SRC = patterns.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_BODY = patterns.compile(r"<body\b[^>]*>(.*)</body\s*>", re.I | re.S)
_STRUCTURED = patterns.compile(r"<script\b[^>]*application/ld\+json[^>]*>.*?</script\s*>", re.I | re.S)

#: Hosts that serve advertising and tracking frames, whose pages a saved news page holds by
#: the dozen (each frame's page as it was drawn): they are not set in, as the page's own
#: frames are, so that no advertisement's text is read as the page's.
AD_SERVERS = ("2mdn.net", "3lift.com", "adform.net", "adnxs.com", "adsafeprotected.com", "adsrvr.org",
              "amazon-adsystem.com", "casalemedia.com", "criteo.com", "criteo.net", "doubleclick.net",
              "googleadservices.com", "googlesyndication.com", "moatads.com", "openx.net", "outbrain.com",
              "pubmatic.com", "rubiconproject.com", "sharethrough.com", "smartadserver.com", "taboola.com",
              "teads.tv", "yieldmo.com")

#: `(bytes, charset label or None)` -> (text, codec, guessed): how `read` decodes an input.
Decoder = Callable[[bytes, str | None], tuple[str, str, bool]]
#: A frame's page: its bytes and charset label, by every key an `<iframe>` may name it by.
Frames = dict[str, tuple[bytes, str | None]]


class Bundle(NamedTuple):
    """A bundle's page: its text (frames set in), how it was decoded, whether it is HTML,
    and when it was saved (ISO 8601, None when the bundle does not say)."""

    text: str
    encoding: str
    guessed: bool
    html: bool
    captured: str | None


class _Part(NamedTuple):
    media_type: str
    charset: str | None
    content_id: str | None
    location: str | None
    data: bytes


def unpack(raw: bytes, name: str, decode: Decoder) -> Bundle | None:
    """The page of the bundle `raw`; None when `raw` is no bundle (its first bytes are no
    property list, nor a header block whose Content-Type is `multipart/related`);
    InputError when it is one but holds no page."""
    if raw.startswith(PLIST_MAGIC):
        return _webarchive(raw, name, decode)
    if not _FIELD_START.match(raw) or (head := _header_block(raw[:HEAD_BYTES])) is None:
        return None
    if not all(_FIELD_START.match(line) for line in re.split(rb"\r?\n(?![ \t])", head.strip())):
        return None  # a paragraph of text that only starts like a header field
    fields = _fields(head)
    if content_type_parameters(fields.get("content-type", ""))[""] != "multipart/related":
        return None
    return _mhtml(raw, head, fields, name, decode)


# ---------------------------------------------------------------------------
# MHTML.


def _mhtml(raw: bytes, head: bytes, fields: dict[str, str], name: str, decode: Decoder) -> Bundle:
    content_type = fields.get("content-type", "")
    parameters = content_type_parameters(content_type)
    boundary = parameters.get("boundary")
    if not boundary:
        raise InputError(f"{name}: an MHTML file without a part boundary")
    parts = _parts(raw[len(head):], boundary.encode("latin-1", "replace"))
    start = _bare_id(parameters.get("start"))
    root = next((part for part in parts if start and part.content_id == start), None)
    if root is None:
        root = next((part for part in parts if part.media_type in PAGE_TYPES), None)
    if root is None:
        root = next((part for part in parts if part.media_type in TEXT_TYPES), None)
    if root is None:
        raise InputError(f"{name}: an MHTML file with no web page in it")
    frames: Frames = {}
    for part in parts:
        if part is not root and part.media_type in PAGE_TYPES and not _from_ad_server(part.location):
            page = (part.data, part.charset)
            for key in (f"cid:{part.content_id}" if part.content_id else None, part.location):
                if key:
                    frames.setdefault(key, page)
    text, encoding, guessed = decode(root.data, root.charset)
    html = root.media_type in PAGE_TYPES
    if html and frames:
        text = _set_frames(text, frames, decode, set())
    return Bundle(text, encoding, guessed, html, _saved_at(fields.get("date")))


def _header_block(head: bytes) -> bytes | None:
    """The message's header block with the blank line closing it, or None."""
    ends = [at for at in (head.find(b"\n\n"), head.find(b"\n\r\n")) if at >= 0]
    if not ends:
        return None
    end = min(ends)
    return head[:end + (2 if head.startswith(b"\n\n", end) else 3)]


def _fields(block: bytes) -> dict[str, str]:
    """Header fields (names in lower case; folded lines joined; the first of a name kept)."""
    text = block.decode("latin-1").replace("\r\n", "\n")
    text = re.sub(r"\n[ \t]+", " ", text)
    fields: dict[str, str] = {}
    for line in text.split("\n"):
        field, colon, value = line.partition(":")
        if colon:
            fields.setdefault(field.strip().lower(), value.strip())
    return fields


def content_type_parameters(value: str) -> dict[str, str]:
    """The parameters of a Content-Type value (names in lower case), its media type as ''."""
    found = {"": value.split(";", 1)[0].strip().lower()}
    for match in _PARAMETER.finditer(value):
        found.setdefault(match[1].lower(), match[2] if match[2] is not None else match[3])
    return found


def _bare_id(value: str | None) -> str | None:
    return value.strip().strip("<>").strip() or None if value else None


def _parts(body: bytes, boundary: bytes) -> list[_Part]:
    """The parts of a multipart body between its `--boundary` lines, decoded from their
    transfer codings. A part that breaks off (a file cut short) is kept as far as it goes."""
    delimiter = re.compile(rb"^--" + re.escape(boundary) + rb"(--)?[ \t]*\r?$", re.M)
    parts: list[_Part] = []
    marks = list(delimiter.finditer(body))
    for number, mark in enumerate(marks):
        if mark[1]:  # the closing delimiter
            break
        start = mark.end() + 1
        end = marks[number + 1].start() if number + 1 < len(marks) else len(body)
        chunk = body[start:end]
        chunk = chunk[:-2] if chunk.endswith(b"\r\n") else chunk[:-1] if chunk.endswith(b"\n") else chunk
        head = _header_block(chunk)
        if head is None:
            continue
        fields = _fields(head)
        parameters = content_type_parameters(fields.get("content-type", "text/plain"))
        parts.append(_Part(parameters[""], parameters.get("charset"), _bare_id(fields.get("content-id")),
                           fields.get("content-location"),
                           _decoded(chunk[len(head):], fields.get("content-transfer-encoding", ""))))
    return parts


def _decoded(data: bytes, coding: str) -> bytes:
    coding = coding.strip().lower()
    try:
        if coding == "quoted-printable":
            return binascii.a2b_qp(data)
        if coding == "base64":
            return binascii.a2b_base64(data)
    except (binascii.Error, ValueError):
        pass  # a part in a broken coding is read as it stands
    return data


def _saved_at(value: str | None) -> str | None:
    """An RFC 2822 date (a message's `Date`) in ISO 8601; one without a zone ("-0000") is UTC."""
    if not value:
        return None
    from datetime import UTC
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


# ---------------------------------------------------------------------------
# Safari's web archive.


def _webarchive(raw: bytes, name: str, decode: Decoder) -> Bundle:
    import plistlib

    try:
        archive = plistlib.loads(raw)
    except (plistlib.InvalidFileException, ValueError, TypeError, KeyError, IndexError, OverflowError,
            RecursionError, MemoryError, UnicodeDecodeError):
        raise InputError(f"{name}: a broken property list (or Safari web archive)") from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise InputError(f"{name}: a property list, not a Safari web archive")
    text, encoding, guessed = decode(main["WebResourceData"], _label(main.get("WebResourceTextEncodingName")))
    html = str(main.get("WebResourceMIMEType", "text/html")).lower() not in TEXT_TYPES
    frames: Frames = {}
    _subframes(archive, frames, 0)
    if html and frames:
        text = _set_frames(text, frames, decode, set())
    return Bundle(text, encoding, guessed, html, None)


def _subframes(archive: dict[str, object], frames: Frames, depth: int) -> None:
    """Each frame of a web archive (and of its frames) by its address."""
    found = archive.get("WebSubframeArchives")
    if depth >= MAX_FRAME_DEPTH or not isinstance(found, list):
        return
    for frame in found:
        main = frame.get("WebMainResource") if isinstance(frame, dict) else None
        if isinstance(main, dict) and isinstance(main.get("WebResourceData"), bytes):
            url = main.get("WebResourceURL")
            if isinstance(url, str) and url and not _from_ad_server(url):
                frames.setdefault(url, (main["WebResourceData"], _label(main.get("WebResourceTextEncodingName"))))
            _subframes(frame, frames, depth + 1)


def _from_ad_server(address: str | None) -> bool:
    """Whether a frame's page comes from one of `AD_SERVERS` (or a host below one)."""
    if not address or "://" not in address:
        return False
    host = address.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()
    return any(host == server or host.endswith(f".{server}") for server in AD_SERVERS)


def _label(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


# ---------------------------------------------------------------------------
# Frames.


def _set_frames(text: str, frames: Frames, decode: Decoder, used: set[int], depth: int = 0) -> str:
    """`text` with each `<iframe>` whose source is one of `frames` replaced by that frame's
    page (its body, and the structured data of its head), in a `<div>`; each frame once."""
    from html import unescape

    def frame_of(match: re.Match[str]) -> str:
        source = _SRC.search(match[0])
        if source is None:
            return match[0]
        key = unescape(next(group for group in source.groups() if group is not None)).strip()
        found = frames.get(key)
        if found is None or id(found) in used:
            return match[0]
        used.add(id(found))
        inner, _, _ = decode(*found)
        body = _BODY.search(inner)
        data = "".join(_STRUCTURED.findall(inner[:body.start()] if body else ""))
        inner = data + (body[1] if body else inner)
        if depth + 1 < MAX_FRAME_DEPTH:
            inner = _set_frames(inner, frames, decode, used, depth + 1)
        return f"<div>{inner}</div>"

    return _IFRAME.sub(frame_of, text)
