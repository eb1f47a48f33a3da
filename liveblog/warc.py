"""Web archives: the pages inside a WARC file (`crawl.warc`, `crawl.warc.gz`), each an input.

A WARC file (ISO 28500, versions 0.18 to 1.1) is a run of records, each a block of named
header lines, a blank line, then `Content-Length` bytes. A `response` record holds an HTTP
response as the crawler received it; a `resource` record holds a document itself. The
pages of a crawl are the response records with a 2xx status and the resource records, whose
content type is HTML or plain text; requests, metadata, revisits and other types are passed
over. A `.warc.gz` is gzip members one after another, by convention one record each.

`index` reads an archive once and gives where each page's record starts (the offset of its
gzip member in a `.warc.gz`), its address and the moment it was captured; `page` reads one
page's bytes from there again, so a worker process reads only its own pages, and a large
archive is never held in memory. The HTTP body is taken out of its transfer coding
(`chunked`) and its content coding (`gzip`, `deflate`); a body in any other coding is an
InputError for that page alone.
"""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

from .bundles import content_type_parameters
from .errors import InputError, over_the_limit
from .read import GZIP_MAGIC, WARC_MAGIC

#: Suffixes of archive files taken from a folder (and told apart from pages by name).
WARC_SUFFIXES = (".warc", ".warc.gz")
#: The record types that hold a page: an HTTP response, or the document itself.
PAGE_RECORDS = frozenset({"response", "resource"})
#: Content types of pages (the part before any `;`).
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
#: A record's header block, a page's HTTP head: longer than this is no archive.
MAX_HEAD = 1 << 16
#: Bytes read from an archive at a time.
READ_SIZE = 1 << 20
#: A gzip member that inflates to more than this is refused (one record is one member).
MAX_MEMBER = 1 << 30


class Page(NamedTuple):
    """Where one page's record starts, and what its headers say about it."""

    offset: int  # of the record, or of the gzip member holding it
    position: int  # the record's place in its gzip member (0 in a plain archive)
    uri: str
    captured: str | None  # WARC-Date, ISO 8601 (UTC)
    charset: str | None = None  # what the page's Content-Type says its bytes are in


class ArchiveError(InputError):
    """An archive that breaks off or goes wrong: the message, and the pages read before."""

    def __init__(self, message: str, pages: list[Page]) -> None:
        super().__init__(message)
        self.pages = pages


