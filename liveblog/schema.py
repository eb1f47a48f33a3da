"""The JSON Schema of the output contract (version 1).

Written out by hand so it reads as documentation; the tests check that its properties
match the TypedDicts of `liveblog.model` key for key and in order, and validate every
output they produce against it.
"""

from __future__ import annotations

from typing import Any

from .model import CONTRACT_VERSION, KINDS

_TEXT_OR_NULL = {"type": ["string", "null"]}
_TIME_OR_NULL = {"type": ["string", "null"], "format": "date-time"}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


MEDIA = _object({"caption": _TEXT_OR_NULL, "credit": _TEXT_OR_NULL})

ENTRY = _object({
    "id": {"type": "string", "pattern": "^[0-9a-f]{12}$", "description": "stable across parses and later copies"},
    "time": {**_TIME_OR_NULL, "description": "ISO 8601, with the offset when the zone is known"},
    "time_text": {**_TEXT_OR_NULL, "description": "the stamp exactly as the page printed it"},
    "headline": _TEXT_OR_NULL,
    "authors": {"type": "array", "items": {"type": "string"}},
    "body": {"type": "string", "description": "paragraphs separated by a blank line"},
    "kind": {"enum": list(KINDS)},
    "media": {"type": "array", "items": MEDIA},
    "duplicate_of": {"type": ["string", "null"], "description": "the id of the earlier copy of this post"},
    "line": {"type": ["integer", "null"], "minimum": 1, "description": "1-based line of the stamp in the input"},
})

NOTICE = _object({"code": {"type": "string"}, "message": {"type": "string"}, "line": {"type": ["integer", "null"]}})

TIMELINE: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://liveblog.invalid/schema/v1.json",
    "title": "liveblog timeline, contract version 1",
    **_object({
        "liveblog": {"const": CONTRACT_VERSION},
        "source": _object({
            "name": {"type": "string"},
            "format": {"enum": ["text", "html"]},
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        }),
        "title": _TEXT_OR_NULL,
        "url": _TEXT_OR_NULL,
        "publisher": _TEXT_OR_NULL,
        "authors": {"type": "array", "items": {"type": "string"}},
        "published": _TIME_OR_NULL,
        "summary": {"type": "array", "items": {"type": "string"}},
        "key_points": {"type": "array", "items": {"type": "string"}},
        "timezone": {**_TEXT_OR_NULL, "description": "IANA zone the times are given in"},
        "coverage": _object({"start": _TIME_OR_NULL, "end": _TIME_OR_NULL}),
        "entries": {"type": "array", "items": ENTRY},
        "warnings": {"type": "array", "items": NOTICE},
    }),
}
