"""The whole 问答库 as one Excel sheet: one row per reply variant, entry columns repeated.

Agencies prepare a client's knowledge base in Excel; `read_kb` turns such a file back into
entries. Written through desktop/sheets/writer.py (text cells always strings, never
formulas; only a plain http(s) link is clickable; temp file then rename); read with openpyxl read-only (defusedxml).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.sheets.write_rules import unescape_ooxml
from desktop.sheets.writer import SheetSpec, write_xlsx

SHEET_NAME = "问答库"
# (key, header). Keys up to "body" are content and are read back; the rest are information.
COLUMNS: list[tuple[str, str]] = [
    ("entry", "条目编号"),
    ("category", "分类"),
    ("title", "标题"),
    ("examples", "典型评论"),
    ("keywords", "关键词"),
    ("language", "语言"),
    ("tone_note", "语气说明"),
    ("kind", "回复类型"),
    ("channel", "渠道"),
    ("body", "回复内容"),
    ("status", "状态（只读）"),
    ("version", "版本（只读）"),
    ("approved_by", "审批人（只读）"),
    ("approved_at", "审批时间（只读）"),
    ("usage_count", "使用次数（只读）"),
    ("last_used_at", "最近使用（只读）"),
]
HEADERS = [header for _key, header in COLUMNS]
KEYS = [key for key, _header in COLUMNS]
CONTENT_KEYS = KEYS[: KEYS.index("body") + 1]
MAX_CELL = 32_767
WIDTHS = {"category": 22, "title": 28, "examples": 40, "keywords": 22, "tone_note": 24, "body": 60}


@dataclass
class WriteSummary:
    rows: int
    control_chars_replaced: int = 0
    truncated_cells: int = 0


def write_kb(path: Path | str, rows: Iterable[Sequence[Any]]) -> WriteSummary:
    """Write rows (in COLUMNS order) through the app's safe writer (temp file, then rename)."""
    widths: dict[int, float] = {column: WIDTHS.get(key, 12) for column, key in enumerate(KEYS)}
    report = write_xlsx(Path(path), [SheetSpec(SHEET_NAME, HEADERS, rows, widths=widths)])
    return WriteSummary(
        rows=report.rows,
        control_chars_replaced=report.control_chars_replaced,
        truncated_cells=report.truncated_cells,
    )


@dataclass
class ReadResult:
    rows: list[dict[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_kb(path: Path | str) -> ReadResult:
    """Rows of a 问答库 sheet as {key: text}; columns found by their header (any order)."""
    import openpyxl

    path = Path(path)
    if not path.exists():
        raise UserError(f"找不到文件：{path}")
    try:
        # data_only=False: a cell Excel turned into a formula comes back as its text, never lost
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:
        raise UserError(
            f"无法读取 Excel 文件：{path.name}（{type(exc).__name__}）",
            hint="请确认是 .xlsx 文件，并且没有加密。",
        ) from exc
    try:
        sheet = (
            workbook[SHEET_NAME] if SHEET_NAME in workbook.sheetnames else workbook.worksheets[0]
        )
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise UserError("表格是空的。", hint="第一行应是表头：标题、典型评论、回复内容……")
        by_header = {
            str(h).strip().replace("（只读）", ""): i for i, h in enumerate(header) if h is not None
        }
        positions: dict[str, int] = {}
        for key, label in COLUMNS:
            label = label.replace("（只读）", "")
            if label in by_header:
                positions[key] = by_header[label]
        if "title" not in positions or "body" not in positions:
            raise UserError(
                "表格缺少“标题”或“回复内容”列。",
                hint="请用“导出问答库”生成的表格作为模板。",
            )
        result = ReadResult()
        for number, values in enumerate(rows, start=2):
            row = {key: _text(values, i) for key, i in positions.items()}
            if not any(row.values()):
                continue
            if not row.get("title"):
                result.problems.append(f"第 {number} 行没有标题，已跳过。")
                continue
            row["row_number"] = str(number)
            result.rows.append(row)
        return result
    finally:
        workbook.close()


def _text(values: Sequence[Any], index: int) -> str:
    if index >= len(values) or values[index] is None:
        return ""
    value = values[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unescape_ooxml(str(value))
