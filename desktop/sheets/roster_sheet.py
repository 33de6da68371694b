"""The roster workbook: a 人员 sheet and a 职责矩阵 sheet, written and read back.

Writing follows the export rules (DESIGN.md §8): text cells written as strings (never a
formula), control characters replaced, only plain http(s) links clickable, temp file then
rename.
Reading uses openpyxl read-only (defusedxml asserted); the service runs it in a child process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.progress import Progress
from desktop.sheets.small_workbook import open_small_workbook
from desktop.sheets.write_rules import unescape_ooxml
from desktop.sheets.writer import SheetSpec, WriteReport, write_xlsx

PEOPLE_SHEET = "人员"
MATRIX_SHEET = "职责矩阵"
README_SHEET = "说明"

# The 危机角色 cell holds several role names. Exports since issue 13 write them under
# ROLES_HEADER, joined with ROLE_SEPARATOR; a `、` or `\\` inside a name is escaped with a
# backslash and a line break is written as `\\n`, so any role name ("公关/传播") comes back as
# it was. A sheet headed LEGACY_ROLES_HEADER (older exports, hand-made sheets) is split on
# `、，,；;/` and line breaks, as before; a workspace role whose name holds such a character is
# still recognised whole there (see split_legacy_roles).
ROLES_HEADER = "危机角色（顿号分隔）"
LEGACY_ROLES_HEADER = "危机角色"
ROLE_SEPARATOR = "、"
LEGACY_SEPARATORS = ("、", "，", ",", "；", ";", "/", "\n")

PEOPLE_COLUMNS: list[tuple[str, str]] = [
    ("name", "姓名"),
    ("title", "职务"),
    ("department", "部门"),
    ("roles", ROLES_HEADER),
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


@dataclass
class RosterSheets:
    """What a roster workbook holds, as header-keyed dicts (keys from the *_COLUMNS)."""

    people: list[dict[str, str]] = field(default_factory=list)
    matrix: list[dict[str, str]] = field(default_factory=list)
    has_matrix: bool = False
    problems: list[dict[str, Any]] = field(default_factory=list)
    # True when the 危机角色 column is the escaped kind (ROLES_HEADER); False for the legacy one
    escaped_roles: bool = True


def join_roles(names: Sequence[str]) -> str:
    """Role names in one cell: `、`-separated, `\\`, `、` and line breaks escaped."""
    return ROLE_SEPARATOR.join(
        name.replace("\\", "\\\\")
        .replace(ROLE_SEPARATOR, "\\" + ROLE_SEPARATOR)
        .replace("\n", "\\n")
        for name in names
    )


def split_roles(text: str) -> list[str]:
    """The inverse of join_roles; a bare line break also separates (Alt+Enter in Excel).
    Names are trimmed and blanks dropped."""
    names: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            following = next(chars, "")
            current.append("\n" if following == "n" else following or "\\")
        elif ch in (ROLE_SEPARATOR, "\n"):
            names.append("".join(current))
            current = []
        else:
            current.append(ch)
    names.append("".join(current))
    return [name.strip() for name in names if name.strip()]


def split_legacy_roles(text: str, known: Sequence[str] = ()) -> list[str]:
    """A legacy 危机角色 cell: split on any of `、，,；;/` and line breaks, except that a
    `known` role name that holds one of them is kept whole where it stands between
    separators (so an old export read back into its own workspace keeps "公关/传播")."""
    protected = sorted(
        (n for n in known if any(sep in n for sep in LEGACY_SEPARATORS)), key=len, reverse=True
    )
    pieces: list[str] = []
    rest = text
    for name in protected:
        kept: list[str] = []
        for chunk in _cut_whole(rest, name):
            if chunk is None:
                pieces.append(name)
            else:
                kept.append(chunk)
        rest = ROLE_SEPARATOR.join(kept)
    for separator in LEGACY_SEPARATORS:
        rest = rest.replace(separator, ROLE_SEPARATOR)
    pieces.extend(part.strip() for part in rest.split(ROLE_SEPARATOR) if part.strip())
    order = {name: text.find(name) for name in pieces}
    return sorted(dict.fromkeys(pieces), key=lambda n: order[n])


def _cut_whole(text: str, name: str) -> list[str | None]:
    """`text` split around each occurrence of `name` that stands between separators (or the
    ends); None marks where `name` was."""
    out: list[str | None] = []
    start = 0
    position = text.find(name)
    while position >= 0:
        end = position + len(name)
        before_ok = text[:position].rstrip(" ")[-1:] in ("", *LEGACY_SEPARATORS)
        after_ok = text[end:].lstrip(" ")[:1] in ("", *LEGACY_SEPARATORS)
        if before_ok and after_ok:
            out.append(text[start:position])
            out.append(None)
            start = end
        position = text.find(name, end if before_ok and after_ok else position + 1)
    out.append(text[start:])
    return out


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
    """A cell as text, exactly as written (the import trims the fields it matches on)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return unescape_ooxml(str(value))


def _header_map(header: Sequence[Any], columns: list[tuple[str, str]]) -> dict[int, str]:
    by_label = {label: key for key, label in columns}
    if columns is PEOPLE_COLUMNS:
        by_label[LEGACY_ROLES_HEADER] = "roles"
    by_key = {key: key for key, _label in columns}
    mapping: dict[int, str] = {}
    for index, cell in enumerate(header):
        name = _text(cell).strip()
        key = by_label.get(name) or by_key.get(name.lower())
        if key:
            mapping[index] = key
    return mapping


def read_roster_xlsx(path: Path, progress: Progress | None = None) -> RosterSheets:
    """Read both sheets (openpyxl read-only); rows without any value are skipped.

    `progress` is taken for run_isolated's calling convention; a roster is read in well under
    a second, so nothing is reported."""
    workbook = open_small_workbook(path, too_big="通讯录文件太大（超过 20 MB），不像是危机通讯录。")
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
            if sheet_name == PEOPLE_SHEET:
                result.escaped_roles = ROLES_HEADER in (_text(h).strip() for h in header)
            if "name" not in mapping.values() and sheet_name == PEOPLE_SHEET:
                raise UserError(f"“{PEOPLE_SHEET}”工作表缺少“姓名”列。")
            for row_number, row in enumerate(rows, start=2):
                values = {key: _text(row[i]) for i, key in mapping.items() if i < len(row)}
                if not any(v.strip() for v in values.values()):
                    continue
                values["_row"] = str(row_number)
                target.append(values)
    finally:
        workbook.close()
    return result
