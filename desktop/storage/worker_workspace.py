"""A workspace on a connection of a worker thread's own, for writes that run off the UI thread
while the window keeps the workspace open (and holds its file lock).

The connection has the pragmas of the window's, so the worker's transactions take their turn
like any other (storage/write_turns) and wait the same busy timeout.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.storage.workspace import Workspace, apply_write_pragmas
from desktop.storage.write_turns import BUSY_TIMEOUT_MS


def open_writer(workspace_path: str | Path, *, user: str) -> Workspace:
    """Writable, without the lock (the window has it); close it when the work is done."""
    conn = sqlite3.connect(str(workspace_path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn)
    apply_write_pragmas(db)
    return Workspace(Path(workspace_path), db, read_only=False, lock=None, user=user)
