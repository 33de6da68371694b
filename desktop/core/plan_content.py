"""What a contingency plan says, as one value: the four phases' content (pure).

The working copy and every version are this value as JSON (`to_dict` / `from_dict`), so a
version snapshot, the .xlsx round trip and an edit all read and write the same shape. Bad
input raises UserError naming the field (and the row) — nothing is half-saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from desktop.core.errors import UserError
from desktop.core.plan_vocab import SCORE_MAX, SCORE_MIN


@dataclass(frozen=True)
class Risk:
    """Assess: one line of the risk register."""

    what: str
    likelihood: int = 3
    impact: int = 3
    early_signs: str = ""
    watch_group: str = ""  # free text until the listening issue adds watch groups

    @property
    def score(self) -> int:
        return self.likelihood * self.impact


@dataclass(frozen=True)
class Duty:
    """Plan: one first-hour checklist item: the roster activity behind it (or ''), the role
    and people who do it (generated from the matrix, editable) and what to do."""

    text: str
    role: str = ""
    person: str = ""
    activity: str = ""


@dataclass(frozen=True)
class KeyMessage:
    """A line to hold (口径), linked to the 问答库 entry that carries its full script."""

    text: str
    kb_entry_id: int | None = None


@dataclass(frozen=True)
class ChannelStep:
    """Where to publish, in order (1 first)."""

    order: int
    channel: str
    note: str = ""


@dataclass(frozen=True)
class Remedy:
    """A compensation or remedy option and who may grant it."""

    option: str
    granted_by: str = ""


@dataclass(frozen=True)
class PlanContent:
    title: str
    summary: str = ""
    risks: tuple[Risk, ...] = ()
    duties: tuple[Duty, ...] = ()
    messages: tuple[KeyMessage, ...] = ()
    channels: tuple[ChannelStep, ...] = ()
    internal_notice: str = ""
    remedies: tuple[Remedy, ...] = ()
    escalate_when: str = ""
    stand_down_when: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        for name in ("risks", "duties", "messages", "channels", "remedies"):
            data[name] = [dict(item) for item in data[name]]
        return data

    def with_duties(self, duties: list[Duty]) -> PlanContent:
        return replace(self, duties=tuple(duties))


TEXT_FIELDS = ("title", "summary", "internal_notice", "escalate_when", "stand_down_when")


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _score(value: object, what: str, row: int) -> int:
    try:
        number = int(str(value).strip()) if str(value).strip() else 3
    except ValueError:
        number = -1
    if not SCORE_MIN <= number <= SCORE_MAX:
        raise UserError(
            f"风险第 {row} 行的{what}应为 {SCORE_MIN}–{SCORE_MAX} 的整数，而不是“{value}”。"
        )
    return number


def _optional_id(value: object, row: int) -> int | None:
    text = _text(value)
    if not text:
        return None
    if not text.isdigit():
        raise UserError(f"口径第 {row} 行的问答库编号应为数字，而不是“{text}”。")
    return int(text)


def _rows(data: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    rows = data.get(name) or []
    if not isinstance(rows, list) or not all(isinstance(r, Mapping) for r in rows):
        raise UserError(f"预案内容的“{name}”格式不对。")
    return rows


def from_dict(data: Mapping[str, Any]) -> PlanContent:
    """A plan's content from its JSON shape; rows without their main text are dropped."""
    title = _text(data.get("title"))
    if not title:
        raise UserError("预案需要一个标题。")
    risks = tuple(
        Risk(
            what=_text(r.get("what")),
            likelihood=_score(r.get("likelihood", 3), "可能性", row),
            impact=_score(r.get("impact", 3), "影响", row),
            early_signs=_text(r.get("early_signs")),
            watch_group=_text(r.get("watch_group")),
        )
        for row, r in enumerate(_rows(data, "risks"), start=1)
        if _text(r.get("what"))
    )
    duties = tuple(
        Duty(
            text=_text(r.get("text")),
            role=_text(r.get("role")),
            person=_text(r.get("person")),
            activity=_text(r.get("activity")),
        )
        for r in _rows(data, "duties")
        if _text(r.get("text"))
    )
    messages = tuple(
        KeyMessage(_text(r.get("text")), _optional_id(r.get("kb_entry_id"), row))
        for row, r in enumerate(_rows(data, "messages"), start=1)
        if _text(r.get("text"))
    )
    channels = tuple(
        ChannelStep(order=position, channel=_text(r.get("channel")), note=_text(r.get("note")))
        for position, r in enumerate(
            sorted(
                (r for r in _rows(data, "channels") if _text(r.get("channel"))),
                key=lambda r: _order_key(r.get("order")),
            ),
            start=1,
        )
    )
    remedies = tuple(
        Remedy(_text(r.get("option")), _text(r.get("granted_by")))
        for r in _rows(data, "remedies")
        if _text(r.get("option"))
    )
    return PlanContent(
        title=title,
        summary=_text(data.get("summary")),
        risks=risks,
        duties=duties,
        messages=messages,
        channels=channels,
        internal_notice=_text(data.get("internal_notice")),
        remedies=remedies,
        escalate_when=_text(data.get("escalate_when")),
        stand_down_when=_text(data.get("stand_down_when")),
    )


def _order_key(value: object) -> float:
    try:
        return float(str(value))
    except ValueError:
        return float("inf")
