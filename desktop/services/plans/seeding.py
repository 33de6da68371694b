"""A new workspace (and the demo) gets one plan per scenario from our own written templates
(resources/seed/plan_templates.json), with the first-hour checklist generated from the
workspace's matrix at seeding time (a new workspace's matrix is empty: the template's roles)."""

from __future__ import annotations

import json
from typing import Any

from desktop.core import plan_content
from desktop.core.changes import Changes
from desktop.core.vocab import SCENARIOS
from desktop.services.plans.checklist import generate_checklist
from desktop.services.plans.records import create_plan, dump_content
from desktop.services.seed_files import seed_data
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
    content = plan_content.from_dict(data)
    return content.with_duties(generate_checklist(workspace, scenario))


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
    return Changes(plans=True)
