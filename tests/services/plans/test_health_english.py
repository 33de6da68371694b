"""Plan health findings in English mode (issue 13 item 11): no Chinese but the plans' own
titles and checklist texts; Chinese mode says what it said before."""

from __future__ import annotations

from datetime import date

from desktop.core import messages
from desktop.services import plans
from tests.support.english import chinese_left
from tests.support.plans import add_plan_roster, open_case

TODAY = date(2026, 12, 4)


def _every_kind(workspace) -> list:
    add_plan_roster(workspace)
    rumour = plans.get_plan(workspace, "rumour")
    plans.record_test(workspace, rumour.id, plans.DrillSummary("2026-04-01T10:00:00+08:00", ""))
    open_case(workspace, "layoffs")
    with workspace.transaction():
        workspace.db.execute("DELETE FROM plans WHERE scenario = 'layoffs'")
    found = plans.findings(workspace, TODAY)
    codes = {f.code for f in found}
    assert {"plan_never_tested", "plan_test_stale", "scenario_without_plan"} <= codes
    return found


def _user_data(workspace) -> tuple[str, ...]:
    data: list[str] = []
    for row in plans.list_plans(workspace):
        data.append(row.title)
        data += [d.text for d in plans.get_plan(workspace, row.scenario).content.duties]
    return tuple(data)


def test_plan_findings_in_english(workspace) -> None:
    found = _every_kind(workspace)
    previous = messages.set_display_language("en")
    try:
        for finding in found:
            shown = finding.message + " " + finding.fix
            assert not chinese_left(shown, _user_data(workspace)), shown
    finally:
        messages.set_display_language(previous)


def test_plan_findings_in_chinese(workspace) -> None:
    found = _every_kind(workspace)
    stale = next(f for f in found if f.code == "plan_test_stale")
    assert "上次演练是 2026-04-01，已超过 247 天。" in stale.message
    missing = next(f for f in found if f.code == "scenario_without_plan")
    assert missing.message == "场景“裁员”有进行中的案例，但没有应急预案。"
