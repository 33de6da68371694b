"""Plans: reading them, creating one per scenario, and saving content — every save of changed
content is a new version; editing an approved plan makes a new draft while the approved version
stays the one a case activates until the new one is approved."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core import plan_content
from desktop.core.changes import NO_CHANGES, Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.plan_content import PlanContent
from desktop.core.plan_vocab import OBJECT_TYPE, STATUSES
from desktop.core.severity import parse_time
from desktop.core.vocab import SCENARIOS
from desktop.services import approvals
from desktop.storage import kb as kb_store
from desktop.storage import plans as store
from desktop.storage.plans import PlanRow, TestRow
from desktop.storage.workspace import Workspace, now_iso


def of_plans(*_plan_ids: int) -> Changes:
    """The changes of a plan write (plans have no id set in Changes: the page reloads)."""
    return Changes(plans=True, audit=True)


@dataclass(frozen=True)
class PlanSummary:
    """One line of the plan list."""

    id: int
    scenario: str
    title: str
    version: int
    status: str
    approved_version: int | None
    last_tested_at: str | None
    last_drill_id: int | None

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "scenario": self.scenario,
            "scenario_label": SCENARIOS.get(self.scenario, self.scenario),
            "title": self.title,
            "version": self.version,
            "status": self.status,
            "approved_version": self.approved_version,
            "last_tested_at": self.last_tested_at,
            "last_drill_id": self.last_drill_id,
        }


@dataclass(frozen=True)
class Plan:
    """A plan's working copy in its four phases: assess (`content.risks`), plan (duties,
    messages, channels, notice, remedies, criteria), test (last test and what it found) and
    execute (the checklist a case activates: `content.duties`)."""

    id: int
    scenario: str
    version: int
    status: str
    approved_version: int | None
    approved_by: str
    approved_at: str | None
    last_tested_at: str | None
    last_drill_id: int | None
    last_test_found: str
    updated_at: str
    updated_by: str
    content: PlanContent

    @property
    def title(self) -> str:
        return self.content.title

    @property
    def phases(self) -> dict[str, Any]:
        """The four phases (plan_vocab.PHASES keys) as plain data, for a drill or a report:
        assess → the risk register, plan → checklist, messages, channels, notice, remedies
        and criteria, test → the last drill, execute → the checklist a case activates."""
        data = self.content.to_dict()
        return {
            "assess": {"risks": data["risks"]},
            "plan": {
                key: data[key]
                for key in (
                    "duties",
                    "messages",
                    "channels",
                    "internal_notice",
                    "remedies",
                    "escalate_when",
                    "stand_down_when",
                )
            },
            "test": {
                "last_tested_at": self.last_tested_at,
                "last_drill_id": self.last_drill_id,
                "found": self.last_test_found,
            },
            "execute": {"checklist": data["duties"]},
        }

    @property
    def summary(self) -> PlanSummary:
        return PlanSummary(
            self.id,
            self.scenario,
            self.title,
            self.version,
            self.status,
            self.approved_version,
            self.last_tested_at,
            self.last_drill_id,
        )


def parse_content(text: str) -> PlanContent:
    return plan_content.from_dict(json.loads(text))


def dump_content(content: PlanContent) -> str:
    return json.dumps(content.to_dict(), ensure_ascii=False, sort_keys=True)


def _plan(row: PlanRow) -> Plan:
    return Plan(
        id=row.id,
        scenario=row.scenario,
        version=row.version,
        status=row.status,
        approved_version=row.approved_version,
        approved_by=row.approved_by,
        approved_at=row.approved_at,
        last_tested_at=row.last_tested_at,
        last_drill_id=row.last_drill_id,
        last_test_found=row.last_test_found,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        content=parse_content(row.content_json),
    )


def _summary(row: PlanRow) -> PlanSummary:
    return PlanSummary(
        row.id,
        row.scenario,
        row.title,
        row.version,
        row.status,
        row.approved_version,
        row.last_tested_at,
        row.last_drill_id,
    )


def list_plans(workspace: Workspace) -> list[PlanSummary]:
    """Every plan, in the order of the scenario list (core.vocab.SCENARIOS)."""
    if not store.has_plan_tables(workspace.db):
        return []
    order = {key: index for index, key in enumerate(SCENARIOS)}
    rows = store.list_plans(workspace.db)
    rows.sort(key=lambda r: (order.get(r.scenario, len(order)), r.id))
    return [_summary(row) for row in rows]


def get_plan(workspace: Workspace, plan: int | str) -> Plan:
    """A plan by its id or by its scenario key (`food_safety`) or label (`食品或产品安全`)."""
    row = find_plan(workspace, plan)
    if row is None:
        raise UserError(
            f"没有这个预案：{plan}",
            hint="用 `crisisdesk plan list` 查看预案；场景可写键名或中文名。",
        )
    return _plan(row)


def find_plan(workspace: Workspace, plan: int | str) -> PlanRow | None:
    db = workspace.db
    if not store.has_plan_tables(db):
        return None
    if isinstance(plan, int) or str(plan).strip().isdigit():
        return store.get_plan(db, int(plan))
    wanted = str(plan).strip()
    for key, label in SCENARIOS.items():
        if wanted.lower() == key or wanted == label:
            return store.plan_by_scenario(db, key)
    return None


def content_in_use(workspace: Workspace, plan_id: int) -> tuple[int, PlanContent, bool]:
    """(version, content, approved) a case activates: the approved version while one exists,
    else the working draft (in a crisis an unapproved plan is better than none)."""
    plan = get_plan(workspace, plan_id)
    if plan.approved_version is not None and plan.approved_version != plan.version:
        snapshot = store.version_snapshot(workspace.db, plan_id, plan.approved_version)
        if snapshot is not None:
            return plan.approved_version, parse_content(snapshot), True
    return plan.version, plan.content, plan.status == "approved"


# -- writing -------------------------------------------------------------------------------------


def create_plan(
    workspace: Workspace, scenario: str, content: PlanContent, *, note: str = "新建"
) -> ChangesWithId:
    """A scenario's plan, version 1 as a draft; one plan per scenario."""
    if scenario not in SCENARIOS:
        raise UserError(f"未知的场景：{scenario}", hint="可选：" + "、".join(SCENARIOS))
    db = workspace.db
    if store.plan_by_scenario(db, scenario) is not None:
        raise UserError(
            f"场景“{SCENARIOS[scenario]}”已经有预案了。", hint="每个场景一个预案：请直接修改它。"
        )
    at = now_iso()
    text = dump_content(content)
    with workspace.transaction():
        plan_id = store.insert_plan(db, scenario, content.title, text, at, workspace.user)
        store.add_version(db, plan_id, 1, text, workspace.user, at, note)
        workspace.audit("create", OBJECT_TYPE, plan_id, after={"scenario": scenario})
    return ChangesWithId(plans=True, audit=True, id=plan_id)


