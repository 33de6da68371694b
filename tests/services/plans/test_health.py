"""Plan health findings: never drilled, drilled too long ago, roles nobody holds, an open case without a plan."""

from __future__ import annotations

from datetime import date

from desktop.services import plans
from tests.support.plans import add_plan_roster, open_case


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
