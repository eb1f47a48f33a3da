"""Views, shaping, diff and merge on hand-made timelines: page text is data in every view.

The timelines here are built as the contract (`TimelineDict`), so hostile text can be put
exactly where a page could put it, independent of what the parser makes of a page.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import terminal, views
from liveblog.cli import _colour, main
from liveblog.diff import diff, readable
from liveblog.merge import merge
from liveblog.model import EntryDict, TimelineDict
from liveblog.render import document
from liveblog.shape import Bound, Shape, shape
from liveblog.stats import stats

from .conftest import assert_valid

HOSTILE = {
    "escape": "\x1b[2J\x1b]0;pwned\x07\x1b[31mred",
    "bidi": "evil\u202etxt.exe",
    "rich-markup": "[bold red]loud[/bold red] [link=http://x]y[/link]",
    "html": "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "formula": "=HYPERLINK(\"http://evil\",\"click\")",
    "markdown": "# not a heading\n\n- not a list\n[link](http://evil)",
}


def entry(number: int, *, time: str | None, headline: str = "Headline", body: str = "Body.",
          authors: tuple[str, ...] = ("A Writer",), kind: str = "post", id: str | None = None) -> EntryDict:
    return {"id": id or f"{number:012x}", "time": time, "time_text": time[11:16] if time else None,
            "headline": headline, "authors": list(authors), "body": body, "kind": kind,  # type: ignore[typeddict-item]
            "media": [], "duplicate_of": None, "line": number}


def timeline(entries: list[EntryDict], *, title: str = "A live blog", name: str = "blog.txt",
             timezone: str | None = "Europe/London") -> TimelineDict:
    times = [item["time"] for item in entries if item["time"]]
    return {"liveblog": 1, "source": {"name": name, "format": "text", "sha256": "0" * 64}, "title": title,
            "url": None, "publisher": "The Paper", "authors": [], "published": None, "summary": [], "key_points": [],
            "timezone": timezone, "coverage": {"start": min(times) if times else None,
                                               "end": max(times) if times else None},
            "entries": entries, "warnings": []}


def hostile_timeline() -> TimelineDict:
    entries = [entry(number, time=f"2026-01-06T{10 + number:02d}:00:00+00:00", headline=text, body=text,
                     authors=(text,)) for number, text in enumerate(HOSTILE.values(), 1)]
    entries[0]["media"] = [{"caption": HOSTILE["html"], "credit": HOSTILE["formula"]}]
    return timeline(entries, title=HOSTILE["html"] + HOSTILE["escape"])


# ---------------------------------------------------------------------------
# Safety of each view.


@pytest.mark.parametrize(("cell", "expected"), [
    pytest.param("=1+1", "'=1+1", id="equals"),
    pytest.param("+44 20 7946 0000", "'+44 20 7946 0000", id="plus"),
    pytest.param("-2+3", "'-2+3", id="minus"),
    pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
    pytest.param("\t=1", "'\t=1", id="tab"),
    pytest.param("\r=1", "'\r=1", id="carriage-return"),
    pytest.param("  =1", "'  =1", id="after-spaces"),
    pytest.param("\uff1d1+1", "'\uff1d1+1", id="full-width-equals"),
    pytest.param("Plain text = fine", "Plain text = fine", id="equals-inside"),
    pytest.param("", "", id="empty"),
])
def test_csv_cells_never_start_a_formula(cell: str, expected: str) -> None:
    assert views.neutralise(cell) == expected


def test_csv_view_of_hostile_text_has_no_formula_cell() -> None:
    text = document(hostile_timeline(), "csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert any("HYPERLINK" in cell for cell in cells)
    assert not [cell for cell in cells if cell.lstrip(" ")[:1] in views.FORMULA_STARTS]


def test_html_view_escapes_everything_and_loads_nothing() -> None:
    page = document(hostile_timeline(), "html")
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;" in page
    assert "\x1b" not in page
    assert not re.search(r"""\b(src|href)=["']?(https?:)?//""", page)
    assert "Content-Security-Policy" in page


def test_html_view_links_only_web_urls() -> None:
    data = timeline([entry(1, time=None)])
    data["url"] = "javascript:alert(1)"
    assert "href=\"javascript" not in document(data, "html")
    data["url"] = "https://example.com/live?a=1&b=2"
    assert 'href="https://example.com/live?a=1&amp;b=2"' in document(data, "html")


def test_markdown_view_escapes_markup() -> None:
    text = document(hostile_timeline(), "md")
    assert "<script>" not in text
    assert "\\# not a heading" in text
    assert "\\- not a list" in text
    assert "\\[link\\](http://evil)" in text


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_clean_removes_every_control_character(text: str) -> None:
    assert not [char for char in terminal.clean(text) if char in "\x1b\x07\u202e\n"]


def _table(data: TimelineDict, env: dict[str, str] | None = None, *, force_terminal: bool = False) -> str:
    buffer = io.StringIO()
    out = views.console(buffer)
    if force_terminal:
        out = type(out)(file=buffer, force_terminal=True, width=200, markup=False, emoji=False, highlight=False)
    views.print_table(data, out)
    return buffer.getvalue()


