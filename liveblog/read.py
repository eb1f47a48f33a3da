"""Stage 1, read: bytes in, a decoded Document out. Never crashes on bad bytes.

Decoding order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-32 or UTF-16 without a
mark when NUL bytes stand every four or every two bytes; strict UTF-8; UTF-8 with some bad bytes when valid multi-byte
characters outnumber them (the bad bytes read in the legacy codec they were written in, a
character cut at the end as U+FFFD); then a legacy codec (see `legacy`): the
charset the input came with (a web archive's HTTP `Content-Type`), for HTML the one the
page declares, else a guess between Windows-1252 and the legacy encodings of
other scripts. UTF-8 text that had been read as Windows-1252 and saved again is repaired
where that is sure (see `legacy.repaired`).

The text is cleaned in ways that keep line numbers: CRLF, CR and the other characters
that end a line (`LINE_BREAKS`: vertical tab, form feed, the Unicode line and paragraph
separators...) become LF, no-break and other odd spaces become plain spaces, zero-width
characters and other C0 and C1 controls (but tab) are removed, lone surrogates are dropped.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING, NamedTuple

from . import patterns
from .digest import sha256
from .errors import InputError, over_the_limit
from .model import Format, Notice

if TYPE_CHECKING:
    from .bundles import Bundle
    from .legacy import Mixed

#: Inputs larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 512 * 1024 * 1024

#: Leading bytes of common binary formats, refused with a clear message (a ZIP archive is
#: opened, for the text of a Word or OpenDocument file: see `documents`).
BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x7fELF": "an executable",
}

#: What to do instead, for the binary formats that hold a blog's text.
BINARY_HINTS = {b"%PDF": "copy its text, or run `pdftotext FILE - | liveblog parse -` (poppler-utils)"}

#: Leading bytes of word-processor files, read for their text (see `documents`): a ZIP
#: archive (Word's .docx, OpenDocument's .odt), RTF.
ZIP_MAGIC = b"PK\x03\x04"
RTF_MAGIC = b"{\\rtf"
DOCUMENT_MAGIC = (ZIP_MAGIC, RTF_MAGIC)
#: Leading bytes of a web archive's first record (a WARC file: see `warc`).
WARC_MAGIC = b"WARC/"
#: Leading bytes of a gzip file (a page saved compressed, `page.html.gz`), read inflated.
GZIP_MAGIC = b"\x1f\x8b"
#: Leading bytes of a binary property list, which Safari's web archive is (see `bundles`).
PLIST_MAGIC = b"bplist00"

#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Characters that become a plain space: no-break, en/em, thin, hair, narrow, ideographic...
ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
#: Characters removed: zero-width space, word joiner, soft hyphen, stray byte-order marks.
INVISIBLE = "\u200b\u2060\u00ad\ufeff"
#: Characters that end a line besides CR and LF (what `str.splitlines` splits at), each made a
#: line end: Word writes a manual line break as a vertical tab and a page break as a form
#: feed; design and note-taking tools write the Unicode line and paragraph separators.
LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
CONTROLS = "".join(chr(code) for code in (*range(32), *range(127, 160)) if chr(code) not in "\t\n\r" + LINE_BREAKS)

# One regex pass per kind of change: a character class scans at C speed, where
# str.translate with a mapping costs a dictionary lookup per character (~10x slower).
_SPACES = patterns.compile(f"[{ODD_SPACES}]")
_DROP = patterns.compile(f"[{re.escape(INVISIBLE + CONTROLS)}\ud800-\udfff]")
_BREAKS = patterns.compile(f"[{re.escape(LINE_BREAKS)}]")
#: Any of those: most pages have none, and are then scanned once instead of three times.
_UNCLEAN = patterns.compile(f"[{ODD_SPACES}{re.escape(INVISIBLE + CONTROLS + LINE_BREAKS)}\ud800-\udfff]")
#: The ASCII ones, in one pass for ASCII text (a line break among them becomes one, the rest go).
_ODD_ASCII = patterns.compile(f"[{re.escape(''.join(ch for ch in CONTROLS + LINE_BREAKS if ch.isascii()))}]")
#: The same characters in the UTF-8 bytes a text was decoded from, where C speed finds
#: them in most pages at a fifth of the cost of a class tested on each character: the
#: bytes that may begin one, kept by bytes.translate, then the forms that begin with each
#: multi-byte one found (E2 also begins every curly quote and dash), by a pattern opening
#: with that byte (lone surrogates aside, which UTF-8 cannot hold).
_CHANGED = [char.encode("utf-8") for char in ODD_SPACES + INVISIBLE + CONTROLS + LINE_BREAKS]
_NOT_LEADS = bytes(sorted(set(range(256)).difference(form[0] for form in _CHANGED)))
_FORMS_BY_LEAD = {
    lead: patterns.compile(b"|".join(sorted(re.escape(form) for form in _CHANGED if form[0] == lead)))
    for lead in sorted({form[0] for form in _CHANGED if len(form) > 1})
}
#: What Windows-1252 reads the bytes 0x80 to 0xBF as (the five it leaves undefined as the
#: C1 controls Latin-1 reads them as): the characters that follow the first one of each
#: character of UTF-8 text read as Windows-1252 and saved again ("Ã©" for "é", "â€™" for
#: "’"; see `legacy.repaired`).
MOJIBAKE_TAILS = bytes(range(0x80, 0xC0)).decode("cp1252", "ignore") + "\x81\x8d\x8f\x90\x9d"
#: The first bytes of such a pair in UTF-8 (Ã is C3 83, © is C2 A9): the lead's two, and the
#: first of a tail's. Most pages have none, and are then scanned once at C speed and never
#: repaired (pages without a C3 byte, which every such pair opens with, not even that).
_TAIL_FIRST_BYTES = bytes(sorted({char.encode()[0] for char in MOJIBAKE_TAILS}))
_MOJIBAKE_BYTES = patterns.compile(b"\xc3[\x82-\xb4][" + _TAIL_FIRST_BYTES + b"]")
_HTML_START = patterns.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)



class Document(NamedTuple):
    text: str
    name: str
    format: Format
    sha256: str
    encoding: str
    captured: str | None = None  # when a saved-page bundle says the page was saved (ISO 8601)
    repaired: bool = False  # UTF-8 read as Windows-1252 and saved again, repaired (see `legacy.repaired`)
    notices: tuple[Notice, ...] = ()  # what reading it found to warn of (a guessed codec, a file cut short)


def read(data: bytes | str, *, name: str = "<input>", format: Format | None = None,
         max_bytes: int = DEFAULT_MAX_BYTES, charset: str | None = None) -> Document:
    """Decode `data` and tell text from HTML (by content, unless `format` is given).
    `charset` is the encoding the bytes came labelled with, if any (see `decode`)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > max_bytes:
        raise over_the_limit(name, len(raw), max_bytes)
    digest = sha256(raw)
    notices: list[Notice] = []
    if raw.startswith(GZIP_MAGIC):
        raw, whole = _gunzipped(raw, name, max_bytes)
        if not whole:
            notices.append(Notice(code="input-cut", message="the gzip file breaks off: it was read as far as it goes"))
    if raw.startswith(WARC_MAGIC):  # (a path is told apart before it is read: see `files.expand`)
        raise InputError(f"{name}: this is a web archive (WARC): give its path, and each page in it is read "
                         "(liveblog parse crawl.warc.gz)")
    captured = mixed = None
    direct = True  # the text was decoded from `raw` itself, not from a document's or bundle's parts
    if isinstance(data, str):
        text, encoding, guessed = data, "str", False
    elif raw.startswith(DOCUMENT_MAGIC):
        from .documents import to_text

        direct = False
        converted = to_text(raw, name, max_bytes)
        text, encoding, guessed = converted.text, converted.kind, False
        format = format or "text"
    elif (bundle := _bundle(raw, name, charset)) is not None:
        direct = False
        text, encoding, guessed, captured = bundle.text, bundle.encoding, bundle.guessed, bundle.captured
        format = format or ("html" if bundle.html else "text")
    else:
        text, encoding, guessed, mixed = _decode(raw, name=name, charset=charset)
    utf8 = raw if direct and encoding == "utf-8" else None  # the bytes the text was decoded from as UTF-8
    repaired = None
    if utf8 is not None and b"\xc3" in utf8 and _MOJIBAKE_BYTES.search(utf8):  # `in`: memchr speed
        from . import legacy

        repaired = legacy.repaired(text)
    text = clean(repaired or text, utf8 if repaired is None else None)
    if not text or text.isspace():
        raise InputError(f"{name}: the input is empty")
    kind: Format = format or sniff(text)
    if guessed or mixed or repaired:
        from . import legacy

        if guessed:
            notice = Notice(code="encoding-guessed", message=legacy.guessed_notice(encoding))
        elif mixed:
            notice = Notice(code="encoding-mixed", message=legacy.mixed_notice(mixed.codec, mixed.lines),
                            line=mixed.first)
        else:
            notice = Notice(code="encoding-repaired", message=legacy.repaired_notice())
        notices.insert(0, notice)
    return Document(text=text, name=name, format=kind, sha256=digest, encoding=encoding, captured=captured,
                    repaired=repaired is not None, notices=tuple(notices))


