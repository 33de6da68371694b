"""The response clock: detection → first holding statement, against the level's target."""

from __future__ import annotations

from datetime import datetime

from desktop.core import case_clock
from desktop.core.severity import parse_time
from desktop.services.cases.common import effective_severity, time_key
from desktop.storage import cases as store
from desktop.storage.cases import CaseRow
from desktop.storage.workspace import Workspace

# The events that answer the public: the clock stops at the first of them.
HOLDING_KINDS = ("holding_statement", "official_statement", "apology")


def response_targets(workspace: Workspace) -> dict[str, int]:
    return case_clock.targets(workspace.setting("case_response_targets") or {})


def first_holding_at(workspace: Workspace, case_id: int) -> datetime | None:
    times = store.event_times(workspace.db, case_id, HOLDING_KINDS)
    moments = [m for m in (parse_time(at) for at in times) if m is not None]
    return min(moments, key=lambda m: time_key(m.isoformat())) if moments else None


def case_clock_state(
    workspace: Workspace, case: CaseRow, *, now: datetime | None = None
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
    # an unreadable detection time (an old free-text value) falls back to the opening time:
    # a case with a level always has a clock
    detected = parse_time(case.get("detected_at")) or parse_time(case.get("opened_at"))
    moment = now or datetime.now().astimezone()
    return case_clock.clock(detected, first_holding_at(workspace, case["id"]), target, moment)