def test_table_view_never_reads_page_text_as_markup_or_escapes() -> None:
    text = _table(hostile_timeline(), force_terminal=True)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text)  # the table's own colours are plain SGR codes
    assert "\x1b" not in plain
    assert "\x07" not in text
    assert "[bold red]loud[/bold red]" in plain
    assert "\u202e" not in text


def test_no_color_turns_the_table_colourless(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    buffer = io.StringIO()
    out = views.console(buffer)
    assert out.no_color
    monkeypatch.delenv("NO_COLOR")
    assert not views.console(io.StringIO()).no_color


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("no_color", "terminal", "expected"), [
    pytest.param(None, True, True, id="terminal"),
    pytest.param("1", True, False, id="no-color-set"),
    pytest.param(None, False, False, id="pipe"),
])
def test_own_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch, no_color: str | None,
                                                        terminal: bool, expected: bool) -> None:
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    assert _colour(_Terminal() if terminal else io.StringIO()) is expected


# ---------------------------------------------------------------------------
# Shaping.

DAY = [entry(1, time="2026-01-06T08:39:00+00:00", authors=("Maira Butt",), kind="analysis"),
       entry(2, time="2026-01-06T14:00:00+00:00", authors=("Jane Dalton",), headline="Zelensky speaks"),
       entry(3, time=None, authors=("Jane Dalton",)),
       entry(4, time="2026-01-07T00:50:00+00:00", authors=("Jane Dalton",), body="Putin replies."),
       entry(5, time="2026-01-07T02:54:00+00:00", authors=("Arpan Rai",), kind="breaking")]


@pytest.mark.parametrize(("rules", "kept"), [
    pytest.param(Shape(), [1, 2, 3, 4, 5], id="empty-keeps-all"),
    pytest.param(Shape(since=Bound.parse("14:00")), [2, 4, 5], id="since-clock-inclusive-drops-untimed"),
    pytest.param(Shape(until=Bound.parse("14:00")), [1, 2], id="until-clock-inclusive"),
    pytest.param(Shape(since=Bound.parse("22:00"), until=Bound.parse("01:00")), [4], id="window-across-midnight"),
    pytest.param(Shape(until=Bound.parse("01:00")), [1, 2, 4], id="until-before-first-entry-is-next-day"),
    pytest.param(Shape(since=Bound.parse("2026-01-07")), [4, 5], id="since-iso-date"),
    pytest.param(Shape(since=Bound.parse("2026-01-07T01:50+01:00")), [4, 5], id="since-iso-other-offset"),
    pytest.param(Shape(authors=("dalton",)), [2, 3, 4], id="author-part-any-case"),
    pytest.param(Shape(authors=("rai", "butt")), [1, 5], id="authors-any-of"),
    pytest.param(Shape(grep=re.compile("zelensky|putin", re.I)), [2, 4], id="grep-headline-or-body"),
    pytest.param(Shape(kinds=("analysis", "breaking")), [1, 5], id="kinds"),
    pytest.param(Shape(kinds=("post",), authors=("dalton",), since=Bound.parse("20:00")), [4], id="combined"),
])
def test_shape_keeps_what_the_rules_ask(rules: Shape, kept: list[int]) -> None:
    result = shape(timeline(DAY), rules)
    assert [item["line"] for item in result["entries"]] == kept


def test_shape_recomputes_coverage() -> None:
    result = shape(timeline(DAY), Shape(kinds=("post",)))
    assert result["coverage"] == {"start": "2026-01-06T14:00:00+00:00", "end": "2026-01-07T00:50:00+00:00"}
    assert_valid(dict(result))


def test_shape_compares_naive_times_by_wall_clock() -> None:
    naive = timeline([entry(1, time="2026-01-06T09:00:00"), entry(2, time="2026-01-06T15:00:00")], timezone=None)
    assert [item["line"] for item in shape(naive, Shape(since=Bound.parse("2026-01-06T12:00Z")))["entries"]] == [2]


@pytest.mark.parametrize("text", ["teatime", "25:00", "2026-13-01", ""], ids=["word", "hour-25", "month-13", "empty"])
def test_bounds_reject_what_they_cannot_read(text: str) -> None:
    with pytest.raises(ValueError):
        Bound.parse(text)


# ---------------------------------------------------------------------------
# diff and merge on hand-made snapshots.


def test_diff_matches_by_id_and_names_each_changed_field() -> None:
    old = timeline([entry(1, time="2026-01-06T10:00:00+00:00"), entry(2, time="2026-01-06T11:00:00+00:00")])
    old["entries"][1]["headline"] = "Only in the old copy"
    new = timeline([entry(1, time="2026-01-06T10:00:00+00:00", headline="Better headline", kind="breaking"),
                    entry(3, time="2026-01-06T12:00:00+00:00", headline="Only in the new copy")])
    result = diff(old, new)
    assert [item["id"] for item in result["added"]] == [f"{3:012x}"]
    assert [item["id"] for item in result["removed"]] == [f"{2:012x}"]
    assert [change["field"] for change in result["edited"][0]["changes"]] == ["headline", "kind"]
    assert result["unchanged"] == 0


