"""services/cases/severity: the level the user sets needs a reason and keeps the suggestion;
the workspace's thresholds and targets recompute every open case."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import cases
from tests.support.cases import add_mentions


def test_set_severity_needs_a_reason_and_keeps_both_levels(workspace, case_id):
    cases.link_mentions(workspace, case_id, add_mentions(workspace, 3))
    with pytest.raises(UserError, match="理由"):
        cases.set_severity(workspace, case_id, "II", " ")
    cases.set_severity(workspace, case_id, "II", "涉及食品安全")
    case = cases.get_case(workspace, case_id)
    assert (case["severity"], case["suggested_severity"]) == ("II", "IV")
    assert case["severity_reason"] == "涉及食品安全"
    event = cases.timeline(workspace, case_id)[-1]
    assert event["kind"] == "severity_changed" and "系统建议 Ⅳ级" in event["text"]
    with pytest.raises(UserError):
        cases.set_severity(workspace, case_id, "V", "x")


def test_workspace_thresholds_and_targets_change_open_cases(workspace, case_id):
    cases.link_mentions(workspace, case_id, add_mentions(workspace, 3))
    assert cases.get_case(workspace, case_id)["suggested_severity"] == "IV"
    saved = cases.save_case_settings(
        workspace,
        thresholds={"negative_volume": [1, 2, 3], "level_scores": [1, 2, 3], "small_volume_cap": 1},
        targets={"I": 10, "II": 20, "III": 30, "IV": 40},
    )
    assert saved.count == 1 and saved.case_ids == {case_id}
    assert workspace.setting("case_thresholds")["negative_volume"] == [1, 2, 3]
    assert cases.thresholds(workspace).negative_volume == (1, 2, 3)
    assert cases.get_case(workspace, case_id)["suggested_severity"] == "I"
    assert cases.response_targets(workspace)["IV"] == 40
    audited = workspace.count(
        "audit",
        "action = 'set-setting' AND object_id IN ('case_thresholds', 'case_response_targets')",
    )
    assert audited == 2
