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

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Literal

from .model import Explanation, Timeline

if TYPE_CHECKING:
    from .contract import TimelineDict

RenderFormat = Literal["json", "jsonl", "csv", "md", "html"]
#: File name extension of each format, for `-o DIR/`.
EXTENSIONS: dict[str, str] = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "md": ".md", "html": ".html",
                              "table": ".txt", "explain": ".txt"}
Per = Literal["timeline", "entry"]
#: A str as JSON, quotes included: json's own C escaper, taken from its accelerator so that
#: the json package (which compiles its decoder's patterns on import) is loaded only when needed.
_string: Callable[[str], str]
try:
    from _json import encode_basestring as _string
except ImportError:  # pragma: no cover - a Python without the accelerator
    from json.encoder import encode_basestring as _string


def to_json(timeline: Timeline | TimelineDict, *, indent: int | None = 2) -> str:
    """The text of `json.dumps(data, ensure_ascii=False, indent=indent)`, and a newline.

    The pieces are gathered as UTF-8 in one buffer that grows in place, then decoded once:
    at the peak the text is held once, beside its UTF-8 bytes (a byte a character in most
    languages' text, where a str of one character beyond Latin-1 takes two), not twice as
    the pieces and their join. `surrogatepass` keeps a lone surrogate, which json.dumps
    writes as it is, through the round trip."""
    buffer = bytearray()
    for piece in json_pieces(timeline, indent=indent):
        buffer += piece.encode("utf-8", "surrogatepass")
    return buffer.decode("utf-8", "surrogatepass")


def json_pieces(timeline: Timeline | TimelineDict, *, indent: int | None = 2, size: int = 1 << 16) -> Iterator[str]:
    """`to_json`'s text in pieces of about `size` characters (or one entry, if longer), to be
    written as they come: the whole text never has to be in memory at once."""
    data = timeline.to_dict() if isinstance(timeline, Timeline) else timeline
    if indent is None:  # the C encoder's own case
        import json

        yield json.dumps(data, ensure_ascii=False) + "\n"
        return
    batch: list[str] = []
    length = 0
    for piece in _pieces(data, "", " " * indent, levels=2):
        batch.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(batch)
            batch, length = [], 0
    batch.append("\n")
    yield "".join(batch)


def _pieces(value: object, margin: str, step: str, *, levels: int) -> Iterator[str]:
    """`_indented(value, margin, step)` in pieces: the containers `levels` deep item by item."""
    inner = margin + step
    if levels and type(value) is list and value:
        if levels == 1:  # the items whole: the entries of a timeline, one piece each
            between = f",\n{inner}"
            yield f"[\n{inner}"
            yield _indented(value[0], inner, step)
            for item in value[1:]:
                yield between
                yield _indented(item, inner, step)
            yield f"\n{margin}]"
            return
        for number, item in enumerate(value):
            yield f",\n{inner}" if number else f"[\n{inner}"
            yield from _pieces(item, inner, step, levels=levels - 1)
        yield f"\n{margin}]"
    elif levels and type(value) is dict and value and all(type(key) is str for key in value):
        for number, (key, item) in enumerate(value.items()):
            yield f"{',' if number else '{'}\n{inner}{_string(key)}: "
            yield from _pieces(item, inner, step, levels=levels - 1)
        yield f"\n{margin}}}"
    else:
        yield _indented(value, margin, step)


def _indented(value: object, margin: str, step: str) -> str:
    """`value` as `json.dumps(value, ensure_ascii=False, indent=len(step))` writes it, nested at `margin`.

    With an indent, json.dumps leaves the C encoder for a pure-Python one that builds a
    list of millions of tiny strings. Here the C `encode_basestring` escapes every string
    and each container is one join: about 1.5x as fast, and one string per container.
    Anything else (a key that is not a str, a subclass, a float) goes to json.dumps
    itself, so the text is the same for every input.
    """
    if type(value) is str:
        return _string(value)
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    inner = margin + step
    if type(value) is dict:
        if not value:
            return "{}"
        shape = (margin, step, *value)
        template = _TEMPLATES.get(shape)
        if template is None:
            template = _template(shape)
            if template is None:  # a key json.dumps turns into a str first
                return _dumps(value, margin, step)
        return template % tuple([_string(item) if type(item) is str else "null" if item is None
                                 else _indented(item, inner, step) for item in value.values()])
    comma = ",\n" + inner
    if type(value) is list or type(value) is tuple:
        if not value:
            return "[]"
        items = comma.join([_string(item) if type(item) is str else _indented(item, inner, step) for item in value])
        return f"[\n{inner}{items}\n{margin}]"
    return _dumps(value, margin, step)


#: The text of a dict with its values left as `%s`, by its margin, step and keys: a page's
#: entries (and their media) share one or two shapes, so their keys are escaped and laid
#: out once. Bounded, as arbitrary data could bring a new shape with every dict.
_TEMPLATES: dict[tuple[object, ...], str] = {}
_MAX_TEMPLATES = 64


def _template(shape: tuple[object, ...]) -> str | None:
    margin, step, *keys = shape
    if not all(type(key) is str for key in keys):
        return None
    inner = f"{margin}{step}"
    items = f",\n{inner}".join(f"{_string(key).replace('%', '%%')}: %s" for key in keys)  # type: ignore[arg-type]
    template = f"{{\n{inner}{items}\n{margin}}}"
    if len(_TEMPLATES) >= _MAX_TEMPLATES:
        _TEMPLATES.clear()
    _TEMPLATES[shape] = template
    return template


def _dumps(value: object, margin: str, step: str) -> str:
    """What json.dumps writes for `value` (`{}`, `[]`, a float, ...), nested at `margin`."""
    import json

    return json.dumps(value, ensure_ascii=False, indent=len(step)).replace("\n", "\n" + margin)


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
