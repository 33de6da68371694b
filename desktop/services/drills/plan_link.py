"""The drill's side of the contingency plans (services.plans): the scenario's plan activated
on the drill case in the copy, its checklist read and ticked at drill time, the test recorded
on the real plan when the drill finishes.

A workspace without a plan for the scenario gets a short built-in first-hour checklist kept
in the drill's own state, so a drill always measures something (and the report says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.changes import Changes
from desktop.core.drill_rules import ChecklistMark
from desktop.core.errors import UserError
from desktop.services import plans
from desktop.services.drills.session import Drill
from desktop.storage.workspace import Workspace

FALLBACK_CHECKLIST: tuple[tuple[str, str, str], ...] = (
    ("事实核实", "核实事实：联系当事人和门店，确认发生了什么", "assess_severity"),
    ("发言人", "起草暂缓声明", "draft_holding_reply"),
    ("审批人", "审批暂缓声明", "approve_statement"),
    ("内部沟通", "发内部通知，统一口径", "internal_notice"),
    ("客服", "客服按统一口径回复评论和私信", "reply_social"),
)


@dataclass(frozen=True)
class ChecklistItem:
    """An item as the drill console shows it: the plan's (id as text) or the built-in one."""

    id: str
    role: str
    text: str
    done: bool
    by: str
    at: str
    person: str = ""
    skipped: bool = False
    activity: str = ""

    def mark(self) -> ChecklistMark:
        return ChecklistMark(self.role, self.text, self.done, self.by)


def _plan(workspace: Workspace, plan: int | str) -> plans.Plan | None:
    try:
        return plans.get_plan(workspace, plan)
    except UserError:
        return None


def fallback_items() -> list[dict[str, Any]]:
    return [
        {
            "id": f"d{n}",
            "role": role,
            "text": text,
            "done": False,
            "by": "",
            "at": "",
            "activity": activity,
        }
        for n, (role, text, activity) in enumerate(FALLBACK_CHECKLIST, start=1)
    ]


def activate(drill: Drill, scenario: str) -> int | None:
    """The scenario's plan activated on the drill case at drill time 0; None: no plan, the
    built-in checklist."""
    plan = _plan(drill.copy, scenario) if scenario else None
    if plan is None:
        drill.state["checklist"] = fallback_items()
        return None
    plans.activate(
        drill.copy, drill.case_id, plan.id, drill.copy.user, at=drill.clock.epoch.isoformat()
    )
    return int(plan.id)


def checklist(drill: Drill) -> list[ChecklistItem]:
    if drill.plan_id is None:
        return [ChecklistItem(**item) for item in drill.state.get("checklist", [])]
    return [
        ChecklistItem(
            str(item.id),
            item.role,
            item.text,
            item.done,
            item.done_by if item.done else "",
            item.done_at or "",
            item.person,
            item.skipped,
            item.activity,
        )
        for item in plans.checklist(drill.copy, drill.case_id)
    ]


def tick(drill: Drill, item_id: str, user: str, *, done: bool = True) -> Changes:
    """Tick (or untick) an item at the drill's time, with who did it."""
    if drill.plan_id is not None:
        try:
            number = int(item_id)
        except ValueError:
            raise UserError(f"清单里没有编号为 {item_id} 的项。") from None
        return plans.tick(drill.copy, drill.case_id, number, user, drill.at(), done)
    for item in drill.state.get("checklist", []):
        if item["id"] == item_id:
            item.update(done=done, by=user if done else "", at=drill.at() if done else "")
            drill.save()
            return Changes.of_cases(drill.case_id)
    raise UserError(f"清单里没有编号为 {item_id} 的项。")


def tick_activity(drill: Drill, activity: str, user: str) -> Changes:
    """The team did the thing itself in the drill (drafted, approved, told staff): the open
    checklist items of that roster activity are ticked by who did it, at drill time."""
    changes = Changes()
    for item in checklist(drill):
        if item.activity == activity and not item.done and not item.skipped:
            changes = changes | tick(drill, item.id, user)
    return changes


def record_test(
    real: Workspace, plan_id: int | None, tested_at: str, found: str, drill_id: int
) -> Changes:
    """The plan shows it was tested, when, and what the drill found (nothing without a plan)."""
    if plan_id is None or _plan(real, plan_id) is None:
        return Changes()
    return plans.record_test(real, plan_id, plans.DrillSummary(tested_at, found, drill_id))
