"""Adversarial inputs: each finishes (in time linear in its size) or stops with an InputError.

The inputs are built by bench/adversarial.py, here at the scales in `Case.test` (the bench
runs them at the issue's full scale and reports their speed). The only clock in these tests
is a hang detector: a generous bound that a linear parse meets many times over and a
quadratic or catastrophic one misses (faulthandler also stops the whole run, with a
traceback, if a call never returns). They are not speed assertions.
"""

from __future__ import annotations

import faulthandler
import importlib
import json
import os
import pkgutil
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

import liveblog
from bench.adversarial import CASES, MB, single_line, stamp_lines
from liveblog import furniture, layout, stamps, zones
from liveblog.errors import InputError, LiveblogError, SettingsError

from .conftest import ROOT, assert_valid

#: A call that takes longer than this on its input is hung (catastrophic backtracking or
#: worse than linear); at linear speed every case here takes a small fraction of it.
HANG_SECONDS = 90.0
#: A single regex call on a 100 KB string taking longer than this is backtracking.
REGEX_HANG_SECONDS = 1.0


@pytest.fixture
def hang_guard() -> Iterator[None]:
    faulthandler.dump_traceback_later(HANG_SECONDS * 2, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def _timed(call: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


@pytest.mark.usefixtures("hang_guard")
@pytest.mark.parametrize("name", list(CASES))
def test_adversarial_input_parses_or_stops_with_input_error(name: str) -> None:
    case = CASES[name]
    data = case.build(case.test)
    try:
        timeline, seconds = _timed(lambda: liveblog.parse(data, date="2026-01-06", max_bytes=1 << 30))
    except InputError as error:
        assert str(error).startswith("<input>: ")
        return
    assert seconds < HANG_SECONDS, f"{name}: {seconds:.1f} s for {len(data):,} bytes: hung or worse than linear"
    assert_valid(dict(timeline.to_dict()))


#: Cases that were once quadratic, each at a scale (`n`) where it takes a fraction of a second.
GROWTH = {"pinned-posts": 1200, "repeated-post": 800, "million-stamp-lines": 1500, "spaces-in-preamble": 200_000,
          "nul-and-surrogates": 60_000, "numbered-listing": 1_000}
#: Four times the input may take at most this many times as long: linear work takes about 4,
#: quadratic 16. A complexity detector, generous enough for a loaded machine.
GROWTH_LIMIT = 10.0


def _best_time(data: bytes) -> float:
    """The least CPU time of two parses: CPU time, so other processes on the machine do not count."""
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        liveblog.parse(data, date="2026-01-06")
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.usefixtures("hang_guard")
@pytest.mark.parametrize("name", list(GROWTH))
def test_four_times_the_input_takes_about_four_times_as_long(name: str) -> None:
    build, small = CASES[name].build, GROWTH[name]
    liveblog.parse(build(small // 4), date="2026-01-06")  # warm caches and lazy imports
    base, large = _best_time(build(small)), _best_time(build(4 * small))
    assert large < GROWTH_LIMIT * base + 0.5, f"{name}: {base:.2f} s at n, {large:.2f} s at 4n: worse than linear"


@pytest.mark.usefixtures("hang_guard")
def test_single_long_line_is_kept_whole() -> None:
    data = single_line(20 * MB)
    timeline = liveblog.parse(data)
    assert sum(len(entry.body) for entry in timeline.entries) + len(timeline.title or "") >= len(data) - 100


@pytest.mark.usefixtures("hang_guard")
def test_every_stamp_line_is_one_post() -> None:
    count = 3000
    timeline = liveblog.parse(stamp_lines(count), date="2026-01-06", tz="UTC")
    assert len(timeline.entries) == count
    bodies = {entry.body for entry in timeline.entries}
    assert len(bodies) == count


@pytest.mark.usefixtures("hang_guard")
def test_repeated_post_is_kept_and_marked_duplicate() -> None:
    timeline = liveblog.parse(CASES["repeated-post"].build(2000), date="2026-01-06", tz="UTC")
    assert len(timeline.entries) == 2000
    originals = [entry for entry in timeline.entries if entry.duplicate_of is None]
    assert len(originals) == 1
    assert {entry.duplicate_of for entry in timeline.entries} - {None} == {originals[0].id}


@pytest.mark.usefixtures("hang_guard")
def test_nul_bytes_and_surrogates_never_reach_the_output() -> None:
    timeline = liveblog.parse(CASES["nul-and-surrogates"].build(100_000), date="2026-01-06")
    text = json.dumps(timeline.to_dict(), ensure_ascii=False)
    assert "\x00" not in text
    assert not re.search("[\ud800-\udfff]", text)
    assert_valid(dict(timeline.to_dict()))


def test_text_with_lone_surrogates_is_cleaned() -> None:
    timeline = liveblog.parse("12:30 , Jane Doe\nBody \ud800 one.\n\n11:30 , Jane Doe\nBody \udfff two.\n")
    json.dumps(timeline.to_dict(), ensure_ascii=False).encode("utf-8")  # raises on a surrogate


# ---------------------------------------------------------------------------
# Through the CLI: a clear one-line error, exit 1, no traceback.

CLI_REFUSED = {
    "empty": b"",
    "whitespace-only": b" \n\t\r\n   \n",
    "png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4,
    "zip": b"PK\x03\x04" + bytes(range(256)) * 4,
    "random-binary": bytes((index * 7919) % 251 for index in range(5000)),
}


@pytest.mark.parametrize("name", list(CLI_REFUSED))
def test_cli_refuses_bad_input_with_one_clear_line(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"input-{name}"
    path.write_bytes(CLI_REFUSED[name])
    result = subprocess.run([sys.executable, "-m", "liveblog", "parse", str(path)], capture_output=True, text=True,
                            timeout=HANG_SECONDS, cwd=ROOT, check=False)
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and path.name in errors[0], result.stderr


def test_cli_refuses_input_over_max_size_and_the_option_raises_it(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Title of the page\n\n12:30 , Jane Doe\n\n" + b"Words of a long post. " * 60_000)  # 1.3 MB
    refused = subprocess.run([sys.executable, "-m", "liveblog", "parse", str(path), "--max-size", "1MB"],
                             capture_output=True, text=True, timeout=HANG_SECONDS, cwd=ROOT, check=False)
    assert refused.returncode == 1
    assert "over the limit" in refused.stderr and "--max-size" in refused.stderr
    assert "Traceback" not in refused.stderr
    accepted = subprocess.run([sys.executable, "-m", "liveblog", "parse", str(path), "--max-size", "2MB", "-q"],
                              capture_output=True, text=True, timeout=HANG_SECONDS, cwd=ROOT, check=False)
    assert accepted.returncode == 0, accepted.stderr
    assert json.loads(accepted.stdout)["entries"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("command", [["parse", "/dev/zero"], ["parse", "-"], ["stats", "/dev/zero"]],
                         ids=["file", "stdin", "stats"])
def test_an_input_that_never_ends_is_read_no_further_than_the_limit(command: list[str]) -> None:
    with open("/dev/zero", "rb") as endless:
        result = subprocess.run([sys.executable, "-m", "liveblog", *command, "--max-size", "1MB"], stdin=endless,
                                capture_output=True, text=True, timeout=HANG_SECONDS, cwd=ROOT, check=False)
    assert result.returncode == 1
    assert result.stderr.endswith(
        "more than 1,048,576 bytes is over the limit of 1,048,576 (raise it with --max-size)\n")


def test_a_closed_standard_input_is_one_clear_line() -> None:
    result = subprocess.run([sys.executable, "-m", "liveblog", "parse", "-"], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, timeout=HANG_SECONDS, cwd=ROOT, check=False,
                            preexec_fn=lambda: os.close(0))
    assert result.returncode == 1
    assert result.stderr == "liveblog: error: <stdin>: standard input is closed\n"


@pytest.mark.parametrize("settings", [{"now": "0001-01-01T00:10:00+00:00"}, {"date": "9999-12-31"}],
                         ids=["age-before-year-1", "rollover-after-9999"])
def test_dates_past_what_python_holds_are_the_projects_own_error(settings: dict[str, str]) -> None:
    page = b"Title\n\n2h ago\n\nBody one here.\n\nYesterday 23:50\n\nBody two here.\n\n00:10\n\nBody three.\n"
    with pytest.raises(InputError, match="outside the years 1 to 9999"):
        liveblog.parse(page, **settings)  # type: ignore[arg-type]


@pytest.mark.parametrize(("settings", "message"), [
    pytest.param({"date": 5}, "invalid date 5", id="date-number"),
    pytest.param({"now": [1]}, "invalid time [1]", id="now-list"),
    pytest.param({"tz": 5}, "unknown time zone 5", id="tz-number"),
    pytest.param({"order": "sideways"}, "unknown order 'sideways'", id="order-unknown"),
])
def test_settings_of_the_wrong_type_are_a_settings_error(settings: dict[str, object], message: str) -> None:
    # as an options file or a library caller may give them
    with pytest.raises(SettingsError, match=re.escape(message)):
        liveblog.parse(b"Title\n\n10:00\n\nBody text.\n", **settings)  # type: ignore[arg-type]


def test_a_fixture_options_file_of_the_wrong_type_fails_that_fixture_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Title\n\n10:00\n\nBody text.\n")
    (tmp_path / "a.txt.expected.json").write_text("{}", encoding="utf-8")
    (tmp_path / "a.txt.options.json").write_text('{"date": 5}', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "liveblog", "check", str(tmp_path)], capture_output=True,
                            text=True, timeout=HANG_SECONDS, cwd=ROOT, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "FAIL a.txt: invalid date 5" in result.stdout + result.stderr


def test_library_refuses_input_over_max_bytes() -> None:
    with pytest.raises(InputError, match="over the limit"):
        liveblog.parse(b"12:30 , Jane Doe\nBody.\n" * 100, max_bytes=1000)


# ---------------------------------------------------------------------------
# Every regex of the project against pathological strings: a hang detector.

PATHOLOGICAL = {
    "digits": "1" * 100_000,
    "spaces": " " * 100_000,
    "one-h": "1 h " * 25_000,
    "one-h-ago-no-ago": "1 hr 1 min " * 9_000,
    "clock-runs": "12:" * 33_000,
    "dotted": "1.1." * 25_000,
    "digits-and-spaces": "1 " * 50_000,
    "open-brackets": "(" * 100_000,
    "by-by": "By " * 33_000,
    "capitalised": "Jane " * 20_000,
    "months": "Mar " * 25_000,
    "letters": "a" * 100_000,
    "dashes": "- " * 50_000,
    "commas": "A, " * 33_000,
    "tags": "<div " * 20_000,
    "quotes": "'" * 100_000,
    "updated": "updated " * 12_500,
    "view-more": "view more on " * 7_700,
    "at-signs": "@A/" * 33_000,
    "mixed": "Posted at 14:32 , Jane Doe (AP) 1h ago 21 March 2025 " * 1_900,
}


def _patterns_in(name: str, value: object, depth: int = 0) -> Iterator[tuple[str, re.Pattern[Any]]]:
    if isinstance(value, re.Pattern):
        yield name, value
    elif depth < 2 and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(f"{name}[{key!r}]", item, depth + 1)
    elif depth < 2 and isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _patterns_in(f"{name}[{index}]", item, depth + 1)


def _project_patterns() -> dict[str, re.Pattern[Any]]:
    """Every compiled regex at module level in liveblog (and in its tables), by name."""
    found: dict[str, re.Pattern[Any]] = {}
    names = ["liveblog", *(f"liveblog.{info.name}" for info in pkgutil.iter_modules(liveblog.__path__)
                           if info.name != "__main__")]
    html = importlib.import_module("liveblog.html")
    names += [f"liveblog.html.{info.name}" for info in pkgutil.iter_modules(html.__path__)]
    for module_name in names:
        module = importlib.import_module(module_name)
        for attribute, value in vars(module).items():
            for name, pattern in _patterns_in(f"{module_name}.{attribute}", value):
                found.setdefault(name, pattern)
    return found


PATTERNS = _project_patterns()

#: Patterns the code only ever anchors (`match`/`fullmatch`, on lines it has already capped),
#: and that a `search` over a long run of spaces would scan quadratically: each with why that
#: use is safe. They are still tested with match and fullmatch. A new pattern is searched.
ANCHORED_ONLY = {
    "liveblog.stamps.PATTERNS['zone']": "match() right after a clock, on stamp lines of at most 160 characters",
    "liveblog.stamps.PATTERNS['relative']": "match() at one position of a stamp line of at most 160 characters "
                                            "(a search is linear but costs ~75 us a character)",
    "liveblog.stamps._ZONE_HINT": "match() right after a clock, on stamp lines of at most 160 characters",
    "liveblog.furniture.BOILERPLATE_PATTERN": "fullmatch() on lines of at most 120 characters",
    "liveblog.read._HTML_START": "match() on the first 2,048 characters",
    "liveblog.layout._AGE_WORDS": "match() at the start of lines of at most 160 characters",
    "liveblog.stamps.GLUED_CLOCK": "match() at the start of a line (its repeat stops at the first other character)",
    "liveblog.html.sources._ISO": "match() on one attribute value",
    "liveblog.html.sources._EPOCH": "match() on one attribute value",
}
#: Known hazards, reported to their owners, by name -> why: each would fail the hang detector
#: (slowly, so it is not run); the entry goes with the fix. (html.containers._BOX_SEPARATOR,
#: the first, was fixed the same day.)
KNOWN_QUADRATIC: dict[str, str] = {}
#: `search` scans every start position, so it runs on a shorter prefix of each string: a
#: linear pattern takes milliseconds there, a quadratic one on spaces takes seconds.
SEARCH_CHARS = 20_000


def test_the_pattern_census_finds_the_stamp_and_furniture_tables() -> None:
    assert len(PATTERNS) > 30
    for name in ("liveblog.stamps.PATTERNS['clock']", "liveblog.stamps.PATTERNS['relative']",
                 "liveblog.furniture.BOILERPLATE_PATTERN", "liveblog.furniture.CAPTION",
                 "liveblog.furniture.FOOTER_PATTERN", "liveblog.furniture.SHIFT_NOTE"):
        assert name in PATTERNS


@pytest.mark.usefixtures("hang_guard")
@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_QUADRATIC[name], run=False))
    if name in KNOWN_QUADRATIC else name for name in PATTERNS])
def test_pattern_does_not_backtrack_catastrophically(name: str) -> None:
    pattern = PATTERNS[name]
    for label, text in PATHOLOGICAL.items():
        subject: Any = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
        calls = [(pattern.match, subject), (pattern.fullmatch, subject)]
        if name not in ANCHORED_ONLY:
            calls.append((pattern.search, subject[:SEARCH_CHARS]))
        for method, argument in calls:
            _, seconds = _timed(partial(method, argument))
            assert seconds < REGEX_HANG_SECONDS, f"{name} {method.__name__} on {label}: {seconds:.2f} s"


LINE_FUNCTIONS: dict[str, Callable[[str], object]] = {
    "stamps.read_stamp": stamps.read_stamp,
    "stamps.name_like": stamps.name_like,
    "stamps.classify_rest": stamps.classify_rest,
    "stamps.date_piece": stamps.date_piece,
    "furniture.is_boilerplate": furniture.is_boilerplate,
    "furniture.is_footer_marker": furniture.is_footer_marker,
    "layout.title_like": layout.title_like,
    "layout.split_names": layout.split_names,
    "zones.stated_zone": zones.stated_zone,
    "zones.find_publisher": lambda line: zones.find_publisher([line]),
}


@pytest.mark.usefixtures("hang_guard")
@pytest.mark.parametrize("name", list(LINE_FUNCTIONS))
def test_line_function_does_not_hang(name: str) -> None:
    for label, text in PATHOLOGICAL.items():
        _, seconds = _timed(partial(LINE_FUNCTIONS[name], text))
        assert seconds < REGEX_HANG_SECONDS, f"{name} on {label}: {seconds:.2f} s"


@pytest.mark.usefixtures("hang_guard")
def test_pathological_lines_as_a_document() -> None:
    text = "\n".join(PATHOLOGICAL.values())
    for document in (text, "\n".join(line[:150] for line in PATHOLOGICAL.values()) * 50):
        try:
            timeline, seconds = _timed(partial(liveblog.parse, document, date="2026-01-06"))
        except LiveblogError:
            continue
        assert seconds < HANG_SECONDS
        assert_valid(dict(timeline.to_dict()))


# ---------------------------------------------------------------------------
# Strings decoded from JSON-LD escapes ("\ud800", "\u001b") never went through read.clean.

JSONLD_ESCAPES = ('<!doctype html><html><head><title>Live</title><script type="application/ld+json">'
                  '{"@type":"LiveBlogPosting","headline":"Live","liveBlogUpdate":['
                  '{"@type":"BlogPosting","headline":"One \\ud800 \\u001b[31mred\\u0007","datePublished":'
                  '"2026-01-06T14:32:00Z","articleBody":"Body one \\udfff \\u0000 x"},'
                  '{"@type":"BlogPosting","headline":"Two","datePublished":"2026-01-06T13:32:00Z",'
                  '"articleBody":"Body two"}]}</script></head><body><p>Page.</p></body></html>')


def test_jsonld_escapes_give_no_surrogate_or_control_character(tmp_path: Path) -> None:
    path = tmp_path / "escapes.html"
    path.write_text(JSONLD_ESCAPES, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "liveblog", "parse", str(path), "-q"], capture_output=True,
                            timeout=HANG_SECONDS, cwd=ROOT, check=False)
    assert b"Traceback" not in result.stderr, result.stderr.decode("utf-8", "replace")[-300:]
    assert result.returncode == 0
    output = json.loads(result.stdout)
    strings = json.dumps(output, ensure_ascii=False)
    assert not re.search("[\x00-\x08\x0b-\x1f\ud800-\udfff]", strings)
