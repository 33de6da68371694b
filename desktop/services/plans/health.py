"""Plan health findings for the roster's health check (the lead wires them in there): a plan
never drilled or not drilled for over 6 months, a plan whose roles have nobody in the roster,
a scenario with an open case and no plan."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core import plan_rules
from desktop.core.plan_rules import PlanFacts
from desktop.core.roster_rules import Finding, summary
from desktop.core.vocab import SCENARIOS
from desktop.services.plans.records import parse_content
from desktop.storage import plans as store
from desktop.storage.workspace import Workspace


def findings(workspace: Workspace, today: date | None = None) -> list[Finding]:
    """Every plan problem, errors first; [] when the plans are healthy."""
    db = workspace.db
    if not store.has_plan_tables(db):
        return []
    day = today or date.today()
    staffed = store.staffed_role_names(db)
    found: list[Finding] = []
    rows = store.list_plans(db)
    for row in rows:
        facts = PlanFacts(
            row.id,
            row.scenario,
            row.title,
            row.status,
            row.last_tested_at,
            parse_content(row.content_json).duties,
        )
        found += plan_rules.drill_findings(facts, day)
        found += plan_rules.role_findings(facts, staffed)
    found += plan_rules.missing_plan_findings(
        store.open_case_scenarios(db), [r.scenario for r in rows], SCENARIOS
    )
    found.sort(key=lambda f: 0 if f.severity == "error" else 1)
    return found


def workspace_health(workspace: Workspace) -> dict[str, Any]:
    """The plans' part of `crisisdesk check` (beside the roster's), the same shape: ok,
    errors, warnings, findings. A workspace without plan tables is healthy."""
    found = findings(workspace)
    return {
        "ok": not any(f.severity == "error" for f in found),
        **summary(found),
        "findings": [f.as_dict() for f in found],
    }
