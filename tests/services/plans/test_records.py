"""Plans read, saved as new versions (the approved one stays in use), restored, diffed; drills recorded against a plan; the phases as data."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import approvals, plans
from desktop.services.approvals import ApprovalInput
from tests.support.plans import add_plan_roster


def test_unknown_plan_is_a_clear_error(workspace) -> None:
    with pytest.raises(UserError, match="没有这个预案"):
        plans.get_plan(workspace, "no_such")


def test_edit_makes_a_new_draft_version_and_keeps_the_approved_one_in_use(workspace) -> None:
    roster = add_plan_roster(workspace)
    plan = plans.get_plan(workspace, "food_safety")
    plans.submit_for_review(workspace, plan.id)
    approved = plans.approve(workspace, plan.id, ApprovalInput(roster["lead"], method="phone"))
    assert approved.plans and approved.approval is not None
    plan = plans.get_plan(workspace, plan.id)
    assert (plan.status, plan.approved_version, plan.approved_by) == ("approved", 1, "林嘉禾")
    assert approvals.current_approval(workspace, "plan", plan.id, 1)["method"] == "phone"

    data = plan.content.to_dict()
    data["escalate_when"] = "出现就医病例时立即升为Ⅱ级"
    saved = plans.save_plan(workspace, plan.id, data, note="升级条件")
    assert saved.changed and saved.version == 2
    plan = plans.get_plan(workspace, plan.id)
    assert (plan.status, plan.version, plan.approved_version) == ("draft", 2, 1)
    version, content, is_approved = plans.content_in_use(workspace, plan.id)
    assert version == 1 and is_approved and content.escalate_when != data["escalate_when"]
    assert any(line.startswith("+升级条件") for line in plans.diff(workspace, plan.id, 1, 2))
    assert [v.version for v in plans.versions(workspace, plan.id)] == [2, 1]

    unchanged = plans.save_plan(workspace, plan.id, data)
    assert not unchanged.changed and not unchanged.changes

    restored = plans.restore_version(workspace, plan.id, 1)
    assert restored.version == 3
    assert plans.get_plan(workspace, plan.id).content == plans.version_content(
        workspace, plan.id, 1
    )


def test_bad_risk_score_is_refused_with_its_row(workspace) -> None:
    plan = plans.get_plan(workspace, "outage")
    data = plan.content.to_dict()
    data["risks"][1]["impact"] = 9
    with pytest.raises(UserError, match="风险第 2 行的影响"):
        plans.save_plan(workspace, plan.id, data)
    assert plans.get_plan(workspace, plan.id).version == 1


def test_record_test_sets_last_tested_and_what_it_found(workspace) -> None:
    plan_id = plans.get_plan(workspace, "rumour").id
    plans.record_test(
        workspace,
        plan_id,
        plans.DrillSummary("2026-06-01T10:00:00+08:00", "暂缓声明 38 分钟才发出", drill_id=7),
    )
    plans.record_test(
        workspace, plan_id, plans.DrillSummary("2026-03-01T10:00:00+08:00", "更早的一次")
    )
    plan = plans.get_plan(workspace, plan_id)
    assert plan.last_tested_at == "2026-06-01T10:00:00+08:00"
    assert plan.last_drill_id == 7 and "38 分钟" in plan.last_test_found
    assert len(plans.drill_history(workspace, plan_id)) == 2
    with pytest.raises(UserError, match="演练时间"):
        plans.record_test(workspace, plan_id, plans.DrillSummary("上周", "x"))


def test_plan_phases_for_the_drills(workspace) -> None:
    plan = plans.get_plan(workspace, "outage")
    phases = plan.phases
    assert list(phases) == ["assess", "plan", "test", "execute"]
    assert phases["assess"]["risks"][0]["what"] == plan.content.risks[0].what
    assert phases["execute"]["checklist"] == phases["plan"]["duties"]
    assert phases["test"]["last_tested_at"] is None
