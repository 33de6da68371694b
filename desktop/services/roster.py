"""The crisis roster (危机通讯录): people, roles, the responsibility matrix, health, Excel, card.

Every edit is one transaction with an `audit` row and returns the `Changes` it made (the
people it touched in `person_ids`), which the UI's Operation publishes. Qt-free.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core import roster_rules as rules
from desktop.core.changes import Changes, ChangesWithCount, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.progress import Progress
from desktop.core.roster_rules import Cell, Finding
from desktop.core.vocab import ACTIVITIES, RACI, SCENARIOS, SEVERITIES
from desktop.sheets import roster_sheet
from desktop.storage import roster as store
from desktop.storage.workspace import Workspace, now_iso

HEALTH_CHECK_NAME = "roster"
YES = {"是", "在岗", "yes", "y", "true", "1", "√", "✓"}
NO = {"否", "不在岗", "no", "n", "false", "0", "×", "✗"}
DEFAULT_LABEL = "默认"
ANY_LEVEL_LABEL = "任何级别"
HOLDER_PERSON = "人员"
HOLDER_ROLE = "角色"


# -- people and roles --------------------------------------------------------------------------


def people(workspace: Workspace) -> list[dict[str, Any]]:
    return store.list_people(workspace.db)


def roles(workspace: Workspace) -> list[dict[str, Any]]:
    return store.list_roles(workspace.db)


def person(workspace: Workspace, person_id: int) -> dict[str, Any]:
    found = store.get_person(workspace.db, person_id)
    if found is None:
        raise UserError("找不到这位成员，可能已被删除。", hint="请刷新后重试。")
    return found


def _check_person_fields(workspace: Workspace, person_id: int | None, fields: dict) -> dict:
    clean = {k: v for k, v in fields.items() if k in store.PERSON_FIELDS}
    if "name" in clean:
        clean["name"] = str(clean["name"]).strip()
        if not clean["name"]:
            raise UserError("姓名不能为空。", hint="请填写成员姓名。")
    for key in ("title", "department", "phone", "office_phone", "email", "wechat"):
        if key in clean:
            clean[key] = str(clean[key] or "").strip()
    if "available" in clean:
        clean["available"] = 1 if clean["available"] else 0
    backup = clean.get("backup_id")
    if backup is not None:
        if person_id is not None and backup == person_id:
            raise UserError("不能把成员自己设为备用人。", hint="请选择另一位成员。")
        if store.get_person(workspace.db, backup) is None:
            raise UserError("选择的备用人不在通讯录中。", hint="请重新选择备用人。")
    return clean


def save_person(
    workspace: Workspace,
    person_id: int | None,
    fields: dict[str, Any],
    role_ids: list[int] | None = None,
) -> ChangesWithId:
    """Create (person_id None) or update a person and their roles; audited. The id is the
    person's (the new one's when created)."""
    clean = _check_person_fields(workspace, person_id, fields)
    with workspace.transaction():
        if person_id is None:
            if "name" not in clean:
                raise UserError("姓名不能为空。", hint="请填写成员姓名。")
            person_id = store.insert_person(workspace.db, clean)
            before = None
        else:
            before = person(workspace, person_id)
            store.update_person(workspace.db, person_id, clean)
        if role_ids is not None:
            store.set_person_roles(workspace.db, person_id, role_ids)
        after = store.get_person(workspace.db, person_id)
        workspace.audit(
            "create" if before is None else "edit", "person", person_id, before=before, after=after
        )
    return ChangesWithId(id=person_id).with_changes(Changes.of_roster(person_id))


def delete_person(workspace: Workspace, person_id: int) -> Changes:
    """Remove a person; their matrix cells go too and people they backed up lose the backup
    (those people are in the changes too)."""
    store.enable_secure_delete(workspace.db)  # the deleted contact leaves the file
    with workspace.transaction():
        before = person(workspace, person_id)
        backed_up = store.ids_backed_up_by(workspace.db, person_id)
        store.delete_person(workspace.db, person_id)
        # the audit keeps who was removed, not their phone numbers
        workspace.audit("delete", "person", person_id, before={"name": before["name"]})
    return Changes.of_roster(person_id, *backed_up)


def mark_verified(workspace: Workspace, person_id: int, on: date | None = None) -> Changes:
    """'已核实': the contact details were checked today (or on `on`)."""
    stamp = (on or date.today()).isoformat()
    with workspace.transaction():
        before = person(workspace, person_id)["verified_at"]
        store.update_person(workspace.db, person_id, {"verified_at": stamp})
        workspace.audit("verify", "person", person_id, before=before, after=stamp)
    return Changes.of_roster(person_id)


def set_available(workspace: Workspace, person_id: int, available: bool, note: str = "") -> Changes:
    with workspace.transaction():
        before = person(workspace, person_id)
        store.update_person(
            workspace.db,
            person_id,
            {"available": 1 if available else 0, "availability_note": note},
        )
        workspace.audit(
            "availability",
            "person",
            person_id,
            before={"available": before["available"], "note": before["availability_note"]},
            after={"available": available, "note": note},
        )
    return Changes.of_roster(person_id)


def add_role(workspace: Workspace, name: str) -> ChangesWithId:
    """A workspace role (e.g. 食品安全官); the id is the role's. An existing name gives its
    role back with no changes."""
    name = name.strip()
    if not name:
        raise UserError("角色名称不能为空。")
    existing = {r["name"]: r["id"] for r in roles(workspace)}
    if name in existing:
        return ChangesWithId(id=existing[name])
    with workspace.transaction():
        key = f"custom_{len(existing) + 1}"
        while key in store.role_ids_by_key(workspace.db):
            key += "_"
        role_id = store.add_role(workspace.db, key, name)
        workspace.audit("create", "role", role_id, after={"key": key, "name": name})
    return ChangesWithId(id=role_id).with_changes(Changes.of_roster())


# -- the responsibility matrix -------------------------------------------------------------------


def _check_matrix_key(scenario: str, severity: str) -> None:
    if scenario and scenario not in SCENARIOS:
        raise UserError(f"未知的场景：{scenario}")
    if severity and severity not in SEVERITIES:
        raise UserError(f"未知的级别：{severity}（应为 I、II、III、IV）")


@dataclass
class MatrixView:
    """The effective matrix for (scenario, severity): each activity's cells and their source."""

    scenario: str
    severity: str
    rows: dict[str, list[Cell]]
    sources: dict[str, tuple[str, str] | None]

    def raci(self, activity: str, kind: str, holder_id: int) -> str:
        for cell in self.rows.get(activity, []):
            if kind == "person" and cell.person_id == holder_id:
                return cell.raci
            if kind == "role" and cell.role_id == holder_id:
                return cell.raci
        return ""

    def inherited(self, activity: str) -> bool:
        source = self.sources.get(activity)
        return source is not None and source != (self.scenario, self.severity)


