"""A fake wall clock for drills (tests never sleep) and a real workspace's hash."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.services.workspaces import Workspace


class FakeWall:
    """Wall time that moves only when a test says so."""

    def __init__(self, start: datetime | None = None) -> None:
        self.moment = start or datetime(2026, 12, 4, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def file_hash(workspace: Workspace) -> str:
    """The real file's sha256 with its WAL folded in, so a hash change means a write."""
    workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(Path(workspace.path).read_bytes()).hexdigest()
