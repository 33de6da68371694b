"""Cases as records: create, edit, read, list, delete, and start one from a reference case."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.core.changes import NO_CHANGES, Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.severity import parse_time
from desktop.core.vocab import SCENARIOS
from desktop.services.cases.clock import case_clock_state
from desktop.services.cases.common import (
    check_choice,
    created,
    effective_severity,
    record_event,
    require_case,
    require_moment,
)
from desktop.services.cases.reference import reference_case
from desktop.storage import case_mentions
from desktop.storage import cases as store
from desktop.storage.cases import CaseRow, CaseSummaryRow
from desktop.storage.workspace import Workspace, now_iso

EDITABLE = (
    "title",
    "scenario",
    "cause",
    "nature",
    "scope_platforms",
    "scope_regions",
    "scope_media",
    "owner",
    "summary",
    "detected_at",
    "response_target_minutes",
    "outcome",
)


class CaseListRow(CaseSummaryRow):
    """A case in the list: its counts, its effective level and its clock (as a dict)."""

    effective_severity: str
    clock: dict[str, Any]


def create_case(
    workspace: Workspace,
    *,
    title: str,
    scenario: str = "other",
    detected_at: str | None = None,
    reference_key: str = "",
    detected_note: str = "",
    **fields: Any,
) -> ChangesWithId:
    """A new case; `detected_at` (ISO with offset) defaults to now, `detected_note` says on
    the timeline where it came from."""
    title = (title or "").strip()
    if not title:
        raise UserError("案例需要一个标题。", hint="例如：徐汇店沙拉碗钢丝事件。")
    check_choice(scenario, SCENARIOS, "场景")
    if detected_at:
        detected_at = require_moment(detected_at)
    now = now_iso()
    values: dict[str, Any] = {
        "title": title,
        "scenario": scenario,
        "opened_at": fields.pop("opened_at", None) or now,
        "detected_at": detected_at or now,
        "phase": "detected",
        "reference_key": reference_key,
        "created_by": workspace.user,
        "updated_at": now,
    }
    values.update({k: v for k, v in fields.items() if k in EDITABLE and v is not None})
    with workspace.transaction():
        case_id = store.insert_case(workspace.db, values)
        record_event(
            workspace,
            case_id,
            "detected",
            f"发现并立案：{title}" + (f"（{detected_note}）" if detected_note else ""),
            at=values["detected_at"],
        )
        workspace.audit("create", "case", case_id, after=values)
    return created(case_id, case_id)


def short_time(value: str | None) -> str:
    """An ISO time as the timeline's texts write it: 2026-11-03 10:00."""
    return str(value or "")[:16].replace("T", " ")


def update_case(workspace: Workspace, case_id: int, *, reason: str = "", **fields: Any) -> Changes:
    """Edit the case's fields (not its level, phase or review: those have their own rules).

    A new detection time (the response clock's start) must be an ISO time with its offset and
    needs a `reason`; the timeline records the change and why."""
    case = require_case(workspace, case_id)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise UserError("这些字段不能在这里修改：" + "、".join(sorted(unknown)))
    if "scenario" in fields:
        check_choice(fields["scenario"], SCENARIOS, "场景")
    if "title" in fields and not str(fields["title"]).strip():
        raise UserError("案例需要一个标题。")
    if fields.get("detected_at") is not None:
        fields["detected_at"] = require_moment(fields["detected_at"])
        if parse_time(fields["detected_at"]) == parse_time(case.get("detected_at")):
            del fields["detected_at"]  # the same moment, written differently
    elif "detected_at" in fields:
        del fields["detected_at"]  # the clock always has a start
    changed = {k: v for k, v in fields.items() if case.get(k) != v}
    if not changed:
        return NO_CHANGES
    moved = "detected_at" in changed
    if moved and not reason.strip():
        raise UserError(
            "修改发现时间需要说明理由。",
            hint="例如：最早的投诉其实在 11 月 3 日，由客服转来。",
        )
    with workspace.transaction():
        store.update_case(workspace.db, case_id, {**changed, "updated_at": now_iso()})
        if moved:
            store.move_detected_events(workspace.db, case_id, changed["detected_at"])
            record_event(
                workspace,
                case_id,
                "note",
                f"发现时间改为 {short_time(changed['detected_at'])}"
                f"（原为 {short_time(case.get('detected_at'))}）；理由：{reason.strip()}",
            )
        workspace.audit(
            "edit",
            "case",
            case_id,
            before={k: case.get(k) for k in changed},
            after={**changed, **({"reason": reason.strip()} if moved else {})},
        )
    return Changes.of_cases(case_id)


def get_case(workspace: Workspace, case_id: int) -> CaseRow:
    return require_case(workspace, case_id)


def list_cases(
    workspace: Workspace,
    *,
    search: str = "",
    phases: list[str] | None = None,
    severities: list[str] | None = None,
    scenario: str = "",
    open_only: bool = False,
    now: datetime | None = None,
) -> list[CaseListRow]:
    """Open cases first, then closed; each with counts and the clock."""
    rows = store.list_cases(
        workspace.db, search=search, phases=phases or (), scenario=scenario, open_only=open_only
    )
    if severities:
        rows = [r for r in rows if effective_severity(r) in severities]
    return [
        {
            **row,
            "effective_severity": effective_severity(row),
            "clock": case_clock_state(workspace, row, now=now).as_dict(),
        }
        for row in rows
    ]


def delete_case(workspace: Workspace, case_id: int) -> Changes:
    """The case with its timeline, statements and actions; its mentions stay, unlinked."""
    case = require_case(workspace, case_id)
    with workspace.transaction():
        unlinked = case_mentions.unlink_all(workspace.db, case_id)
        store.delete_case(workspace.db, case_id)
        workspace.audit("delete", "case", case_id, before={"title": case["title"]})
    return Changes.of_cases(case_id) | Changes.of_mentions(unlinked)


def create_from_reference(workspace: Workspace, key: str, *, title: str = "") -> ChangesWithId:
    """A new case whose summary retells a reference case and what it teaches."""
    ref = reference_case(key)
    if ref is None:
        raise UserError(f"找不到参考案例：{key}")
    summary = (
        f"参考案例：{ref['title']}（{ref['year']}）\n{ref['what_happened']}\n\n"
        f"当时的做法：{ref['what_was_done']}\n\n可借鉴：{'；'.join(ref['lessons'])}"
    )
    return create_case(
        workspace,
        title=title or f"新案例（参照：{ref['title']}）",
        scenario=ref["scenario"],
        summary=summary,
        reference_key=key,
    )
