"""Golden files: every fixture's output equals its reviewed expected output.

Regenerate on purpose with `liveblog check fixtures --update`, then read the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liveblog.check import EXPECTED, fixture_inputs, render_fixture

from .conftest import FIXTURES, assert_valid

INPUTS = list(fixture_inputs(FIXTURES))


@pytest.mark.parametrize("path", INPUTS, ids=[path.name for path in INPUTS])
def test_fixture_matches_expected(path: Path) -> None:
    expected = path.with_name(path.name + EXPECTED).read_text(encoding="utf-8")
    actual = render_fixture(path)
    assert_valid(json.loads(actual))
    assert actual == expected


def test_every_fixture_has_expected_output() -> None:
    missing = [path.name for path in INPUTS if not path.with_name(path.name + EXPECTED).exists()]
    assert not missing


def test_every_fixture_has_one_readme_row() -> None:
    # the row says what the fixture pins and where it came from; a merge once kept a stale row beside its update
    rows = []
    for line in (FIXTURES / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| "):  # a row may name several fixtures: "a.docx, .odt, .rtf", "crlf.txt, cp1252.txt"
            names = [name.strip(" `") for name in line.split("|")[1].split(",")]
            rows += [names[0].rsplit(".", 1)[0] + name if name.startswith(".") else name for name in names]
    counts = {path.name: rows.count(path.name) for path in INPUTS}
    assert {name: count for name, count in counts.items() if count != 1} == {}
