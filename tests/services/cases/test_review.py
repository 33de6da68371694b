"""services/cases/review: phases and the closing rule, the review, follow-up actions."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import cases
from tests.support.cases import kinds


def test_the_closing_rule_needs_root_cause_and_lessons(workspace, case_id):
    cases.set_phase(workspace, case_id, "review")
    with pytest.raises(UserError, match="根本原因、经验教训"):
        cases.set_phase(workspace, case_id, "closed")
    cases.save_review(workspace, case_id, root_cause="清洁球掉丝")
    with pytest.raises(UserError, match="经验教训"):
        cases.set_phase(workspace, case_id, "closed")
    assert cases.get_case(workspace, case_id)["phase"] == "review"
    cases.save_review(workspace, case_id, lessons="先暂停售卖再核查")
    cases.set_phase(workspace, case_id, "closed")
    case = cases.get_case(workspace, case_id)
    assert case["phase"] == "closed" and case["closed_at"]
    assert kinds(workspace, case_id).count("phase_changed") == 2
    cases.set_phase(workspace, case_id, "recovering")  # reopening clears the closing time
    assert cases.get_case(workspace, case_id)["closed_at"] is None


def test_follow_up_actions(workspace, case_id):
    action = cases.add_action(
        workspace, case_id, "更换清洁工具", owner="店长", due_date="2026-11-25"
    ).id
    cases.set_action_done(workspace, action)
    [row] = cases.follow_up_actions(workspace, case_id)
    assert row["owner"] == "店长" and row["done_at"]
    with pytest.raises(UserError):
        cases.add_action(workspace, case_id, " ")
    cases.delete_action(workspace, action)
    assert cases.follow_up_actions(workspace, case_id) == []


def test_a_phase_already_set_changes_nothing(workspace, case_id):
    assert cases.set_phase(workspace, case_id, "assessing").case_ids == {case_id}
    assert not cases.set_phase(workspace, case_id, "assessing")
