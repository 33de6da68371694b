"""What the audit log says happened, for tests that check an action was recorded."""

from __future__ import annotations

from desktop.storage.workspace import Workspace


def audit_actions(workspace: Workspace, object_type: str) -> list[str]:
    """The audited actions on one kind of object, oldest first."""
    rows = workspace.db.execute(
        "SELECT action FROM audit WHERE object_type = ? ORDER BY id", [object_type]
    )
    return [r[0] for r in rows]
