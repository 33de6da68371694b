"""services/cases/timeline: manual events beside the automatic ones, in time order."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import cases
from tests.support.cases import kinds


def test_manual_events_are_added_sorted_and_deletable_but_automatic_ones_are_not(
    workspace, case_id
):
    cases.add_event(workspace, case_id, "media_inquiry", "记者来电", at="2026-11-18T13:30:00+08:00")
    cases.add_event(workspace, case_id, "note", "早于发现的备注", at="2026-11-18T08:00:00+08:00")
    timeline = cases.timeline(workspace, case_id)
    assert [e["kind"] for e in timeline] == ["note", "detected", "media_inquiry"]
    assert [e["auto"] for e in timeline] == [0, 1, 0]
    with pytest.raises(UserError, match="时间格式"):
        cases.add_event(workspace, case_id, "note", "x", at="昨天下午")
    with pytest.raises(UserError):
        cases.add_event(workspace, case_id, "party", "x")
    auto = next(e for e in timeline if e["auto"])
    with pytest.raises(UserError, match="自动"):
        cases.delete_event(workspace, auto["id"])
    cases.delete_event(workspace, timeline[0]["id"])
    assert kinds(workspace, case_id) == ["detected", "media_inquiry"]


def test_a_new_event_comes_back_with_its_id(workspace, case_id):
    event = cases.add_event(workspace, case_id, "note", "备注")
    assert event.id == cases.timeline(workspace, case_id)[-1]["id"]
    assert event.case_ids == {case_id}
