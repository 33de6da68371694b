"""What the plans tests share: a small roster whose matrix names who does the first-hour
duties, and a case to activate a plan on."""

from __future__ import annotations

from desktop.services import cases, plans
from desktop.storage.workspace import Workspace
from tests.support.cases import add_person, assign

AT = "2026-11-18T10:00:00+08:00"


def add_role_member(workspace: Workspace, person_id: int, role_key: str) -> None:
    with workspace.transaction():
        workspace.db.execute(
            "INSERT INTO person_roles(person_id, role_id) SELECT ?, id FROM roles WHERE key = ?",
            [person_id, role_key],
        )


def add_plan_roster(workspace: Workspace) -> dict[str, int]:
    """林嘉禾 approves statements (A) and confirms facts; 周若溪 (公关/传播) drafts and tells
    staff; a 食品安全 matrix names 何清 for the facts instead."""
    lead = add_person(workspace, "林嘉禾")
    pr = add_person(workspace, "周若溪")
    qa = add_person(workspace, "何清")
    add_role_member(workspace, lead, "crisis_lead")
    add_role_member(workspace, pr, "communications")
    add_role_member(workspace, qa, "legal")
    assign(workspace, lead, "approve_statement", "A")
    assign(workspace, lead, "assess_severity", "R")
    assign(workspace, pr, "draft_holding_reply", "R")
    assign(workspace, pr, "internal_notice", "R")
    assign(workspace, qa, "assess_severity", "R", scenario="food_safety")
    return {"lead": lead, "pr": pr, "qa": qa}


def open_case(workspace: Workspace, scenario: str = "food_safety") -> int:
    return cases.create_case(
        workspace, title="门店沙拉吃出钢丝球", scenario=scenario, detected_at=AT
    ).id


def timeline_kinds(workspace: Workspace, case_id: int) -> list[str]:
    return [event["kind"] for event in cases.timeline(workspace, case_id)]


TICKED = "2026-11-18T10:20:00+08:00"


def activated_case(workspace: Workspace) -> tuple[int, list[plans.ChecklistItem]]:
    """A food-safety case with its plan activated: item 1 done, item 2 skipped, the rest open."""
    add_plan_roster(workspace)
    case_id = open_case(workspace)
    plan = plans.get_plan(workspace, "food_safety")
    plans.activate(workspace, case_id, plan.id, "林嘉禾", AT)
    items = plans.checklist(workspace, case_id)
    assert len(items) >= 3
    plans.tick(workspace, case_id, items[0].id, "周若溪", TICKED)
    plans.skip(workspace, case_id, items[1].id, "林嘉禾", TICKED, reason="门店已自行下架")
    return case_id, plans.checklist(workspace, case_id)
