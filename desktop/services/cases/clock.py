"""The response clock: detection → first holding statement, against the level's target."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.core import case_clock
from desktop.core.severity import (
    parse_time,
)
from desktop.services.cases.common import effective_severity, time_key
from desktop.storage.workspace import Workspace


def response_targets(workspace: Workspace) -> dict[str, int]:
    return case_clock.targets(workspace.setting("case_response_targets") or {})


def first_holding_at(workspace: Workspace, case_id: int) -> datetime | None:
    rows = workspace.db.execute(
        "SELECT at FROM case_events WHERE case_id = ? AND kind IN"
        " ('holding_statement', 'official_statement', 'apology')",
        [case_id],
    ).fetchall()
    moments = [m for m in (parse_time(r[0]) for r in rows) if m is not None]
    return min(moments, key=lambda m: time_key(m.isoformat())) if moments else None


def case_clock_state(
    workspace: Workspace, case: dict[str, Any], *, now: datetime | None = None
) -> case_clock.ClockState:
    level = effective_severity(case)
    target = (
        case_clock.target_minutes(
            level,
            workspace.setting("case_response_targets") or {},
            case.get("response_target_minutes"),
        )
        if level
        else None
    )
    detected = parse_time(case.get("detected_at") or case.get("opened_at"))
    moment = now or datetime.now().astimezone()
    return case_clock.clock(detected, first_holding_at(workspace, case["id"]), target, moment)
