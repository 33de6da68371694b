"""The case report as .xlsx (概况, 时间线, 声明, 关联舆情, 复盘), through the app's safe writer
(desktop/sheets/writer.py: text never a formula or a link, control characters replaced and
counted, the cell limit reported, temp file then rename)."""

from __future__ import annotations

from pathlib import Path

from desktop.sheets.writer import SheetSpec, WriteReport, write_xlsx

__all__ = ["SheetSpec", "WriteReport", "write_case_xlsx"]


def write_case_xlsx(path: Path, sheets: list[SheetSpec]) -> WriteReport:
    """All sheets of the report; `rows` counts the rows of every sheet."""
    report = write_xlsx(Path(path), sheets)
    report.rows = sum(report.sheet_rows)
    return report