def _gunzipped(raw: bytes, name: str, max_bytes: int) -> tuple[bytes, bool]:
    """`raw` inflated, member after member, to `max_bytes` at most, and whether it was whole:
    a file cut short is kept as far as it goes (a page cut short is read as one)."""
    import zlib

    pieces: list[bytes] = []
    size = 0
    while raw.startswith(GZIP_MAGIC):
        inflate = zlib.decompressobj(wbits=31)
        try:
            piece = inflate.decompress(raw, max_bytes - size + 1)
        except zlib.error as error:
            raise InputError(f"{name}: a broken gzip file ({error})") from None
        size += len(piece)
        if size > max_bytes:
            raise InputError(f"{name}: the gzip file inflates to more than {max_bytes:,} bytes, over the limit "
                             "(raise it with --max-size)")
        pieces.append(piece)
        if not inflate.eof:
            return b"".join(pieces), False
        raw = inflate.unused_data
    return b"".join(pieces), True


def _bundle(raw: bytes, name: str, charset: str | None) -> Bundle | None:
    """The page of a saved-page bundle (MHTML, a Safari web archive: see `bundles`), or None
    for other input, which a look at its first bytes that costs next to nothing tells most of."""
    if not raw.startswith(PLIST_MAGIC) and (not raw[:1].isalpha() or b"multipart/related" not in raw[:16384].lower()):
        return None
    from . import bundles

    return bundles.unpack(raw, name, lambda part, label: _decode(part, name=name, charset=label or charset)[:3])