def matrix(workspace: Workspace, scenario: str = "", severity: str = "") -> MatrixView:
    _check_matrix_key(scenario, severity)
    effective = rules.effective_matrix(store.cells(workspace.db), scenario, severity)
    return MatrixView(
        scenario,
        severity,
        {a: row for a, (row, _src) in effective.items()},
        {a: src for a, (_row, src) in effective.items()},
    )


@dataclass(frozen=True)
class CellChange(Changes):
    """The changes of one matrix edit, with what the user should be told about it."""

    activity: str = ""
    raci: str = ""
    message: str = ""  # e.g. the A that moved away from someone else
    copied_from: tuple[str, str] | None = None


def set_cell(
    workspace: Workspace,
    *,
    scenario: str,
    severity: str,
    activity: str,
    person_id: int | None = None,
    role_id: int | None = None,
    raci: str = "",
) -> CellChange:
    """Set (or clear with '') one cell of the matrix for (scenario, severity).

    Editing a row that the matrix inherits first copies the inherited row into it (the row is
    then overridden as a whole). Setting A moves the A: the previous approver's cell is
    cleared, so each activity keeps exactly one A.
    """
    _check_matrix_key(scenario, severity)
    raci = raci.strip().upper()
    if raci and raci not in RACI:
        raise UserError(f"未知的职责类型：{raci}", hint="请选择 R、A、C、I 或留空。")
    if activity not in ACTIVITIES:
        raise UserError(f"未知的事项：{activity}")
    if (person_id is None) == (role_id is None):
        raise UserError("请指定一位成员或一个角色。")
    message = ""
    copied_from: tuple[str, str] | None = None
    with workspace.transaction():
        db = workspace.db
        before = store.matrix_cells(db, scenario, severity)
        own = [c for c in before if c.activity == activity]
        if not own:
            inherited, source = rules.effective_row(store.cells(db), activity, scenario, severity)
            if source is not None and source != (scenario, severity):
                for cell in inherited:
                    store.insert_cell(
                        db,
                        Cell(activity, cell.raci, cell.person_id, cell.role_id, scenario, severity),
                    )
                copied_from = source
        store.delete_cell(db, scenario, severity, activity, person_id, role_id)
        if raci == "A":
            for cell in store.matrix_cells(db, scenario, severity):
                if cell.activity == activity and cell.raci == "A":
                    store.delete_cell(
                        db, scenario, severity, activity, cell.person_id, cell.role_id
                    )
                    message = f"审批（A）已从 {_holder_name(workspace, cell)} 移走。"
        if raci:
            store.insert_cell(db, Cell(activity, raci, person_id, role_id, scenario, severity))
        workspace.audit(
            "matrix-edit",
            "responsibility",
            f"{scenario}/{severity}/{activity}",
            before=[c.__dict__ for c in own],
            after={"person_id": person_id, "role_id": role_id, "raci": raci},
        )
    return CellChange(
        roster=True,
        audit=True,
        person_ids=frozenset() if person_id is None else frozenset({person_id}),
        activity=activity,
        raci=raci,
        message=message,
        copied_from=copied_from,
    )


