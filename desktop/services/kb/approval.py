"""Review and approval of an entry's working version, retiring and reactivating.

Approval goes through `services.approvals.approve` (activity "approve_kb"), so the roster decides
who may approve and a refusal names who may; one transaction, one audit row.
"""

from __future__ import annotations

from typing import Any

from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.errors import UserError
from desktop.core.kb_vocab import PENDING_STATUSES, STATUS_LABELS
from desktop.services import approvals
from desktop.services.kb.entries import OBJECT_TYPE, get_entry
from desktop.storage import kb as store
from desktop.storage.kb import Entry
from desktop.storage.workspace import Workspace

ACTIVITY = "approve_kb"


def submit_for_review(workspace: Workspace, entry_id: int) -> Changes:
    entry = get_entry(workspace, entry_id)
    if entry.status != "draft":
        raise UserError(f"只有草稿可以提交审批（当前：{STATUS_LABELS[entry.status]}）。")
    with workspace.transaction():
        store.update_entry(workspace.db, entry_id, {"status": "in_review"})
        workspace.audit("submit", OBJECT_TYPE, entry_id, after={"version": entry.version})
    return Changes.of_kb(entry_id)


def approvers(workspace: Workspace) -> list[dict[str, Any]]:
    """Who may approve knowledge-base scripts now, from the roster's matrix."""
    return approvals.who_may_approve(workspace, ACTIVITY)


def approve(
    workspace: Workspace,
    entry_id: int,
    given: approvals.ApprovalInput,
    *,
    at: str | None = None,
) -> approvals.Approved:
    """Approve the working version through the one approval path; raises ApprovalRefused
    naming who may approve, or UserError when the entry has nothing to approve. `at`: when
    it was given, if not now (a phone approval recorded later, the demo's history)."""
    entry = get_entry(workspace, entry_id)
    _check_approvable(entry)

    def mark_approved(approval: approvals.Approval) -> Changes:
        current = get_entry(workspace, entry_id)  # inside the transaction: still approvable?
        _check_approvable(current)
        if current.version != entry.version:
            raise UserError("条目在审批期间被修改了。", hint="请重新打开条目，审批新版本。")
        store.update_entry(
            workspace.db,
            entry_id,
            {
                "status": "approved",
                "approved_version": entry.version,
                "approved_by": approval.approver_name,
                "approved_at": approval.at,
                "approval_id": approval.id,
            },
        )
        return Changes.of_kb(entry_id)

    return approvals.approve(
        workspace,
        approvals.Subject(OBJECT_TYPE, entry_id, entry.version, ACTIVITY),
        given,
        apply=mark_approved,
        audit_extra={"previous_approved_version": entry.approved_version},
        at=at,
    )


def _check_approvable(entry: Entry) -> None:
    if entry.status not in PENDING_STATUSES:
        raise UserError(
            f"这个条目当前是“{STATUS_LABELS[entry.status]}”，不需要审批。",
            hint="修改内容后会生成新的草稿版本，再提交审批。",
        )


def retire(workspace: Workspace, entry_id: int, reason: str = "") -> Changes:
    entry = get_entry(workspace, entry_id)
    if entry.status == "retired":
        return NO_CHANGES
    with workspace.transaction():
        approvals.void(workspace, OBJECT_TYPE, entry_id, reason or "停用")
        store.update_entry(workspace.db, entry_id, {"status": "retired", "approved_version": None})
        workspace.audit(
            "retire",
            OBJECT_TYPE,
            entry_id,
            before={"status": entry.status, "approved_version": entry.approved_version},
            after={"status": "retired", "reason": reason},
        )
    return Changes.of_kb(entry_id)


def reactivate(workspace: Workspace, entry_id: int) -> Changes:
    """A retired entry comes back as a draft (it needs a fresh approval)."""
    entry = get_entry(workspace, entry_id)
    if entry.status != "retired":
        return NO_CHANGES
    with workspace.transaction():
        store.update_entry(workspace.db, entry_id, {"status": "draft"})
        workspace.audit("reactivate", OBJECT_TYPE, entry_id, after={"status": "draft"})
    return Changes.of_kb(entry_id)
