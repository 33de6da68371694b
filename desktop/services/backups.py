"""Backups taken off the UI thread (the timer, before an import): through a connection of
their own. Imports no other service, so the import and the window can both use it."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.progress import Progress
from desktop.storage import backup as backups
from desktop.storage.backup import BackupInfo

NOT_BACKED_UP = "工作区未通过快速检查，没有创建备份。"
NOT_BACKED_UP_HINT = "请用“检查工作区”查看问题。"


def backup_copy_of(
    path: Path, backups_root: Path, reason: str, progress: Progress | None = None
) -> BackupInfo:
    """Back up through a connection of its own, so a worker thread never shares the UI's.

    `progress` is accepted (and unused) so the function runs as a `Task` of the window.
    """
    info = backups.create_backup_of_file(path, backups_root, reason)
    if info is None:
        raise UserError(NOT_BACKED_UP, hint=NOT_BACKED_UP_HINT)
    return info