def decode(raw: bytes, *, name: str = "<input>", charset: str | None = None) -> tuple[str, str]:
    """`raw` decoded, and the codec used (see the module's docstring for the order)."""
    text, encoding, _, _ = _decode(raw, name=name, charset=charset)
    return text, encoding


def _decode(raw: bytes, *, name: str, charset: str | None) -> tuple[str, str, bool, Mixed | None]:
    """`raw` decoded, the codec used, whether it was guessed, and where it was mostly UTF-8,
    what `legacy.mixed` made of it."""
    for bom, codec in BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(codec, "replace"), codec, False, None
    for magic, what in BINARY_MAGIC.items():
        if raw.startswith(magic):
            hint = f": {BINARY_HINTS[magic]}" if magic in BINARY_HINTS else ""
            raise InputError(f"{name}: this looks like {what}, not a web page or text{hint}")
    head = raw[:4096]
    if head.count(0) > len(head) // 4:
        wide = _utf32_without_bom(head) or _utf16_without_bom(head)
        if wide is None:
            raise InputError(f"{name}: this looks like binary data, not a web page or text")
        return raw.decode(wide, "replace"), wide, False, None
    if _mostly_controls(head):
        raise InputError(f"{name}: this looks like binary data, not a web page or text")
    try:
        return raw.decode("utf-8"), "utf-8", False, None
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(raw)
    if mostly is not None:
        return mostly[0], "utf-8", False, mostly[1]
    from . import legacy  # most input is UTF-8: the legacy codecs' labels and guesses are for the rest

    return (*legacy.decode(raw, head, charset), None)


