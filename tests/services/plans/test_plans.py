"""Plans: seeded one per scenario, versioned, approved through the one approval path, drills
recorded, the checklist generated from the RACI matrix, activation and ticks on the timeline,
health findings."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.errors import UserError
from desktop.core.vocab import SCENARIOS
from desktop.services import approvals, plans
from desktop.services.approvals import ApprovalInput
from tests.support.plans import AT, add_plan_roster, open_case, timeline_kinds


def test_new_workspace_has_one_draft_plan_per_scenario(workspace) -> None:
    listed = plans.list_plans(workspace)
    assert [p.scenario for p in listed] == list(SCENARIOS)
    assert {p.status for p in listed} == {"draft"}
    food = plans.get_plan(workspace, "食品或产品安全")
    assert food.scenario == "food_safety"
    assert food.content.risks and food.content.messages and food.content.internal_notice
    assert plans.get_plan(workspace, food.id) == food


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


def test_bad_risk_score_is_refused_with_its_row(workspace) -> None:
    plan = plans.get_plan(workspace, "outage")
    data = plan.content.to_dict()
    data["risks"][1]["impact"] = 9
    with pytest.raises(UserError, match="风险第 2 行的影响"):
        plans.save_plan(workspace, plan.id, data)
    assert plans.get_plan(workspace, plan.id).version == 1


def test_checklist_is_generated_from_the_scenario_matrix(workspace) -> None:
    add_plan_roster(workspace)
    default = {d.activity: d for d in plans.generate_checklist(workspace, "outage")}
    assert default["assess_severity"].person == "林嘉禾"
    assert default["assess_severity"].role == "危机负责人"
    assert default["draft_holding_reply"].person == "周若溪"
    assert default["draft_holding_reply"].role == "公关/传播"
    assert default["approve_statement"].person == "林嘉禾"
    assert default["internal_notice"].person == "周若溪"
    # nobody holds reply_social: the template's role, no person
    assert default["reply_social"].person == "" and default["reply_social"].role
    food = {d.activity: d for d in plans.generate_checklist(workspace, "food_safety")}
    assert food["assess_severity"].person == "何清"


def test_activation_puts_the_checklist_on_the_case_and_ticks_land_on_the_timeline(
    workspace,
) -> None:
    add_plan_roster(workspace)
    case_id = open_case(workspace)
    plan = plans.get_plan(workspace, "food_safety")
    changes = plans.activate(workspace, case_id, plan.id, "值班编辑", AT)
    assert changes.cases and changes.plans and case_id in changes.case_ids
    items = plans.checklist(workspace, case_id)
    assert len(items) == len(plan.content.duties)
    facts = next(i for i in items if i.activity == "assess_severity")
    assert facts.person == "何清"  # today's matrix for the case's scenario
    assert plans.activation(workspace, case_id).plan_id == plan.id
    assert "plan_activated" in timeline_kinds(workspace, case_id)

    plans.tick(workspace, case_id, facts.id, "何清", "2026-11-18T10:12:00+08:00")
    ticked = next(i for i in plans.checklist(workspace, case_id) if i.id == facts.id)
    assert (ticked.done, ticked.done_by, ticked.done_at) == (
        True,
        "何清",
        "2026-11-18T10:12:00+08:00",
    )
    done_events = [e for e in plans_timeline(workspace, case_id) if e["kind"] == "checklist_done"]
    assert done_events[0]["by"] == "何清" and "核实事实" in done_events[0]["text"]
    assert done_events[0]["at"] == "2026-11-18T10:12:00+08:00"

    other = items[-1]
    plans.skip(workspace, case_id, other.id, "林嘉禾", "2026-11-18T10:20:00+08:00", "无需法务")
    assert [i.id for i in plans.skipped_items(workspace, case_id)] == [other.id]
    assert "checklist_skipped" in timeline_kinds(workspace, case_id)

    plans.tick(workspace, case_id, facts.id, "何清", "2026-11-18T10:30:00+08:00", done=False)
    assert next(i for i in plans.checklist(workspace, case_id) if i.id == facts.id).open
    assert "checklist_reopened" in timeline_kinds(workspace, case_id)

    with pytest.raises(UserError, match="已经启用"):
        plans.activate(workspace, case_id, plan.id, "值班编辑", AT)
    with pytest.raises(UserError, match="不能换成另一个预案"):
        plans.activate(workspace, case_id, plans.get_plan(workspace, "outage").id, "x", AT)


def plans_timeline(workspace, case_id):
    from desktop.services import cases

    return cases.timeline(workspace, case_id)


def test_tick_of_an_item_of_another_case_is_refused(workspace) -> None:
    case_id = open_case(workspace)
    other = open_case(workspace, "outage")
    plans.activate(workspace, case_id, plans.get_plan(workspace, "food_safety").id, "a", AT)
    item = plans.checklist(workspace, case_id)[0]
    with pytest.raises(UserError, match="没有第"):
        plans.tick(workspace, other, item.id, "a", AT)


def test_activation_uses_the_approved_version_while_a_draft_is_edited(workspace) -> None:
    roster = add_plan_roster(workspace)
    plan = plans.get_plan(workspace, "outage")
    plans.approve(workspace, plan.id, ApprovalInput(roster["lead"]))
    data = plan.content.to_dict()
    data["duties"].append({"text": "草稿里新加的一项", "role": "客服"})
    plans.save_plan(workspace, plan.id, data)
    case_id = open_case(workspace, "outage")
    plans.activate(workspace, case_id, plan.id, "a", AT)
    assert plans.activation(workspace, case_id).plan_version == 1
    assert "草稿里新加的一项" not in [i.text for i in plans.checklist(workspace, case_id)]


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


def test_health_findings(workspace) -> None:
    today = date(2026, 12, 4)
    found = plans.findings(workspace, today)
    codes = {f.code for f in found}
    assert "plan_never_tested" in codes
    assert "plan_role_empty" in codes  # a new workspace's roster is empty

    add_plan_roster(workspace)
    rumour = plans.get_plan(workspace, "rumour")
    plans.record_test(workspace, rumour.id, plans.DrillSummary("2026-04-01T10:00:00+08:00", ""))
    stale = [f for f in plans.findings(workspace, today) if f.scenario == "rumour"]
    assert [f.code for f in stale if f.code.startswith("plan_test")] == ["plan_test_stale"]
    plans.record_test(workspace, rumour.id, plans.DrillSummary("2026-11-01T10:00:00+08:00", ""))
    fresh = [f for f in plans.findings(workspace, today) if f.scenario == "rumour"]
    assert not [f for f in fresh if f.code.startswith("plan_test")]


def test_health_finds_an_open_case_without_a_plan(workspace) -> None:
    case_id = open_case(workspace, "layoffs")
    with workspace.transaction():
        workspace.db.execute("DELETE FROM plans WHERE scenario = 'layoffs'")
    found = [f for f in plans.findings(workspace) if f.code == "scenario_without_plan"]
    assert [f.scenario for f in found] == ["layoffs"]
    assert case_id


def test_demo_plans_name_the_demo_people(demo_workspace) -> None:
    food = plans.get_plan(demo_workspace, "food_safety")
    assert all(d.person for d in food.content.duties[:4])
