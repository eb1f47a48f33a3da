"""Shaping: keep the entries a reader asked for (--since, --until, --author, --grep, --kind).

Shaping works on the output contract (a `TimelineDict`), so a parsed page, a liveblog
JSON file read back and a merged timeline are shaped alike. It never reorders entries
(ordering is the normaliser's `--order`) and recomputes `coverage` from what is kept.

Bounds are inclusive. A bound given as `HH:MM` is that clock time on the local day of
the timeline's earliest entry (pass a full ISO time for any other day), except that an
`HH:MM` until-bound earlier than the since-bound or the first entry is on the next day
(`--since 22:00 --until 01:00` spans midnight). A bound without an offset is read in
the timeline's zone. Entries whose time is unknown (`null`) are
dropped by `--since`/`--until`, since nobody can say they are inside the window.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from . import patterns

if TYPE_CHECKING:
    from .contract import EntryDict, TimelineDict

_CLOCK = patterns.compile(r"(\d{1,2})[:.](\d{2})")


class Bound(NamedTuple):
    """One end of a time window: an exact moment, or a clock time on the blog's first day."""

    moment: datetime | None = None
    clock: time | None = None

    @classmethod
    def parse(cls, text: str) -> Bound:
        """`HH:MM` or ISO 8601 (`2026-01-06`, `2026-01-06T14:00`, `...+01:00`, `...Z`); ValueError otherwise."""
        value = text.strip()
        match = _CLOCK.fullmatch(value)
        if match:
            return cls(clock=time(int(match[1]), int(match[2])))
        return cls(moment=datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00")))

    def resolve(self, first: datetime | None, zone: tzinfo | None) -> datetime | None:
        """The moment this bound stands for, given the timeline's earliest entry and zone."""
        if self.moment is not None:
            if self.moment.tzinfo is None and zone is not None:
                return self.moment.replace(tzinfo=zone)
            return self.moment
        if first is None or self.clock is None:
            return None
        return datetime.combine(first.date(), self.clock, tzinfo=zone if zone is not None else first.tzinfo)


class Shape(NamedTuple):
    """What to keep; an empty Shape keeps everything. Every rule must hold for an entry to stay."""

    since: Bound | None = None
    until: Bound | None = None
    authors: tuple[str, ...] = ()  # any of these, as a case-insensitive part of an author's name
    grep: re.Pattern[str] | None = None  # searched in the headline, body, authors and captions
    kinds: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self == Shape()


def shape(timeline: TimelineDict, rules: Shape) -> TimelineDict:
    """The timeline with only the entries `rules` keep, and its coverage recomputed."""
    if rules.is_empty:
        return timeline
    zone = _zone(timeline)
    times = [moment for moment in (_time(entry) for entry in timeline["entries"]) if moment is not None]
    first = min(times, key=sort_key) if times else None
    if first is not None and zone is not None and first.tzinfo is not None:
        first = first.astimezone(zone)
    since = rules.since.resolve(first, zone) if rules.since else None
    until = rules.until.resolve(first, zone) if rules.until else None
    if until is not None and rules.until is not None and rules.until.clock is not None and first is not None \
            and (_before(until, first) or (since is not None and _before(until, since))):
        until += timedelta(days=1)  # `--since 22:00 --until 01:00` spans midnight
    needs_time = rules.since is not None or rules.until is not None
    authors = tuple(name.casefold() for name in rules.authors)
    kept = []
    for entry in timeline["entries"]:
        if rules.kinds and entry["kind"] not in rules.kinds:
            continue
        if authors and not any(wanted in name.casefold() for name in entry["authors"] for wanted in authors):
            continue
        if rules.grep is not None and not rules.grep.search(_searchable(entry)):
            continue
        if needs_time:
            moment = _time(entry)
            if moment is None or (since is not None and _before(moment, since)) \
                    or (until is not None and _before(until, moment)):
                continue
        kept.append(entry)
    return with_entries(timeline, kept)


def with_entries(timeline: TimelineDict, entries: list[EntryDict]) -> TimelineDict:
    """A copy of `timeline` holding `entries`, with `coverage` recomputed from them."""
    times = [(moment, entry["time"]) for entry in entries if (moment := _time(entry)) is not None]
    out = dict(timeline)
    out["entries"] = entries
    if times:
        out["coverage"] = {"start": min(times, key=lambda pair: sort_key(pair[0]))[1],
                           "end": max(times, key=lambda pair: sort_key(pair[0]))[1]}
    else:
        out["coverage"] = {"start": None, "end": None}
    return out  # type: ignore[return-value]  # a copy of a TimelineDict with the same keys


def parse_time(text: str | None) -> datetime | None:
    """A contract time string back to a datetime (None when absent or unreadable)."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _time(entry: EntryDict) -> datetime | None:
    return parse_time(entry["time"])


def sort_key(moment: datetime) -> datetime:
    """Aware times compare as instants; naive ones (no zone known) as wall-clock times."""
    return moment.replace(tzinfo=None) - (moment.utcoffset() or timedelta(0))


def _before(first: datetime, second: datetime) -> bool:
    """first < second, comparing a naive time with an aware one by wall clock."""
    if (first.tzinfo is None) != (second.tzinfo is None):
        first, second = first.replace(tzinfo=None), second.replace(tzinfo=None)
    return first < second


def _zone(timeline: TimelineDict) -> tzinfo | None:
    name = timeline.get("timezone")
    if not name:
        return None
    from .errors import SettingsError
    from .zones import zone

    try:
        return zone(name)
    except SettingsError:  # an unknown zone in a JSON file read back: fall back to the entries' offsets
        return None


def _searchable(entry: EntryDict) -> str:
    captions = [item["caption"] or "" for item in entry["media"]]
    return "\n".join([entry["headline"] or "", entry["body"], *entry["authors"], *captions])

