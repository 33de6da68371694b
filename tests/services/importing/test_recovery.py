"""Opening a workspace fails the imports a kill left "running" (not this process's own)."""

from __future__ import annotations

from desktop.core.changes import NO_CHANGES
from desktop.services import importing


def running_import(workspace) -> int:
    with workspace.transaction():
        return workspace.db.execute(
            "INSERT INTO imports(file_name, status, started_at) VALUES ('x.csv', 'running', 't')"
        ).lastrowid


def test_recover_fails_stale_imports_but_not_the_ones_running_here(workspace):
    crashed, mine = running_import(workspace), running_import(workspace)
    running = importing.RunningImports()
    running.add(workspace.path, mine)
    recovered = importing.recover(workspace, running=running)
    assert (recovered.failed, recovered.indexed) == (1, 0)
    assert recovered.changes.mentions
    statuses = dict(workspace.db.execute("SELECT id, status FROM imports").fetchall())
    assert statuses == {crashed: "failed", mine: "running"}
    assert importing.recover(workspace, running=running).changes == NO_CHANGES
