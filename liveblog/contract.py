"""The JSON shape of the output contract (v1), typed once: what `to_dict` returns.

Only type checkers need these; the model imports them on first use (`liveblog.model.EntryDict`
still works), so starting the command line does not build them. The JSON Schema in
`liveblog.schema` is checked against them by the tests.
"""

from __future__ import annotations

from typing import TypedDict

from .vocabulary import Format, Kind


class MediaDict(TypedDict):
    caption: str | None
    credit: str | None


class EntryDict(TypedDict):
    id: str
    time: str | None
    time_text: str | None
    headline: str | None
    authors: list[str]
    body: str
    kind: Kind
    media: list[MediaDict]
    duplicate_of: str | None
    line: int | None


class SourceDict(TypedDict):
    name: str
    format: Format
    sha256: str


class CoverageDict(TypedDict):
    start: str | None
    end: str | None


class NoticeDict(TypedDict):
    code: str
    message: str
    line: int | None


class TimelineDict(TypedDict):
    liveblog: int
    source: SourceDict
    title: str | None
    url: str | None
    publisher: str | None
    authors: list[str]
    published: str | None
    summary: list[str]
    key_points: list[str]
    timezone: str | None
    coverage: CoverageDict
    entries: list[EntryDict]
    warnings: list[NoticeDict]
