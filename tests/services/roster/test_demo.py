"""The demo roster meets what the other demos rely on (one approver for statements and
scripts, a food_safety override, one deliberate stale contact)."""

from __future__ import annotations

from desktop.services import approvals, roster
from desktop.services.roster.demo import demo_approver
from desktop.storage.workspace import Workspace


def test_demo_roster_meets_the_contract(demo_workspace: Workspace, ctx) -> None:
    for activity in ("approve_statement", "approve_kb"):
        holders = approvals.holders(demo_workspace, activity, "A")
        assert [roster.person(demo_workspace, h)["name"] for h in holders] == [demo_approver()]
    assert roster.matrix(demo_workspace, "food_safety").inherited("monitor")
    assert not roster.matrix(demo_workspace, "food_safety").inherited("product_fix")
    report = roster.health(demo_workspace)
    assert report.ok and [f.code for f in report.findings] == ["stale_contact"]
    assert roster.workspace_health(demo_workspace) == report.as_dict()