def reset_row(
    workspace: Workspace, *, scenario: str, severity: str, activity: str
) -> ChangesWithCount:
    """Drop this matrix's own row for an activity so it inherits again; counts the cells."""
    if not scenario and not severity:
        raise UserError("默认矩阵没有可继承的上级。", hint="请直接修改单元格。")
    with workspace.transaction():
        before = [
            c.__dict__
            for c in store.matrix_cells(workspace.db, scenario, severity)
            if c.activity == activity
        ]
        removed = store.delete_row(workspace.db, scenario, severity, activity)
        workspace.audit(
            "matrix-reset", "responsibility", f"{scenario}/{severity}/{activity}", before=before
        )
    return ChangesWithCount(roster=True, audit=True, count=removed)


def _holder_name(workspace: Workspace, cell: Cell) -> str:
    if cell.person_id is not None:
        found = store.get_person(workspace.db, cell.person_id)
        return found["name"] if found else "?"
    names = {r["id"]: r["name"] for r in roles(workspace)}
    return f"角色“{names.get(cell.role_id, '?')}”"


# -- health ------------------------------------------------------------------------------------


@dataclass
class HealthReport:
    findings: list[Finding]
    stale_days: int

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            **rules.summary(self.findings),
            "stale_days": self.stale_days,
            "findings": [f.as_dict() for f in self.findings],
        }


def stale_days(workspace: Workspace) -> int:
    try:
        value = int(workspace.setting(rules.STALE_SETTING, rules.DEFAULT_STALE_DAYS))
    except (TypeError, ValueError):
        value = rules.DEFAULT_STALE_DAYS
    return max(1, value)


def set_stale_days(workspace: Workspace, days: int) -> Changes:
    """After how many days an unverified contact is reported (a workspace setting)."""
    days = max(1, int(days))
    if days == stale_days(workspace):
        return Changes()
    workspace.set_setting(rules.STALE_SETTING, days)  # its own transaction and audit row
    return Changes(roster=True, audit=True)


