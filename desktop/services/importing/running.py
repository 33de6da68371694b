"""Which imports this process is writing right now, so recovery leaves them alone."""

from __future__ import annotations

import threading
from pathlib import Path


class RunningImports:
    """The imports this process is writing, by workspace file.

    An import record left "running" is a crashed import only if no import of this process is
    writing it: recovery (at an import's start, when a workspace opens) asks here. Whoever
    may run imports side by side shares one (the window's import actions do); a lone import
    (the CLI's, a test's) can do with its own. Used from worker threads and the UI thread.
    """

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._running: set[tuple[str, int]] = set()

    def add(self, workspace_path: Path, import_id: int) -> None:
        with self._guard:
            self._running.add((str(workspace_path), import_id))

    def discard(self, workspace_path: Path, import_id: int) -> None:
        with self._guard:
            self._running.discard((str(workspace_path), import_id))

    def into(self, workspace_path: Path | None) -> list[int]:
        """Imports running into that workspace (or into any, given None)."""
        with self._guard:
            return [
                i for p, i in self._running if workspace_path is None or p == str(workspace_path)
            ]
