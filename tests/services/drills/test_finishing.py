"""Measures in drill time, one summary row on finish, the copy kept or deleted, `run`."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import approvals, cases, drills, plans
from desktop.services.context import AppContext
from desktop.services.workspaces import Workspace
from tests.support.drills import FakeWall, file_hash


@pytest.fixture
def drill(ctx: AppContext, demo_workspace: Workspace):
    wall = FakeWall()
    source = drills.from_scenario("food_safety_post", demo_workspace.info()["brand"])
    running = drills.start_drill(
        demo_workspace, source, drills_folder=drills.drills_folder(ctx), speed=12, now=wall
    )
    running.wall = wall  # the test moves it
    yield running
    if not running.copy.closed:
        drills.abandon_drill(running)


def _approver(drill: drills.Drill) -> int:
    allowed = cases.who_may_approve(drill.copy, drill.case_id)
    assert allowed, "the demo roster names a statement approver"
    return allowed[0]["id"]


def _respond(drill: drills.Drill, *, draft_at: float, approve_at: float, publish_at: float) -> None:
    """The team's holding statement, at these wall minutes since the start."""
    wall = drill.wall
    start = wall.moment
    wall.moment = start + (draft_at * 60) * wall_second()
    statement = drills.draft_statement(
        drill, kind="holding", channel="weibo", body="我们已关注，正在核实。"
    )
    wall.moment = start + (approve_at * 60) * wall_second()
    drills.approve_statement(drill, statement, approvals.ApprovalInput(_approver(drill)))
    wall.moment = start + (publish_at * 60) * wall_second()
    drills.publish_statement(drill, statement)


def wall_second():
    from datetime import timedelta

    return timedelta(seconds=1)


def test_measures_are_in_drill_time_against_the_levels_target(drill: drills.Drill) -> None:
    # wall minutes 0.5 / 2 / 3 at speed 12 are drill minutes 6 / 24 / 36; level II: 60 min
    _respond(drill, draft_at=0.5, approve_at=2, publish_at=3)
    drill.wall.advance(minutes=1)
    drills.add_note(drill, "internal_notice", "已通知全体门店统一口径")
    items = drills.checklist(drill)
    drills.tick(drill, items[0].id, "周若溪")  # the facts: ticked by hand
    measures = drills.drill_measures(drill)
    assert measures.level == "II" and measures.target_minutes == 60
    assert measures.holding_minutes == 36 and measures.holding_met
    assert measures.approval_minutes == 18 and measures.approval_met
    assert measures.internal_notice_minutes == 48
    assert (measures.checklist_done, measures.checklist_total) == (4, len(items))
    assert measures.missing_roles == [item.role for item in items[4:]]


def test_doing_the_work_ticks_its_checklist_item_at_drill_time(drill: drills.Drill) -> None:
    _respond(drill, draft_at=0.5, approve_at=2, publish_at=3)
    by_activity = {item.activity: item for item in drills.checklist(drill)}
    approver = cases.who_may_approve(drill.copy, drill.case_id)[0]["name"]
    assert by_activity["approve_statement"].done
    assert by_activity["approve_statement"].by == approver
    assert by_activity["approve_statement"].at.endswith("10:24:00+00:00")  # drill minute 24
    assert by_activity["draft_holding_reply"].done
    assert not by_activity["internal_notice"].done


def test_a_late_holding_statement_misses_the_target(drill: drills.Drill) -> None:
    _respond(drill, draft_at=1, approve_at=5, publish_at=6)  # drill minute 72
    measures = drills.drill_measures(drill)
    assert measures.holding_minutes == 72 and not measures.holding_met
    assert any("超过Ⅱ级目标 1 小时" in f for f in measures.findings)


def test_finishing_writes_one_summary_row_and_deletes_the_copy(
    drill: drills.Drill, demo_workspace: Workspace
) -> None:
    before = file_hash(demo_workspace)
    last_audit = demo_workspace.db.execute("SELECT max(id) FROM audit").fetchone()[0]
    _respond(drill, draft_at=0.5, approve_at=2, publish_at=3)
    assert file_hash(demo_workspace) == before
    copy_path = drill.copy.path
    finished = drills.finish_drill(drill, demo_workspace, participants="李经理、王主管")
    assert not copy_path.exists() and finished.kept_copy is None
    rows = drills.list_drills(demo_workspace)
    assert [r["id"] for r in rows] == [finished.drill_id]
    row = rows[0]
    assert row["measures"]["holding_minutes"] == 36
    assert row["participants"] == "李经理、王主管"
    assert [lesson["text"] for lesson in row["lessons"]] == finished.measures.findings
    # the drill's own work stayed in the copy: no case, statement or mention came over
    written = demo_workspace.db.execute(
        "SELECT action, object_type FROM audit WHERE id > ? ORDER BY id", [last_audit]
    ).fetchall()
    assert [tuple(r) for r in written] == [("finish", "drill"), ("record-test", "plan")]
    assert cases.list_cases(demo_workspace)[0]["title"].startswith("演练") is False


def test_the_plan_is_activated_in_the_copy_and_shows_the_test_in_the_real_workspace(
    drill: drills.Drill, demo_workspace: Workspace
) -> None:
    activated = plans.activation(drill.copy, drill.case_id)
    assert activated is not None and activated.scenario == "food_safety"
    ticked = drills.checklist(drill)[0]
    drills.tick(drill, ticked.id, "周若溪")
    kinds = [e["kind"] for e in cases.timeline(drill.copy, drill.case_id)]
    assert "plan_activated" in kinds and "checklist_done" in kinds
    assert plans.checklist(demo_workspace, drill.case_id) == []  # never in the real file
    finished = drills.finish_drill(drill, demo_workspace)
    plan = plans.get_plan(demo_workspace, activated.plan_id)
    assert plan.last_drill_id == finished.drill_id
    assert "没有发布暂缓声明" in plan.last_test_found


def test_a_kept_copy_stays_in_the_data_folder(
    drill: drills.Drill, demo_workspace: Workspace
) -> None:
    finished = drills.finish_drill(
        drill, demo_workspace, keep_copy=True, lessons=["审批人要有备份"]
    )
    assert finished.kept_copy is not None and finished.kept_copy.exists()
    assert drills.get_drill(demo_workspace, finished.drill_id)["lessons"] == [
        {"text": "审批人要有备份", "applied": ""}
    ]


def test_a_drill_is_finished_in_the_workspace_it_came_from(
    drill: drills.Drill, workspace: Workspace
) -> None:
    with pytest.raises(UserError, match="不是从当前工作区开始的"):
        drills.finish_drill(drill, workspace)


def test_run_replays_everything_at_once_and_records_only_the_summary(
    ctx: AppContext, workspace: Workspace
) -> None:
    source = drills.from_scenario("member_data_leak", "测试品牌")
    finished = drills.run_drill(
        workspace, source, drills_folder=drills.drills_folder(ctx), speed=12, now=FakeWall()
    )
    row = drills.get_drill(workspace, finished.drill_id)
    assert row["injects_delivered"] == row["injects_total"] == 6
    assert row["drill_minutes"] == 60 and row["level"] == "I"
    assert row["measures"]["holding_minutes"] is None
    assert cases.list_cases(workspace) == []
    assert list((ctx.paths.data / "drills").glob("*.crisisdesk")) == []
