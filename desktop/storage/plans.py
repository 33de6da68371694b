"""Rows of contingency plans: plans, plan_versions, plan_tests, case_plans, case_checklist.

Plain reads and single-row writes with typed rows; the services wrap them in transactions and
audit them. The content itself is JSON (core/plan_content) — storage does not parse it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

PLAN_COLUMNS = (
    "id, scenario, title, content_json, status, version, approved_version, approved_by,"
    " approved_at, approval_id, last_tested_at, last_drill_id, last_test_found, created_at,"
    " updated_at, updated_by"
)
UPDATABLE = frozenset(PLAN_COLUMNS.replace(" ", "").split(",")) - {"id", "created_at"}


@dataclass(frozen=True)
class PlanRow:
    id: int
    scenario: str
    title: str
    content_json: str
    status: str
    version: int
    approved_version: int | None
    approved_by: str
    approved_at: str | None
    approval_id: int | None
    last_tested_at: str | None
    last_drill_id: int | None
    last_test_found: str
    created_at: str
    updated_at: str
    updated_by: str


@dataclass(frozen=True)
class VersionRow:
    version: int
    snapshot_json: str
    changed_by: str
    changed_at: str
    note: str


@dataclass(frozen=True)
class TestRow:
    id: int
    plan_id: int
    plan_version: int
    drill_id: int | None
    tested_at: str
    found: str
    recorded_by: str


@dataclass(frozen=True)
class CasePlanRow:
    case_id: int
    plan_id: int
    plan_version: int
    activated_at: str
    activated_by: str


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    case_id: int
    position: int
    activity: str
    role: str
    text: str
    person: str
    done_by: str
    done_at: str | None
    skipped: bool
    skip_reason: str


def has_plan_tables(db: Database) -> bool:
    """False in a file older than m0011 opened read-only (no migration ran)."""
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='plans'")
    return found.fetchone() is not None


def _id(cursor: sqlite3.Cursor) -> int:
    return int(cursor.lastrowid or 0)


# -- plans ---------------------------------------------------------------------------------------


def insert_plan(
    db: Database, scenario: str, title: str, content_json: str, at: str, by: str
) -> int:
    cursor = db.execute(
        "INSERT INTO plans(scenario, title, content_json, created_at, updated_at, updated_by)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [scenario, title, content_json, at, at, by],
    )
    return _id(cursor)


def get_plan(db: Database, plan_id: int) -> PlanRow | None:
    row = db.execute(f"SELECT {PLAN_COLUMNS} FROM plans WHERE id = ?", [plan_id]).fetchone()
    return PlanRow(*row) if row else None


def plan_by_scenario(db: Database, scenario: str) -> PlanRow | None:
    row = db.execute(f"SELECT {PLAN_COLUMNS} FROM plans WHERE scenario = ?", [scenario]).fetchone()
    return PlanRow(*row) if row else None


def list_plans(db: Database) -> list[PlanRow]:
    rows = db.execute(f"SELECT {PLAN_COLUMNS} FROM plans ORDER BY id").fetchall()
    return [PlanRow(*row) for row in rows]


def update_plan(db: Database, plan_id: int, values: Mapping[str, Any]) -> None:
    unknown = set(values) - UPDATABLE
    if unknown:
        raise ValueError(f"not plan columns: {sorted(unknown)}")
    if not values:
        return
    assignments = ", ".join(f"{name} = ?" for name in values)
    db.execute(f"UPDATE plans SET {assignments} WHERE id = ?", [*values.values(), plan_id])


# -- versions ------------------------------------------------------------------------------------


def add_version(
    db: Database, plan_id: int, version: int, snapshot_json: str, by: str, at: str, note: str
) -> None:
    db.execute(
        "INSERT INTO plan_versions(plan_id, version, snapshot_json, changed_by, changed_at, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [plan_id, version, snapshot_json, by, at, note],
    )


def rewrite_version(db: Database, plan_id: int, version: int, snapshot_json: str) -> None:
    """Seeding only: a template version filled in before anyone saw it."""
    db.execute(
        "UPDATE plan_versions SET snapshot_json = ? WHERE plan_id = ? AND version = ?",
        [snapshot_json, plan_id, version],
    )


def versions(db: Database, plan_id: int) -> list[VersionRow]:
    """Newest first."""
    rows = db.execute(
        "SELECT version, snapshot_json, changed_by, changed_at, note FROM plan_versions"
        " WHERE plan_id = ? ORDER BY version DESC",
        [plan_id],
    ).fetchall()
    return [VersionRow(*row) for row in rows]


def version_snapshot(db: Database, plan_id: int, version: int) -> str | None:
    row = db.execute(
        "SELECT snapshot_json FROM plan_versions WHERE plan_id = ? AND version = ?",
        [plan_id, version],
    ).fetchone()
    return str(row[0]) if row else None


# -- tests (drills recorded against a plan) ------------------------------------------------------


def insert_test(
    db: Database,
    plan_id: int,
    plan_version: int,
    drill_id: int | None,
    tested_at: str,
    found: str,
    by: str,
    at: str,
) -> int:
    cursor = db.execute(
        "INSERT INTO plan_tests(plan_id, plan_version, drill_id, tested_at, found, recorded_by,"
        " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [plan_id, plan_version, drill_id, tested_at, found, by, at],
    )
    return _id(cursor)


def tests_of(db: Database, plan_id: int) -> list[TestRow]:
    """Newest first."""
    rows = db.execute(
        "SELECT id, plan_id, plan_version, drill_id, tested_at, found, recorded_by"
        " FROM plan_tests WHERE plan_id = ? ORDER BY tested_at DESC, id DESC",
        [plan_id],
    ).fetchall()
    return [TestRow(*row) for row in rows]


# -- activation on a case ------------------------------------------------------------------------


def case_plan(db: Database, case_id: int) -> CasePlanRow | None:
    row = db.execute(
        "SELECT case_id, plan_id, plan_version, activated_at, activated_by FROM case_plans"
        " WHERE case_id = ?",
        [case_id],
    ).fetchone()
    return CasePlanRow(*row) if row else None


def set_case_plan(
    db: Database, case_id: int, plan_id: int, plan_version: int, at: str, by: str
) -> None:
    db.execute(
        "INSERT OR REPLACE INTO case_plans(case_id, plan_id, plan_version, activated_at,"
        " activated_by) VALUES (?, ?, ?, ?, ?)",
        [case_id, plan_id, plan_version, at, by],
    )


CHECKLIST_COLUMNS = (
    "id, case_id, position, activity, role, text, person, done_by, done_at, skipped, skip_reason"
)


def _item(row: tuple[Any, ...]) -> ChecklistRow:
    values = list(row)
    values[9] = bool(values[9])
    return ChecklistRow(*values)


def checklist(db: Database, case_id: int) -> list[ChecklistRow]:
    rows = db.execute(
        f"SELECT {CHECKLIST_COLUMNS} FROM case_checklist WHERE case_id = ? ORDER BY position, id",
        [case_id],
    ).fetchall()
    return [_item(row) for row in rows]


def checklist_item(db: Database, item_id: int) -> ChecklistRow | None:
    row = db.execute(
        f"SELECT {CHECKLIST_COLUMNS} FROM case_checklist WHERE id = ?", [item_id]
    ).fetchone()
    return _item(row) if row else None


def insert_checklist_item(
    db: Database, case_id: int, position: int, activity: str, role: str, text: str, person: str
) -> int:
    cursor = db.execute(
        "INSERT INTO case_checklist(case_id, position, activity, role, text, person)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [case_id, position, activity, role, text, person],
    )
    return _id(cursor)


def mark_item(
    db: Database, item_id: int, *, done_by: str, done_at: str | None, skipped: bool, reason: str
) -> None:
    db.execute(
        "UPDATE case_checklist SET done_by = ?, done_at = ?, skipped = ?, skip_reason = ?"
        " WHERE id = ?",
        [done_by, done_at, 1 if skipped else 0, reason, item_id],
    )


def delete_checklist(db: Database, case_id: int) -> int:
    return int(db.execute("DELETE FROM case_checklist WHERE case_id = ?", [case_id]).rowcount)


def skipped_items(db: Database, case_id: int) -> list[ChecklistRow]:
    """Items marked skipped, for the case review."""
    return [item for item in checklist(db, case_id) if item.skipped]


def open_case_scenarios(db: Database) -> list[str]:
    """Scenarios of cases not yet closed (the health check's "no plan for an open case")."""
    rows = db.execute(
        "SELECT DISTINCT scenario FROM cases WHERE phase != 'closed' ORDER BY scenario"
    ).fetchall()
    return [str(row[0]) for row in rows]


def staffed_role_names(db: Database) -> list[str]:
    """Roster role labels with at least one member (the checklist's roles refer to labels)."""
    rows = db.execute(
        "SELECT DISTINCT r.name FROM roles r JOIN person_roles pr ON pr.role_id = r.id"
    ).fetchall()
    return [str(row[0]) for row in rows]


@dataclass(frozen=True)
class ActivationRow:
    case_id: int
    title: str
    phase: str
    plan_version: int
    activated_at: str
    activated_by: str
    items: int
    done: int
    skipped: int


def activations_of(db: Database, plan_id: int) -> list[ActivationRow]:
    """The cases that activated this plan, newest first, with their checklist progress."""
    rows = db.execute(
        "SELECT cp.case_id, c.title, c.phase, cp.plan_version, cp.activated_at, cp.activated_by,"
        " (SELECT COUNT(*) FROM case_checklist k WHERE k.case_id = cp.case_id),"
        " (SELECT COUNT(*) FROM case_checklist k WHERE k.case_id = cp.case_id"
        "   AND k.done_at IS NOT NULL AND k.skipped = 0),"
        " (SELECT COUNT(*) FROM case_checklist k WHERE k.case_id = cp.case_id AND k.skipped = 1)"
        " FROM case_plans cp JOIN cases c ON c.id = cp.case_id WHERE cp.plan_id = ?"
        " ORDER BY cp.activated_at DESC",
        [plan_id],
    ).fetchall()
    return [ActivationRow(*row) for row in rows]
