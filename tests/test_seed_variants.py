"""The seed live blog, re-encoded and re-laid out, must give the same timeline.

The posts are cut out of the seed by an independent rule written for this test (a
stamp line `HH:MM , Author`, its headline two lines above), then re-assembled the way
other copies and other outlets print them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

import liveblog

from .conftest import FIXTURES

SEED = (FIXTURES / "seed-independent-app-live.txt").read_text(encoding="utf-8")
LINES = SEED.split("\n")
_STAMP = re.compile(r"^\d\d:\d\d , ")
_STAMPS = [index for index, line in enumerate(LINES) if _STAMP.match(line)]
_FOOTER = LINES.index("Sign up to read this article")
PREAMBLE = LINES[: _STAMPS[0] - 2]
POSTS = [LINES[start - 2 : end - 2] for start, end in zip(_STAMPS, [*_STAMPS[1:], _FOOTER + 2], strict=True)]
FOOTER = LINES[_FOOTER:]


def _timeline_key(timeline: liveblog.Timeline, *, authors: bool = True) -> list[tuple[Any, ...]]:
    return [
        (entry.time, entry.headline, entry.authors if authors else None, entry.body, entry.media, entry.kind,
         entry.duplicate_of is not None)
        for entry in timeline.entries
    ]


BASE = liveblog.parse(SEED, date="2026-01-06")


def test_the_seed_has_41_posts_from_0839_to_0254_next_day() -> None:
    assert len(POSTS) == 41
    assert len(BASE.entries) == 41
    assert BASE.entries[0].time is not None and BASE.entries[0].time.isoformat() == "2026-01-06T08:39:00+00:00"
    assert BASE.entries[-1].time is not None and BASE.entries[-1].time.isoformat() == "2026-01-07T02:54:00+00:00"


ENCODINGS: dict[str, Callable[[str], bytes]] = {
    "utf8-bom": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "utf16-le-bom": lambda text: text.encode("utf-16"),
    "utf16-be-bom": lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
    "cp1252": lambda text: text.encode("cp1252"),
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "cr": lambda text: text.replace("\n", "\r").encode("utf-8"),
    "no-blank-lines": lambda text: "\n".join(line for line in text.split("\n") if line.strip()).encode("utf-8"),
    "double-blank-lines": lambda text: text.replace("\n\n", "\n\n\n").encode("utf-8"),
    "trailing-spaces": lambda text: "\n".join(line + "  " for line in text.split("\n")).encode("utf-8"),
    "tab-indented": lambda text: "\n".join("\t" + line if line else line for line in text.split("\n")).encode(),
    "no-break-spaces": lambda text: text.replace(" , ", "\u00a0, ").encode("utf-8"),
}


@pytest.mark.parametrize("variant", list(ENCODINGS), ids=list(ENCODINGS))
def test_encodings_and_spacing_give_the_same_timeline(variant: str) -> None:
    timeline = liveblog.parse(ENCODINGS[variant](SEED), date="2026-01-06")
    assert _timeline_key(timeline) == _timeline_key(BASE)


def _relayout(post: list[str], layout: str) -> list[str]:
    headline, stamp, rest = post[0], post[2], post[3:]
    clock, author = stamp.split(" , ")
    body = [line for line in rest if line.strip()]
    return {
        "stamp-above-headline": [stamp, "", headline, *rest],
        "stamp-above-no-blanks": [stamp, headline, *body],
        "author-on-own-line": [clock, author, headline, *rest],
        "author-glued-to-time": [clock + author, headline, *rest],
        "headline-after-colon": [f"{clock}: {headline}", *rest],  # as BR24 prints posts: no author
    }[layout]


LAYOUTS = ["stamp-above-headline", "stamp-above-no-blanks", "author-on-own-line", "author-glued-to-time",
           "headline-after-colon"]  # fmt: skip


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUTS)
def test_other_outlets_layouts_give_the_same_timeline(layout: str) -> None:
    lines = PREAMBLE + [line for post in POSTS for line in _relayout(post, layout)] + FOOTER
    timeline = liveblog.parse("\n".join(lines), date="2026-01-06")
    with_authors = layout != "headline-after-colon"
    assert _timeline_key(timeline, authors=with_authors) == _timeline_key(BASE, authors=with_authors)


def test_oldest_first_page_gives_the_same_timeline() -> None:
    lines = PREAMBLE + [line for post in reversed(POSTS) for line in [*post, ""]] + FOOTER
    timeline = liveblog.parse("\n".join(lines), date="2026-01-06")
    assert _timeline_key(timeline) == _timeline_key(BASE)
    assert [entry.id for entry in timeline.entries] == [entry.id for entry in BASE.entries]
