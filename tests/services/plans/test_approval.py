"""Plan approval through the one approval path: the roster decides, refusals name who may."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import approvals, plans
from desktop.services.approvals import ApprovalInput
from tests.support.plans import add_plan_roster


def test_approval_refused_for_someone_without_the_a(workspace) -> None:
    roster = add_plan_roster(workspace)
    plan = plans.get_plan(workspace, "food_safety")
    with pytest.raises(approvals.ApprovalRefused) as refused:
        plans.approve(workspace, plan.id, ApprovalInput(roster["pr"]))
    assert "林嘉禾" in str(refused.value)
    assert plans.get_plan(workspace, plan.id).status == "draft"
    assert [p["name"] for p in plans.approvers(workspace, plan.id)] == ["林嘉禾"]


def test_approved_plan_needs_no_second_approval(workspace) -> None:
    roster = add_plan_roster(workspace)
    plan_id = plans.get_plan(workspace, "outage").id
    plans.approve(workspace, plan_id, ApprovalInput(roster["lead"]))
    with pytest.raises(UserError, match="不需要审批"):
        plans.approve(workspace, plan_id, ApprovalInput(roster["lead"]))
