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

from desktop.core import messages
from desktop.core.case_words import minutes_text
from desktop.core.messages import Language
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


def findings(result: Measures, marks: list[ChecklistMark], language: Language = "zh") -> list[str]:
    """The misses in words, each the draft of a lesson (stored in Chinese: they become the
    lessons people edit; `reworded` shows them in another language)."""

    def say(message_id: str, **params: Any) -> str:
        return messages.text(message_id, language, **params)

    found: list[str] = []
    target = minutes_text(result.target_minutes, language)
    level = say("drill.level", numeral=SEVERITY_NUMERALS.get(result.level, result.level))
    if result.holding_minutes is None:
        found.append(say("drill.no_holding", level=level, target=target))
    elif not result.holding_met:
        took = minutes_text(result.holding_minutes, language)
        found.append(say("drill.holding_late", took=took, level=level, target=target))
    if result.approval_minutes is None:
        if result.holding_minutes is None:
            found.append(say("drill.no_approval"))
    elif not result.approval_met:
        took = minutes_text(result.approval_minutes, language)
        approval_target = minutes_text(result.approval_target_minutes, language)
        found.append(say("drill.approval_late", took=took, target=approval_target))
    if result.internal_notice_minutes is None:
        found.append(say("drill.no_notice"))
    for role in result.missing_roles:
        found.append(say("drill.role_idle", role=roles_text(role, language)))
    skipped = [m.text for m in marks if not m.done and m.role not in result.missing_roles]
    for text in skipped:
        found.append(say("drill.item_undone", text=text))
    return found


def roles_text(roles: str, language: Language) -> str:
    """A checklist item's roles ("新闻发言人、管理层"): the seeded role names are vocabulary
    words, each shown in `language`; a role someone named stays as written."""
    if language == "zh":
        return roles
    return messages.text("list.separator", language).join(
        messages.word(r, language) for r in roles.split("、") if r
    )


def reworded(result: Measures, language: Language) -> list[str]:
    """The stored (Chinese) findings in `language`: each one the rules would write again is
    written in that language, a skipped checklist item keeps its own text, anything else (an
    older wording) stays as stored."""
    if language == "zh":
        return list(result.findings)
    again = dict(zip(findings(result, [], "zh"), findings(result, [], language), strict=True))
    prefix = messages.text("drill.item_undone", "zh", text="")
    out = []
    for stored in result.findings:
        if stored in again:
            out.append(again[stored])
        elif stored.startswith(prefix):
            out.append(messages.text("drill.item_undone", language, text=stored[len(prefix) :]))
        else:
            out.append(stored)
    return out
