"""The first-hour checklist: generated from the roster's RACI matrix for a scenario, and the
case's copy of it ticked with who and when (each tick lands on the case timeline)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core import roster_rules
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.plan_content import Duty
from desktop.core.plan_rules import RosterNames, generate_duties
from desktop.core.plan_vocab import FIRST_HOUR_DUTIES, OBJECT_TYPE
from desktop.core.severity import parse_time
from desktop.core.vocab import ACTIVITIES, ROLES
from desktop.storage import cases as case_store
from desktop.storage import plans as store
from desktop.storage import roster as roster_store
from desktop.storage.plans import ChecklistRow
from desktop.storage.workspace import Workspace, now_iso

# Who does a first-hour duty when the matrix names nobody: the role a template assumes.
DEFAULT_ROLES: dict[str, str] = {
    "assess_severity": ROLES["crisis_lead"],
    "draft_holding_reply": ROLES["communications"],
    "approve_statement": ROLES["crisis_lead"],
    "internal_notice": ROLES["communications"],
    "reply_social": ROLES["social_media"],
    "legal_review": ROLES["legal"],
}


def roster_names(workspace: Workspace) -> RosterNames:
    db = workspace.db
    roles = {r["id"]: r["name"] for r in roster_store.list_roles(db)}
    people = roster_store.list_people(db)
    names = {p["id"]: p["name"] for p in people}
    members: dict[int, list[str]] = {}
    for person in people:
        for role_id in person["role_ids"]:
            members.setdefault(role_id, []).append(person["name"])
    return RosterNames(
        role_names=roles,
        role_members=members,
        person_names=names,
        person_roles={p["id"]: [roles[r] for r in p["role_ids"] if r in roles] for p in people},
    )


def generate_checklist(workspace: Workspace, scenario: str, severity: str = "") -> list[Duty]:
    """The first-hour checklist for a scenario (and level) from today's matrix: who confirms
    the facts, who writes the holding statement, who approves, who tells staff, …"""
    rows = roster_rules.effective_matrix(
        roster_store.cells(workspace.db),
        scenario,
        severity,
        activities=[activity for activity, _text in FIRST_HOUR_DUTIES],
    )
    return generate_duties(
        {activity: row for activity, (row, _source) in rows.items()},
        roster_names(workspace),
        defaults=DEFAULT_ROLES,
    )


@dataclass(frozen=True)
class ChecklistItem:
    """One item of a case's activated checklist."""

    id: int
    role: str
    text: str
    person: str
    done_by: str
    done_at: str | None
    skipped: bool
    skip_reason: str = ""
    activity: str = ""
    position: int = 0

    @property
    def done(self) -> bool:
        return self.done_at is not None and not self.skipped

    @property
    def open(self) -> bool:
        return self.done_at is None and not self.skipped

    @property
    def activity_label(self) -> str:
        return ACTIVITIES.get(self.activity, "")


def _item(row: ChecklistRow) -> ChecklistItem:
    return ChecklistItem(
        id=row.id,
        role=row.role,
        text=row.text,
        person=row.person,
        done_by=row.done_by,
        done_at=row.done_at,
        skipped=row.skipped,
        skip_reason=row.skip_reason,
        activity=row.activity,
        position=row.position,
    )


def checklist(workspace: Workspace, case_id: int) -> list[ChecklistItem]:
    """The case's activated checklist, in order ([] when no plan is activated)."""
    if not store.has_plan_tables(workspace.db):
        return []
    return [_item(row) for row in store.checklist(workspace.db, case_id)]


def skipped_items(workspace: Workspace, case_id: int) -> list[ChecklistItem]:
    """Items the team skipped, for the case review."""
    return [item for item in checklist(workspace, case_id) if item.skipped]


def _require_item(workspace: Workspace, case_id: int, item_id: int) -> ChecklistRow:
    row = store.checklist_item(workspace.db, int(item_id))
    if row is None or row.case_id != int(case_id):
        raise UserError(f"案例 {case_id} 的预案清单里没有第 {item_id} 项。")
    return row


def _moment(at: str | None) -> str:
    """`at` as given (an ISO time with its offset), or now; anything else is refused."""
    if not at:
        return now_iso()
    moment = parse_time(at)
    if moment is None or moment.tzinfo is None:
        raise UserError(f"时间格式不对：{at}", hint="例如 2026-11-18T10:30:00+08:00。")
    return at


def _label(row: ChecklistRow) -> str:
    return f"[{row.role}] {row.text}" if row.role else row.text


def _record(workspace: Workspace, case_id: int, kind: str, text: str, user: str, at: str) -> None:
    case_store.insert_event(
        workspace.db, case_id, kind, text, at=at, by=user, auto=True, created_at=now_iso()
    )
    case_store.update_case(workspace.db, case_id, {"updated_at": now_iso()})


def tick(
    workspace: Workspace,
    case_id: int,
    item_id: int,
    user: str,
    at: str | None = None,
    done: bool = True,
) -> Changes:
    """Mark an item done by `user` at `at` (or undo it with done=False); the tick lands on
    the case timeline in the same transaction."""
    row = _require_item(workspace, case_id, item_id)
    who = (user or "").strip() or workspace.user
    at = _moment(at)
    if done and row.done_at is not None and not row.skipped:
        return Changes()
    if not done and row.done_at is None and not row.skipped:
        return Changes()
    with workspace.transaction():
        if done:
            store.mark_item(workspace.db, row.id, done_by=who, done_at=at, skipped=False, reason="")
            _record(workspace, case_id, "checklist_done", f"{_label(row)}（{who}）", who, at)
        else:
            store.mark_item(
                workspace.db, row.id, done_by="", done_at=None, skipped=False, reason=""
            )
            _record(workspace, case_id, "checklist_reopened", _label(row), who, at)
        workspace.audit(
            "checklist-tick" if done else "checklist-reopen",
            OBJECT_TYPE,
            case_id,
            after={"item": row.id, "by": who, "at": at},
        )
    return Changes.of_cases(case_id) | Changes(plans=True)


def skip(
    workspace: Workspace,
    case_id: int,
    item_id: int,
    user: str,
    at: str | None = None,
    reason: str = "",
) -> Changes:
    """The team decided not to do an item; the case review lists it with the reason."""
    row = _require_item(workspace, case_id, item_id)
    who = (user or "").strip() or workspace.user
    at = _moment(at)
    if row.skipped:
        return Changes()
    why = (reason or "").strip()
    with workspace.transaction():
        store.mark_item(workspace.db, row.id, done_by=who, done_at=at, skipped=True, reason=why)
        text = f"{_label(row)}（{who}）" + (f"：{why}" if why else "")
        _record(workspace, case_id, "checklist_skipped", text, who, at)
        workspace.audit(
            "checklist-skip", OBJECT_TYPE, case_id, after={"item": row.id, "reason": why}
        )
    return Changes.of_cases(case_id) | Changes(plans=True)