@dataclass(frozen=True)
class SaveResult:
    plan_id: int
    version: int
    changed: bool

    @property
    def changes(self) -> Changes:
        return of_plans(self.plan_id) if self.changed else NO_CHANGES


def save_plan(
    workspace: Workspace,
    plan_id: int,
    content: PlanContent | Mapping[str, Any],
    *,
    note: str = "",
) -> SaveResult:
    """Save the working copy; changed content is a new version and a draft again (an approved
    plan's approval stays on its version, which cases keep activating until the new one is
    approved)."""
    plan = get_plan(workspace, plan_id)
    new = content if isinstance(content, PlanContent) else plan_content.from_dict(content)
    if new == plan.content:
        return SaveResult(plan_id, plan.version, False)
    version = plan.version + 1
    at = now_iso()
    text = dump_content(new)
    with workspace.transaction():
        store.update_plan(
            workspace.db,
            plan_id,
            {
                "title": new.title,
                "content_json": text,
                "version": version,
                "status": "draft",
                "updated_at": at,
                "updated_by": workspace.user,
            },
        )
        store.add_version(workspace.db, plan_id, version, text, workspace.user, at, note)
        workspace.audit(
            "edit",
            OBJECT_TYPE,
            plan_id,
            before={"version": plan.version, "status": plan.status},
            after={"version": version, "note": note},
        )
    return SaveResult(plan_id, version, True)


# -- test: drills recorded against a plan --------------------------------------------------------


@dataclass(frozen=True)
class DrillSummary:
    """What a drill tells its plan: which drill, when it ran, what it found (one paragraph)."""

    tested_at: str
    found: str
    drill_id: int | None = None


def record_test(workspace: Workspace, plan_id: int, drill_summary: DrillSummary) -> Changes:
    """A drill (tabletop exercise) ran against this plan: it becomes the plan's last test
    when it is the newest one (an older drill recorded late is kept in the history only)."""
    plan = get_plan(workspace, plan_id)
    tested = parse_time(drill_summary.tested_at)
    if tested is None or tested.tzinfo is None:
        raise UserError(
            f"演练时间格式不对：{drill_summary.tested_at or '（空）'}",
            hint="请写带时区的完整时间，例如 2026-11-18T10:30:00+08:00。",
        )
    last = parse_time(plan.last_tested_at)
    newest = last is None or last.tzinfo is None or tested >= last
    with workspace.transaction():
        store.insert_test(
            workspace.db,
            plan_id,
            plan.version,
            drill_summary.drill_id,
            drill_summary.tested_at,
            drill_summary.found.strip(),
            workspace.user,
            now_iso(),
        )
        if newest:
            store.update_plan(
                workspace.db,
                plan_id,
                {
                    "last_tested_at": drill_summary.tested_at,
                    "last_drill_id": drill_summary.drill_id,
                    "last_test_found": drill_summary.found.strip(),
                },
            )
        workspace.audit(
            "record-test",
            OBJECT_TYPE,
            plan_id,
            after={
                "drill_id": drill_summary.drill_id,
                "tested_at": drill_summary.tested_at,
                "found": drill_summary.found,
            },
        )
    return of_plans(plan_id)


def drill_history(workspace: Workspace, plan_id: int) -> list[TestRow]:
    """Every drill recorded against the plan, newest first."""
    return store.tests_of(workspace.db, plan_id)


def approval_of(workspace: Workspace, plan: Plan) -> dict[str, Any] | None:
    """The valid approval of the plan's approved version, or None."""
    if plan.approved_version is None:
        return None
    return approvals.current_approval(workspace, OBJECT_TYPE, plan.id, plan.approved_version)


def kb_titles(workspace: Workspace, plan: Plan) -> dict[int, str]:
    """The titles of the 问答库 entries the plan's key messages link to (missing ones left
    out: the front end says the link is broken)."""
    titles: dict[int, str] = {}
    for message in plan.content.messages:
        if message.kb_entry_id is None:
            continue
        entry = kb_store.get_entry(workspace.db, message.kb_entry_id)
        if entry is not None:
            titles[message.kb_entry_id] = entry.title
    return titles
