"""The roster workbook: a 人员 sheet and a 职责矩阵 sheet, written and read back.

Writing follows the export rules (DESIGN.md §8): text cells written as strings (never a
formula), control characters replaced, no automatic hyperlinks, temp file then rename.
Reading uses openpyxl read-only (defusedxml asserted); the service runs it in a child process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.progress import Progress
from desktop.sheets.writer import SheetSpec, WriteReport, write_xlsx

PEOPLE_SHEET = "人员"
MATRIX_SHEET = "职责矩阵"
README_SHEET = "说明"

PEOPLE_COLUMNS: list[tuple[str, str]] = [
    ("name", "姓名"),
    ("title", "职务"),
    ("department", "部门"),
    ("roles", "危机角色"),
    ("phone", "手机"),
    ("office_phone", "办公电话"),
    ("email", "邮箱"),
    ("wechat", "微信"),
    ("backup", "备用人"),
    ("available", "在岗"),
    ("availability_note", "不在岗说明"),
    ("verified_at", "最近核实"),
    ("notes", "备注"),
]
MATRIX_COLUMNS: list[tuple[str, str]] = [
    ("scenario", "场景"),
    ("severity", "级别"),
    ("activity", "事项"),
    ("holder_type", "对象类型"),
    ("holder", "人员或角色"),
    ("raci", "职责"),
]
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass
class RosterSheets:
    """What a roster workbook holds, as header-keyed dicts (keys from the *_COLUMNS)."""

    people: list[dict[str, str]] = field(default_factory=list)
    matrix: list[dict[str, str]] = field(default_factory=list)
    has_matrix: bool = False
    problems: list[dict[str, Any]] = field(default_factory=list)


def write_roster_xlsx(
    path: Path,
    people: Sequence[Sequence[Any]],
    matrix: Sequence[Sequence[Any]],
    notes: Sequence[str] = (),
) -> WriteReport:
    """People rows and matrix rows in the column order above, through the app's safe writer."""
    sheets = [
        SheetSpec(PEOPLE_SHEET, [label for _key, label in PEOPLE_COLUMNS], people),
        SheetSpec(MATRIX_SHEET, [label for _key, label in MATRIX_COLUMNS], matrix),
    ]
    if notes:
        sheets.append(
            SheetSpec(
                README_SHEET,
                ["说明"],
                [[line] for line in notes],
                widths={0: 100},
                autofilter=False,
            )
        )
    report = write_xlsx(Path(path), sheets)
    report.rows = sum(report.sheet_rows[:2]) if report.sheet_rows else report.rows
    return report


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return str(value).strip()


def _header_map(header: Sequence[Any], columns: list[tuple[str, str]]) -> dict[int, str]:
    by_label = {label: key for key, label in columns}
    by_key = {key: key for key, _label in columns}
    mapping: dict[int, str] = {}
    for index, cell in enumerate(header):
        name = _text(cell)
        key = by_label.get(name) or by_key.get(name.lower())
        if key:
            mapping[index] = key
    return mapping


def read_roster_xlsx(path: Path, progress: Progress | None = None) -> RosterSheets:
    """Read both sheets (openpyxl read-only); rows without any value are skipped.

    `progress` is taken for run_isolated's calling convention; a roster is read in well under
    a second, so nothing is reported."""
    from openpyxl import load_workbook

    from desktop.sheets.safety import assert_safe_xml

    assert_safe_xml()
    path = Path(path)
    if not path.is_file():
        raise UserError(f"找不到文件：{path}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UserError("通讯录文件太大（超过 20 MB），不像是危机通讯录。")
    with path.open("rb") as handle:
        if handle.read(4) != b"PK\x03\x04":
            raise UserError(
                f"这不是 .xlsx 文件：{path.name}", hint="请用“导出 Excel”得到的文件作模板。"
            )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise UserError(f"无法读取 Excel 文件：{path.name}（{type(exc).__name__}）") from exc
    result = RosterSheets()
    try:
        if PEOPLE_SHEET not in workbook.sheetnames:
            raise UserError(
                f"文件中没有“{PEOPLE_SHEET}”工作表。", hint="请用“导出 Excel”得到的文件作模板。"
            )
        for sheet_name, columns, target in (
            (PEOPLE_SHEET, PEOPLE_COLUMNS, result.people),
            (MATRIX_SHEET, MATRIX_COLUMNS, result.matrix),
        ):
            if sheet_name not in workbook.sheetnames:
                continue
            if sheet_name == MATRIX_SHEET:
                result.has_matrix = True
            rows = workbook[sheet_name].iter_rows(values_only=True)
            header = next(rows, None) or ()
            mapping = _header_map(header, columns)
            if "name" not in mapping.values() and sheet_name == PEOPLE_SHEET:
                raise UserError(f"“{PEOPLE_SHEET}”工作表缺少“姓名”列。")
            for row_number, row in enumerate(rows, start=2):
                values = {key: _text(row[i]) for i, key in mapping.items() if i < len(row)}
                if not any(values.values()):
                    continue
                values["_row"] = str(row_number)
                target.append(values)
    finally:
        workbook.close()
    return result
