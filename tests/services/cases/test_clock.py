"""services/cases/clock: the response clock from the case's level and first holding statement."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.services import cases
from tests.support.cases import CST


def test_the_clock_uses_the_set_level_and_the_first_holding_statement(workspace, case_id):
    now = datetime(2026, 11, 18, 10, 0, tzinfo=CST)
    case = cases.get_case(workspace, case_id)
    assert cases.case_clock_state(workspace, case, now=now).state == "none"  # no level yet
    cases.set_severity(workspace, case_id, "I", "媒体已介入")
    case = cases.get_case(workspace, case_id)
    state = cases.case_clock_state(workspace, case, now=now)
    assert (state.state, state.target_minutes, state.elapsed_minutes) == ("running", 30, 20)
    later = cases.case_clock_state(workspace, case, now=now + timedelta(minutes=30))
    assert later.state == "missed"
    cases.add_event(
        workspace, case_id, "holding_statement", "已发暂缓声明", at="2026-11-18T10:05:00+08:00"
    )
    state = cases.case_clock_state(workspace, case, now=now + timedelta(days=1))
    assert (state.state, state.elapsed_minutes) == ("met", 25)
    workspace.set_setting("case_response_targets", {"I": 20})
    assert cases.case_clock_state(workspace, case, now=now).state == "missed"
