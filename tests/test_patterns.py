"""The compiled-pattern cache (liveblog/patterns.py): fresh, identical to re.compile, never needed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from typing import Any

import pytest

from liveblog import _compiled, patterns

patterns.import_all()

REFRESH = "stale: run `.venv/bin/python -m liveblog.patterns` and commit liveblog/_compiled.py"
MADE_HERE = _compiled.ENGINE == patterns.HERE
needs_cache = pytest.mark.skipif(not MADE_HERE, reason="the committed cache was made by another Python")


def test_every_module_level_pattern_asks_the_cache() -> None:
    # the census of tests/test_adversarial.py finds module-level patterns; they come from here
    assert len(patterns.asked) >= 60


@needs_cache
def test_the_cache_holds_every_pattern_and_its_current_code() -> None:
    assert patterns.stale() == [], REFRESH


@needs_cache
@pytest.mark.parametrize("seed", ["1", "2"])
def test_pattern_texts_do_not_depend_on_the_hash_seed(seed: str) -> None:
    # a pattern built from a set in an unsorted order would be a different text in every
    # run, and miss the cache
    code = "from liveblog import patterns; patterns.import_all(); print(len(patterns.stale()))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed})
    assert result.stdout.strip() == "0", REFRESH


@needs_cache
def test_cached_patterns_equal_compiled_ones() -> None:
    samples = ["14:32 BST", "Posted at 9.15am", "3 hours ago", "By Jane Doe", "Share this article", "", "x" * 50]
    for pattern, flags in patterns.asked:
        cached, fresh = patterns.compile(pattern, flags), re.compile(pattern, flags)
        assert cached is not fresh
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        for sample in samples:
            text: Any = sample if isinstance(pattern, str) else sample.encode()
            assert _found(cached.search(text)) == _found(fresh.search(text)), pattern


def _found(match: re.Match[Any] | None) -> object:
    return match and (match.span(), match.groupdict())


def test_a_pattern_the_cache_lacks_compiles_as_usual() -> None:
    compiled = patterns.compile(r"(?P<word>liveblog-\d+-not-cached)", re.I)
    assert compiled.flags & re.I
    assert compiled.match("LIVEBLOG-7-NOT-CACHED").group("word") == "LIVEBLOG-7-NOT-CACHED"  # type: ignore[union-attr]


def test_code_of_is_what_the_engine_accepts() -> None:
    flags, code, groups, groupindex, indexgroup = patterns.code_of(r"(?P<a>x)(y)", 0)
    assert (groups, groupindex, indexgroup) == (2, {"a": 1}, (None, "a", None))
    from re import _compiler, _parser  # type: ignore[attr-defined]

    # packed in bytes, the words the regex compiler itself gives the engine
    assert memoryview(code).cast("I").tolist() == _compiler._code(_parser.parse(r"(?P<a>x)(y)", 0), 0)
    assert flags & re.UNICODE


def test_a_cache_from_another_python_is_not_used() -> None:
    # the engine refuses code it cannot run; a cache from another version is never offered to it
    source = (
        "import liveblog._compiled as c\n"
        "c.ENGINE = ((2, 7), 0, 0, 0)\n"
        "c.CODES = {('a', 0): (0, bytes(4), 0, {}, (None,))}\n"
        "from liveblog import patterns\n"
        "print(patterns.compile('a').match('a') is not None)"
    )
    result = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"
