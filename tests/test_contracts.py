"""The architecture rules of DESIGN.md §3, checked by tools rather than by review.

The import contracts live in pyproject.toml ([tool.importlinter]) and import-linter checks them
(`make contracts`, part of `make test`); these tests run it on the real package, show that a
deliberate violation is caught, and check the rules a contract cannot express: Qt below the
front ends is QtCore only (the file lock), no file over the size a reader can hold, no CLI
module at the package root, no SQL text in the window's code.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"
MAX_LINES = 650
# Where Qt may be used in full; everywhere else it is QtCore at most (the workspace file lock).
QT_FRONT_ENDS = ("ui", "printing", "app.py", "__main__.py")
SQL = re.compile(r"\bSELECT\s|\bINSERT\s+INTO\b|\bUPDATE\s+\S+\s+SET\b|\bDELETE\s+FROM\b")
RUN_LINT_IMPORTS = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """import-linter on the package and pyproject.toml in `root`, in a process of its own.

    Its own process, because the package it checks must be the one under `root`, not the
    `desktop` this test process has imported already.
    """
    env = dict(os.environ, PYTHONPATH=str(root), COLUMNS="200", NO_COLOR="1")
    return subprocess.run(
        [sys.executable, "-c", RUN_LINT_IMPORTS, "--no-cache", "--no-logo"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def copy_of_the_project(tmp_path: Path) -> Path:
    shutil.copytree(PACKAGE, tmp_path / "desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def python_files(folder: Path = PACKAGE) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def imported_modules(path: Path) -> Iterator[str]:
    """Every absolute import in the file, including those inside functions."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def string_literals(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every string in the code, docstrings left out: they describe, not run."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and id(node) not in docstrings:
            yield node.lineno, node.value


def test_the_import_contracts_are_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_ui_module_importing_storage_breaks_a_contract(tmp_path: Path) -> None:
    root = copy_of_the_project(tmp_path)
    (root / "desktop" / "ui" / "contract_probe.py").write_text(
        "from desktop.storage.workspace import Workspace\n", encoding="utf-8"
    )
    result = lint_imports(root)
    assert result.returncode != 0
    assert "Front ends go through services" in result.stdout
    assert "desktop.ui.contract_probe -> desktop.storage.workspace" in result.stdout


def test_core_importing_qt_breaks_a_contract(tmp_path: Path) -> None:
    root = copy_of_the_project(tmp_path)
    (root / "desktop" / "core" / "contract_probe.py").write_text(
        "def later() -> None:\n    from PySide6.QtCore import QTimer\n", encoding="utf-8"
    )
    result = lint_imports(root)
    assert result.returncode != 0
    assert "Core is pure" in result.stdout
    assert "desktop.core.contract_probe -> PySide6" in result.stdout


def test_below_the_front_ends_qt_is_qtcore_only() -> None:
    """The contracts see PySide6 as one package; the lock's exception must not grow into widgets."""
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in python_files()
        if path.relative_to(PACKAGE).parts[0] not in QT_FRONT_ENDS
        for name in imported_modules(path)
        if name.split(".")[0] == "PySide6" and not name.startswith("PySide6.QtCore")
    ]
    assert not offences, "\n".join(offences)


def test_no_python_file_is_longer_than_a_reader_can_hold() -> None:
    too_long = [
        f"{path.relative_to(ROOT)}: {lines} lines"
        for path in python_files()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert not too_long, f"over {MAX_LINES} lines:\n" + "\n".join(too_long)


def test_the_cli_lives_in_its_package_only() -> None:
    assert sorted(p.name for p in PACKAGE.glob("cli_*.py")) == []
    assert not (PACKAGE / "cli.py").exists()


@pytest.mark.parametrize("layer", ["ui", "cli", "printing", "services"])
def test_no_sql_text_above_storage(layer: str) -> None:
    """Storage owns SQL: the window, the CLI, printing and the use cases call its functions."""
    offences = [
        f"{path.relative_to(ROOT)}:{line}: {text.strip()[:60]}"
        for path in python_files(PACKAGE / layer)
        for line, text in string_literals(path)
        if SQL.search(text) or text.lstrip().startswith(("PRAGMA ", "CREATE ", "ATTACH "))
    ]
    assert not offences, "SQL belongs in desktop/storage:\n" + "\n".join(offences)


def test_the_sql_pattern_and_the_import_reader_see_what_they_should(tmp_path: Path) -> None:
    """The checks above would catch an offence: they are not vacuously green."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        '"""SELECT in a docstring is prose."""\n'
        "def f(db):\n"
        "    from PySide6.QtWidgets import QLabel\n"
        '    db.execute("UPDATE mentions SET status = ?", ("done",))\n'
        '    return db.execute(f"SELECT id FROM kb WHERE id = {1}")\n',
        encoding="utf-8",
    )
    assert "PySide6.QtWidgets.QLabel" in set(imported_modules(probe))
    found = [line for line, text in string_literals(probe) if SQL.search(text)]
    assert found == [4, 5]
    assert not SQL.search("选择 SELECTED 更新")


def writing_services() -> Iterator[tuple[str, object]]:
    """Public service functions that take the workspace and open a transaction on it."""
    import importlib
    import inspect

    for path in python_files(PACKAGE / "services"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        module = importlib.import_module(name)
        for attribute, function in vars(module).items():
            if attribute.startswith("_") or not inspect.isfunction(function):
                continue
            if function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters.values())
            takes_workspace = bool(parameters) and parameters[0].name == "workspace"
            if takes_workspace and "transaction()" in inspect.getsource(function):
                yield f"{name}.{attribute}", function


def test_every_writing_service_returns_its_changes() -> None:
    """The change contract: a write says what it changed (a Changes, or a result with one)."""
    import dataclasses
    import typing

    from desktop.core.changes import Changes

    offences = []
    found = 0
    for name, function in writing_services():
        found += 1
        returned = typing.get_type_hints(function).get("return")
        says_changes = isinstance(returned, type) and (
            issubclass(returned, Changes)
            or (
                dataclasses.is_dataclass(returned)
                and "changes" in {f.name for f in dataclasses.fields(returned)}
            )
            or isinstance(getattr(returned, "changes", None), property)
        )
        if not says_changes:
            offences.append(f"{name} -> {returned}")
    assert found > 40  # the scan sees the services
    assert not offences, "\n".join(offences)
