"""Who must be informed and who approves, from the roster's matrix at the case's level."""

from __future__ import annotations

import sqlite3
from typing import Any, TypedDict

from desktop.services import approvals
from desktop.services.cases.common import STATEMENT_ACTIVITY, effective_severity, require_case
from desktop.storage import cases as store
from desktop.storage.cases import PersonCard
from desktop.storage.workspace import Workspace


class Inform(TypedDict):
    """internal_notice's I, R and A at the case's scenario and level, and who may approve
    its statements."""

    informed: list[PersonCard]
    responsible: list[PersonCard]
    accountable: list[PersonCard]
    statement_approvers: list[dict[str, Any]]


def who_to_inform(workspace: Workspace, case_id: int) -> Inform:
    """From the roster matrix at this case's scenario and level: who must be informed (I of
    internal_notice), who does it (R) and who approves (A), and who approves statements."""
    case = require_case(workspace, case_id)
    scenario, level = case["scenario"], effective_severity(case)

    def holding(raci: str) -> list[PersonCard]:
        ids = approvals.holders(workspace, "internal_notice", raci, scenario, level)
        return store.person_cards(workspace.db, ids)

    try:
        return {
            "informed": holding("I"),
            "responsible": holding("R"),
            "accountable": holding("A"),
            "statement_approvers": approvals.who_may_approve(
                workspace, STATEMENT_ACTIVITY, scenario, level
            ),
        }
    except sqlite3.Error:  # the roster's tables may be missing in an old workspace
        return {"informed": [], "responsible": [], "accountable": [], "statement_approvers": []}
