"""What the drill console shows at one moment, read from the drill copy in one call, so the
window only lays it out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.core import case_clock
from desktop.core.drill_clock import format_offset
from desktop.core.drill_rules import Measures
from desktop.core.pii import mask_phone_numbers
from desktop.services import cases
from desktop.services.drills.measuring import drill_measures, drill_timeline
from desktop.services.drills.plan_link import ChecklistItem, checklist
from desktop.services.drills.running import pending_injects
from desktop.services.drills.session import Drill
from desktop.storage import mentions as mention_store


@dataclass(frozen=True)
class InjectLine:
    """A delivered inject as the console lists it (the newest first)."""

    index: int
    at: str  # T+0:15
    kind: str  # "mention", or the timeline event kind (media_inquiry, note, …)
    source: str
    text: str
    mention_id: int | None
    sentiment: str  # a core.vocab SENTIMENTS key, "" for an event


@dataclass(frozen=True)
class ConsoleView:
    offset: str
    drill_time: datetime
    paused: bool
    clock: case_clock.ClockState
    next_in: timedelta | None
    next_at: str
    delivered: int
    total: int
    injects: list[InjectLine]
    checklist: list[ChecklistItem]
    statements: list[dict[str, Any]]
    timeline: list[dict[str, Any]]  # newest first
    measures: Measures


def console_view(drill: Drill) -> ConsoleView:
    wall = drill.now()
    clock = drill.clock
    drill_time = clock.drill_time(wall)
    case = cases.get_case(drill.copy, drill.case_id)
    pending = pending_injects(drill)
    next_in = clock.wall_until(float(pending[0]["at_minutes"]), wall) if pending else None
    delivered = [
        (i, inject) for i, inject in enumerate(drill.state["injects"]) if inject["delivered"]
    ]
    ids = [int(inject["mention_id"]) for _, inject in delivered if inject.get("mention_id")]
    sentiments = mention_store.rows_by_ids(drill.copy.db, ids, ["sentiment"])
    lines: list[InjectLine] = []
    for index, inject in delivered:
        mention_id = inject.get("mention_id")
        found = sentiments.get(int(mention_id)) if mention_id is not None else None
        sentiment = str(found[0]) if found else ""
        kind = str(inject["kind"])
        source = " · ".join(x for x in (inject.get("platform"), inject.get("author")) if x)
        lines.append(
            InjectLine(
                index,
                format_offset(float(inject["at_minutes"])),
                kind,
                source,
                mask_phone_numbers(str(inject.get("text") or "")),
                int(mention_id) if mention_id is not None else None,
                sentiment,
            )
        )
    lines.reverse()
    return ConsoleView(
        offset=format_offset(clock.offset_minutes(wall)),
        drill_time=drill_time,
        paused=clock.paused,
        clock=cases.case_clock_state(drill.copy, case, now=drill_time),
        next_in=next_in,
        next_at=format_offset(float(pending[0]["at_minutes"])) if pending else "",
        delivered=len(drill.state["injects"]) - len(pending),
        total=len(drill.state["injects"]),
        injects=lines,
        checklist=checklist(drill),
        statements=[dict(s) for s in cases.statements(drill.copy, drill.case_id)],
        timeline=list(reversed(drill_timeline(drill))),
        measures=drill_measures(drill),
    )
