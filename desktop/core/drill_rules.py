"""What a drill measured, against the level's targets, in drill time.

The figures of issue 16: time to the first holding statement (target: the level's response
target, core/case_clock), approval delay (from the draft to its approval; our rule: at most
half the response target, so the rest of the window is left to publish), checklist
completion (every first-hour item), and who was missing (roles with a checklist item and
nobody who ticked one). Each miss becomes a finding in words, the draft of a lesson.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from desktop.core.case_clock import format_minutes
from desktop.core.vocab import SEVERITY_NUMERALS

# The share of the response target an approval may take.
APPROVAL_SHARE = 0.5


@dataclass(frozen=True)
class ChecklistMark:
    """One checklist item as the drill left it."""

    role: str
    text: str
    done: bool
    by: str = ""


@dataclass(frozen=True)
class Measures:
    level: str
    target_minutes: int
    holding_minutes: int | None  # None: no holding statement published in the drill
    approval_minutes: int | None
    internal_notice_minutes: int | None
    checklist_done: int
    checklist_total: int
    missing_roles: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)

    @property
    def holding_met(self) -> bool:
        return self.holding_minutes is not None and self.holding_minutes <= self.target_minutes

    @property
    def approval_target_minutes(self) -> int:
        return max(1, int(self.target_minutes * APPROVAL_SHARE))

    @property
    def approval_met(self) -> bool:
        return (
            self.approval_minutes is not None
            and self.approval_minutes <= self.approval_target_minutes
        )

    @property
    def checklist_share(self) -> float:
        return self.checklist_done / self.checklist_total if self.checklist_total else 0.0

    @property
    def passed(self) -> bool:
        """Every measure met: the plan worked as written."""
        return (
            self.holding_met
            and self.approval_met
            and not self.missing_roles
            and self.checklist_done == self.checklist_total
        )

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            holding_met=self.holding_met,
            approval_target_minutes=self.approval_target_minutes,
            approval_met=self.approval_met,
            checklist_share=round(self.checklist_share, 3),
            passed=self.passed,
        )
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Measures:
        names = {
            "level",
            "target_minutes",
            "holding_minutes",
            "approval_minutes",
            "internal_notice_minutes",
            "checklist_done",
            "checklist_total",
            "missing_roles",
            "findings",
        }
        return cls(**{k: v for k, v in data.items() if k in names})


def minutes_between(start: datetime | None, end: datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return max(0, int((end - start).total_seconds() // 60))


def measure(
    *,
    level: str,
    target_minutes: int,
    detected_at: datetime,
    first_holding_at: datetime | None,
    holding_drafted_at: datetime | None,
    holding_approved_at: datetime | None,
    internal_notice_at: datetime | None,
    checklist: Iterable[ChecklistMark],
) -> Measures:
    """The drill's figures and findings; every moment is drill time."""
    marks = list(checklist)
    holding = minutes_between(detected_at, first_holding_at)
    approval = minutes_between(holding_drafted_at, holding_approved_at)
    notice = minutes_between(detected_at, internal_notice_at)
    roles = list(dict.fromkeys(m.role for m in marks if m.role))
    acted = {m.role for m in marks if m.done}
    missing = [role for role in roles if role not in acted]
    done = sum(1 for m in marks if m.done)
    result = Measures(
        level, target_minutes, holding, approval, notice, done, len(marks), missing, []
    )
    return Measures(**{**asdict(result), "findings": findings(result, marks)})


def findings(result: Measures, marks: list[ChecklistMark]) -> list[str]:
    """The misses in words, each the draft of a lesson."""
    found: list[str] = []
    target = format_minutes(result.target_minutes)
    level = f"{SEVERITY_NUMERALS.get(result.level, result.level)}级"
    if result.holding_minutes is None:
        found.append(f"演练中没有发布暂缓声明（{level}目标 {target}）。")
    elif not result.holding_met:
        found.append(
            f"首个暂缓声明用时 {format_minutes(result.holding_minutes)}，超过{level}目标 {target}。"
        )
    if result.approval_minutes is None:
        if result.holding_minutes is None:
            found.append("暂缓声明没有走到审批。")
    elif not result.approval_met:
        found.append(
            f"审批用时 {format_minutes(result.approval_minutes)}，"
            f"超过目标 {format_minutes(result.approval_target_minutes)}。"
        )
    if result.internal_notice_minutes is None:
        found.append("没有发出内部通知，员工没有统一口径。")
    for role in result.missing_roles:
        found.append(f"“{role}”在演练中无人行动。")
    skipped = [m.text for m in marks if not m.done and m.role not in result.missing_roles]
    for text in skipped:
        found.append(f"清单项未完成：{text}")
    return found
