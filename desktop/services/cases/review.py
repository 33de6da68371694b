"""Phases with the closing rule, the review (lessons) and the follow-up actions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.case_vocab import PHASES
from desktop.core.changes import NO_CHANGES, Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.services.cases.common import check_choice, created, record_event, require_case
from desktop.storage import cases as store
from desktop.storage import plans as plan_store
from desktop.storage.cases import ActionRow
from desktop.storage.plans import ChecklistRow
from desktop.storage.workspace import Workspace, now_iso

REVIEW_FIELDS = ("what_worked", "what_failed", "root_cause", "lessons", "outcome")


def review_missing(case: Mapping[str, Any]) -> list[str]:
    """What the closing rule still needs: at least the root cause and the lessons."""
    missing = []
    if not (case.get("root_cause") or "").strip():
        missing.append("根本原因")
    if not (case.get("lessons") or "").strip():
        missing.append("经验教训")
    return missing


def set_phase(workspace: Workspace, case_id: int, phase: str, *, at: str | None = None) -> Changes:
    """Move the case on (or back); closing needs the review, reopening clears the close."""
    case = require_case(workspace, case_id)
    check_choice(phase, PHASES, "阶段")
    if phase == case["phase"]:
        return NO_CHANGES
    if phase == "closed":
        missing = review_missing(case)
        if missing:
            raise UserError(
                msg("case.no_review", words=missing),
                hint=msg("case.no_review.hint"),
            )
    values: dict[str, Any] = {"phase": phase, "updated_at": now_iso()}
    values["closed_at"] = (at or now_iso()) if phase == "closed" else None
    with workspace.transaction():
        store.update_case(workspace.db, case_id, values)
        record_event(
            workspace,
            case_id,
            "phase_changed",
            f"阶段：{PHASES[case['phase']]} → {PHASES[phase]}",
            at=at,
        )
        workspace.audit(
            "set-phase", "case", case_id, before={"phase": case["phase"]}, after={"phase": phase}
        )
    return Changes.of_cases(case_id)


def save_review(workspace: Workspace, case_id: int, **fields: str) -> Changes:
    case = require_case(workspace, case_id)
    unknown = set(fields) - set(REVIEW_FIELDS)
    if unknown:
        raise UserError("未知的复盘字段：" + "、".join(sorted(unknown)))
    changed = {
        k: (v or "").strip() for k, v in fields.items() if (case.get(k) or "") != (v or "").strip()
    }
    if not changed:
        return NO_CHANGES
    with workspace.transaction():
        store.update_case(workspace.db, case_id, {**changed, "updated_at": now_iso()})
        workspace.audit(
            "edit-review", "case", case_id, before={k: case.get(k) for k in changed}, after=changed
        )
    return Changes.of_cases(case_id)


def add_action(
    workspace: Workspace, case_id: int, text: str, *, owner: str = "", due_date: str = ""
) -> ChangesWithId:
    require_case(workspace, case_id)
    if not (text or "").strip():
        raise UserError("改进措施需要写明做什么。")
    with workspace.transaction():
        action_id = store.insert_action(
            workspace.db, case_id, text.strip(), owner=owner, due_date=due_date or None
        )
        workspace.audit(
            "add-action", "case", case_id, after={"text": text, "owner": owner, "due": due_date}
        )
    return created(case_id, action_id)


def _require_action(workspace: Workspace, action_id: int) -> ActionRow:
    action = store.get_action(workspace.db, action_id)
    if action is None:
        raise UserError(f"找不到改进措施 {action_id}。")
    return action


def set_action_done(workspace: Workspace, action_id: int, done: bool = True) -> Changes:
    action = _require_action(workspace, action_id)
    with workspace.transaction():
        store.set_action_done_at(workspace.db, action_id, now_iso() if done else None)
        workspace.audit(
            "action-done" if done else "action-reopened",
            "case",
            action["case_id"],
            after={"action": action_id},
        )
    return Changes.of_cases(action["case_id"])


def delete_action(workspace: Workspace, action_id: int) -> Changes:
    action = _require_action(workspace, action_id)
    with workspace.transaction():
        store.delete_action(workspace.db, action_id)
        workspace.audit("delete-action", "case", action["case_id"], before={"text": action["text"]})
    return Changes.of_cases(action["case_id"])


def follow_up_actions(workspace: Workspace, case_id: int) -> list[ActionRow]:
    return store.actions(workspace.db, case_id)


def plan_items_for_review(workspace: Workspace, case_id: int) -> dict[str, list[ChecklistRow]]:
    """The activated plan's checklist items the review should discuss: `skipped` (with the
    reason given) and `open` (never ticked); empty lists when no plan was activated."""
    if not plan_store.has_plan_tables(workspace.db):
        return {"skipped": [], "open": []}
    items = plan_store.checklist(workspace.db, case_id)
    return {
        "skipped": [i for i in items if i.skipped],
        "open": [i for i in items if not i.skipped and i.done_at is None],
    }
