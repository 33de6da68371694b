"""The case timeline: manual events beside the automatic ones, in time order."""

from __future__ import annotations

from desktop.core.case_vocab import EVENT_KINDS
from desktop.core.changes import Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.severity import parse_time
from desktop.services.cases.common import (
    check_choice,
    created,
    record_event,
    require_case,
    time_key,
)
from desktop.storage import cases as store
from desktop.storage.cases import EventRow
from desktop.storage.workspace import Workspace, now_iso


def add_event(
    workspace: Workspace, case_id: int, kind: str, text: str, *, at: str | None = None
) -> ChangesWithId:
    """A manual event (what the app cannot see: a call, a visit, a media inquiry)."""
    require_case(workspace, case_id)
    check_choice(kind, EVENT_KINDS, "事件类型")
    if at and parse_time(at) is None:
        raise UserError(f"时间格式不对：{at}", hint="例如 2026-11-18T10:30:00+08:00。")
    with workspace.transaction():
        event_id = record_event(workspace, case_id, kind, (text or "").strip(), at=at, auto=False)
        store.update_case(workspace.db, case_id, {"updated_at": now_iso()})
        workspace.audit("add-event", "case", case_id, after={"kind": kind, "text": text, "at": at})
    return created(case_id, event_id)


def delete_event(workspace: Workspace, event_id: int) -> Changes:
    """Only manual events: an automatic one records what really happened in the case."""
    event = store.get_event(workspace.db, event_id)
    if event is None:
        raise UserError(f"找不到时间线事件 {event_id}。")
    if event["auto"]:
        raise UserError("自动记录的事件不能删除。", hint="它记录了案例里真实发生的操作。")
    with workspace.transaction():
        store.delete_event(workspace.db, event_id)
        workspace.audit(
            "delete-event",
            "case",
            event["case_id"],
            before={"kind": event["kind"], "text": event["text"]},
        )
    return Changes.of_cases(event["case_id"])


def timeline(workspace: Workspace, case_id: int) -> list[EventRow]:
    rows = store.events(workspace.db, case_id)
    rows.sort(key=lambda r: (time_key(r["at"]), r["id"]))
    return rows
