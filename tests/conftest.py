"""Shared test helpers: the schema validator every output goes through."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import settings

from liveblog.schema import TIMELINE

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"

# In CI the property and fuzz tests draw the same examples every run, so a commit's result
# never depends on luck; locally (and in bench/fuzz.py) they explore new ones each time.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

_VALIDATOR = jsonschema.Draft202012Validator(TIMELINE, format_checker=jsonschema.FormatChecker())


def assert_valid(output: dict[str, Any]) -> None:
    """Fail with the first schema error of `output`."""
    errors = sorted(_VALIDATOR.iter_errors(output), key=lambda error: list(error.path))
    if errors:
        pytest.fail(f"output breaks the schema at {list(errors[0].path)}: {errors[0].message}")