def health(workspace: Workspace, today: date | None = None) -> HealthReport:
    db = workspace.db
    role_rows = store.list_roles(db)
    days = stale_days(workspace)
    data = rules.HealthInput(
        people=store.people_info(db),
        cells=store.cells(db),
        role_names={r["id"]: r["name"] for r in role_rows},
        role_keys={r["id"]: r["key"] for r in role_rows},
        today=today or date.today(),
        stale_days=days,
    )
    return HealthReport(rules.health_findings(data), days)


def workspace_health(workspace: Workspace) -> dict[str, Any]:
    """The roster's part of `crisisdesk check` and 检查工作区 (under HEALTH_CHECK_NAME):
    services/workspaces.check_workspace calls it. An old workspace without the roster's
    tables is healthy (nothing to check)."""
    if not store.has_roster_tables(workspace.db):
        return {"ok": True, "errors": 0, "warnings": 0, "findings": []}
    return health(workspace).as_dict()


# -- Excel --------------------------------------------------------------------------------------

EXPORT_NOTES = (
    "危机通讯录导出（CrisisDesk）。",
    "注意：本文件包含成员的手机、微信、邮箱等个人联系方式，未做遮盖——这是危机联络卡的用途。请妥善保管，不要外发。",
    "“人员”表：一人一行；“危机角色”用顿号分隔；“备用人”填另一位成员的姓名；“在岗”填 是/否；“最近核实”填日期（YYYY-MM-DD）。",
    "“职责矩阵”表：一格一行。场景填“默认”或场景名称；级别填“任何级别”或 Ⅰ–Ⅳ 级；对象类型填 人员/角色；职责填 R（执行）、A（审批）、C（咨询）、I（知会）。",
    "导入时按姓名更新已有成员、添加新成员；文件中有职责矩阵时，会整体替换工作区的职责矩阵。",
)


@dataclass
class ExportResult:
    path: Path
    people: int
    cells: int
    control_chars_replaced: int = 0
    changes: Changes = field(default_factory=Changes)  # the audit row of the export

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "people": self.people,
            "cells": self.cells,
            "phones_masked": False,
            "control_chars_replaced": self.control_chars_replaced,
        }


def export_xlsx(workspace: Workspace, out: Path | str) -> ExportResult:
    """People and the whole matrix (every scenario and level) to one workbook.

    Phones are NOT masked: the roster's purpose is reaching people in a crisis. The export
    is audited because the file carries personal data.
    """
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError("请把通讯录导出为 .xlsx 文件。")
    db = workspace.db
    role_names = {r["id"]: r["name"] for r in store.list_roles(db)}
    everyone = store.list_people(db)
    names = {p["id"]: p["name"] for p in everyone}
    people_rows = [
        [
            p["name"],
            p["title"],
            p["department"],
            "、".join(role_names[r] for r in p["role_ids"] if r in role_names),
            p["phone"],
            p["office_phone"],
            p["email"],
            p["wechat"],
            names.get(p["backup_id"], "") if p["backup_id"] else "",
            "是" if p["available"] else "否",
            p["availability_note"],
            (p["verified_at"] or "")[:10],
            p["notes"],
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
            else role_names.get(c.role_id, "?"),
            c.raci,
        ]
        for c in all_cells
    ]
    report = roster_sheet.write_roster_xlsx(out, people_rows, matrix_rows, EXPORT_NOTES)
    result = ExportResult(out, len(people_rows), len(matrix_rows), report.control_chars_replaced)
    if workspace.read_only:  # a read-only window cannot write the audit row
        return result
    with workspace.transaction():
        workspace.audit(
            "roster-export",
            "roster",
            None,
            after={"file": out.name, "people": len(people_rows), "phones_masked": False},
        )
    result.changes = Changes(audit=True)
    return result


@dataclass
class ImportResult:
    file: Path
    people_inserted: int = 0
    people_updated: int = 0
    roles_added: int = 0
    cells: int = 0
    matrix_replaced: bool = False
    problems: list[dict[str, Any]] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "people_inserted": self.people_inserted,
            "people_updated": self.people_updated,
            "roles_added": self.roles_added,
            "cells": self.cells,
            "matrix_replaced": self.matrix_replaced,
            "rejected": len(self.problems),
            "problems": self.problems,
        }


