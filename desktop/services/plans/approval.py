"""Submitting a plan's working version for review and approving it through the one approval
path (`services.approvals.approve`): the roster decides who may approve (the A of
`plan_vocab.APPROVAL_ACTIVITY` in the plan scenario's matrix), one transaction, one audit row."""

from __future__ import annotations

from typing import Any

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.plan_vocab import APPROVAL_ACTIVITY, OBJECT_TYPE, PENDING_STATUSES, STATUSES
from desktop.services import approvals
from desktop.services.plans.records import Plan, get_plan, of_plans
from desktop.storage import plans as store
from desktop.storage.workspace import Workspace


def submit_for_review(workspace: Workspace, plan_id: int) -> Changes:
    plan = get_plan(workspace, plan_id)
    if plan.status != "draft":
        raise UserError(f"只有草稿可以提交审批（当前：{STATUSES[plan.status]}）。")
    with workspace.transaction():
        store.update_plan(workspace.db, plan_id, {"status": "in_review"})
        workspace.audit("submit", OBJECT_TYPE, plan_id, after={"version": plan.version})
    return of_plans(plan_id)


def subject(plan: Plan) -> approvals.Subject:
    """What the approval dialog and `approve` decide on: this version of this plan."""
    return approvals.Subject(OBJECT_TYPE, plan.id, plan.version, APPROVAL_ACTIVITY, plan.scenario)


def approvers(workspace: Workspace, plan_id: int) -> list[dict[str, Any]]:
    """Who may approve this plan now, from the roster's matrix for its scenario."""
    plan = get_plan(workspace, plan_id)
    return approvals.who_may_approve(workspace, APPROVAL_ACTIVITY, plan.scenario)


def explain(workspace: Workspace, plan_id: int) -> str:
    plan = get_plan(workspace, plan_id)
    return approvals.explain(workspace, APPROVAL_ACTIVITY, plan.scenario)


def _check_approvable(plan: Plan) -> None:
    if plan.status not in PENDING_STATUSES:
        raise UserError(
            f"这个预案当前是“{STATUSES[plan.status]}”，不需要审批。",
            hint="修改内容后会生成新的草稿版本，再提交审批。",
        )


def approve(
    workspace: Workspace,
    plan_id: int,
    given: approvals.ApprovalInput,
    *,
    at: str | None = None,
) -> approvals.Approved:
    """Approve the working version; raises ApprovalRefused naming who may approve, or
    UserError when there is nothing to approve."""
    plan = get_plan(workspace, plan_id)
    _check_approvable(plan)

    def mark_approved(approval: approvals.Approval) -> Changes:
        current = get_plan(workspace, plan_id)  # inside the transaction: still the same?
        _check_approvable(current)
        if current.version != plan.version:
            raise UserError("预案在审批期间被修改了。", hint="请重新打开预案，审批新版本。")
        store.update_plan(
            workspace.db,
            plan_id,
            {
                "status": "approved",
                "approved_version": plan.version,
                "approved_by": approval.approver_name,
                "approved_at": approval.at,
                "approval_id": approval.id,
            },
        )
        return of_plans(plan_id)

    return approvals.approve(
        workspace,
        subject(plan),
        given,
        apply=mark_approved,
        audit_extra={"previous_approved_version": plan.approved_version},
        at=at,
    )
