"""Who must be informed and who approves, from the roster's matrix at the case's level."""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop.services import approvals
from desktop.services.cases.common import STATEMENT_ACTIVITY, effective_severity, require_case
from desktop.storage.workspace import Workspace


def _names(workspace: Workspace, ids: list[int]) -> list[dict[str, Any]]:
    out = []
    for person_id in dict.fromkeys(ids):
        row = workspace.db.execute(
            "SELECT id, name, title, phone FROM people WHERE id = ?", [person_id]
        ).fetchone()
        if row:
            out.append({"id": row[0], "name": row[1], "title": row[2], "phone": row[3]})
    return out


def who_to_inform(workspace: Workspace, case_id: int) -> dict[str, list[dict[str, Any]]]:
    """From the roster matrix at this case's scenario and level: who must be informed (I of
    internal_notice), who does it (R) and who approves (A), and who approves statements."""
    case = require_case(workspace, case_id)
    scenario, level = case["scenario"], effective_severity(case)
    try:
        return {
            "informed": _names(
                workspace, approvals.holders(workspace, "internal_notice", "I", scenario, level)
            ),
            "responsible": _names(
                workspace, approvals.holders(workspace, "internal_notice", "R", scenario, level)
            ),
            "accountable": _names(
                workspace, approvals.holders(workspace, "internal_notice", "A", scenario, level)
            ),
            "statement_approvers": approvals.who_may_approve(
                workspace, STATEMENT_ACTIVITY, scenario, level
            ),
        }
    except sqlite3.Error:  # the roster's tables may be missing in an old workspace
        return {"informed": [], "responsible": [], "accountable": [], "statement_approvers": []}
