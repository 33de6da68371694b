"""A finished drill in a real workspace, for the report, lessons, CLI and UI tests."""

from __future__ import annotations

from desktop.services import approvals, cases, drills
from desktop.services.context import AppContext
from desktop.services.workspaces import Workspace
from tests.support.drills import FakeWall


def finished_drill(ctx: AppContext, real: Workspace, *, respond: bool = True) -> int:
    """The food-safety scenario at speed 12: a holding statement at drill minute 36 when
    `respond`, three checklist items ticked; the copy deleted. Returns the drill's id."""
    wall = FakeWall()
    source = drills.from_scenario("food_safety_post", real.info()["brand"])
    drill = drills.start_drill(
        real, source, drills_folder=drills.drills_folder(ctx), speed=12, now=wall
    )
    if respond:
        wall.advance(seconds=30)
        drills.deliver_due(drill)
        statement = drills.draft_statement(
            drill, kind="holding", channel="weibo", body="我们已关注，正在核实。"
        )
        wall.advance(seconds=90)
        approver = cases.who_may_approve(drill.copy, drill.case_id)[0]["id"]
        drills.approve_statement(drill, statement, approvals.ApprovalInput(approver))
        wall.advance(seconds=60)
        drills.publish_statement(drill, statement)
        for item in drills.checklist(drill)[:3]:
            drills.tick(drill, item.id, "周若溪")
    return drills.finish_drill(drill, real, participants="周若溪、林嘉禾").drill_id
