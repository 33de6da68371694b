"""Execute: "启用预案" on a case copies the plan's first-hour checklist onto the case (with
today's people from the matrix for the case's scenario and level) and stamps the timeline."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.plan_rules import refresh_people
from desktop.core.plan_vocab import OBJECT_TYPE
from desktop.core.severity import parse_time
from desktop.services.plans.checklist import checklist, generate_checklist
from desktop.services.plans.records import content_in_use, get_plan
from desktop.storage import cases as case_store
from desktop.storage import plans as store
from desktop.storage.plans import ActivationRow
from desktop.storage.workspace import Workspace, now_iso


@dataclass(frozen=True)
class Activation:
    """Which plan (and version) a case activated, when and by whom."""

    case_id: int
    plan_id: int
    plan_version: int
    scenario: str
    title: str
    activated_at: str
    activated_by: str


def activation(workspace: Workspace, case_id: int) -> Activation | None:
    if not store.has_plan_tables(workspace.db):
        return None
    row = store.case_plan(workspace.db, case_id)
    if row is None:
        return None
    plan = store.get_plan(workspace.db, row.plan_id)
    return Activation(
        row.case_id,
        row.plan_id,
        row.plan_version,
        plan.scenario if plan else "",
        plan.title if plan else "",
        row.activated_at,
        row.activated_by,
    )


def activate(
    workspace: Workspace, case_id: int, plan_id: int, user: str, at: str | None = None
) -> Changes:
    """Put the plan's checklist beside the case's response clock.

    The approved version is used while one exists. A case activates one plan; switching to
    another plan is allowed while nothing on the first checklist has been ticked.
    """
    case = case_store.get_case(workspace.db, int(case_id))
    if case is None:
        raise UserError(f"找不到案例 {case_id}。", hint="用 `crisisdesk case list` 查看案例编号。")
    plan = get_plan(workspace, plan_id)
    when = at or now_iso()
    moment = parse_time(when)
    if moment is None or moment.tzinfo is None:
        raise UserError(f"时间格式不对：{when}", hint="例如 2026-11-18T10:30:00+08:00。")
    current = store.case_plan(workspace.db, case_id)
    if current is not None:
        if current.plan_id == plan.id:
            raise UserError(f"案例 {case_id} 已经启用了这个预案。")
        if any(not item.open for item in checklist(workspace, case_id)):
            raise UserError(
                "这个案例已启用的预案清单已有完成或跳过的项目，不能换成另一个预案。",
                hint="请继续使用已启用的清单。",
            )
    version, content, approved = content_in_use(workspace, plan.id)
    severity = str(case.get("severity") or case.get("suggested_severity") or "")
    fresh = {d.activity: d for d in generate_checklist(workspace, plan.scenario, severity)}
    duties = refresh_people(content.duties, fresh)
    who = (user or "").strip() or workspace.user
    note = "" if approved else "（未批准版本）"
    with workspace.transaction():
        db = workspace.db
        store.delete_checklist(db, case_id)
        for position, duty in enumerate(duties, start=1):
            store.insert_checklist_item(
                db, case_id, position, duty.activity, duty.role, duty.text, duty.person
            )
        store.set_case_plan(db, case_id, plan.id, version, when, who)
        case_store.insert_event(
            db,
            case_id,
            "plan_activated",
            f"启用预案“{content.title}”第 {version} 版{note}，清单 {len(duties)} 项",
            at=when,
            by=who,
            auto=True,
            created_at=now_iso(),
        )
        case_store.update_case(db, case_id, {"updated_at": now_iso()})
        workspace.audit(
            "activate",
            OBJECT_TYPE,
            plan.id,
            after={"case_id": case_id, "version": version, "items": len(duties), "by": who},
        )
    return Changes.of_cases(case_id) | Changes(plans=True)


def activations_of(workspace: Workspace, plan_id: int) -> list[ActivationRow]:
    """Execute: the cases that activated this plan, with their checklist progress."""
    return store.activations_of(workspace.db, plan_id)