def is_archive(path: str) -> bool:
    """Whether the file at `path` is a WARC archive: its first bytes say so, gzipped or not."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(512)
    except OSError:
        return False
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 16)
        except zlib.error:
            return False
    return head.startswith(WARC_MAGIC)


def index(path: str) -> list[Page]:
    """The pages of the archive at `path`, in archive order. InputError when it cannot be
    read; ArchiveError (with the pages read before) when it goes wrong part way."""
    pages: list[Page] = []
    try:
        with open(path, "rb") as handle:
            if handle.read(2) == GZIP_MAGIC:
                handle.seek(0)
                for offset, member in _members(handle, path):
                    for position, (_, found) in enumerate(_heads(io.BytesIO(member), len(member), path)):
                        if found is not None:
                            pages.append(Page(offset, position, *found))
            else:
                handle.seek(0)
                for start, found in _heads(handle, os.fstat(handle.fileno()).st_size, path):
                    if found is not None:
                        pages.append(Page(start, 0, *found))
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    except InputError as error:
        raise ArchiveError(str(error), pages) from None
    return pages


def page(path: str, where: Page, limit: int | None = None) -> bytes:
    """The bytes of the page `where` in the archive at `path` (an HTTP body decoded from its
    transfer and content codings). InputError when it cannot be read, or is over `limit`."""
    name = f"{path} ({where.uri})"
    try:
        with open(path, "rb") as handle:
            handle.seek(where.offset)
            gzipped = handle.read(2) == GZIP_MAGIC
            handle.seek(where.offset)
            if gzipped:
                stream: BinaryIO = io.BytesIO(next(_members(handle, path), (0, b""))[1])
            else:
                stream = handle
            for _ in range(where.position):
                if (passed := _next_head(stream, path)) is None:
                    break
                stream.seek(_length(passed[1], path), os.SEEK_CUR)
            if (found := _next_head(stream, path)) is None:
                raise InputError(f"{name}: the record is no longer where the archive's index put it")
            headers = found[1]
            length = _length(headers, path)
            if limit is not None and length > limit + MAX_HEAD:
                raise over_the_limit(name, length, limit)
            block = stream.read(length)
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if len(block) < length:
        raise InputError(f"{name}: the archive breaks off inside the record")
    body = _body(headers, block, name)
    if limit is not None and len(body) > limit:
        raise over_the_limit(name, len(body), limit)
    return body


# ---------------------------------------------------------------------------
# Records.


def _heads(stream: BinaryIO, size: int, path: str) -> Iterator[tuple[int, tuple[str, str | None, str | None] | None]]:
    """For each record of the stream: where it starts, and (address, capture time, charset)
    when it holds a page, else None. Only a response's HTTP head is read; other blocks are passed over."""
    while (next_head := _next_head(stream, path)) is not None:
        at, headers = next_head
        length = _length(headers, path)
        start = stream.tell()
        if start + length > size:
            raise InputError(f"{path}: the archive breaks off inside a record ({size - start:,} of {length:,} bytes)")
        kind = headers.get("warc-type", "")
        uri = headers.get("warc-target-uri", "").strip("<>")
        found = None
        if kind in PAGE_RECORDS and uri:
            if kind == "response":
                head = _http_head(stream.read(min(length, MAX_HEAD)))
                ok = head is not None and 200 <= head[0] < 300
                content_type = head[1].get("content-type", "text/html") if head is not None else ""
            else:
                ok, content_type = True, headers.get("content-type", "")
            parameters = content_type_parameters(content_type)
            if ok and parameters[""] in PAGE_TYPES:
                found = (uri, headers.get("warc-date"), parameters.get("charset") or None)
        stream.seek(start + length)
        yield at, found


def _next_head(stream: BinaryIO, path: str) -> tuple[int, dict[str, str]] | None:
    """Where the next record starts and its header fields (names in lower case), the stream
    left at its block; None at the end of the stream."""
    line = stream.readline(MAX_HEAD)
    while line and not line.strip():  # the blank lines that close the record before
        line = stream.readline(MAX_HEAD)
    if not line:
        return None
    at = stream.tell() - len(line)
    if not line.startswith(WARC_MAGIC):
        raise InputError(f"{path}: not a WARC record at byte {at:,} ({line[:20]!r})")
    headers: dict[str, str] = {}
    size = 0
    while (line := stream.readline(MAX_HEAD)).strip():
        size += len(line)
        if size > MAX_HEAD or not line.endswith(b"\n"):
            raise InputError(f"{path}: a record's headers break off or run over {MAX_HEAD:,} bytes")
        name, _, value = line.decode("utf-8", "replace").partition(":")
        headers[name.strip().lower()] = value.strip()
    if not line:
        raise InputError(f"{path}: the archive breaks off inside a record's headers")
    return at, headers


def _length(headers: dict[str, str], path: str) -> int:
    try:
        length = int(headers.get("content-length", ""))
    except ValueError:
        length = -1
    if length < 0:
        raise InputError(f"{path}: a record without a valid Content-Length")
    return length


