"""Lessons in one click: a 问答库 draft or a plan edit (a new draft version), applied once."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import drills, kb, plans
from desktop.services.context import AppContext
from desktop.services.workspaces import Workspace
from tests.support.drills_finished import finished_drill


def test_a_lesson_becomes_a_kb_draft(ctx: AppContext, demo_workspace: Workspace) -> None:
    drill_id = finished_drill(ctx, demo_workspace)
    drills.set_lessons(demo_workspace, drill_id, ["客服要有统一的首条回复话术", "法务提前审好模板"])
    made = drills.apply_lesson(demo_workspace, drill_id, 0, "kb")
    entry = kb.get_entry(demo_workspace, made.id)
    assert entry.status == "draft" and "客服要有统一的首条回复话术" in entry.title
    assert made.kb
    lessons = drills.get_drill(demo_workspace, drill_id)["lessons"]
    assert lessons[0]["applied"] == f"kb:{made.id}" and lessons[1]["applied"] == ""
    with pytest.raises(UserError, match="已经转成了问答库草稿"):
        drills.apply_lesson(demo_workspace, drill_id, 0, "plan")


def test_a_lesson_becomes_a_new_draft_version_of_the_plan(
    ctx: AppContext, demo_workspace: Workspace
) -> None:
    drill_id = finished_drill(ctx, demo_workspace)
    plan_id = drills.get_drill(demo_workspace, drill_id)["plan_id"]
    before = plans.get_plan(demo_workspace, plan_id)
    drills.set_lessons(demo_workspace, drill_id, ["审批人不在岗时由备用人审批"])
    drills.apply_lesson(demo_workspace, drill_id, 0, "plan")
    after = plans.get_plan(demo_workspace, plan_id)
    assert after.version == before.version + 1 and after.status == "draft"
    assert after.content.duties[-1].text == "审批人不在岗时由备用人审批"
    assert after.content.duties[-1].role == "演练教训"


def test_editing_lessons_keeps_the_mark_of_one_applied(
    ctx: AppContext, demo_workspace: Workspace
) -> None:
    drill_id = finished_drill(ctx, demo_workspace)
    drills.set_lessons(demo_workspace, drill_id, ["甲"])
    drills.apply_lesson(demo_workspace, drill_id, 0, "kb")
    drills.set_lessons(demo_workspace, drill_id, ["甲", "乙", "  "])
    lessons = drills.get_drill(demo_workspace, drill_id)["lessons"]
    assert [x["text"] for x in lessons] == ["甲", "乙"]
    assert lessons[0]["applied"].startswith("kb:") and lessons[1]["applied"] == ""


def test_a_missing_lesson_or_target_is_refused(ctx: AppContext, demo_workspace: Workspace) -> None:
    drill_id = finished_drill(ctx, demo_workspace, respond=False)
    with pytest.raises(UserError, match="没有第 99 条"):
        drills.apply_lesson(demo_workspace, drill_id, 98, "kb")
    with pytest.raises(UserError, match="未知的去向"):
        drills.apply_lesson(demo_workspace, drill_id, 0, "mail")
