"""Human and spreadsheet views of a timeline: CSV, Markdown, one HTML page, a terminal table.

Every view renders the output contract (a `TimelineDict`), so anything liveblog can
read back (a parsed page, a JSON file, a merged timeline) renders alike. Page text is
data in every view, never code:

* CSV: a cell that a spreadsheet would read as a formula (one starting with `=`, `+`,
  `-`, `@`, a tab or a carriage return, after any leading spaces, or their full-width
  forms) is prefixed with an apostrophe; control characters other than newlines are
  dropped (a CSV file is often looked at in a terminal).
* Markdown: characters that would start markup or HTML are backslash-escaped.
* HTML: everything is escaped; the page carries its own CSS, loads nothing and runs no
  script (a Content-Security-Policy says so to the browser too); links only for http(s).
* Terminal: control characters (escape sequences, bidi overrides) are stripped and page
  text goes into rich `Text` objects, never markup strings.

The module imports nothing heavy; `csv`, `html` and `rich` are imported by the view
that needs them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from . import patterns
from .shape import parse_time
from .terminal import clean

if TYPE_CHECKING:
    from rich.console import Console

    from .contract import EntryDict, TimelineDict

#: First characters that make a spreadsheet cell a formula (and their full-width forms).
FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
#: The columns of the CSV view, one row per entry.
CSV_COLUMNS = ("source", "title", "id", "time", "time_text", "kind", "authors", "headline", "body", "media",
               "duplicate_of", "line")
#: Joins list cells in CSV (authors, captions); CSV has no arrays.
CSV_LIST_SEPARATOR = "; "
#: Control characters that survive `clean` in multi-line text.
_MARKDOWN_SPECIAL = patterns.compile(r"([\\`*_\[\]<>|#~])")
_MARKDOWN_LINE_START = patterns.compile(r"^(\s*)([-+>]|\d+[.)])(?=\s|$)", re.M)


# ---------------------------------------------------------------------------
# Helpers shared by the views.


def when(entry: EntryDict, *, with_day: bool) -> str:
    """The entry's local time as `HH:MM` (with the day when the blog spans several), else as printed."""
    moment = parse_time(entry["time"])
    if moment is None:
        return entry["time_text"] or ""
    return moment.strftime("%a %d %b %H:%M") if with_day else moment.strftime("%H:%M")


def spans_days(timeline: TimelineDict) -> bool:
    days = {moment.date() for entry in timeline["entries"] if (moment := parse_time(entry["time"])) is not None}
    return len(days) > 1


def _span(timeline: TimelineDict) -> str:
    start, end = parse_time(timeline["coverage"]["start"]), parse_time(timeline["coverage"]["end"])
    if start is None or end is None:
        return ""
    first = start.strftime("%d %b %Y %H:%M")
    last = end.strftime("%H:%M") if start.date() == end.date() else end.strftime("%d %b %Y %H:%M")
    zone = f" ({timeline['timezone']})" if timeline["timezone"] else ""
    return f"{first} – {last}{zone}"


def _count(number: int, noun: str) -> str:
    """`1 entry`, `2 entries`."""
    if number == 1:
        return f"1 {noun}"
    return f"{number} {noun[:-1]}ies" if noun.endswith("y") else f"{number} {noun}s"


# ---------------------------------------------------------------------------
# JSON Lines, one entry per line.


def entry_lines(timeline: TimelineDict) -> str:
    """One JSON object per entry: its blog's `source` and `title`, then the entry's own keys."""
    import json

    lines = []
    for entry in timeline["entries"]:
        record = {"source": timeline["source"], "title": timeline["title"], **entry}
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines)


