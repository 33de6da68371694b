"""Approvals, one mechanism for the whole app, enforced against the roster's matrix.

An approval records object, version, approver (a roster person), how it was given, when and
a note. Only the person holding A for the activity in the matching matrix may approve — or
that person's backup while the primary is marked unavailable. (Owned by the roster issue;
the knowledge base and cases call `approve`, `current_approval` and `void`.)
"""

from __future__ import annotations

from typing import Any

from desktop.core.errors import UserError
from desktop.core.vocab import ACTIVITIES, APPROVAL_METHODS
from desktop.storage.workspace import Workspace, now_iso


class ApprovalRefused(UserError):
    """The person may not approve this; the message names who may."""


def _a_holders(workspace: Workspace, activity: str, scenario: str, severity: str) -> list[int]:
    return holders(workspace, activity, "A", scenario, severity)


def holders(
    workspace: Workspace, activity: str, raci: str, scenario: str = "", severity: str = ""
) -> list[int]:
    """People holding `raci` (R/A/C/I) for an activity, from the most specific matrix that
    defines it: scenario+severity, then scenario, then severity, then the default matrix."""
    for scenario_key, severity_key in (
        (scenario, severity),
        (scenario, ""),
        ("", severity),
        ("", ""),
    ):
        rows = workspace.db.execute(
            "SELECT person_id, role_id FROM responsibilities"
            " WHERE activity = ? AND raci = ? AND scenario = ? AND severity = ?",
            [activity, raci, scenario_key, severity_key],
        ).fetchall()
        if rows:
            people: list[int] = []
            for person_id, role_id in rows:
                if person_id is not None:
                    people.append(person_id)
                elif role_id is not None:
                    people += [
                        r[0]
                        for r in workspace.db.execute(
                            "SELECT person_id FROM person_roles WHERE role_id = ? ORDER BY person_id",
                            [role_id],
                        )
                    ]
            return people
    return []


def who_may_approve(
    workspace: Workspace, activity: str, scenario: str = "", severity: str = ""
) -> list[dict[str, Any]]:
    """The A holders who are available, plus the backups of those who are not."""
    allowed: list[dict[str, Any]] = []
    for person_id in _a_holders(workspace, activity, scenario, severity):
        person = _person(workspace, person_id)
        if person is None:
            continue
        if person["available"]:
            allowed.append(person)
        elif person["backup_id"]:
            backup = _person(workspace, person["backup_id"])
            if backup is not None and backup["available"]:
                allowed.append(backup)
    return allowed


def _person(workspace: Workspace, person_id: int) -> dict[str, Any] | None:
    row = workspace.db.execute(
        "SELECT id, name, available, backup_id FROM people WHERE id = ?", [person_id]
    ).fetchone()
    if row is None:
        return None
    return {"id": row[0], "name": row[1], "available": bool(row[2]), "backup_id": row[3]}


def approve(
    workspace: Workspace,
    *,
    object_type: str,
    object_id: str | int,
    version: int,
    approver_id: int,
    activity: str,
    scenario: str = "",
    severity: str = "",
    method: str = "in_person",
    note: str = "",
    attachment_id: int | None = None,
) -> int:
    """Record an approval after checking the roster; refusals are audited too."""
    if method not in APPROVAL_METHODS:
        raise UserError(f"未知的审批方式：{method}")
    allowed = who_may_approve(workspace, activity, scenario, severity)
    approver = _person(workspace, approver_id)
    activity_label = ACTIVITIES.get(activity, activity)
    if approver is None or approver_id not in {p["id"] for p in allowed}:
        names = "、".join(p["name"] for p in allowed)
        with workspace.transaction():
            workspace.audit(
                "approval-refused",
                object_type,
                object_id,
                after={"approver_id": approver_id, "activity": activity, "version": version},
            )
        if not allowed:
            raise ApprovalRefused(
                f"危机通讯录里没有人负责“{activity_label}”（A）。",
                hint="请先在危机通讯录的职责矩阵中指定审批人。",
            )
        who = approver["name"] if approver else str(approver_id)
        raise ApprovalRefused(
            f"{who} 不能审批“{activity_label}”。", hint=f"可以审批的人：{names}。"
        )
    with workspace.transaction():
        cursor = workspace.db.execute(
            "INSERT INTO approvals(object_type, object_id, version, approver_id, approver_name,"
            " method, at, note, attachment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                object_type,
                str(object_id),
                version,
                approver_id,
                approver["name"],
                method,
                now_iso(),
                note,
                attachment_id,
            ],
        )
        approval_id = cursor.lastrowid
        workspace.audit(
            "approve",
            object_type,
            object_id,
            after={"version": version, "approver": approver["name"], "method": method},
        )
    return approval_id


def current_approval(
    workspace: Workspace, object_type: str, object_id: str | int, version: int
) -> dict[str, Any] | None:
    row = workspace.db.execute(
        "SELECT id, approver_id, approver_name, method, at, note FROM approvals"
        " WHERE object_type = ? AND object_id = ? AND version = ? AND voided_at IS NULL"
        " ORDER BY id DESC LIMIT 1",
        [object_type, str(object_id), version],
    ).fetchone()
    if row is None:
        return None
    keys = ("id", "approver_id", "approver_name", "method", "at", "note")
    return dict(zip(keys, row, strict=True))


def void(workspace: Workspace, object_type: str, object_id: str | int, reason: str = "") -> int:
    """Editing approved content voids its approvals; call inside the edit's transaction."""
    cursor = workspace.db.execute(
        "UPDATE approvals SET voided_at = ? WHERE object_type = ? AND object_id = ?"
        " AND voided_at IS NULL",
        [now_iso(), object_type, str(object_id)],
    )
    if cursor.rowcount:
        workspace.audit("approval-voided", object_type, object_id, after={"reason": reason})
    return cursor.rowcount
