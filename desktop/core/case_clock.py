"""The response clock: time from detection to the first holding statement, against the
target for the case's level (default Ⅰ 30 min, Ⅱ 1 h, Ⅲ 2 h, Ⅳ 4 h; settings override)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.core.response_window import compact_minutes

DEFAULT_TARGETS: dict[str, int] = {"I": 30, "II": 60, "III": 120, "IV": 240}

STATES = {"running": "计时中", "met": "已达标", "missed": "已超时", "none": "未定级"}


def targets(overrides: Mapping[str, Any] | None = None) -> dict[str, int]:
    """Minutes per level; `overrides` is the workspace setting `case_response_targets`."""
    result = dict(DEFAULT_TARGETS)
    for level, minutes in (overrides or {}).items():
        try:
            if level in result and int(minutes) > 0:
                result[level] = int(minutes)
        except (TypeError, ValueError):
            continue
    return result


def target_minutes(
    level: str, overrides: Mapping[str, Any] | None = None, case_override: int | None = None
) -> int | None:
    if case_override:
        return int(case_override)
    return targets(overrides).get(level)


@dataclass(frozen=True)
class ClockState:
    state: str  # running / met / missed / none
    target_minutes: int | None
    elapsed_minutes: int
    detected_at: datetime | None
    first_holding_at: datetime | None

    @property
    def deadline(self) -> datetime | None:
        if self.detected_at is None or self.target_minutes is None:
            return None
        return self.detected_at + timedelta(minutes=self.target_minutes)

    def label(self) -> str:
        if self.state == "none":
            return "未定级"
        elapsed = format_minutes(self.elapsed_minutes)
        target = format_minutes(self.target_minutes or 0)
        if self.state == "running":
            return f"计时中 {elapsed} / 目标 {target}"
        if self.state == "met":
            return f"已达标 {elapsed}（目标 {target}）"
        return f"已超时 {elapsed}（目标 {target}）"

    def as_dict(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "target_minutes": self.target_minutes,
            "elapsed_minutes": self.elapsed_minutes,
            "detected_at": self.detected_at.isoformat() if self.detected_at else None,
            "first_holding_at": self.first_holding_at.isoformat()
            if self.first_holding_at
            else None,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "label": self.label(),
        }


def format_minutes(minutes: int) -> str:
    """The clock counts in hours up to two days, then days and hours."""
    return compact_minutes(minutes, days_from_hours=48, zero_hours=True)


def _align(moment: datetime, reference: datetime) -> datetime:
    if (moment.tzinfo is None) == (reference.tzinfo is None):
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=reference.tzinfo)
    return moment.replace(tzinfo=None)


def clock(
    detected_at: datetime | None,
    first_holding_at: datetime | None,
    target: int | None,
    now: datetime,
) -> ClockState:
    if detected_at is None or target is None:
        return ClockState("none", target, 0, detected_at, first_holding_at)
    end = first_holding_at if first_holding_at is not None else now
    end = _align(end, detected_at)
    elapsed = max(0, int((end - detected_at).total_seconds() // 60))
    if first_holding_at is not None:
        state = "met" if elapsed <= target else "missed"
    else:
        state = "running" if elapsed <= target else "missed"
    return ClockState(state, target, elapsed, detected_at, first_holding_at)