def _http_head(block: bytes) -> tuple[int, dict[str, str], int] | None:
    """The status, header fields and body offset of an HTTP response (None if the block is none)."""
    if not block.startswith(b"HTTP/"):
        return None
    end, gap = block.find(b"\r\n\r\n", 0, MAX_HEAD), 4
    if end < 0:
        end, gap = block.find(b"\n\n", 0, MAX_HEAD), 2
    if end < 0:
        return None
    lines = block[:end].decode("latin-1").splitlines()
    try:
        status = int(lines[0].split()[1])
    except (IndexError, ValueError):
        return None
    fields: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        fields[name.strip().lower()] = value.strip()
    return status, fields, end + gap


def _body(headers: dict[str, str], block: bytes, name: str) -> bytes:
    """A page record's document: a resource's block, or a response's HTTP body, decoded."""
    if headers.get("warc-type") != "response":
        return block
    head = _http_head(block)
    if head is None:
        raise InputError(f"{name}: the record holds no HTTP response")
    _, fields, start = head
    body = block[start:]
    if "chunked" in fields.get("transfer-encoding", "").lower():
        body = _dechunked(body, name)
    codings = [part.strip().lower() for part in fields.get("content-encoding", "").split(",") if part.strip()]
    for coding in reversed(codings):  # the last coding applied comes off first
        if coding in ("gzip", "x-gzip"):
            body = _inflated(body, 31, name)
        elif coding == "deflate":
            try:
                body = _inflated(body, 15, name)
            except InputError:  # many servers send deflate without its zlib wrapper
                body = _inflated(body, -15, name)
        elif coding != "identity":
            raise InputError(f"{name}: the page is in the {coding!r} content coding, which liveblog cannot read")
    return body


def _dechunked(body: bytes, name: str) -> bytes:
    pieces: list[bytes] = []
    at = 0
    while (end := body.find(b"\n", at)) >= 0:
        try:
            size = int(body[at:end].split(b";", 1)[0].strip() or b"0", 16)
        except ValueError:
            raise InputError(f"{name}: a broken chunked transfer coding") from None
        if size <= 0:
            break
        pieces.append(body[end + 1:end + 1 + size])
        at = end + 1 + size
        at = body.find(b"\n", at) + 1 or len(body)  # the line break after the chunk
    return b"".join(pieces)


def _inflated(body: bytes, wbits: int, name: str) -> bytes:
    inflate = zlib.decompressobj(wbits=wbits)
    try:
        out = inflate.decompress(body, MAX_MEMBER)
    except zlib.error as error:
        raise InputError(f"{name}: the compressed page cannot be read ({error})") from None
    if inflate.unconsumed_tail:
        raise InputError(f"{name}: the compressed page inflates to more than {MAX_MEMBER:,} bytes")
    return out


# ---------------------------------------------------------------------------
# Streams.


def _members(handle: BinaryIO, path: str) -> Iterator[tuple[int, bytes]]:
    """The gzip members of `handle` from its position, one at a time: (offset, inflated bytes)."""
    offset = handle.tell()
    data = b""
    while True:
        data = data or handle.read(READ_SIZE)
        if not data.strip(b"\0\r\n "):  # the end, or padding after the last member
            if not (more := handle.read(READ_SIZE)):
                return
            offset += len(data)
            data = more
            continue
        start = offset
        inflate = zlib.decompressobj(wbits=31)
        out: list[bytes] = []
        size = 0
        while True:
            try:
                piece = inflate.decompress(data, MAX_MEMBER - size + 1)
            except zlib.error as error:
                raise InputError(f"{path}: a broken gzip member at byte {start:,} ({error})") from None
            size += len(piece)
            if size > MAX_MEMBER or inflate.unconsumed_tail:
                raise InputError(f"{path}: a gzip member at byte {start:,} inflates to more than {MAX_MEMBER:,} bytes")
            out.append(piece)
            if inflate.eof:
                rest = inflate.unused_data
                offset += len(data) - len(rest)
                data = rest
                break
            offset += len(data)
            data = handle.read(READ_SIZE)
            if not data:
                raise InputError(f"{path}: the archive breaks off inside a gzip member (at byte {start:,})")
        yield start, b"".join(out)

