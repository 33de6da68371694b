"""A new workspace (and the demo) gets one plan per scenario from our own written templates
(resources/seed/plan_templates.json), with the first-hour checklist generated from the
workspace's matrix at seeding time (a new workspace's matrix is empty: the template's roles)."""

from __future__ import annotations

import json
from typing import Any

from desktop.core import plan_content
from desktop.core.changes import Changes
from desktop.core.plan_vocab import APPROVAL_ACTIVITY
from desktop.core.vocab import SCENARIOS
from desktop.services import approvals
from desktop.services.demo_clock import demo_clock
from desktop.services.plans.approval import approve
from desktop.services.plans.checklist import generate_checklist
from desktop.services.plans.records import DrillSummary, create_plan, dump_content, record_test
from desktop.services.seed_files import seed_data
from desktop.storage import kb as kb_store
from desktop.storage import plans as store
from desktop.storage.workspace import Workspace

SEED_NAME = "plan_templates"
FALLBACK = "other"  # the template a scenario without its own one starts from


def templates() -> dict[str, dict[str, Any]]:
    data: dict[str, Any] = seed_data(SEED_NAME)
    return dict(data["plans"])


def template_content(scenario: str, workspace: Workspace) -> plan_content.PlanContent:
    """The template of a scenario with the checklist from the workspace's matrix."""
    found = templates()
    data = dict(found.get(scenario) or found[FALLBACK])
    if scenario not in found:
        data["title"] = f"{SCENARIOS.get(scenario, scenario)}应急预案"
    data["messages"] = [_linked(workspace, m) for m in data.get("messages", [])]
    content = plan_content.from_dict(data)
    return content.with_duties(generate_checklist(workspace, scenario))


def _linked(workspace: Workspace, message: dict[str, Any]) -> dict[str, Any]:
    """A template's key message linked to the 问答库 entry it names by title, if present."""
    title = str(message.get("kb_title") or "")
    entry_id = kb_store.find_entry(workspace.db, title) if title else None
    return {"text": message["text"], "kb_entry_id": entry_id}


def seed_plans(workspace: Workspace) -> Changes:
    """Runs inside the creating transaction; a scenario that already has a plan is skipped."""
    for scenario in SCENARIOS:
        if store.plan_by_scenario(workspace.db, scenario) is None:
            create_plan(workspace, scenario, template_content(scenario, workspace), note="模板")
    return Changes(plans=True)


def refresh_demo_plans(workspace: Workspace) -> Changes:
    """The demo's plans were seeded before its roster: their untouched template versions take
    the checklist from the demo's matrix now (still version 1, nothing to approve again)."""
    db = workspace.db
    for row in store.list_plans(db):
        if row.version != 1 or row.status != "draft":
            continue
        content = plan_content.from_dict(json.loads(row.content_json))
        fresh = content.with_duties(generate_checklist(workspace, row.scenario))
        text = dump_content(fresh)
        store.update_plan(db, row.id, {"content_json": text})
        store.rewrite_version(db, row.id, 1, text)
    seed_demo_history(workspace)
    return Changes(plans=True)


def seed_demo_history(workspace: Workspace) -> None:
    """The demo's approvals and drills (resources/seed/plan_templates.json "demo"), through the
    one approval path by whoever the demo's matrix allows."""
    data: dict[str, Any] = seed_data(SEED_NAME)["demo"]
    clock = demo_clock(workspace)
    for item in data["approve"]:
        row = store.plan_by_scenario(workspace.db, item["scenario"])
        allowed = approvals.who_may_approve(workspace, APPROVAL_ACTIVITY, item["scenario"])
        if row is None or not allowed:
            continue
        approve(
            workspace,
            row.id,
            approvals.ApprovalInput(allowed[0]["id"], method="in_person", note=item["note"]),
            at=clock.at(item["at"]),
        )
    for item in data["drills"]:
        row = store.plan_by_scenario(workspace.db, item["scenario"])
        if row is not None:
            record_test(workspace, row.id, DrillSummary(clock.at(item["tested_at"]), item["found"]))
