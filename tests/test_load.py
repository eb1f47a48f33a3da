"""Reading liveblog JSON back (`diff`, `merge`, `stats`): a timeline is checked against the
contract's JSON Schema before any command uses it, so a hand-edited or foreign file is one
clear error, never a traceback."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from liveblog.batch import Job
from liveblog.errors import InputError
from liveblog.load import load, problem
from liveblog.schema import TIMELINE

from .conftest import FIXTURES

OUTPUTS = sorted(FIXTURES.glob("*.expected.json"))
GOOD: dict[str, Any] = json.loads(OUTPUTS[0].read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", OUTPUTS, ids=lambda path: path.name)
def test_every_expected_output_passes(path: Path) -> None:
    assert problem(json.loads(path.read_text(encoding="utf-8")), TIMELINE) is None


def _entry(**changes: object) -> dict[str, Any]:
    return {**GOOD, "entries": [{**GOOD["entries"][0], **changes}]}


BROKEN = [
    pytest.param({**GOOD, "source": "page.txt"}, "source: not object", id="source-string"),
    pytest.param({**GOOD, "title": 5}, "title: not string or null", id="title-number"),
    pytest.param({**GOOD, "warnings": "none"}, "warnings: not array", id="warnings-string"),
    pytest.param({**GOOD, "authors": [5]}, "authors[0]: not string", id="author-number"),
    pytest.param({key: value for key, value in GOOD.items() if key != "coverage"}, "coverage: missing",
                 id="coverage-missing"),
    pytest.param(_entry(time=5), "entries[0].time: not string or null", id="time-number"),
    pytest.param(_entry(time="noon"), "entries[0].time: not a date-time", id="time-garbage"),
    pytest.param(_entry(line="7"), "entries[0].line: not integer or null", id="line-string"),
    pytest.param(_entry(line=True), "entries[0].line: not integer or null", id="line-boolean"),
    pytest.param(_entry(kind="rumour"), "entries[0].kind: not one of", id="kind-unknown"),
    pytest.param(_entry(id="ABC"), "entries[0].id: not of the form", id="id-form"),
    pytest.param(_entry(media=["a picture"]), "entries[0].media[0]: not object", id="media-string"),
]


@pytest.mark.parametrize(("document", "message"), BROKEN)
def test_a_broken_timeline_is_named_where_it_breaks(document: dict[str, Any], message: str) -> None:
    found = problem(document, TIMELINE)
    assert found is not None and found.startswith(message), found
    if "date-time" not in message:  # jsonschema leaves formats unchecked unless asked, with extra packages
        assert not Draft202012Validator(TIMELINE).is_valid(document)  # the reference validator agrees


@pytest.mark.parametrize(("document", "message"), BROKEN[:3])
def test_load_refuses_it_with_one_clear_error(document: dict[str, Any], message: str, tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InputError, match=f"old.json: not a liveblog timeline \\({message}"):
        load(str(path), Job())


def test_a_good_timeline_loads_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    assert load(str(path), Job()) == copy.deepcopy(GOOD)
