"""The fuzz harness, briefly: mutated real pages keep every invariant (see tests/fuzz).

`bench/fuzz.py` runs the same tests for longer; inputs it keeps in fixtures/regressions/
are parsed here on every run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import liveblog
from liveblog.errors import LiveblogError
from liveblog.read import read

from .fuzz import REGRESSIONS, keep_if_asked, mutated, scaled
from .test_properties import check_common

REGRESSION_INPUTS = sorted(REGRESSIONS.glob("*.bin")) if REGRESSIONS.is_dir() else []


def check_input(data: bytes) -> None:
    """Parse `data` (as text or HTML, by content): a valid timeline or our own error."""
    try:
        timeline = liveblog.parse(data, date="2026-01-06", explain=True)
    except LiveblogError:
        return
    except Exception as problem:
        keep_if_asked(data, problem)
        raise
    try:
        text = read(data).text if timeline.source.format == "text" else None
        check_common(timeline, text)
        again = liveblog.parse(data, date="2026-01-06")
        assert [entry.id for entry in again.entries] == [entry.id for entry in timeline.entries]
    except AssertionError as problem:
        keep_if_asked(data, problem)
        raise


@settings(max_examples=scaled(60), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.data_too_large])
@given(mutated())
def test_mutated_pages_keep_every_invariant(data: bytes) -> None:
    check_input(data)


@pytest.mark.parametrize("path", REGRESSION_INPUTS, ids=[path.name for path in REGRESSION_INPUTS])
def test_kept_regression_input(path: Path) -> None:
    check_input(path.read_bytes())


def test_keep_if_asked_writes_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from . import fuzz

    monkeypatch.setattr(fuzz, "REGRESSIONS", tmp_path / "regressions")
    monkeypatch.delenv("LIVEBLOG_FUZZ_SAVE", raising=False)
    fuzz.keep_if_asked(b"data", ValueError("boom"))
    assert not (tmp_path / "regressions").exists()
    monkeypatch.setenv("LIVEBLOG_FUZZ_SAVE", "1")
    fuzz.keep_if_asked(b"data", ValueError("boom"))
    kept = sorted(path.name for path in (tmp_path / "regressions").iterdir())
    assert len(kept) == 2 and kept[0].endswith(".bin") and "boom" in (tmp_path / "regressions" / kept[1]).read_text()
