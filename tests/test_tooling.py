"""The strict tooling runs inside the suite, so the one test command checks everything."""

from __future__ import annotations

import ast
import subprocess
import sys

from .conftest import ROOT


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_is_clean() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", "liveblog", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = _run(sys.executable, "-m", "mypy", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr


def _module_names(tree: ast.Module) -> list[tuple[str, int]]:
    """The names a module binds at its top level (constants, tables, functions, classes), each
    with its line; an `@overload` stub is no binding of its own."""
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [(target.id, node.lineno) for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append((node.target.id, node.lineno))
        elif isinstance(node, ast.FunctionDef | ast.ClassDef) and not any(
                isinstance(decorator, ast.Name) and decorator.id == "overload" for decorator in node.decorator_list):
            names.append((node.name, node.lineno))
    return names


def test_no_module_binds_a_name_twice() -> None:
    # a second `MAX_CREDIT_WORDS = 3` further down layout.py silently changed every earlier rule
    # reading the first (5): neither ruff nor mypy flags a constant bound twice; in the tests, a
    # second case table of the same name hides the first from the tests above it (a merge brought
    # two GERMAN_DUMP tables into test_unwrap.py)
    twice = []
    for path in sorted(path for folder in ("liveblog", "tests", "bench") for path in (ROOT / folder).rglob("*.py")):
        if path.name == "_compiled.py":
            continue
        seen: dict[str, int] = {}
        for name, line in _module_names(ast.parse(path.read_text(encoding="utf-8"))):
            if name in seen:
                twice.append(f"{path.relative_to(ROOT)}: {name} at lines {seen[name]} and {line}")
            seen[name] = line
    assert twice == []
