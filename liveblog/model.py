"""The data model: what extraction produces (a Draft) and what parsing returns (a Timeline).

Every type is a frozen, slotted, keyword-only dataclass (made by liveblog/records.py, which
does at start in one compile what `dataclasses` does in fifty). Positions in the source (`line`)
are kept out of equality, so two parses of the same page compare equal even when a
banner above the posts moved them down. The JSON shape (output contract v1) is typed
once, by the TypedDicts of `liveblog.contract`, and produced only by the `to_dict` methods; the JSON
Schema in `liveblog.schema` is checked against these TypedDicts by the tests.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

# the contract's vocabularies live apart (the command line needs them without the model)
from .records import finish
from .vocabulary import KINDS, ORDERS, Format, Kind, Order

__all__ = [
    "CONTRACT_VERSION", "KINDS", "ORDERS", "CoverageDict", "Draft", "Entry", "EntryDict", "Explanation", "Format",
    "Kind", "Media", "MediaDict", "Notice", "NoticeDict", "Order", "RawEntry", "Settings", "Source", "SourceDict",
    "Stamp", "Timeline", "TimelineDict", "time_order",
]  # fmt: skip

CONTRACT_VERSION = 1

if TYPE_CHECKING:
    from .contract import CoverageDict, EntryDict, MediaDict, NoticeDict, SourceDict, TimelineDict

#: The contract's TypedDicts, served from liveblog.contract when first asked for.
_CONTRACT_NAMES = frozenset(("CoverageDict", "EntryDict", "MediaDict", "NoticeDict", "SourceDict", "TimelineDict"))


def __getattr__(name: str) -> Any:
    if name in _CONTRACT_NAMES:
        from . import contract

        return getattr(contract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # the same types, made more cheaply: see liveblog/records.py
    from .records import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """What the normaliser needs that the page may not say: the date of the earliest post,
    the zone, the capture time (for "2h ago"), the output order, and whether to mark
    posts shown twice."""

    date: date | None = None  # the local date of the earliest post
    tz: str | None = None  # an IANA zone name
    now: datetime | None = None  # when the page was captured
    order: Order = "oldest"
    dedupe: bool = True


def time_order(moment: datetime) -> float:
    """A moment as seconds, to order times that may mix zoned instants with wall-clock
    times of an unknown zone (read as UTC), which Python refuses to compare."""
    if moment.tzinfo is None:
        return (moment - datetime(1970, 1, 1)).total_seconds()
    return moment.timestamp()


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 to the second; with its UTC offset when the time is aware."""
    if moment is None:
        return None
    return moment.replace(microsecond=0).isoformat()


# ---------------------------------------------------------------------------
# Values shared by drafts and timelines.


@dataclass(frozen=True, slots=True, kw_only=True)
class Media:
    """A picture or video's caption and credit, as the page gave them."""

    caption: str | None
    credit: str | None

    def to_dict(self) -> MediaDict:
        return {"caption": self.caption, "credit": self.credit}


@dataclass(frozen=True, slots=True, kw_only=True)
class Notice:
    """A recoverable oddity, reported in the output's `warnings` (never raised)."""

    code: str
    message: str
    line: int | None = field(default=None, compare=False)

    def to_dict(self) -> NoticeDict:
        return {"code": self.code, "message": self.message, "line": self.line}


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """The input a timeline came from: its name, its format and the SHA-256 of its bytes."""

    name: str
    format: Format
    sha256: str

    def to_dict(self) -> SourceDict:
        return {"name": self.name, "format": self.format, "sha256": self.sha256}


# ---------------------------------------------------------------------------
# What extraction produces: stamps exactly as printed, not yet resolved.


