"""`liveblog stats`: entries per hour (a terminal bar chart), per author and per kind.

Hours are local to the timeline (the offset each entry's time carries). A blog spanning
at most `CONTINUOUS_HOURS` hours shows every hour, empty ones too, so gaps are visible;
a longer one shows only the hours with entries. Entries with several authors count for
each; entries without a time are counted apart.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypedDict

from .shape import parse_time, sort_key

if TYPE_CHECKING:
    from .contract import TimelineDict

CONTINUOUS_HOURS = 72
#: Width of the longest bar, in characters.
BAR_WIDTH = 40
_EIGHTHS = " ▏▎▍▌▋▊▉"
NO_AUTHOR = "(no author)"


class HourDict(TypedDict):
    hour: str
    count: int


class CountDict(TypedDict):
    name: str
    count: int


class StatsDict(TypedDict):
    source: str
    title: str | None
    entries: int
    untimed: int
    per_hour: list[HourDict]
    per_author: list[CountDict]
    per_kind: list[CountDict]


def stats(timeline: TimelineDict) -> StatsDict:
    hours: Counter[datetime] = Counter()
    untimed = 0
    for entry in timeline["entries"]:
        moment = parse_time(entry["time"])
        if moment is None:
            untimed += 1
        else:
            hours[moment.replace(minute=0, second=0, microsecond=0)] += 1
    authors: Counter[str] = Counter()
    for entry in timeline["entries"]:
        authors.update(entry["authors"] or [NO_AUTHOR])
    kinds: Counter[str] = Counter(entry["kind"] for entry in timeline["entries"])
    return {
        "source": timeline["source"]["name"],
        "title": timeline["title"],
        "entries": len(timeline["entries"]),
        "untimed": untimed,
        "per_hour": [{"hour": hour.isoformat(), "count": hours.get(hour, 0)} for hour in _hour_axis(hours)],
        "per_author": [{"name": name, "count": count} for name, count in _ranked(authors)],
        "per_kind": [{"name": name, "count": count} for name, count in _ranked(kinds)],
    }


def _ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda pair: (-pair[1], pair[0].casefold()))


def _hour_axis(hours: Counter[datetime]) -> list[datetime]:
    ordered = sorted(hours, key=sort_key)
    if not ordered:
        return []
    first, last = ordered[0], ordered[-1]
    span = (sort_key(last) - sort_key(first)) / timedelta(hours=1)
    if span >= CONTINUOUS_HOURS or (first.tzinfo is None) != (last.tzinfo is None):
        return ordered
    axis, seen = [], set()
    for step in range(int(span) + 1):
        moment = first + timedelta(hours=step)
        if first.tzinfo is not None:  # keep each hour in the offset its own entries carry (DST)
            moment = next((hour for hour in ordered if sort_key(hour) == sort_key(moment)), moment)
        if sort_key(moment) not in seen:
            seen.add(sort_key(moment))
            axis.append(moment)
    return axis


def chart(result: StatsDict) -> str:
    """The stats as text: a bar chart per hour, then per author and per kind."""
    from .terminal import clean

    with_day = len({hour["hour"][:10] for hour in result["per_hour"]}) > 1
    label = "%d %b %H:00" if with_day else "%H:00"
    out = [clean(result["title"]) or clean(result["source"]),
           f"{result['entries']} entries" + (f", {result['untimed']} without a time" if result["untimed"] else ""),
           "", "Entries per hour"]
    hours = [(datetime.fromisoformat(hour["hour"]).strftime(label), hour["count"]) for hour in result["per_hour"]]
    out += _bars(hours) if hours or not result["untimed"] else ["  (no entry has a time: pass --date, --now or --tz)"]
    out += ["", "Per author", *_bars([(clean(item["name"]), item["count"]) for item in result["per_author"]])]
    out += ["", "Per kind", *_bars([(item["name"], item["count"]) for item in result["per_kind"]])]
    return "\n".join(out) + "\n"


def _bars(rows: list[tuple[str, int]]) -> list[str]:
    if not rows:
        return ["  (none)"]
    top = max(count for _, count in rows) or 1
    width = min(max(len(name) for name, _ in rows), 32)
    lines = []
    for name, count in rows:
        eighths = round(count * BAR_WIDTH * 8 / top)
        bar = "█" * (eighths // 8) + (_EIGHTHS[eighths % 8] if eighths % 8 else "")
        shown = name if len(name) <= width else name[: width - 1] + "…"
        lines.append(f"  {shown:<{width}}  {bar} {count}".rstrip())
    return lines
