"""Timelines for `diff`, `merge` and `stats`: a page (parsed) or a liveblog JSON output (read back).

A file whose content is a JSON object with `"liveblog": 1` is taken as an output of
`liveblog parse` (or `merge`) and checked against the contract's JSON Schema; anything else is
parsed as a page with the given settings. So snapshots can be kept either as the pages
themselves or as the timelines parsed from them.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .batch import Job, run_one
from .errors import InputError
from .files import read_input
from .model import CONTRACT_VERSION

if TYPE_CHECKING:
    from .contract import TimelineDict

#: JSON Schema type names -> the Python types json.loads gives for them.
_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "null": (type(None),), "array": (list,), "object": (dict,),
                                       "integer": (int,), "number": (int, float), "boolean": (bool,)}


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


def problem(value: object, schema: dict[str, Any], where: str = "") -> str | None:
    """Where `value` breaks `schema` (the subset of JSON Schema liveblog's own schema uses:
    type, const, enum, properties, required, items, pattern, minimum, date-time), or None."""
    here = where or "the document"
    kinds = schema.get("type")
    if kinds is not None:
        names = [kinds] if isinstance(kinds, str) else kinds
        allowed = tuple(kind for name in names for kind in _TYPES[name])
        if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
            return f"{here}: not {' or '.join(names)}"
    if "const" in schema and value != schema["const"]:
        return f"{here}: not {schema['const']!r}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{here}: not one of {', '.join(map(str, schema['enum']))}"
    if isinstance(value, str):
        if "pattern" in schema and re.search(schema["pattern"], value) is None:
            return f"{here}: not of the form {schema['pattern']}"
        if schema.get("format") == "date-time":
            try:
                datetime.fromisoformat(value)
            except ValueError:
                return f"{here}: not a date-time"
    if isinstance(value, int) and "minimum" in schema and value < schema["minimum"]:
        return f"{here}: under {schema['minimum']}"
    if isinstance(value, dict):
        prefix = f"{where}." if where else ""
        for key in schema.get("required", ()):
            if key not in value:
                return f"{prefix}{key}: missing"
        for key, inner in schema.get("properties", {}).items():
            if key in value and (found := problem(value[key], inner, prefix + key)):
                return found
    if isinstance(value, list) and "items" in schema:
        for number, item in enumerate(value):
            if found := problem(item, schema["items"], f"{where}[{number}]"):
                return found
    return None


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
    from .schema import TIMELINE

    found = problem(value, TIMELINE)
    if found is not None:
        raise InputError(f"{name}: not a liveblog timeline ({found})")
    return value  # type: ignore[return-value]  # checked against the schema above