@dataclass(frozen=True, slots=True, kw_only=True)
class Stamp:
    """A time as the page printed it, with whatever parts it states.

    `instant` is set only when the source gives an exact, zoned moment (an HTML
    `datetime` attribute, JSON-LD); otherwise the parts below are resolved later
    against a date, a zone and a capture time.
    """

    text: str
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    zone: str | None = None  # an abbreviation or offset as printed ("BST", "ET", "UTC+1")
    ago_minutes: int | None = None  # "2h ago" -> 120
    days_ago: int | None = None  # "Today, 09:12" -> 0, "Gestern, 22:15 Uhr" -> 1: days before the capture
    match_minute: int | None = None  # a sports commentary's "95'" or "45+2'": no wall-clock time
    instant: datetime | None = None

    @property
    def has_clock(self) -> bool:
        return self.hour is not None

    @property
    def has_date(self) -> bool:
        return self.year is not None or (self.month is not None and self.day is not None)


@dataclass(frozen=True, slots=True, kw_only=True)
class RawEntry:
    """One post as extraction found it: its stamp as printed, not yet resolved."""

    stamp: Stamp | None
    headline: str | None
    authors: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    media: tuple[Media, ...] = ()
    kind: Kind = "post"
    pinned: bool = False
    key: str | None = None  # the source's own id for the post, when it has one
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Explanation:
    """One line (or one field) of the input and the role it was given, for --explain."""

    line: int | None
    role: str
    reason: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """Everything extraction found, before times are resolved."""

    format: Format
    entries: tuple[RawEntry, ...]
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    published: Stamp | None = None
    updated: Stamp | None = None
    summary: tuple[str, ...] = ()
    key_points: tuple[str, ...] = ()
    stated_zone: str | None = None  # an IANA zone the page states ("All times stated are UK")
    home_zone: str | None = None  # the zone of the page's country or language: assumed, with a warning
    live: bool = True  # False: an ordinary article, given as one entry
    notices: tuple[Notice, ...] = ()
    explanations: tuple[Explanation, ...] = ()


# ---------------------------------------------------------------------------
# What parsing returns.


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One post of the timeline: the contract's entry, with its time resolved."""

    id: str
    time: datetime | None
    time_text: str | None
    headline: str | None
    authors: tuple[str, ...]
    body: str
    kind: Kind
    media: tuple[Media, ...]
    duplicate_of: str | None
    line: int | None = field(default=None, compare=False)

    def to_dict(self) -> EntryDict:
        return {
            "id": self.id,
            "time": iso(self.time),
            "time_text": self.time_text,
            "headline": self.headline,
            "authors": list(self.authors),
            "body": self.body,
            "kind": self.kind,
            "media": [item.to_dict() for item in self.media],
            "duplicate_of": self.duplicate_of,
            "line": self.line,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeline:
    """What parsing returns: the page's fields and its entries (`to_dict` gives the JSON)."""

    source: Source
    title: str | None
    url: str | None
    publisher: str | None
    authors: tuple[str, ...]
    published: datetime | None
    summary: tuple[str, ...]
    key_points: tuple[str, ...]
    timezone: str | None
    entries: tuple[Entry, ...]
    warnings: tuple[Notice, ...]
    explanations: tuple[Explanation, ...] = field(default=(), compare=False, repr=False)

    @property
    def coverage(self) -> tuple[datetime | None, datetime | None]:
        times = [entry.time for entry in self.entries if entry.time is not None]
        if not times:
            return None, None
        return min(times, key=time_order), max(times, key=time_order)

    def to_dict(self) -> TimelineDict:
        start, end = self.coverage
        return {
            "liveblog": CONTRACT_VERSION,
            "source": self.source.to_dict(),
            "title": self.title,
            "url": self.url,
            "publisher": self.publisher,
            "authors": list(self.authors),
            "published": iso(self.published),
            "summary": list(self.summary),
            "key_points": list(self.key_points),
            "timezone": self.timezone,
            "coverage": {"start": iso(start), "end": iso(end)},
            "entries": [entry.to_dict() for entry in self.entries],
            "warnings": [notice.to_dict() for notice in self.warnings],
        }


finish()
