"""liveblog: turn a live blog (pasted text or a saved page) into a clean JSON timeline.

    >>> import liveblog
    >>> timeline = liveblog.parse(open("page.txt", "rb").read(), date="2026-01-06")
    >>> timeline.to_dict()["entries"][0]["time"]

The core reads no clock, does no I/O and never exits; see `liveblog.cli` for the shell.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from .errors import InputError, LiveblogError, SettingsError

if TYPE_CHECKING:
    from collections.abc import Callable

    from .model import Draft, Entry, Media, Notice, Settings, Source, Timeline
    from .read import Document
    from .vocabulary import Format, Order

__version__ = "0.1.0"

__all__ = [
    "Draft", "Entry", "InputError", "LiveblogError", "Media", "Notice", "Settings", "SettingsError", "Source",
    "Timeline", "__version__", "extract", "parse", "parse_date", "parse_now",
]  # fmt: skip

#: The model's types, imported when first asked for: the command line's `--help` and its
#: option checks never need them.
_MODEL_NAMES = frozenset(("Draft", "Entry", "Media", "Notice", "Settings", "Source", "Timeline"))


def __getattr__(name: str) -> Any:
    if name in _MODEL_NAMES:
        from . import model

        return getattr(model, name)
    raise AttributeError(f"module 'liveblog' has no attribute {name!r}")


def parse(
    data: bytes | str | Callable[[], bytes],
    *,
    date: date | str | None = None,
    tz: str | None = None,
    now: datetime | str | None = None,
    name: str = "<input>",
    format: Format | None = None,
    order: Order = "oldest",
    dedupe: bool = True,
    explain: bool = False,
    max_bytes: int | None = None,
    charset: str | None = None,
) -> Timeline:
    """Parse a live blog (text or HTML, told apart by content) into a Timeline.

    `date` is the local date of the earliest post, `tz` an IANA zone, `now` the moment the
    page was captured (for "2h ago" stamps; by default, when a saved-page bundle such as
    MHTML says when it was saved, that moment); each may be given as ISO text. `data` may
    also be a function that returns the bytes: it is called once, and the bytes are let
    go as soon as they are decoded, so a large file is never held twice. `charset` is the
    encoding the bytes came labelled with (an HTTP `Content-Type`'s), tried after a
    byte-order mark and UTF-8 and before the page's own `<meta charset>`.
    Raises InputError for input that cannot be read, SettingsError for bad settings.
    """
    from .model import Settings, Source
    from .normalise import normalise
    from .read import DEFAULT_MAX_BYTES, read
    from .vocabulary import ORDERS

    if tz is not None and not isinstance(tz, str):  # a number from an options file, say
        raise SettingsError(f"unknown time zone {tz!r} (use an IANA name such as Europe/London)")
    if order not in ORDERS:
        raise SettingsError(f"unknown order {order!r} (use {', '.join(ORDERS)})")
    settings = Settings(date=parse_date(date), tz=tz, now=parse_now(now), order=order, dedupe=dedupe)
    document = read(data() if callable(data) else data, name=name, format=format,
                    max_bytes=max_bytes or DEFAULT_MAX_BYTES, charset=charset)
    source = Source(name=document.name, format=document.format, sha256=document.sha256)
    if settings.now is None and document.captured is not None:  # a saved-page bundle says when it was saved
        from dataclasses import replace

        settings = replace(settings, now=parse_now(document.captured))
    try:
        # The document, then the draft, are handed over with no other reference: the decoded
        # text (up to four bytes a character) can be let go once it is cut into lines, and each
        # post once its entry is made. A large page's text, its posts and its timeline are
        # then never all held at once.
        documents = [document]
        del document
        drafts = [_draft(documents.pop(), explain)]
        return normalise(drafts.pop(), source, settings)
    except OverflowError:  # a day before 1 January 1 or after 31 December 9999, from the page or the settings
        raise InputError(f"{source.name}: a date falls outside the years 1 to 9999 (check --date and --now)") from None


def _draft(document: Document, explain: bool) -> Draft:
    """`extract` on a read document, with the notices its reading gave (a guessed codec, ...)."""
    if document.format == "text":
        from .layout import extract_text

        texts = [document.text]
        document = document._replace(text="")
        draft = extract_text(texts.pop(), explain=explain)  # the text's only reference
    else:
        draft = extract(document.text, format=document.format, explain=explain)
    if document.notices:
        from dataclasses import replace

        draft = replace(draft, notices=(*document.notices, *draft.notices))
    return draft


def extract(text: str, *, format: Format = "text", explain: bool = False) -> Draft:
    """Stage 2 alone: the posts of a decoded document, their stamps unresolved."""
    if format == "html":
        from .html import extract_html

        return extract_html(text, explain=explain)
    from .layout import extract_text

    return extract_text(text, explain=explain)


def parse_date(value: date | str | None) -> date | None:
    """A YYYY-MM-DD date (or None); SettingsError for anything else."""
    if value is None or isinstance(value, date):
        return value
    try:
        if not isinstance(value, str) or len(value) != 10:  # fromisoformat also takes the compact 20260106
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError as error:
        raise SettingsError(f"invalid date {value!r}: use YYYY-MM-DD") from error


def parse_now(value: datetime | str | None) -> datetime | None:
    """An ISO 8601 time ('Z' allowed; or None); SettingsError for anything else."""
    if value is None or isinstance(value, datetime):
        return value
    try:
        if not isinstance(value, str):  # a number from an options file, say
            raise ValueError(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise SettingsError(f"invalid time {value!r}: use ISO 8601, such as 2026-01-07T09:00+00:00") from error
