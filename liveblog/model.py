"""The data model: what extraction produces (a Draft) and what parsing returns (a Timeline).

Every type is a slotted, keyword-only dataclass whose instances cannot be changed (as
`dataclass(frozen=True)` would make it; see `_Value` for how). Positions in the source (`line`)
are kept out of equality, so two parses of the same page compare equal even when a
banner above the posts moved them down. The JSON shape (output contract v1) is typed
once, by the TypedDicts of `liveblog.contract`, and produced only by the `to_dict` methods; the JSON
Schema in `liveblog.schema` is checked against these TypedDicts by the tests.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import FrozenInstanceError, field
from datetime import date, datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Any, ClassVar

# the contract's vocabularies live apart (the command line needs them without the model)
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


# ---------------------------------------------------------------------------
# Frozen dataclasses, made at the cost of one compile.
#
# `dataclass(frozen=True)` compiles five or six functions from source for each class, one
# at a time, at every start: on Python 3.11 about 50 M instructions (18 ms) for the ten
# types below, a quarter of what starting `liveblog parse` costs over importing click.
# Here the types are plain slotted dataclasses (fields, `replace`, `asdict` work as ever);
# `_Value` gives what `frozen` and `eq` would (no assignment, comparison and hashing by the
# compared fields, the same repr), and `_finish` compiles every `__init__` in one pass.
# Type checkers see `dataclass(frozen=True, slots=True, kw_only=True)` itself.


class _Value:
    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]]
    _shown: ClassVar[tuple[str, ...]]
    _compared: ClassVar[attrgetter[Any]]

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._compared(self) == self._compared(other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._compared(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{self.__class__.__qualname__}({shown})"

    def __getstate__(self) -> list[Any]:  # pickle and copy, which would assign otherwise
        return [getattr(self, name) for name in self._fields]

    def __setstate__(self, state: list[Any]) -> None:
        for name, value in zip(self._fields, state, strict=True):
            object.__setattr__(self, name, value)


_values: list[type[_Value]] = []

if TYPE_CHECKING:
    from dataclasses import dataclass
else:

    def dataclass(*, frozen: bool, slots: bool, kw_only: bool) -> Callable[[type], type]:
        """`dataclass(frozen=True, slots=True, kw_only=True)`, finished by `_finish`."""
        assert frozen and slots and kw_only

        def make(cls: type) -> type:
            made = dataclasses.dataclass(init=False, repr=False, eq=False, slots=True, kw_only=True)(cls)
            _values.append(made)
            return made

        return make


def _finish(classes: list[type[_Value]]) -> None:
    """Give each class the `__init__` a frozen, keyword-only dataclass has, all compiled at once."""
    defaults: dict[str, Any] = {"_set": object.__setattr__}
    source = []
    for cls in classes:
        params, body = [], []
        for item in dataclasses.fields(cls):  # type: ignore[arg-type]
            if item.default_factory is not dataclasses.MISSING:
                raise TypeError(f"{cls.__name__}.{item.name}: default_factory is not supported here")
            if item.default is dataclasses.MISSING:
                params.append(item.name)
            else:
                defaults[f"_{cls.__name__}_{item.name}"] = item.default
                params.append(f"{item.name}=_{cls.__name__}_{item.name}")
            body.append(f"    _set(self, {item.name!r}, {item.name})")
        source.append(f"def {cls.__name__}(self, *, {', '.join(params)}):\n" + "\n".join(body or ["    pass"]))
    exec("\n".join(source), defaults)  # our own field names, as dataclasses does
    for cls in classes:
        init = defaults[cls.__name__]
        init.__qualname__ = f"{cls.__qualname__}.__init__"
        init.__annotations__ = {**cls.__annotations__, "return": None}
        fields = dataclasses.fields(cls)  # type: ignore[arg-type]
        cls.__init__ = init  # type: ignore[method-assign]
        cls._fields = tuple(item.name for item in fields)
        cls._shown = tuple(item.name for item in fields if item.repr)
        cls._compared = attrgetter(*(item.name for item in fields if item.compare))


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings(_Value):
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
class Media(_Value):
    """A picture or video's caption and credit, as the page gave them."""

    caption: str | None
    credit: str | None

    def to_dict(self) -> MediaDict:
        return {"caption": self.caption, "credit": self.credit}


@dataclass(frozen=True, slots=True, kw_only=True)
class Notice(_Value):
    """A recoverable oddity, reported in the output's `warnings` (never raised)."""

    code: str
    message: str
    line: int | None = field(default=None, compare=False)

    def to_dict(self) -> NoticeDict:
        return {"code": self.code, "message": self.message, "line": self.line}


@dataclass(frozen=True, slots=True, kw_only=True)
class Source(_Value):
    """The input a timeline came from: its name, its format and the SHA-256 of its bytes."""

    name: str
    format: Format
    sha256: str

    def to_dict(self) -> SourceDict:
        return {"name": self.name, "format": self.format, "sha256": self.sha256}


# ---------------------------------------------------------------------------
# What extraction produces: stamps exactly as printed, not yet resolved.


@dataclass(frozen=True, slots=True, kw_only=True)
class Stamp(_Value):
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
class RawEntry(_Value):
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
class Explanation(_Value):
    """One line (or one field) of the input and the role it was given, for --explain."""

    line: int | None
    role: str
    reason: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft(_Value):
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
    live: bool = True  # False: an ordinary article, given as one entry
    notices: tuple[Notice, ...] = ()
    explanations: tuple[Explanation, ...] = ()


# ---------------------------------------------------------------------------
# What parsing returns.


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry(_Value):
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
class Timeline(_Value):
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


_finish(_values)
