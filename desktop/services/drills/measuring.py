"""The drill's figures, read from the drill copy alone, in drill time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.core import case_clock
from desktop.core.case_vocab import EVENT_KINDS
from desktop.core.drill_clock import format_offset
from desktop.core.drill_rules import Measures, measure
from desktop.core.pii import mask_phone_numbers
from desktop.core.severity import parse_time
from desktop.services import cases
from desktop.services.drills import plan_link
from desktop.services.drills.session import Drill

_ANSWERS = ("holding", "official", "apology")


def _first_answer(drill: Drill) -> tuple[datetime | None, datetime | None]:
    """(drafted, approved) of the first approved answer to the public, in drill time."""
    best: tuple[datetime | None, datetime | None] = (None, None)
    for statement in cases.statements(drill.copy, drill.case_id):
        if statement["kind"] not in _ANSWERS:
            continue
        approval = statement["approval"]
        approved = parse_time(approval["at"]) if approval else None
        # drafted through the drill console: its drill time; elsewhere: its wall time read
        # back on the drill clock
        noted = drill.state.get("drafted", {}).get(str(statement["id"]))
        drafted = parse_time(noted) if noted else drill.drill_time_of(statement["created_at"])
        if approved is None:
            if best == (None, None):
                best = (drafted, None)
            continue
        if best[1] is None or approved < best[1]:
            best = (drafted, approved)
    return best


def _first_event(drill: Drill, kind: str) -> datetime | None:
    moments = [
        parse_time(e["at"]) for e in cases.timeline(drill.copy, drill.case_id) if e["kind"] == kind
    ]
    known = [m for m in moments if m is not None]
    return min(known) if known else None


# Bookkeeping the debrief does not need (every inject links a mention).
_QUIET_KINDS = ("mentions_linked",)


def drill_timeline(drill: Drill) -> list[dict[str, Any]]:
    """What happened on the drill case, in drill time: offset, kind, text, by."""
    epoch = drill.clock.epoch
    lines: list[dict[str, Any]] = []
    for event in cases.timeline(drill.copy, drill.case_id):
        if event["kind"] in _QUIET_KINDS:
            continue
        moment = parse_time(event["at"])
        minutes = (moment - epoch).total_seconds() / 60 if moment is not None else 0.0
        lines.append(
            {
                "offset": format_offset(minutes),
                "kind": EVENT_KINDS.get(event["kind"], event["kind"]),
                "text": mask_phone_numbers(event["text"]),
                "by": event.get("by") or "",
            }
        )
    return lines


def drill_measures(drill: Drill) -> Measures:
    case = cases.get_case(drill.copy, drill.case_id)
    level = drill.level
    target = (
        case_clock.target_minutes(level, drill.copy.setting("case_response_targets") or {})
        or case_clock.DEFAULT_TARGETS["II"]
    )
    detected = parse_time(case.get("detected_at")) or drill.clock.epoch
    drafted, approved = _first_answer(drill)
    return measure(
        level=level,
        target_minutes=target,
        detected_at=detected,
        first_holding_at=cases.first_holding_at(drill.copy, drill.case_id),
        holding_drafted_at=drafted,
        holding_approved_at=approved,
        internal_notice_at=_first_event(drill, "internal_notice"),
        checklist=[item.mark() for item in plan_link.checklist(drill)],
    )
