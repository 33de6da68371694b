"""Rows of approvals and their evidence (the `approvals` and `attachments` tables).

Plain reads and writes; the roster's rule, the one transaction and the one audit row are
services/approvals.approve's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

EVIDENCE_OWNER = "approval"  # attachments.owner_type of approval evidence


@dataclass(frozen=True)
class NewApproval:
    """An approval row to write: one version of one object, approved by a roster person."""

    object_type: str
    object_id: str
    version: int
    approver_id: int
    approver_name: str
    method: str
    at: str
    note: str
    attachment_id: int | None
    activity: str
    scenario: str
    severity: str


@dataclass(frozen=True)
class CurrentApproval:
    """The valid approval of one version."""

    id: int
    approver_id: int | None
    approver_name: str
    method: str
    at: str
    note: str
    attachment_id: int | None
    activity: str


@dataclass(frozen=True)
class PastApproval:
    """One approval in an object's history, voided or not."""

    id: int
    version: int
    approver_id: int | None
    approver_name: str
    method: str
    at: str
    note: str
    attachment_id: int | None
    voided_at: str | None
    void_reason: str


@dataclass(frozen=True)
class EvidenceFile:
    name: str
    mime: str
    data: bytes


# -- evidence ------------------------------------------------------------------------------------


def insert_evidence(db: Database, name: str, mime: str, data: bytes, added_at: str) -> int:
    """An evidence file not yet linked to an approval (owner id '')."""
    cursor = db.execute(
        "INSERT INTO attachments(owner_type, owner_id, name, mime, data, added_at)"
        " VALUES (?, '', ?, ?, ?, ?)",
        [EVIDENCE_OWNER, name, mime, data, added_at],
    )
    return int(cursor.lastrowid or 0)


def attachment_exists(db: Database, attachment_id: int) -> bool:
    return (
        db.execute("SELECT 1 FROM attachments WHERE id = ?", [attachment_id]).fetchone() is not None
    )


def link_evidence(db: Database, attachment_id: int, approval_id: int) -> None:
    db.execute(
        "UPDATE attachments SET owner_type = ?, owner_id = ? WHERE id = ?",
        [EVIDENCE_OWNER, str(approval_id), attachment_id],
    )


def evidence(db: Database, attachment_id: int) -> EvidenceFile | None:
    row = db.execute(
        "SELECT name, mime, data FROM attachments WHERE id = ?", [attachment_id]
    ).fetchone()
    return EvidenceFile(row[0], row[1], bytes(row[2])) if row else None


# -- approvals -----------------------------------------------------------------------------------


def insert_approval(db: Database, approval: NewApproval) -> int:
    cursor = db.execute(
        "INSERT INTO approvals(object_type, object_id, version, approver_id, approver_name,"
        " method, at, note, attachment_id, activity, scenario, severity)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            approval.object_type,
            approval.object_id,
            approval.version,
            approval.approver_id,
            approval.approver_name,
            approval.method,
            approval.at,
            approval.note,
            approval.attachment_id,
            approval.activity,
            approval.scenario,
            approval.severity,
        ],
    )
    return int(cursor.lastrowid or 0)


def current_approval(
    db: Database, object_type: str, object_id: str, version: int
) -> CurrentApproval | None:
    """The newest approval of this version that is not voided."""
    row = db.execute(
        "SELECT id, approver_id, approver_name, method, at, note, attachment_id, activity"
        " FROM approvals WHERE object_type = ? AND object_id = ? AND version = ?"
        " AND voided_at IS NULL ORDER BY id DESC LIMIT 1",
        [object_type, object_id, version],
    ).fetchone()
    return CurrentApproval(*row) if row else None


def history(db: Database, object_type: str, object_id: str) -> list[PastApproval]:
    """Every approval of an object, newest first."""
    rows = db.execute(
        "SELECT id, version, approver_id, approver_name, method, at, note, attachment_id,"
        " voided_at, void_reason FROM approvals WHERE object_type = ? AND object_id = ?"
        " ORDER BY id DESC",
        [object_type, object_id],
    ).fetchall()
    return [PastApproval(*row) for row in rows]


def void_approvals(db: Database, object_type: str, object_id: str, at: str, reason: str) -> int:
    """Mark an object's valid approvals voided; how many were."""
    cursor = db.execute(
        "UPDATE approvals SET voided_at = ?, void_reason = ? WHERE object_type = ?"
        " AND object_id = ? AND voided_at IS NULL",
        [at, reason, object_type, object_id],
    )
    return int(cursor.rowcount)