def _mostly_utf8(raw: bytes) -> tuple[str, Mixed | None] | None:
    """UTF-8 with a few bad bytes (a page cut mid-character, a file edited in an editor that
    saved in a legacy codec), instead of the whole page turning to cp1252 mojibake. Valid
    multi-byte characters shrink the text below the byte count; cp1252 text almost never
    forms them, so it is UTF-8 when they outnumber the bad sequences. The bad bytes are
    read in the legacy codec they were written in (see `legacy.mixed`)."""
    text = raw.decode("utf-8", "replace")
    bad = text.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    if len(raw) - len(text) < bad:
        return None
    from . import legacy  # only for input that is not wholly UTF-8

    return legacy.mixed(raw)


def _utf16_without_bom(head: bytes) -> str | None:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if odd > half * 0.6 and even < half * 0.1:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.1:
        return "utf-16-be"
    return None


def _utf32_without_bom(head: bytes) -> str | None:
    """UTF-32 whose characters are all in the first plane: in each four bytes, the two
    highest are NUL (nearly always, planes beyond the first aside) and the lowest is not
    (nearly always: only characters U+0100, U+0200... have a NUL there)."""
    quarter = len(head) // 4
    if not quarter:
        return None
    zeros = [head[offset::4][:quarter].count(0) for offset in range(4)]
    if zeros[3] == quarter and zeros[2] > quarter * 0.9 and zeros[0] < quarter * 0.1:
        return "utf-32-le"
    if zeros[0] == quarter and zeros[1] > quarter * 0.9 and zeros[3] < quarter * 0.1:
        return "utf-32-be"
    return None


def _mostly_controls(head: bytes) -> bool:
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f")
    return controls > len(head) // 10


def clean(text: str, utf8: bytes | None = None) -> str:
    """`text` with its line ends, odd spaces, invisible characters and controls cleaned (see
    the module's docstring). `utf8`, when given, holds the bytes `text` was decoded from as
    UTF-8 (a byte-order mark and bad bytes, each U+FFFD, aside): in most pages they show
    more cheaply that nothing but line ends needs cleaning."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if utf8 is not None and _nothing_to_clean(utf8):
        return text
    if text.isascii():  # O(1) for str: only C0 controls can need removing or making line ends
        return _ODD_ASCII.sub(_ascii_replacement, text)
    if _UNCLEAN.search(text) is None:
        return text
    # (cutting off the clean part before the first odd character would save scanning it
    # again, at the cost of copies of the text while it is held whole)
    return _DROP.sub("", _SPACES.sub(" ", _BREAKS.sub("\n", text)))


def _ascii_replacement(match: re.Match[str]) -> str:
    return "\n" if match[0] in LINE_BREAKS else ""


def _nothing_to_clean(utf8: bytes) -> bool:
    """True when the text of these UTF-8 bytes holds none of the characters `clean` drops or
    makes spaces; False when it may (a control byte, or one of those characters found)."""
    for lead in set(utf8.translate(None, _NOT_LEADS)):
        forms = _FORMS_BY_LEAD.get(lead)
        if forms is None or forms.search(utf8):
            return False
    return True


def sniff(text: str) -> Format:
    head = text[:2048].encode("utf-8", "replace")
    return "html" if _HTML_START.match(head) else "text"
