"""Activation on a case: the checklist copied with today's people, ticks and skips on the timeline, the approved version activated."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import plans
from desktop.services.approvals import ApprovalInput
from tests.support.plans import AT, add_plan_roster, open_case, timeline_kinds


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
