"""One writer per workspace: a QLockFile beside the file (RELIABILITY.md finding 12).

QLockFile knows a lock whose process is gone on this machine is stale and clears it; a lock
written on another machine stays until the user takes it over, which is right for USB carry.

The named exception to "only ui and printing import Qt" (pyproject's import contract lists
this module alone): no library without Qt gives that stale-lock rule on Windows, macOS and
Linux alike, and the GUI, the CLI and the tests must agree on one lock file format, so the
CLI takes the same lock through QtCore (no QApplication needed). Nothing else here uses Qt.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    app: str
    since: datetime | None

    @property
    def on_this_machine(self) -> bool:
        return self.host in {"", socket.gethostname(), _qt_host_name()}


def _qt_host_name() -> str:
    """The host name QLockFile writes into the lock (it may differ from socket's)."""
    return str(QSysInfo.machineHostName())


def lock_path_for(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


class WorkspaceLock:
    def __init__(self, workspace: Path) -> None:
        self.path = lock_path_for(workspace)
        self._lock = QLockFile(str(self.path))
        # 0: never stale by age; only a dead process on this host makes it stale.
        self._lock.setStaleLockTime(0)

    def try_acquire(self) -> bool:
        return bool(self._lock.tryLock(0))

    def owner(self) -> LockOwner | None:
        info = self._lock.getLockInfo()  # PySide6: (pid, host, app); pid 0 when unreadable
        if not info or len(info) < 3 or not info[-3]:
            return None
        pid, host, app = info[-3:]
        try:
            since = datetime.fromtimestamp(self.path.stat().st_mtime).astimezone()
        except OSError:
            since = None
        return LockOwner(pid=int(pid), host=str(host), app=str(app), since=since)

    def take_over(self) -> bool:
        """Remove a lock left by another machine (only after the user agreed) and take it."""
        self._lock.removeStaleLockFile()
        if self.try_acquire():
            return True
        self.path.unlink(missing_ok=True)
        return self.try_acquire()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def held(self) -> bool:
        return bool(self._lock.isLocked())
