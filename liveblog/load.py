"""Timelines for `diff`, `merge` and `stats`: a page (parsed) or a liveblog JSON output (read back).

A file whose content is a JSON object with `"liveblog": 1` is taken as an output of
`liveblog parse` (or `merge`) and checked for the contract's keys; anything else is
parsed as a page with the given settings. So snapshots can be kept either as the pages
themselves or as the timelines parsed from them.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .batch import Job, run_one
from .errors import InputError
from .files import read_input
from .model import CONTRACT_VERSION

if TYPE_CHECKING:
    from .contract import TimelineDict

_TIMELINE_KEYS = ("source", "title", "url", "publisher", "authors", "published", "summary", "key_points",
                  "timezone", "coverage", "entries", "warnings")
_ENTRY_KEYS = {"id": str, "body": str, "kind": str, "authors": list, "media": list}
_ENTRY_OPTIONAL = ("time", "time_text", "headline", "duplicate_of", "line")


def load(path: str, job: Job) -> TimelineDict:
    """The timeline in `path` (`-` for stdin), shaped by `job.shape`; InputError when it cannot be had."""
    data, name = read_input(path, job.max_bytes)
    stored = _stored_timeline(data, name)
    if stored is not None:
        from .shape import shape

        return shape(stored, job.shape)
    outcome = run_one(path, job._replace(mode="data"), data)
    if outcome.data is None:
        raise InputError(outcome.error or f"{name}: cannot be parsed")
    return outcome.data


def _stored_timeline(data: bytes, name: str) -> TimelineDict | None:
    """The timeline if `data` is a liveblog JSON output; None if it is not JSON (so: a page)."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{"):
        return None
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(value, dict) or "liveblog" not in value:
        return None
    if value["liveblog"] != CONTRACT_VERSION:
        raise InputError(f"{name}: liveblog JSON version {value['liveblog']!r}, expected {CONTRACT_VERSION}")
    missing = [key for key in _TIMELINE_KEYS if key not in value]
    entries = value.get("entries")
    if missing or not isinstance(entries, list):
        raise InputError(f"{name}: not a liveblog timeline (missing {', '.join(missing) or 'entries'})")
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) \
                or any(not isinstance(entry.get(key), kind) for key, kind in _ENTRY_KEYS.items()) \
                or any(key not in entry for key in _ENTRY_OPTIONAL):
            raise InputError(f"{name}: entry {number} is not a liveblog entry")
    return value  # type: ignore[return-value]  # checked above, key by key
