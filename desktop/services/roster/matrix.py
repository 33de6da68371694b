"""The responsibility matrix: the effective view of one (scenario, severity), and its edits.

The rules (inheritance row by row, one A) are core/roster_rules; this module reads the cells,
writes the edits in one transaction with an audit row and says what changed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from desktop.core import messages
from desktop.core import roster_rules as rules
from desktop.core.changes import Changes, ChangesWithCount
from desktop.core.errors import UserError
from desktop.core.roster_rules import Cell
from desktop.core.vocab import ACTIVITIES, RACI, SCENARIOS, SEVERITIES
from desktop.storage import roster as store
from desktop.storage.workspace import Workspace


def check_matrix_key(scenario: str, severity: str) -> None:
    """A scenario and a level the vocabulary knows ('' for the default / any level)."""
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
    check_matrix_key(scenario, severity)
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
    check_matrix_key(scenario, severity)
    raci = raci.strip().upper()
    if raci and raci not in RACI:
        raise UserError(f"未知的职责类型：{raci}", hint="请选择 R、A、C、I 或留空。")
    if activity not in ACTIVITIES:
        raise UserError(f"未知的事项：{activity}")
    if (person_id is None) == (role_id is None):
        raise UserError("请指定一位成员或一个角色。")
    message = ""
    copied_from: tuple[str, str] | None = None
    touched = {person_id} if person_id is not None else set()
    with workspace.transaction():
        db = workspace.db
        own = [c for c in store.matrix_cells(db, scenario, severity) if c.activity == activity]
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
                    # in the display language (the window's): shown as the edit's note
                    message = messages.text("roster.a_moved", name=_holder_name(workspace, cell))
                    if cell.person_id is not None:
                        touched.add(cell.person_id)
        if raci:
            store.insert_cell(db, Cell(activity, raci, person_id, role_id, scenario, severity))
        workspace.audit(
            "matrix-edit",
            "responsibility",
            f"{scenario}/{severity}/{activity}",
            before=[asdict(c) for c in own],
            after={"person_id": person_id, "role_id": role_id, "raci": raci},
        )
    return CellChange(
        roster=True,
        audit=True,
        person_ids=frozenset(touched),
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
            asdict(c)
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
    names = {r["id"]: r["name"] for r in store.list_roles(workspace.db)}
    return messages.text("roster.role_named", role=names.get(cell.role_id or -1, "?"))
