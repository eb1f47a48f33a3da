"""`render.to_json` writes exactly what `json.dumps(data, ensure_ascii=False, indent=2)` writes.

It builds the text itself (json.dumps with an indent is slow and memory-hungry), so the
bytes of the contract are pinned here: against json.dumps for arbitrary JSON-like data,
and for every fixture's timeline.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import liveblog
from liveblog.check import fixture_inputs, options_for
from liveblog.cli import main
from liveblog.render import json_pieces, to_json

from .conftest import FIXTURES
from .fuzz import scaled

#: Any str, lone surrogates and control characters included.
TEXT = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=12)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), TEXT,
    st.floats(allow_nan=True, allow_infinity=True),  # NaN, -0.0, 1e300, 5e-324, ...
    st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 1e16, 1e-7]),
)
JSON_LIKE = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.lists(inner, max_size=4).map(tuple),
                            st.dictionaries(TEXT, inner, max_size=4)),
    max_leaves=40,
)


def dumps(data: Any, indent: int = 2) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


@settings(max_examples=scaled(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSON_LIKE)
def test_same_text_as_json_dumps(data: Any) -> None:
    assert to_json(data) == dumps(data)


@pytest.mark.parametrize("data", [
    {}, [], (), "", 0, None, True, 1.5, {"a": {}, "b": [], "c": [[]], "d": [{}]},
    {1: "int key", 2.5: "float key", None: "none key", False: "bool key"},  # json.dumps turns them into str
    [True, False, 10**30, -(10**30)],
    {"deep": [[[[[{"x": ["\x00\x1f\u2028\ud800\U0001f600\"\\"]}]]]]]},
], ids=repr)
def test_edge_cases(data: Any) -> None:
    assert to_json(data) == dumps(data)


@pytest.mark.parametrize("indent", [None, 0, 1, 4])
def test_other_indents(indent: int | None) -> None:
    data = {"a": [1, {"b": None}], "c": "d", "e": []}
    expected = json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
    assert to_json(data, indent=indent) == expected  # type: ignore[arg-type]


def test_unserialisable_value_raises_like_json_dumps() -> None:
    with pytest.raises(TypeError):
        to_json({"entries": [{"when": object()}]})  # type: ignore[arg-type]


INPUTS = list(fixture_inputs(FIXTURES))
SEED = FIXTURES / "seed-independent-app-live.txt"
ARTICLE = FIXTURES / "seed-independent-app-article.txt"


@pytest.mark.parametrize("path", INPUTS, ids=[path.name for path in INPUTS])
def test_fixture_timeline_same_text_as_json_dumps(path: Path) -> None:
    timeline = liveblog.parse(path.read_bytes(), name=path.name, **options_for(path))
    assert to_json(timeline) == dumps(timeline.to_dict())


def test_pieces_join_to_the_same_text() -> None:
    timeline = liveblog.parse(SEED.read_bytes(), date="2026-01-06")
    pieces = list(json_pieces(timeline, size=100))
    assert len(pieces) > 3
    assert "".join(pieces) == to_json(timeline)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_writes_the_same_json(tmp_path: Path, jobs: str) -> None:
    """One input is rendered piece by piece as it is written; a batch in workers is not."""
    expected = [to_json(liveblog.parse(path.read_bytes(), name=path.name, date="2026-01-06"))
                for path in (SEED, ARTICLE)]
    runner = CliRunner()
    single = runner.invoke(main, ["parse", str(SEED), "--date", "2026-01-06", "--jobs", jobs])
    assert (single.exit_code, single.stdout) == (0, expected[0])
    out = tmp_path / "out.json"
    written = runner.invoke(main, ["parse", str(SEED), "--date", "2026-01-06", "--jobs", jobs, "-o", str(out)])
    assert written.exit_code == 0
    assert out.read_text(encoding="utf-8") == expected[0]
    batch = runner.invoke(main, ["parse", str(SEED), str(ARTICLE), "--date", "2026-01-06", "--jobs", jobs, "-q"])
    assert (batch.exit_code, batch.stdout) == (0, "".join(expected))