# ---------------------------------------------------------------------------
# CSV.


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text, never evaluate as a formula."""
    if cell and (cell[0] in FORMULA_STARTS or cell.lstrip(" ")[:1] in FORMULA_STARTS):
        return "'" + cell
    return cell


def csv_header() -> str:
    return _csv_rows([list(CSV_COLUMNS)])


def csv_rows(timeline: TimelineDict) -> str:
    """One row per entry, in the order of `CSV_COLUMNS` (no header)."""
    rows = []
    for entry in timeline["entries"]:
        captions = [" ".join(part for part in (item["caption"], item["credit"] and f"({item['credit']})") if part)
                    for item in entry["media"]]
        values: list[str | int | None] = [
            timeline["source"]["name"], timeline["title"], entry["id"], entry["time"], entry["time_text"],
            entry["kind"], CSV_LIST_SEPARATOR.join(entry["authors"]), entry["headline"], entry["body"],
            CSV_LIST_SEPARATOR.join(captions), entry["duplicate_of"], entry["line"],
        ]
        rows.append(["" if value is None else neutralise(clean(value, one_line=False)) if isinstance(value, str)
                     else str(value) for value in values])
    return _csv_rows(rows)


def _csv_rows(rows: Iterable[list[str]]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue()


# ---------------------------------------------------------------------------
# Markdown.


def md_escape(text: str | None) -> str:
    """Page text as literal Markdown: markup characters escaped, line-start markers defused."""
    if not text:
        return ""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", clean(text, one_line=False))
    return _MARKDOWN_LINE_START.sub(lambda match: match[1] + "\\" + match[2], escaped)


def markdown(timeline: TimelineDict) -> str:
    """A readable Markdown timeline: the preamble, then one section per entry."""
    out = [f"# {md_escape(timeline['title']) or 'Untitled live blog'}", ""]
    meta = [part for part in (md_escape(timeline["publisher"]), md_escape(", ".join(timeline["authors"])),
                              _span(timeline), _count(len(timeline["entries"]), "entry")) if part]
    out += [" · ".join(meta), ""]
    out += [line for paragraph in timeline["summary"] for line in (md_escape(paragraph), "")]
    if timeline["key_points"]:
        out += ["**Key points**", ""] + [f"- {md_escape(point)}" for point in timeline["key_points"]] + [""]
    with_day = spans_days(timeline)
    for entry in timeline["entries"]:
        heading = md_escape(entry["headline"]) or md_escape(entry["body"][:80]) or "(no headline)"
        out += [f"## {when(entry, with_day=with_day)} · {heading}", ""]
        byline = [f"*{md_escape(', '.join(entry['authors']))}*" if entry["authors"] else "",
                  f"`{entry['kind']}`" if entry["kind"] != "post" else "",
                  "(repeat of an earlier post)" if entry["duplicate_of"] else ""]
        if any(byline):
            out += [" ".join(part for part in byline if part), ""]
        out += [line for paragraph in entry["body"].split("\n\n") if paragraph.strip()
                for line in (md_escape(paragraph), "")]
        for item in entry["media"]:
            credit = f" ({md_escape(item['credit'])})" if item["credit"] else ""
            out += [f"> {md_escape(item['caption']) or 'Media'}{credit}", ""]
    if timeline["warnings"]:
        out += ["---", ""] + [f"- warning: {md_escape(notice['message'])}" for notice in timeline["warnings"]] + [""]
    return "\n".join(out)


# ---------------------------------------------------------------------------
# HTML: one self-contained page.

_CSS = """
:root{color-scheme:light dark;--fg:#1d1d1f;--muted:#6b6b70;--line:#d9d9de;--accent:#b3261e;--bg:#fff;--card:#f6f6f8}
@media (prefers-color-scheme:dark){:root{--fg:#ececf0;--muted:#a0a0a8;--line:#3a3a40;--accent:#ff8a80;--bg:#161618;
--card:#202024}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);
font:17px/1.55 Georgia,'Times New Roman',serif}main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem}
.blog+.blog{margin-top:4rem;border-top:3px double var(--line);padding-top:2rem}
nav.contents{background:var(--card);border-radius:8px;padding:.6rem 1.2rem;margin:0 0 2rem}
nav.contents h2{font:700 .85rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;margin:.5rem 0}
nav.contents a{color:inherit}
header h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 .6rem}
.publisher,.meta,.byline,.when,.kind,.authors,footer{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
.publisher{color:var(--accent);font-weight:700;text-transform:uppercase;letter-spacing:.06em;font-size:.8rem;margin:0}
.meta,.byline{color:var(--muted);font-size:.9rem;margin:.2rem 0}
.summary{font-size:1.05rem}.key-points{background:var(--card);border-radius:8px;padding:.6rem 1.2rem;margin:1rem 0}
.key-points h2{font:700 .85rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;margin:.5rem 0}
ol.entries{list-style:none;margin:2rem 0 0;padding:0}
li.day{font:700 .85rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);
margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
li.entry{display:grid;grid-template-columns:4.5rem 1fr;gap:1rem;padding:1rem 0;border-bottom:1px solid var(--line)}
.when time,.when span{display:block;font-weight:700;font-variant-numeric:tabular-nums}
.when .printed{font-weight:400;color:var(--muted);font-size:.8rem}
.entry h2{font-size:1.2rem;line-height:1.3;margin:0 0 .3rem}.entry p{margin:.5rem 0}
.kind{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;
color:#fff;background:var(--accent);border-radius:3px;padding:.05rem .4rem;margin:0 0 .3rem}
.authors{color:var(--muted);font-size:.88rem;margin:0 0 .4rem}
.duplicate{opacity:.6}.duplicate .note{font:italic .85rem system-ui,sans-serif;color:var(--muted)}
figure{margin:.6rem 0;padding:.4rem .8rem;border-left:3px solid var(--line);color:var(--muted);font-size:.9rem}
footer{margin-top:2rem;color:var(--muted);font-size:.8rem}footer ul{padding-left:1.1rem}
@media (max-width:34rem){li.entry{grid-template-columns:1fr;gap:.2rem}}
"""


def html_head(title: str | None) -> str:
    """The start of the page: everything up to the first timeline."""
    from html import escape

    from . import __version__

    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        f"<meta name=\"generator\" content=\"liveblog {escape(__version__)}\">\n"
        f"<title>{escape(clean(title) or 'Live blog timeline')}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
    )


def html_contents(blogs: list[tuple[str | None, int]]) -> str:
    """A list of the blogs on a page holding several, linking to `#blog-1`, `#blog-2`, ..."""
    from html import escape

    out = [f"<nav class=\"contents\">\n<h2>{len(blogs)} live blogs</h2>\n<ol>\n"]
    for number, (title, entries) in enumerate(blogs, 1):
        out.append(f"<li><a href=\"#blog-{number}\">{escape(clean(title)) or 'Untitled live blog'}</a> "
                   f"<span class=\"meta\">({_count(entries, 'entry')})</span></li>\n")
    out.append("</ol>\n</nav>\n")
    return "".join(out)


def html_tail() -> str:
    return "</main>\n</body>\n</html>\n"


def html_article(timeline: TimelineDict) -> str:
    """One timeline as an `<article>`: its preamble, its entries grouped by day, its warnings."""
    from html import escape

    def text(value: str | None) -> str:
        return escape(clean(value))

    out = ["<article class=\"timeline\">\n<header>\n"]
    if timeline["publisher"]:
        out.append(f"<p class=\"publisher\">{text(timeline['publisher'])}</p>\n")
    out.append(f"<h1>{text(timeline['title']) or 'Untitled live blog'}</h1>\n")
    if timeline["authors"]:
        out.append(f"<p class=\"byline\">By {text(', '.join(timeline['authors']))}</p>\n")
    meta = [part for part in (_span(timeline), _count(len(timeline["entries"]), "entry"),
                              f"source: {timeline['source']['name']}") if part]
    out.append(f"<p class=\"meta\">{text(' · '.join(meta))}</p>\n")
    url = timeline["url"]
    if url and re.match(r"https?://", url, re.I):
        out.append(f"<p class=\"meta\"><a href=\"{escape(clean(url))}\" rel=\"noopener noreferrer nofollow\">"
                   f"{text(url)}</a></p>\n")
    if timeline["summary"]:
        out.append("<section class=\"summary\">\n")
        out += [f"<p>{text(paragraph)}</p>\n" for paragraph in timeline["summary"]]
        out.append("</section>\n")
    if timeline["key_points"]:
        out.append("<section class=\"key-points\">\n<h2>Key points</h2>\n<ul>\n")
        out += [f"<li>{text(point)}</li>\n" for point in timeline["key_points"]]
        out.append("</ul>\n</section>\n")
    out.append("</header>\n<ol class=\"entries\">\n")
    day = None
    for entry in timeline["entries"]:
        moment = parse_time(entry["time"])
        if moment is not None and moment.date() != day:
            day = moment.date()
            out.append(f"<li class=\"day\">{escape(moment.strftime('%A %d %B %Y'))}</li>\n")
        out.append(_html_entry(entry, moment))
    out.append("</ol>\n")
    if timeline["warnings"]:
        out.append("<footer>\n<p>Warnings from the parser:</p>\n<ul>\n")
        out += [f"<li>{text(notice['message'])}</li>\n" for notice in timeline["warnings"]]
        out.append("</ul>\n</footer>\n")
    out.append("</article>\n")
    return "".join(out)


def _html_entry(entry: EntryDict, moment: datetime | None) -> str:
    from html import escape

    def text(value: str | None) -> str:
        return escape(clean(value))

    classes = f"entry kind-{escape(entry['kind'])}" + (" duplicate" if entry["duplicate_of"] else "")
    out = [f"<li class=\"{classes}\" id=\"entry-{escape(entry['id'])}\">\n<div class=\"when\">"]
    if moment is not None:
        out.append(f"<time datetime=\"{escape(entry['time'] or '')}\">{moment.strftime('%H:%M')}</time>")
    if entry["time_text"] and (moment is None or entry["time_text"] != moment.strftime("%H:%M")):
        out.append(f"<span class=\"printed\">{text(entry['time_text'])}</span>")
    out.append("</div>\n<div class=\"post\">\n")
    if entry["kind"] != "post":
        out.append(f"<p class=\"kind\">{escape(entry['kind'])}</p>\n")
    if entry["headline"]:
        out.append(f"<h2>{text(entry['headline'])}</h2>\n")
    if entry["authors"]:
        out.append(f"<p class=\"authors\">{text(', '.join(entry['authors']))}</p>\n")
    if entry["duplicate_of"]:
        out.append(f"<p class=\"note\">Repeat of <a href=\"#entry-{escape(entry['duplicate_of'])}\">"
                   "an earlier post</a>.</p>\n")
    out += [f"<p>{text(paragraph)}</p>\n" for paragraph in entry["body"].split("\n\n") if paragraph.strip()]
    for item in entry["media"]:
        credit = f" <span class=\"credit\">({text(item['credit'])})</span>" if item["credit"] else ""
        out.append(f"<figure><figcaption>{text(item['caption']) or 'Media'}{credit}</figcaption></figure>\n")
    out.append("</div>\n</li>\n")
    return "".join(out)


# ---------------------------------------------------------------------------
# The terminal table (rich).

#: Colour of each kind in the table view; `post` stays plain.
KIND_STYLES = {"analysis": "magenta", "comment": "cyan", "video": "blue", "gallery": "blue", "summary": "green",
               "key-event": "bold yellow", "breaking": "bold red"}


def console(stream: object = None, *, stderr: bool = False) -> Console:
    """A rich console that never reads markup, emoji codes or highlights in page text (NO_COLOR is honoured)."""
    from rich.console import Console

    return Console(file=stream, stderr=stderr, markup=False, emoji=False, highlight=False)  # type: ignore[arg-type]


def print_table(timeline: TimelineDict, out: Console) -> None:
    """Time, author, headline and kind of every entry, with the title above."""
    from rich.table import Table
    from rich.text import Text

    title = Text(clean(timeline["title"]) or "Untitled live blog", style="bold")
    caption = Text(" · ".join(part for part in (clean(timeline["publisher"]), _span(timeline),
                                                 _count(len(timeline["entries"]), "entry")) if part))
    table = Table(title=title, caption=caption, title_justify="left", caption_justify="left", expand=False)
    with_day = spans_days(timeline)
    table.add_column("Time", style="bold", no_wrap=True)
    table.add_column("Author", style="cyan", overflow="fold", max_width=24)
    table.add_column("Headline", overflow="fold", ratio=1)
    table.add_column("Kind", no_wrap=True)
    for entry in timeline["entries"]:
        headline = entry["headline"] or clean(entry["body"])[:120]
        style = "dim" if entry["duplicate_of"] else ""
        table.add_row(
            Text(clean(when(entry, with_day=with_day)), style="bold" if entry["time"] else "dim"),
            Text(clean(", ".join(entry["authors"]))),
            Text(clean(headline) + (" (repeat)" if entry["duplicate_of"] else "")),
            Text(entry["kind"], style=KIND_STYLES.get(entry["kind"], "")),
            style=style,
        )
    out.print(table)
