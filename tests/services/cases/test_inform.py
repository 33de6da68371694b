"""services/cases/inform: who must be informed and who approves, from the roster's matrix."""

from __future__ import annotations

import pytest

from desktop.services import cases
from tests.support.cases import add_roster


@pytest.fixture
def case_id(workspace):
    case_id = cases.create_case(workspace, title="钢丝事件", scenario="food_safety").id
    cases.set_severity(workspace, case_id, "II", "食品安全")
    return case_id


@pytest.fixture
def roster(workspace):
    return add_roster(workspace)


def test_who_must_be_informed_comes_from_the_roster(workspace, case_id, roster):
    inform = cases.who_to_inform(workspace, case_id)
    assert [p["name"] for p in inform["informed"]] == ["赵一鸣"]
    assert [p["name"] for p in inform["responsible"]] == ["周若溪"]
    assert [p["name"] for p in inform["statement_approvers"]] == ["林嘉禾"]


def test_nobody_to_inform_without_a_roster(workspace, case_id):
    inform = cases.who_to_inform(workspace, case_id)
    assert inform == {
        "informed": [],
        "responsible": [],
        "accountable": [],
        "statement_approvers": [],
    }
