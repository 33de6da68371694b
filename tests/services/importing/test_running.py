"""RunningImports: which imports this process is writing, by workspace file."""

from __future__ import annotations

from pathlib import Path

from desktop.services.importing import RunningImports


def test_running_imports_by_workspace():
    running = RunningImports()
    running.add(Path("/a.crisisdesk"), 1)
    running.add(Path("/b.crisisdesk"), 2)
    assert running.into(Path("/a.crisisdesk")) == [1]
    assert sorted(running.into(None)) == [1, 2]
    running.discard(Path("/a.crisisdesk"), 1)
    running.discard(Path("/a.crisisdesk"), 1)  # twice is fine
    assert running.into(Path("/a.crisisdesk")) == []
