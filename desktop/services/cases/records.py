"""Cases as records: create, edit, read, list, delete, and start one from a reference case."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.core.changes import NO_CHANGES, Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.vocab import SCENARIOS
from desktop.services.cases.clock import case_clock_state
from desktop.services.cases.common import (
    check_choice,
    created,
    effective_severity,
    record_event,
    require_case,
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
    **fields: Any,
) -> ChangesWithId:
    title = (title or "").strip()
    if not title:
        raise UserError("案例需要一个标题。", hint="例如：徐汇店沙拉碗钢丝事件。")
    check_choice(scenario, SCENARIOS, "场景")
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
            workspace, case_id, "detected", f"发现并立案：{title}", at=values["detected_at"]
        )
        workspace.audit("create", "case", case_id, after=values)
    return created(case_id, case_id)


def update_case(workspace: Workspace, case_id: int, **fields: Any) -> Changes:
    """Edit the case's fields (not its level, phase or review: those have their own rules)."""
    case = require_case(workspace, case_id)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise UserError("这些字段不能在这里修改：" + "、".join(sorted(unknown)))
    if "scenario" in fields:
        check_choice(fields["scenario"], SCENARIOS, "场景")
    if "title" in fields and not str(fields["title"]).strip():
        raise UserError("案例需要一个标题。")
    changed = {k: v for k, v in fields.items() if case.get(k) != v}
    if not changed:
        return NO_CHANGES
    with workspace.transaction():
        store.update_case(workspace.db, case_id, {**changed, "updated_at": now_iso()})
        workspace.audit(
            "edit", "case", case_id, before={k: case.get(k) for k in changed}, after=changed
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
