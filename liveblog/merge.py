"""`liveblog merge`: one timeline from several pages or snapshots of the same live blog.

Inputs are given oldest snapshot first (or page 1, page 2, ... of a paginated blog).
Every entry appears once, matched by its stable `id`; when several inputs hold it, the
version from the last of them wins (the newest edit). The preamble (title, authors,
summary, ...) comes from the last input that states each field. Entries are ordered by
time (an entry without one stays after the entry it followed), or with `order="page"`
in the order they were first seen. The merged `source` names every input, and its
`sha256` is that of their hashes, so the same snapshots always give the same source.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import TYPE_CHECKING

from .shape import parse_time, sort_key, with_entries
from .vocabulary import Order

if TYPE_CHECKING:
    from .contract import EntryDict, NoticeDict, TimelineDict

#: Preamble fields taken from the last input that has a value for them.
_PREAMBLE = ("title", "url", "publisher", "authors", "summary", "key_points", "timezone")


def merge(timelines: list[TimelineDict], *, order: Order = "oldest") -> TimelineDict:
    if not timelines:
        raise ValueError("merge needs at least one timeline")
    newest: dict[str, EntryDict] = {}
    first_seen: list[str] = []
    for timeline in timelines:
        for entry in timeline["entries"]:
            if entry["id"] not in newest:
                first_seen.append(entry["id"])
            newest[entry["id"]] = entry
    entries = [newest[entry_id] for entry_id in first_seen]
    if order != "page":
        entries = _chronological(entries, newest_first=order == "newest")
    base = timelines[-1]
    merged = dict(base)
    for key in _PREAMBLE:
        merged[key] = next((timeline[key] for timeline in reversed(timelines) if timeline[key]), base[key])  # type: ignore[literal-required]
    merged["published"] = next((timeline["published"] for timeline in timelines if timeline["published"]), None)
    names = [timeline["source"]["name"] for timeline in timelines]
    digest = hashlib.sha256("".join(timeline["source"]["sha256"] for timeline in timelines).encode()).hexdigest()
    merged["source"] = {"name": " + ".join(names), "format": base["source"]["format"], "sha256": digest}
    warnings: list[NoticeDict] = []
    for timeline in timelines:
        for notice in timeline["warnings"]:
            if all((notice["code"], notice["message"]) != (seen["code"], seen["message"]) for seen in warnings):
                warnings.append(notice)
    merged["warnings"] = warnings
    return with_entries(merged, entries)  # type: ignore[arg-type]  # a TimelineDict with its keys replaced


def _chronological(entries: list[EntryDict], *, newest_first: bool) -> list[EntryDict]:
    """Stable sort by time; an entry without a time takes the time of the entry before it (or after it)."""
    anchors: list[datetime | None] = []
    last: datetime | None = None
    for entry in entries:
        moment = parse_time(entry["time"])
        last = sort_key(moment) if moment is not None else last
        anchors.append(last)
    following: datetime | None = None
    for index in range(len(entries) - 1, -1, -1):
        if anchors[index] is None:
            anchors[index] = following
        else:
            following = anchors[index]
    if following is None:  # no entry has a time: keep the order they were seen in
        return entries
    ranked = sorted(zip(anchors, range(len(entries)), strict=True), key=lambda pair: pair[0] or datetime.min)
    ordered = [entries[index] for _, index in ranked]
    return ordered[::-1] if newest_first else ordered  # the mirror image, untimed entries included
