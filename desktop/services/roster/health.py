"""Roster health: what would fail in a crisis (no A, no phone, stale contacts, backup loops).

The checks themselves are core/roster_rules.health_findings; this module gathers their input
from the workspace, owns the staleness setting and gives the workspace check its part.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.core import roster_rules as rules
from desktop.core.changes import Changes
from desktop.core.roster_rules import Finding
from desktop.storage import roster as store
from desktop.storage.workspace import Workspace

HEALTH_CHECK_NAME = "roster"  # the key of the roster's part in the workspace check's report


@dataclass
class HealthReport:
    findings: list[Finding]
    stale_days: int

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON for `crisisdesk roster check --json` and the workspace check."""
        return {
            "ok": self.ok,
            **rules.summary(self.findings),
            "stale_days": self.stale_days,
            "findings": [f.as_dict() for f in self.findings],
        }


def stale_days(workspace: Workspace) -> int:
    try:
        value = int(workspace.setting(rules.STALE_SETTING, rules.DEFAULT_STALE_DAYS))
    except (TypeError, ValueError):
        value = rules.DEFAULT_STALE_DAYS
    return max(1, value)


def set_stale_days(workspace: Workspace, days: int) -> Changes:
    """After how many days an unverified contact is reported (a workspace setting)."""
    days = max(1, int(days))
    if days == stale_days(workspace):
        return Changes()
    workspace.set_setting(rules.STALE_SETTING, days)  # its own transaction and audit row
    return Changes(roster=True, audit=True)


def health(workspace: Workspace, today: date | None = None) -> HealthReport:
    db = workspace.db
    role_rows = store.list_roles(db)
    days = stale_days(workspace)
    data = rules.HealthInput(
        people=store.people_info(db),
        cells=store.cells(db),
        role_names={r["id"]: r["name"] for r in role_rows},
        role_keys={r["id"]: r["key"] for r in role_rows},
        today=today or date.today(),
        stale_days=days,
    )
    return HealthReport(rules.health_findings(data), days)


def workspace_health(workspace: Workspace) -> dict[str, Any]:
    """The roster's part of `crisisdesk check` and 检查工作区 (under HEALTH_CHECK_NAME):
    services/workspaces.check_workspace calls it. An old workspace without the roster's
    tables is healthy (nothing to check)."""
    if not store.has_roster_tables(workspace.db):
        return {"ok": True, "errors": 0, "warnings": 0, "findings": []}
    return health(workspace).as_dict()