def _lookup(label: str, vocabulary: dict[str, str], blank: set[str]) -> str | None:
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
    return head if head in SEVERITIES else _lookup(text, SEVERITIES, set())


def _parse_available(text: str) -> bool | None:
    value = text.strip().lower()
    if value == "" or value in YES:
        return True
    if value in NO:
        return False
    return None


def read_sheets(file: Path, progress: Progress | None = None) -> roster_sheet.RosterSheets:
    """Parsing untrusted files runs in a child process with limits (DESIGN.md §8)."""
    from desktop.services.isolation import Limits, run_isolated

    return run_isolated(
        roster_sheet.read_roster_xlsx,
        Path(file),
        progress=progress,
        limits=Limits(memory_bytes=1024 * 1024 * 1024, timeout_seconds=60),
    )


def import_xlsx(
    workspace: Workspace,
    file: Path | str,
    *,
    progress: Progress | None = None,
    sheets: roster_sheet.RosterSheets | None = None,
) -> ImportResult:
    """People (matched by name: updated or added) and, when the file has it, the matrix
    (replacing the workspace's). Bad rows are skipped with a reason; all in one transaction."""
    file = Path(file)
    parsed = sheets if sheets is not None else read_sheets(file, progress)
    result = ImportResult(file)
    problems = result.problems

    def reject(sheet: str, row: dict, reason: str) -> None:
        problems.append({"sheet": sheet, "row": int(row.get("_row", 0)), "reason": reason})

    with workspace.transaction():
        db = workspace.db
        role_by_name = {r["name"]: r["id"] for r in store.list_roles(db)}
        seen_names: set[str] = set()
        backups: list[tuple[int, dict]] = []
        touched: list[int] = []
        for row in parsed.people:
            name = row.get("name", "").strip()
            if not name:
                reject(roster_sheet.PEOPLE_SHEET, row, "姓名为空")
                continue
            if name in seen_names:
                reject(roster_sheet.PEOPLE_SHEET, row, f"姓名重复：{name}")
                continue
            seen_names.add(name)
            available = _parse_available(row.get("available", ""))
            if available is None:
                reject(roster_sheet.PEOPLE_SHEET, row, f"“在岗”应为 是/否：{row['available']}")
                available = True
            verified = row.get("verified_at", "")[:10] or None
            if verified and rules._parse_date(verified) is None:
                reject(roster_sheet.PEOPLE_SHEET, row, f"“最近核实”不是日期：{verified}")
                verified = None
            fields = {
                "name": name,
                **{
                    key: row.get(key, "")
                    for key in (
                        "title",
                        "department",
                        "phone",
                        "office_phone",
                        "email",
                        "wechat",
                        "availability_note",
                        "notes",
                    )
                },
                "available": 1 if available else 0,
                "verified_at": verified,
            }
            role_ids = []
            for role_name in _split(row.get("roles", "")):
                if role_name not in role_by_name:
                    key = f"custom_{len(role_by_name) + 1}"
                    role_by_name[role_name] = store.add_role(db, key, role_name)
                    result.roles_added += 1
                role_ids.append(role_by_name[role_name])
            existing = store.person_id_by_name(db, name)
            if existing is None:
                person_id = store.insert_person(db, fields)
                result.people_inserted += 1
            else:
                person_id = existing
                store.update_person(db, person_id, fields)
                result.people_updated += 1
            store.set_person_roles(db, person_id, role_ids)
            backups.append((person_id, row))
            touched.append(person_id)
        for person_id, row in backups:
            backup_name = row.get("backup", "").strip()
            backup_id = store.person_id_by_name(db, backup_name) if backup_name else None
            if backup_name and backup_id is None:
                reject(roster_sheet.PEOPLE_SHEET, row, f"备用人不在通讯录中：{backup_name}")
            if backup_id == person_id:
                reject(roster_sheet.PEOPLE_SHEET, row, "备用人不能是本人")
                backup_id = None
            store.update_person(db, person_id, {"backup_id": backup_id})
        if parsed.has_matrix and parsed.matrix:
            new_cells: dict[tuple, Cell] = {}
            for row in parsed.matrix:
                cell = _matrix_cell(db, row, role_by_name, reject)
                if cell is None:
                    continue
                key = (cell.scenario, cell.severity, cell.activity, cell.holder)
                if key in new_cells:
                    reject(roster_sheet.MATRIX_SHEET, row, "同一格重复出现，已用第一行")
                    continue
                new_cells[key] = cell
            if new_cells:
                store.delete_all_cells(db)
                for cell in new_cells.values():
                    store.insert_cell(db, cell)
                result.cells = len(new_cells)
                result.matrix_replaced = True
        workspace.audit("roster-import", "roster", None, after=result.as_dict())
    result.changes = Changes.of_roster(*touched)
    return result


