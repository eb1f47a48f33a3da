"""`liveblog check`: parse every fixture input in a folder and compare with its expected output.

A fixture is an input (`NAME.txt`, `NAME.html`, ...) with its expected timeline beside it
(`NAME.txt.expected.json`) and, optionally, the options it is parsed with
(`NAME.txt.options.json`: date, tz, now, order). This is the shell's helper: it reads
and writes files; the parsing itself is the pure library.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import parse
from .errors import LiveblogError
from .render import to_json

EXPECTED = ".expected.json"
OPTIONS = ".options.json"
#: Keys an options sidecar may hold, passed to `liveblog.parse`.
OPTION_KEYS = ("date", "tz", "now", "order", "dedupe")
#: At most this many diff lines are shown per fixture.
MAX_DIFF_LINES = 60


def fixture_inputs(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.iterdir()):
        name = path.name
        if path.is_file() and not name.startswith(".") and not name.endswith((EXPECTED, OPTIONS)) \
                and name.lower() not in ("readme.md", "readme", "manifest.json"):
            yield path


def options_for(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(path.name + OPTIONS)
    if not sidecar.exists():
        return {}
    options: dict[str, Any] = json.loads(sidecar.read_text(encoding="utf-8"))
    unknown = set(options) - set(OPTION_KEYS)
    if unknown:
        raise LiveblogError(f"{sidecar}: unknown options {sorted(unknown)}")
    return options


def render_fixture(path: Path) -> str:
    timeline = parse(path.read_bytes(), name=path.name, **options_for(path))
    return to_json(timeline)


def run_check(directory: Path, *, update: bool, echo: Callable[[str], object]) -> int:
    """Compare (or with `update`, rewrite) every fixture; returns how many differ or fail."""
    failures = checked = 0
    for path in fixture_inputs(directory):
        checked += 1
        expected_path = path.with_name(path.name + EXPECTED)
        try:
            actual = render_fixture(path)
        except LiveblogError as error:
            failures += 1
            echo(f"FAIL {path.name}: {error}")
            continue
        if update:
            if not expected_path.exists() or expected_path.read_text(encoding="utf-8") != actual:
                expected_path.write_text(actual, encoding="utf-8")
                echo(f"updated {expected_path.name}")
            continue
        if not expected_path.exists():
            failures += 1
            echo(f"FAIL {path.name}: no {expected_path.name} (run with --update to create it)")
            continue
        expected = expected_path.read_text(encoding="utf-8")
        if expected == actual:
            echo(f"ok   {path.name}")
            continue
        failures += 1
        echo(f"FAIL {path.name}: output differs from {expected_path.name}")
        diff = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(), "expected", "actual",
                                         lineterm="", n=2))
        for line in diff[:MAX_DIFF_LINES]:
            echo(line)
        if len(diff) > MAX_DIFF_LINES:
            echo(f"... {len(diff) - MAX_DIFF_LINES} more diff lines")
    echo(f"{checked} fixtures, {failures} failing")
    return failures
