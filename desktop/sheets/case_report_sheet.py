"""The case report as .xlsx (概况, 时间线, 声明, 关联舆情, 复盘).

Until the shared writer (desktop/sheets/writer.py, CONTRACTS.md 9) is in this branch, this
module writes with xlsxwriter under the same rules: text always as text (never a formula or a
URL), control characters replaced and counted, the cell limit reported, temp file + rename.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xlsxwriter

EXCEL_CELL_LIMIT = 32_767
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class SheetSpec:
    name: str
    columns: list[str]
    rows: Iterable[Sequence[Any]]
    widths: dict[int, float] = field(default_factory=dict)


@dataclass
class WriteReport:
    rows: int = 0
    control_chars_replaced: int = 0
    truncated_cells: int = 0
    formula_like_cells: int = 0


def _clean(value: str, report: WriteReport) -> str:
    value, replaced = _ILLEGAL.subn("\ufffd", value)
    report.control_chars_replaced += replaced
    if len(value) > EXCEL_CELL_LIMIT:
        report.truncated_cells += 1
        value = value[: EXCEL_CELL_LIMIT - 20] + "…〔已截断〕"
    if value[:1] in ("=", "+", "-", "@"):
        report.formula_like_cells += 1
    return value


def write_case_xlsx(path: Path, sheets: list[SheetSpec]) -> WriteReport:
    path = Path(path)
    temp = path.with_name(f".~crisisdesk-{path.name}.partial")
    report = WriteReport()
    book = xlsxwriter.Workbook(
        str(temp),
        {
            "strings_to_urls": False,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
        },
    )
    try:
        header = book.add_format({"bold": True, "bg_color": "#eeeeee", "text_wrap": True})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        for spec in sheets:
            sheet = book.add_worksheet(spec.name[:31])
            for col, title in enumerate(spec.columns):
                sheet.write_string(0, col, title, header)
                sheet.set_column(col, col, spec.widths.get(col, 16))
            sheet.freeze_panes(1, 0)
            for row_index, row in enumerate(spec.rows, start=1):
                report.rows += 1
                for col, value in enumerate(row):
                    if value is None or value == "":
                        continue
                    if isinstance(value, bool):
                        sheet.write_boolean(row_index, col, value)
                    elif isinstance(value, int | float):
                        sheet.write_number(row_index, col, value)
                    else:
                        sheet.write_string(row_index, col, _clean(str(value), report), wrap)
        book.close()
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return report