def _split(text: str) -> list[str]:
    for separator in ("，", ",", "；", ";", "/", "\n"):
        text = text.replace(separator, "、")
    return [part.strip() for part in text.split("、") if part.strip()]


def _matrix_cell(db, row: dict, role_by_name: dict[str, int], reject) -> Cell | None:
    sheet = roster_sheet.MATRIX_SHEET
    scenario = _lookup(row.get("scenario", ""), SCENARIOS, {"", DEFAULT_LABEL, "默认矩阵"})
    if scenario is None:
        reject(sheet, row, f"未知的场景：{row.get('scenario')}")
        return None
    severity = _parse_severity(row.get("severity", ""))
    if severity is None:
        reject(sheet, row, f"未知的级别：{row.get('severity')}")
        return None
    activity = _lookup(row.get("activity", ""), ACTIVITIES, set())
    if not activity:
        reject(sheet, row, f"未知的事项：{row.get('activity')}")
        return None
    raci = row.get("raci", "").strip().upper()[:1]
    if raci not in RACI:
        reject(sheet, row, f"职责应为 R/A/C/I：{row.get('raci')}")
        return None
    holder = row.get("holder", "").strip()
    kind = row.get("holder_type", "").strip()
    if kind in (HOLDER_ROLE, "role"):
        role_id = role_by_name.get(holder)
        if role_id is None:
            reject(sheet, row, f"未知的角色：{holder}")
            return None
        return Cell(activity, raci, None, role_id, scenario, severity)
    person_id = store.person_id_by_name(db, holder)
    if person_id is None:
        reject(sheet, row, f"人员不在通讯录中：{holder}")
        return None
    return Cell(activity, raci, person_id, None, scenario, severity)


# -- the crisis card -----------------------------------------------------------------------------


