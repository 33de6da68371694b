"""The import direction of DESIGN.md §3: ui, cli → services → storage, sheets → core."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"
THIRD_PARTY_FORBIDDEN_IN_CORE = (
    "PySide6",
    "sqlite_utils",
    "openpyxl",
    "xlsxwriter",
    "python_calamine",
)
# What each layer may import from the project (besides itself and desktop/__init__).
ALLOWED = {
    "core": {"core"},
    "storage": {"core", "storage"},
    "sheets": {"core", "sheets"},
    "services": {"core", "storage", "sheets", "services"},
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_downwards(layer: str) -> None:
    """A lower layer never imports ui, cli, app or a layer above it."""
    offences = []
    for module in _modules(layer):
        for name in _imports(module):
            parts = name.split(".")
            if parts[0] != "desktop" or len(parts) < 2:
                continue
            if parts[1] not in ALLOWED[layer]:
                offences.append(f"{module.relative_to(PACKAGE)} imports {name}")
    assert offences == []


def test_core_imports_no_qt_database_or_excel_library() -> None:
    offences = [
        f"{module.relative_to(PACKAGE)} imports {name}"
        for module in _modules("core")
        for name in _imports(module)
        if name.split(".")[0] in THIRD_PARTY_FORBIDDEN_IN_CORE
    ]
    assert offences == []


def test_services_and_lower_layers_do_not_import_qt_widgets() -> None:
    offences = [
        f"{module.relative_to(PACKAGE)} imports {name}"
        for layer in ("core", "storage", "sheets", "services")
        for module in _modules(layer)
        for name in _imports(module)
        if name.startswith(("PySide6.QtWidgets", "PySide6.QtGui"))
    ]
    assert offences == []


def test_the_checker_would_catch_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from desktop.ui.main_window import MainWindow\nimport PySide6.QtCore\n")
    assert "desktop.ui.main_window" in _imports(bad)
    assert "PySide6.QtCore" in _imports(bad)
