"""What each source of a page says: the page's fields and its posts, before reconciling.

Three sources describe one page: JSON-LD (`jsonld`), microdata (`microdata`) and the
page's own visible posts (`containers`, or the text path on the visible text). Each
gives `Post`s and a `PageFacts`; `reconcile` takes every field from the better one.
Times given as data (ISO 8601, epoch seconds or milliseconds) are read here, exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from .. import patterns
from ..model import Kind, Media, Stamp

#: Epoch values outside these years are ids or counters, not times.
EPOCH_YEARS = (1995, 2100)

_ISO = patterns.compile(
    r"\s*(?P<date>\d{4}-\d\d-\d\d)"
    r"(?:[T ](?P<hour>\d\d):(?P<minute>\d\d)(?::(?P<second>\d\d)(?:[.,](?P<fraction>\d+))?)?"
    r"\s*(?P<zone>Z|[+-]\d\d:?\d\d|[+-]\d\d)?)?\s*$",
    re.I,
)
#: ISO 8601's basic format, with no separators but the "T" (Nikkei's JSON-LD: "20180619T055000+0900").
_ISO_BASIC = patterns.compile(
    r"(?P<date>\d{8})T(?P<hour>\d\d)(?P<minute>\d\d)(?P<second>\d\d)?(?:[.,](?P<fraction>\d+))?"
    r"(?P<zone>Z|[+-]\d\d:?\d\d|[+-]\d\d)?",
    re.I,
)
_EPOCH = patterns.compile(r"\s*(?P<digits>\d{10}|\d{13})(?:\.\d+)?\s*$")
#: The usual form of a time in a page's attributes and data ("2026-01-06T14:32:00+01:00"):
#: the text `read_instant` would rebuild from `_ISO`'s parts is this text itself ("Z" aside,
#: which Python reads as "+00:00"), so it goes to Python's parser as it stands (the regex
#: and the rebuilding cost 20 times what the parser does).
_USUAL = patterns.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:[+-][0-9]{2}:[0-9]{2}|Z)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Post:
    """One post as one source states it. `published` is exact (from data), `stamp` is
    what the page prints; either may be missing."""

    source: str  # "json-ld", "microdata", "page"
    key: str | None = None  # the source's own id: a URL fragment, an @id, an element id
    published: datetime | None = None
    modified: datetime | None = None
    stamp: Stamp | None = None
    headline: str | None = None
    headline_guessed: bool = False  # a title-like first line, not a heading element
    authors: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    body_is_text: bool = True  # False: the source's body was markup or not a string
    media: tuple[Media, ...] = ()
    kind: Kind = "post"
    line: int | None = field(default=None, compare=False)
    anchor: object = field(default=None, compare=False, repr=False)  # the element it came from


@dataclass(frozen=True, slots=True, kw_only=True)
class PageFacts:
    """The page's own fields as one source states them."""

    source: str
    live: bool = False  # the source calls the page a live blog (LiveBlogPosting)
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    updated: datetime | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Structured:
    """Everything one structured source (JSON-LD or microdata) gives."""

    page: PageFacts | None
    posts: tuple[Post, ...]
    notices: tuple[str, ...] = ()  # what could not be read, for --explain


def read_instant(value: object) -> datetime | None:
    """An exact time from data: ISO 8601 with a clock (zone optional), or epoch s/ms."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _epoch(float(value))
    if not isinstance(value, str) or len(value) > 40:
        return None
    if _USUAL.fullmatch(value):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return read_written(value)


def read_written(value: str) -> datetime | None:
    """`read_instant` of a text in any form (epoch, ISO 8601 with or without seconds or zone,
    in the extended or the basic format)."""
    epoch = _EPOCH.match(value)
    if epoch:
        digits = epoch.group("digits")
        return _epoch(int(digits) / (1000 if len(digits) == 13 else 1))
    found = _ISO.match(value) or _ISO_BASIC.fullmatch(value.strip())
    if not found:
        return None
    date, hour, minute, second, fraction, zone = found.groups()
    if hour is None:
        return None
    if "-" not in date:
        date = f"{date[:4]}-{date[4:6]}-{date[6:]}"  # the basic format's "20180619"
    text = f"{date}T{hour}:{minute}:{second or '00'}"
    if fraction:
        text += "." + fraction[:6].ljust(6, "0")
    if zone:
        text += "+00:00" if zone in ("Z", "z") else _offset(zone)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _offset(zone: str) -> str:
    digits = zone[1:].replace(":", "")
    return f"{zone[0]}{digits[:2]}:{digits[2:4] or '00'}"


def _epoch(seconds: float) -> datetime | None:
    if seconds > 10**11:  # milliseconds
        seconds /= 1000
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment if EPOCH_YEARS[0] <= moment.year <= EPOCH_YEARS[1] else None


@lru_cache(maxsize=256)
def _zone_label(offset: timedelta) -> str:
    """'UTC+02:00' for an offset (cached: a page's times share one or two offsets)."""
    minutes = int(offset / timedelta(minutes=1))
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def stamp_of(moment: datetime, text: str | None = None) -> Stamp:
    """A Stamp for an exact time: its parts are the wall clock in the time's own offset,
    with that offset as the zone, so a page-level date anchors clock-only stamps right."""
    offset = moment.utcoffset()
    zone = _zone_label(offset) if offset is not None else None
    return Stamp(text=text or moment.isoformat(), hour=moment.hour, minute=moment.minute, second=moment.second,
                 year=moment.year, month=moment.month, day=moment.day, zone=zone, instant=moment)