def crisis_card_html(
    workspace: Workspace, scenario: str = "", severity: str = "", scale: float = 1.0
) -> str:
    """One A4 page: the team with phones and backups, and who does/approves what.

    `scale` shrinks the type for big teams (printing/crisis_card.py picks the largest that fits).
    """
    _check_matrix_key(scenario, severity)
    db = workspace.db
    info = workspace.info()
    everyone = store.list_people(db)
    by_id = {p["id"]: p for p in everyone}
    role_names = {r["id"]: r["name"] for r in store.list_roles(db)}
    members_of: dict[int, list[str]] = {}
    for p in everyone:
        for role_id in p["role_ids"]:
            members_of.setdefault(role_id, []).append(p["name"])
    view = matrix(workspace, scenario, severity)
    e = html.escape

    def holder(cell: Cell) -> str:
        if cell.person_id is not None:
            return e(by_id[cell.person_id]["name"]) if cell.person_id in by_id else "?"
        who = "、".join(members_of.get(cell.role_id or -1, [])) or "（无人）"
        return f"{e(role_names.get(cell.role_id, '?'))}：{e(who)}"

    def phone(p: dict) -> str:
        return e(p["phone"] or p["office_phone"] or "—")

    title_bits = [rules.matrix_label(scenario, severity)]
    subtitle = " · ".join(title_bits)
    team_rows = []
    for p in everyone:
        roles_text = "、".join(role_names[r] for r in p["role_ids"] if r in role_names)
        backup = by_id.get(p["backup_id"]) if p["backup_id"] else None
        backup_text = f"{e(backup['name'])} {phone(backup)}" if backup else "—"
        status = "" if p["available"] else f"<b>不在岗</b> {e(p['availability_note'])}"
        team_rows.append(
            f"<tr><td><b>{e(p['name'])}</b><br/><span class='s'>{e(p['title'])}</span></td>"
            f"<td>{e(roles_text)}</td><td>{e(p['phone'] or '—')}</td>"
            f"<td>{e(p['office_phone'] or '—')}</td><td>{e(p['wechat'] or '—')}</td>"
            f"<td>{backup_text}</td><td>{status}</td></tr>"
        )
    duty_rows = []
    for activity, label in ACTIVITIES.items():
        row = view.rows.get(activity, [])
        by_raci = {k: [holder(c) for c in row if c.raci == k] for k in RACI}
        approver = ""
        a_cells = [c for c in row if c.raci == "A"]
        if a_cells and a_cells[0].person_id in by_id:
            a_person = by_id[a_cells[0].person_id]
            approver = f"<b>{e(a_person['name'])}</b> {phone(a_person)}"
            backup = by_id.get(a_person["backup_id"]) if a_person["backup_id"] else None
            if backup:
                approver += f"<br/><span class='s'>备用：{e(backup['name'])} {phone(backup)}</span>"
        elif a_cells:
            approver = "<b>" + holder(a_cells[0]) + "</b>"
        else:
            approver = "<span class='warn'>未指定</span>"
        duty_rows.append(
            f"<tr><td>{e(label)}</td><td>{'、'.join(by_raci['R']) or '—'}</td>"
            f"<td>{approver}</td><td>{'、'.join(by_raci['C']) or '—'}</td>"
            f"<td>{'、'.join(by_raci['I']) or '—'}</td></tr>"
        )
    brand = info.get("brand") or info.get("name") or ""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    return f"""<html><head><style>
body {{ font-size: {pt(9)}; }}
h1 {{ font-size: {pt(16)}; margin: 0; }}
h2 {{ font-size: {pt(11)}; margin: 8px 0 3px 0; color: #1e3a8a; }}
table {{ border-collapse: collapse; }}
th {{ background-color: #e2e8f0; font-weight: bold; text-align: left; }}
td, th {{ border: 1px solid #94a3b8; padding: 2px 4px; }}
.s {{ color: #475569; font-size: {pt(7.5)}; }}
.warn {{ color: #b91c1c; font-weight: bold; }}
.foot {{ color: #64748b; font-size: {pt(7.5)}; }}
</style></head><body>
<h1>危机联络卡 · {e(brand)}</h1>
<p>{e(subtitle)} · 生成于 {e(now_iso()[:16].replace("T", " "))} · 先打审批人（A）的手机，不在岗时打备用人。</p>
<h2>危机小组（{len(everyone)} 人）</h2>
<table width="100%" cellspacing="0">
<tr><th width="16%">姓名 / 职务</th><th width="20%">危机角色</th><th width="13%">手机</th>
<th width="13%">办公电话</th><th width="11%">微信</th><th width="17%">备用人</th><th width="10%">状态</th></tr>
{"".join(team_rows) or "<tr><td colspan='7'>（还没有成员）</td></tr>"}
</table>
<h2>谁做、谁批（R 执行 · A 审批 · C 咨询 · I 知会）</h2>
<table width="100%" cellspacing="0">
<tr><th width="15%">事项</th><th width="22%">执行 R</th><th width="27%">审批 A（手机）</th>
<th width="18%">咨询 C</th><th width="18%">知会 I</th></tr>
{"".join(duty_rows)}
</table>
<p class="foot">本卡含个人联系方式，仅供危机小组内部使用，请妥善保管。对外口径以审批人（A）批准的声明为准。</p>
</body></html>"""
