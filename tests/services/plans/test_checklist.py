"""The first-hour checklist generated from the RACI matrix; ticks checked against their case."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import plans
from tests.support.plans import AT, add_plan_roster, open_case


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


def test_tick_of_an_item_of_another_case_is_refused(workspace) -> None:
    case_id = open_case(workspace)
    other = open_case(workspace, "outage")
    plans.activate(workspace, case_id, plans.get_plan(workspace, "food_safety").id, "a", AT)
    item = plans.checklist(workspace, case_id)[0]
    with pytest.raises(UserError, match="没有第"):
        plans.tick(workspace, other, item.id, "a", AT)
