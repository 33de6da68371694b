"""The roster as an Excel workbook: export (people and every matrix) and import back.

The workbook's layout and the safe reading and writing are sheets/roster_sheet; this module
turns rows into roster edits (people matched by name, the matrix replaced as a whole) in one
audited transaction, and says why a bad row was skipped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any, TypedDict

from sqlite_utils import Database

from desktop.core import roster_rules as rules
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.pii import mask_contact, mask_phone_numbers
from desktop.core.progress import Progress
from desktop.core.roster_rules import Cell
from desktop.core.vocab import ACTIVITIES, RACI, SCENARIOS, SEVERITIES
from desktop.services.exports import record_unmasked_export
from desktop.sheets import roster_sheet
from desktop.sheets.roster_sheet import RosterSheets
from desktop.storage import roster as store
from desktop.storage.workspace import Workspace

YES = frozenset({"是", "在岗", "yes", "y", "true", "1", "√", "✓"})
NO = frozenset({"否", "不在岗", "no", "n", "false", "0", "×", "✗"})
DEFAULT_LABEL = "默认"
ANY_LEVEL_LABEL = "任何级别"
DEFAULT_MATRIX_LABELS = frozenset({"", DEFAULT_LABEL, "默认矩阵"})  # a blank 场景 cell too
HOLDER_PERSON = "人员"
HOLDER_ROLE = "角色"
IMPORTED_TEXT_FIELDS = (
    "title",
    "department",
    "phone",
    "office_phone",
    "email",
    "wechat",
    "availability_note",
    "notes",
)
READ_MEMORY_BYTES = 1024 * 1024 * 1024  # the parsing child's limits
READ_TIMEOUT_SECONDS = 60

CONTACT_FIELDS = ("phone", "email", "wechat")  # masked like the mention log's contacts
FREE_TEXT_FIELDS = ("office_phone", "availability_note", "notes")  # mobile numbers masked
TRIMMED_FIELDS = ("title", "department", "phone", "office_phone", "email", "wechat")
MASKED_CONTACT = re.compile(r"\*{4}")  # what a masked contact holds (core/pii)
MASKED_MOBILE = re.compile(r"\d{3}\*{4}\d{4}")  # a masked number in free text

EXPORT_NOTES_COMMON = (
    "“人员”表：一人一行；“危机角色（顿号分隔）”一格写多个角色，用顿号“、”分隔"
    "（角色名本身含“、”或“\\”时，导出写作“\\、”“\\\\”）；“备用人”填另一位成员的姓名；"
    "“在岗”填 是/否；“最近核实”填日期（YYYY-MM-DD）。",
    "“职责矩阵”表：一格一行。场景填“默认”或场景名称；级别填“任何级别”或 Ⅰ–Ⅳ 级；对象类型填 人员/角色；职责填 R（执行）、A（审批）、C（咨询）、I（知会）。",
    "导入时按姓名更新已有成员、添加新成员；文件中有职责矩阵时，会整体替换工作区的职责矩阵。",
)
EXPORT_NOTES_MASKED = (
    "危机通讯录导出（CrisisDesk），联系方式已打码（如 138****8000）。",
    "手机、微信、邮箱已打码；备注中的手机号也已打码。导入打码的文件时，已有成员的联系方式保持不变，"
    "新成员的打码联系方式不会导入。需要完整联系方式时，请用“导出完整联系方式”（记入审计日志），"
    "或打印危机联络卡。",
    *EXPORT_NOTES_COMMON,
)
EXPORT_NOTES_UNMASKED = (
    "危机通讯录导出（CrisisDesk），含完整联系方式。",
    "注意：本文件包含成员的手机、微信、邮箱等个人联系方式，未做遮盖，这次导出已记入审计日志。"
    "请妥善保管，不要外发。",
    *EXPORT_NOTES_COMMON,
)
EXPORT_NOTES = EXPORT_NOTES_UNMASKED  # the old name (the unmasked export's notes)

LABELS = dict(roster_sheet.PEOPLE_COLUMNS)
Row = Mapping[str, str]  # one sheet row, keyed as sheets/roster_sheet's *_COLUMNS


# -- export --------------------------------------------------------------------------------------


@dataclass
class ExportResult:
    path: Path
    people: int
    cells: int
    control_chars_replaced: int = 0
    masked: bool = True
    changes: Changes = field(default_factory=Changes)  # the audit row of the export

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "people": self.people,
            "cells": self.cells,
            "masked": self.masked,
            "phones_masked": self.masked,
            "control_chars_replaced": self.control_chars_replaced,
        }


def export_xlsx(
    workspace: Workspace,
    out: Path | str,
    *,
    unmask_contacts: bool = False,
    audit_recorded: bool = False,
) -> ExportResult:
    """People and the whole matrix (every scenario and level) to one workbook.

    Contacts are masked like the mention export's (services/exports): phone, WeChat and
    e-mail as the tables show them before "reveal" (`138****8000`), mobile numbers in the
    free-text columns too. `unmask_contacts` writes them in full; that export is audited
    (`export-unmasked`, what "roster") before the file is written, unless the caller did
    already (`audit_recorded`), and a read-only workspace refuses it. A masked export is
    audited after it is written (`roster-export`) when the workspace is writable. The
    crisis card (printing/crisis_card) always prints contacts in full: that is its purpose.
    """
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError("请把通讯录导出为 .xlsx 文件。", hint="请把文件名改为以 .xlsx 结尾。")
    db = workspace.db
    role_names = {r["id"]: r["name"] for r in store.list_roles(db)}
    everyone = store.list_people(db)
    names = {p["id"]: p["name"] for p in everyone}
    changes = Changes()
    if unmask_contacts and not audit_recorded:
        changes = record_unmasked_export(workspace, out=out, rows=len(everyone), what="roster")

    def contact(value: str | None, key: str) -> str:
        text = value or ""
        if unmask_contacts or not text:
            return text
        return mask_contact(text) if key in CONTACT_FIELDS else mask_phone_numbers(text)

    people_rows = [
        [
            p["name"],
            p["title"],
            p["department"],
            roster_sheet.join_roles([role_names[r] for r in p["role_ids"] if r in role_names]),
            contact(p["phone"], "phone"),
            contact(p["office_phone"], "office_phone"),
            contact(p["email"], "email"),
            contact(p["wechat"], "wechat"),
            names.get(p["backup_id"], "") if p["backup_id"] else "",
            "是" if p["available"] else "否",
            contact(p["availability_note"], "availability_note"),
            (p["verified_at"] or "")[:10],
            contact(p["notes"], "notes"),
        ]
        for p in everyone
    ]
    activity_order = {a: i for i, a in enumerate(ACTIVITIES)}
    all_cells = sorted(
        store.cells(db),
        key=lambda c: (
            (c.scenario, c.severity) != ("", ""),
            c.scenario,
            c.severity,
            activity_order.get(c.activity, 99),
            "RACI".find(c.raci),
        ),
    )
    matrix_rows = [
        [
            SCENARIOS.get(c.scenario, c.scenario) if c.scenario else DEFAULT_LABEL,
            SEVERITIES.get(c.severity, c.severity) if c.severity else ANY_LEVEL_LABEL,
            ACTIVITIES.get(c.activity, c.activity),
            HOLDER_PERSON if c.person_id is not None else HOLDER_ROLE,
            names.get(c.person_id, "?")
            if c.person_id is not None
            else role_names.get(c.role_id or -1, "?"),
            c.raci,
        ]
        for c in all_cells
    ]
    notes = EXPORT_NOTES_UNMASKED if unmask_contacts else EXPORT_NOTES_MASKED
    report = roster_sheet.write_roster_xlsx(out, people_rows, matrix_rows, notes)
    result = ExportResult(
        out,
        len(people_rows),
        len(matrix_rows),
        report.control_chars_replaced,
        masked=not unmask_contacts,
        changes=changes,
    )
    if unmask_contacts or workspace.read_only:  # audited before; a read-only window cannot
        return result
    with workspace.transaction():
        workspace.audit(
            "roster-export",
            "roster",
            None,
            after={
                "file": out.name,
                "people": len(people_rows),
                "masked": True,
                "phones_masked": True,
            },
        )
    result.changes = Changes(audit=True)
    return result


# -- import --------------------------------------------------------------------------------------


class ImportProblem(TypedDict):
    """A skipped (or partly taken) row: which sheet, which row number, why."""

    sheet: str
    row: int
    reason: str


@dataclass
class ImportResult:
    file: Path
    people_inserted: int = 0
    people_updated: int = 0
    roles_added: int = 0
    cells: int = 0
    matrix_replaced: bool = False
    masked_contacts_skipped: int = 0  # masked values (138****8000) not written over contacts
    problems: list[ImportProblem] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "people_inserted": self.people_inserted,
            "people_updated": self.people_updated,
            "roles_added": self.roles_added,
            "cells": self.cells,
            "matrix_replaced": self.matrix_replaced,
            "masked_contacts_skipped": self.masked_contacts_skipped,
            "rejected": len(self.problems),
            "problems": self.problems,
        }

    def reject(self, sheet: str, row: Row, reason: str) -> None:
        self.problems.append(ImportProblem(sheet=sheet, row=int(row.get("_row", 0)), reason=reason))


def read_sheets(file: Path, progress: Progress | None = None) -> RosterSheets:
    """Parsing untrusted files runs in a child process with limits (DESIGN.md §8)."""
    from desktop.services.importing.isolation import Limits, run_isolated

    sheets: RosterSheets = run_isolated(
        roster_sheet.read_roster_xlsx,
        Path(file),
        progress=progress,
        limits=Limits(memory_bytes=READ_MEMORY_BYTES, timeout_seconds=READ_TIMEOUT_SECONDS),
    )
    return sheets


def import_xlsx(
    workspace: Workspace,
    file: Path | str,
    *,
    progress: Progress | None = None,
    sheets: RosterSheets | None = None,
) -> ImportResult:
    """People (matched by name: updated or added) and, when the file has it, the matrix
    (replacing the workspace's). Bad rows are skipped with a reason; all in one transaction."""
    file = Path(file)
    parsed = sheets if sheets is not None else read_sheets(file, progress)
    result = ImportResult(file)
    with workspace.transaction():
        db = workspace.db
        role_by_name = {r["name"]: r["id"] for r in store.list_roles(db)}
        touched = _import_people(
            db, parsed.people, role_by_name, result, escaped_roles=parsed.escaped_roles
        )
        if parsed.has_matrix and parsed.matrix:
            _import_matrix(db, parsed.matrix, role_by_name, result)
        workspace.audit("roster-import", "roster", None, after=result.as_dict())
    result.changes = Changes.of_roster(*touched)
    return result


def _import_people(
    db: Database,
    rows: list[dict[str, str]],
    role_by_name: dict[str, int],
    result: ImportResult,
    *,
    escaped_roles: bool = True,
) -> list[int]:
    """Insert or update each named person, then set the backups (by name, once all exist)."""
    sheet = roster_sheet.PEOPLE_SHEET
    known = list(role_by_name)
    role_names = {
        id(row): roster_sheet.split_roles(row.get("roles", ""))
        if escaped_roles
        else roster_sheet.split_legacy_roles(row.get("roles", ""), known)
        for row in rows
    }
    _add_new_roles(db, list(role_names.values()), role_by_name, result)
    seen_names: set[str] = set()
    imported: list[tuple[int, Row]] = []
    for row in rows:
        name = row.get("name", "").strip()
        if not name:
            result.reject(sheet, row, "姓名为空")
            continue
        if name in seen_names:
            result.reject(sheet, row, f"姓名重复：{name}")
            continue
        seen_names.add(name)
        fields = _person_fields(name, row, result)
        role_ids = [role_by_name[role_name] for role_name in role_names[id(row)]]
        person_id = store.person_id_by_name(db, name)
        masked = [
            key
            for key in CONTACT_FIELDS + FREE_TEXT_FIELDS
            if (MASKED_CONTACT if key in CONTACT_FIELDS else MASKED_MOBILE).search(fields[key])
        ]
        for key in masked:  # a masked export read back never overwrites a real contact
            del fields[key]
            result.masked_contacts_skipped += 1
        if masked and person_id is None:
            labels = "、".join(LABELS[key] for key in masked)
            result.reject(sheet, row, f"联系方式已打码，未导入：{labels}")
        if person_id is None:
            person_id = store.insert_person(db, fields)
            result.people_inserted += 1
        else:
            store.update_person(db, person_id, fields)
            result.people_updated += 1
        store.set_person_roles(db, person_id, role_ids)
        imported.append((person_id, row))
    for person_id, person_row in imported:
        backup_name = person_row.get("backup", "").strip()
        backup_id = store.person_id_by_name(db, backup_name) if backup_name else None
        if backup_name and backup_id is None:
            result.reject(sheet, person_row, f"备用人不在通讯录中：{backup_name}")
        if backup_id == person_id:
            result.reject(sheet, person_row, "备用人不能是本人")
            backup_id = None
        store.update_person(db, person_id, {"backup_id": backup_id})
    return [person_id for person_id, _row in imported]


def _add_new_roles(
    db: Database, cells: list[list[str]], role_by_name: dict[str, int], result: ImportResult
) -> None:
    """Add the roles the sheet names and the workspace lacks, in an order that agrees with
    every cell (each lists its roles in the exporting workspace's order), so the people's
    role cells export again as they were read; first appearance decides the rest."""
    new = [n for n in dict.fromkeys(n for cell in cells for n in cell) if n not in role_by_name]
    if not new:
        return
    first_seen = {name: index for index, name in enumerate(new)}
    after: dict[str, set[str]] = {name: set() for name in new}
    waiting = dict.fromkeys(new, 0)
    for cell in cells:
        fresh = [n for n in cell if n in first_seen]
        for earlier, later in pairwise(fresh):
            if later not in after[earlier]:
                after[earlier].add(later)
                waiting[later] += 1
    ordered: list[str] = []
    while waiting:
        ready = [n for n, count in waiting.items() if count == 0]
        # a hand-made sheet may disagree with itself: then first appearance breaks the cycle
        name = min(ready or waiting, key=first_seen.__getitem__)
        ordered.append(name)
        del waiting[name]
        for later in after[name]:
            if later in waiting:
                waiting[later] -= 1
    taken = set(store.role_ids_by_key(db))
    for name in ordered:
        key = f"custom_{len(role_by_name) + 1}"
        while key in taken:
            key += "_"
        taken.add(key)
        role_by_name[name] = store.add_role(db, key, name)
        result.roles_added += 1


def _person_fields(name: str, row: Row, result: ImportResult) -> dict[str, Any]:
    """A person's columns; a bad 在岗 counts as 在岗 and a bad date as never verified."""
    sheet = roster_sheet.PEOPLE_SHEET
    available = _parse_available(row.get("available", ""))
    verified_text = row.get("verified_at", "").strip()
    if available is None:
        result.reject(sheet, row, f"“在岗”应为 是/否：{row['available']}")
        available = True
    verified: str | None = verified_text[:10] or None
    if verified and rules.parse_date(verified) is None:
        result.reject(sheet, row, f"“最近核实”不是日期：{verified}")
        verified = None
    return {
        "name": name,
        **{
            key: row.get(key, "").strip() if key in TRIMMED_FIELDS else row.get(key, "")
            for key in IMPORTED_TEXT_FIELDS
        },
        "available": 1 if available else 0,
        "verified_at": verified,
    }


def _import_matrix(
    db: Database, rows: list[dict[str, str]], role_by_name: dict[str, int], result: ImportResult
) -> None:
    """Replace the whole matrix with the sheet's cells (when at least one is good)."""
    new_cells: dict[tuple[str, str, str, tuple[str, int]], Cell] = {}
    for row in rows:
        cell = _matrix_cell(db, row, role_by_name, result)
        if cell is None:
            continue
        key = (cell.scenario, cell.severity, cell.activity, cell.holder)
        if key in new_cells:
            result.reject(roster_sheet.MATRIX_SHEET, row, "同一格重复出现，已用第一行")
            continue
        new_cells[key] = cell
    if new_cells:
        store.delete_all_cells(db)
        for cell in new_cells.values():
            store.insert_cell(db, cell)
        result.cells = len(new_cells)
        result.matrix_replaced = True


def _matrix_cell(
    db: Database, row: Row, role_by_name: dict[str, int], result: ImportResult
) -> Cell | None:
    sheet = roster_sheet.MATRIX_SHEET
    scenario = _lookup(row.get("scenario", ""), SCENARIOS, DEFAULT_MATRIX_LABELS)
    if scenario is None:
        result.reject(sheet, row, f"未知的场景：{row.get('scenario')}")
        return None
    severity = _parse_severity(row.get("severity", ""))
    if severity is None:
        result.reject(sheet, row, f"未知的级别：{row.get('severity')}")
        return None
    activity = _lookup(row.get("activity", ""), ACTIVITIES, frozenset())
    if not activity:
        result.reject(sheet, row, f"未知的事项：{row.get('activity')}")
        return None
    raci = row.get("raci", "").strip().upper()[:1]
    if raci not in RACI:
        result.reject(sheet, row, f"职责应为 R/A/C/I：{row.get('raci')}")
        return None
    holder = row.get("holder", "").strip()
    kind = row.get("holder_type", "").strip()
    if kind in (HOLDER_ROLE, "role"):
        role_id = role_by_name.get(holder)
        if role_id is None:
            result.reject(sheet, row, f"未知的角色：{holder}")
            return None
        return Cell(activity, raci, None, role_id, scenario, severity)
    person_id = store.person_id_by_name(db, holder)
    if person_id is None:
        result.reject(sheet, row, f"人员不在通讯录中：{holder}")
        return None
    return Cell(activity, raci, person_id, None, scenario, severity)


# -- reading cell values -------------------------------------------------------------------------


def _lookup(label: str, vocabulary: Mapping[str, str], blank: frozenset[str]) -> str | None:
    """A vocabulary key from its key or its (short) label; '' for a blank; None if unknown."""
    text = label.strip()
    if text in blank:
        return ""
    if text in vocabulary:
        return text
    if text.upper() in vocabulary:
        return text.upper()
    for key, name in vocabulary.items():
        if text == name or text == name.split("（")[0]:
            return key
    return None


def _parse_severity(text: str) -> str | None:
    text = text.strip()
    if text in ("", ANY_LEVEL_LABEL, "任何", "全部"):
        return ""
    numerals = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV"}
    head = text.split("级")[0].strip()
    head = numerals.get(head, head).upper()
    return head if head in SEVERITIES else _lookup(text, SEVERITIES, frozenset())


def _parse_available(text: str) -> bool | None:
    value = text.strip().lower()
    if value == "" or value in YES:
        return True
    if value in NO:
        return False
    return None
