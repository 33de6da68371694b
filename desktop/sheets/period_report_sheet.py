"""The 日报/周报 as .xlsx (概况, 声量, 传播, 内容, 处置, 建议), through the app's safe writer
(desktop/sheets/writer.py: text never a formula or a link, control characters replaced and
counted, temp file then rename)."""

from __future__ import annotations

from pathlib import Path

from desktop.sheets.writer import SheetSpec, WriteReport, write_xlsx

__all__ = ["SheetSpec", "WriteReport", "write_period_xlsx"]


def write_period_xlsx(path: Path, sheets: list[SheetSpec]) -> WriteReport:
    report = write_xlsx(Path(path), sheets)
    report.rows = sum(report.sheet_rows)
    return report
