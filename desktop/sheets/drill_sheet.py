"""The drill report as .xlsx (概况, 指标, 发现, 经验教训), through the app's safe writer
(desktop/sheets/writer.py: text never a formula, temp file then rename)."""

from __future__ import annotations

from pathlib import Path

from desktop.sheets.writer import SheetSpec, WriteReport, write_xlsx

__all__ = ["SheetSpec", "WriteReport", "write_drill_xlsx"]


def write_drill_xlsx(path: Path, sheets: list[SheetSpec]) -> WriteReport:
    report = write_xlsx(Path(path), sheets)
    report.rows = sum(report.sheet_rows)
    return report
