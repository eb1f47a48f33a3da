"""Stage 4, render: a Timeline as JSON (the contract), JSON Lines, or the --explain view.

Rendering returns strings; writing them is the CLI's job.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Literal

from .model import Explanation, Timeline

RenderFormat = Literal["json", "jsonl"]
FORMATS: tuple[RenderFormat, ...] = ("json", "jsonl")


def to_json(timeline: Timeline, *, indent: int | None = 2) -> str:
    return json.dumps(timeline.to_dict(), ensure_ascii=False, indent=indent) + "\n"


def to_jsonl(timelines: Iterable[Timeline]) -> str:
    return "".join(to_json(timeline, indent=None) for timeline in timelines)


def render(timeline: Timeline, format: RenderFormat) -> str:
    if format == "jsonl":
        return to_json(timeline, indent=None)
    return to_json(timeline)


def explain(explanations: Iterable[Explanation]) -> str:
    """One line per input line: its number, the role it got, why, and its text (clipped)."""
    rows = []
    for item in explanations:
        where = f"{item.line:>6}" if item.line is not None else "      "
        text = item.text.strip().replace("\t", " ")
        text = "".join(ch for ch in text if ch.isprintable())
        if len(text) > 70:
            text = text[:69] + "…"
        rows.append(f"{where}  {item.role:<10} {text}    [{item.reason}]")
    return "\n".join(rows) + ("\n" if rows else "")