def test_readable_diff_of_hostile_text_is_clean() -> None:
    old = timeline([])
    text = readable(diff(old, hostile_timeline()))
    assert "\x1b" not in text and "\u202e" not in text
    assert readable(diff(old, hostile_timeline()), colour=True).count("\x1b[") > 0


def test_merge_takes_the_last_version_and_orders_by_time() -> None:
    first = timeline([entry(2, time="2026-01-06T11:00:00+00:00", body="first version"),
                      entry(1, time="2026-01-06T10:00:00+00:00")], name="09h.txt")
    second = timeline([entry(3, time="2026-01-06T12:00:00+00:00"),
                       entry(2, time="2026-01-06T11:00:00+00:00", body="second version"),
                       entry(4, time=None)], name="12h.txt")
    merged = merge([first, second])
    assert [item["line"] for item in merged["entries"]] == [1, 2, 3, 4]
    assert merged["entries"][1]["body"] == "second version"
    assert merged["source"]["name"] == "09h.txt + 12h.txt"
    assert merged["coverage"] == {"start": "2026-01-06T10:00:00+00:00", "end": "2026-01-06T12:00:00+00:00"}
    assert [item["line"] for item in merge([first, second], order="newest")["entries"]] == [4, 3, 2, 1]
    assert [item["line"] for item in merge([first, second], order="page")["entries"]] == [2, 1, 3, 4]
    assert_valid(dict(merged))


def test_merge_without_times_keeps_first_seen_order() -> None:
    first = timeline([entry(1, time=None), entry(2, time=None)])
    second = timeline([entry(2, time=None), entry(3, time=None)])
    assert [item["line"] for item in merge([first, second])["entries"]] == [1, 2, 3]


def test_stats_counts_untimed_entries_and_every_author() -> None:
    result = stats(timeline(DAY))
    assert result["untimed"] == 1
    assert result["per_author"][0] == {"name": "Jane Dalton", "count": 3}
    assert sum(hour["count"] for hour in result["per_hour"]) == 4
    assert len(result["per_hour"]) == 19  # 08:00 on the 6th to 02:00 on the 7th, every hour


def test_views_render_a_json_file_read_back(tmp_path: Path) -> None:
    path = tmp_path / "blog.json"
    path.write_text(json.dumps(hostile_timeline()), encoding="utf-8")
    for format_ in ("md", "html", "csv", "table"):
        result = CliRunner().invoke(main, ["merge", str(path), "-f", format_])
        assert result.exit_code == 0, (format_, result.stderr)
        assert "\x1b" not in result.stdout
        assert "\u202e" not in result.stdout
        if format_ in ("md", "html"):
            assert "<script>" not in result.stdout


# ---------------------------------------------------------------------------
# Any page text at all.

#: Every tag the HTML view writes itself; page text must never add one.
OWN_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "article", "header", "p", "h1", "h2", "section",
            "ul", "li", "ol", "div", "time", "span", "figure", "figcaption", "a", "footer"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)


@settings(max_examples=60, deadline=None)
@given(text=st.text(), other=st.text(min_size=1))
def test_any_page_text_stays_data_in_every_view(text: str, other: str) -> None:
    data = timeline([entry(1, time="2026-01-06T10:00:00+00:00", headline=text, body=other, authors=(other,)),
                     entry(2, time=None, headline=other, body=text)], title=text)
    data["entries"][0]["media"] = [{"caption": text, "credit": other}]
    parser = _Tags()
    parser.feed(document(data, "html"))
    assert parser.tags <= OWN_TAGS
    rows = list(csv.reader(io.StringIO(document(data, "csv"), newline="")))
    assert not [cell for row in rows[1:] for cell in row if cell.lstrip(" ")[:1] in views.FORMULA_STARTS]
    table = _table(data)
    assert not [char for char in table if char != "\n" and unicodedata.category(char)[0] == "C"]


def test_diff_pairs_entries_whose_ids_changed_by_their_headline() -> None:
    old = timeline([entry(1, time=None, headline="Same post"), entry(2, time=None, headline="Twin"),
                    entry(3, time=None, headline="Twin"), entry(4, time=None, headline="Gone")])
    new = timeline([entry(11, time="2026-01-06T10:00:00+00:00", headline="same  POST"),
                    entry(12, time=None, headline="Twin"), entry(13, time=None, headline="Fresh")])
    result = diff(old, new)
    assert [item["id"] for item in result["edited"]] == [f"{11:012x}"]
    assert [change["field"] for change in result["edited"][0]["changes"]] == ["id", "time", "time_text", "headline"]
    assert sorted(item["headline"] or "" for item in result["removed"]) == ["Gone", "Twin", "Twin"]
    assert sorted(item["headline"] or "" for item in result["added"]) == ["Fresh", "Twin"]
