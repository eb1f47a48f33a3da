"""Stage 4, render: a timeline as JSON (the contract), JSON Lines, CSV, Markdown, HTML, or --explain.

Rendering returns strings; writing them is the CLI's job. Several timelines make one
stream: `head` (once, before the first), `body` (per timeline) and `tail` (once, after
the last), so a batch can be written as results arrive. `document` is the three at once,
for one timeline in one file. The terminal table is drawn by `liveblog.views.print_table`.

With several timelines, `json` gives one document after another (a stream that `jq`
reads as is), `jsonl` one per line, `csv` one header then every entry, `md` one section
per blog, `html` one page holding every blog.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Literal

from .model import Explanation, Timeline, TimelineDict

RenderFormat = Literal["json", "jsonl", "csv", "md", "html"]
#: File name extension of each format, for `-o DIR/`.
EXTENSIONS: dict[str, str] = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "md": ".md", "html": ".html",
                              "table": ".txt", "explain": ".txt"}
Per = Literal["timeline", "entry"]


def to_json(timeline: Timeline | TimelineDict, *, indent: int | None = 2) -> str:
    data = timeline.to_dict() if isinstance(timeline, Timeline) else timeline
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


def head(format: RenderFormat, *, title: str | None = None) -> str:
    """What comes before the first timeline (the CSV header, the start of the HTML page)."""
    if format == "csv":
        from .views import csv_header

        return csv_header()
    if format == "html":
        from .views import html_head

        return html_head(title)
    return ""


#: Put between two timelines of a stream (after the first body, before the next).
SEPARATORS: dict[str, str] = {"md": "\n---\n\n"}


def body(timeline: TimelineDict, format: RenderFormat, *, per: Per = "timeline") -> str:
    """One timeline, as the part of a stream between `head` and `tail`."""
    if format == "json":
        return to_json(timeline)
    if format == "jsonl":
        if per == "entry":
            from .views import entry_lines

            return entry_lines(timeline)
        return to_json(timeline, indent=None)
    if format == "csv":
        from .views import csv_rows

        return csv_rows(timeline)
    if format == "md":
        from .views import markdown

        return markdown(timeline)
    from .views import html_article

    return html_article(timeline)


def tail(format: RenderFormat) -> str:
    if format == "html":
        from .views import html_tail

        return html_tail()
    return ""


def document(timeline: TimelineDict, format: RenderFormat, *, per: Per = "timeline") -> str:
    """One timeline as a whole file."""
    return head(format, title=timeline["title"]) + body(timeline, format, per=per) + tail(format)


def render(timeline: Timeline | TimelineDict, format: RenderFormat = "json") -> str:
    data = timeline.to_dict() if isinstance(timeline, Timeline) else timeline
    return document(data, format)


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
