"""Verified copies of a workspace: backups, restores and "carry to another laptop".

Always `VACUUM INTO` a temp file, check the copy, fsync, then rename: a raw file copy of a live
WAL database silently lost committed rows (RELIABILITY.md finding 3), and the backup API can
livelock under a busy writer (finding 4).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop import WORKSPACE_SUFFIX
from desktop.core.backup_policy import RetentionPolicy, backups_to_keep
from desktop.storage.workspace import (
    Workspace,
    WorkspaceDamaged,
    WorkspaceError,
    quick_check,
)

STAMP_FORMAT = "%Y%m%d-%H%M%S"
_BACKUP_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+)\.crisisdesk$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def backup_folder(workspace_path: Path, backups_root: Path) -> Path:
    """Backups live outside the workspace folder, one folder per workspace file."""
    resolved = str(workspace_path.resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    return backups_root / f"{workspace_path.stem}-{digest}"


def list_backups(workspace_path: Path, backups_root: Path) -> list[BackupInfo]:
    """Newest first."""
    folder = backup_folder(workspace_path, backups_root)
    found = []
    if folder.is_dir():
        for entry in folder.iterdir():
            match = _BACKUP_NAME.match(entry.name)
            if not match:
                continue
            taken = datetime.strptime(match["stamp"], STAMP_FORMAT)
            found.append(BackupInfo(entry, taken, match["reason"], entry.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _sha256(path: Path) -> str:
    """Streamed, so a large workspace is never read into memory at once."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def verify_copy(path: Path, *, expected_version: int | None = None, full: bool = False) -> str:
    """'' when the copy opens, passes the check and has the expected schema version."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        if full:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            problem = next((r[0] for r in rows if r[0] != "ok"), "")
        else:
            problem = quick_check(conn)
        if problem:
            return problem
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if expected_version is not None and version != expected_version:
            return f"schema version {version} != {expected_version}"
        return ""
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def _vacuum_into_verified(workspace: Workspace, destination: Path, *, full: bool = True) -> str:
    """Write a verified copy at `destination` (atomic rename); return its sha256.

    `full` runs integrity_check on the copy (a copy that leaves this laptop); routine backups
    use quick_check, which is several times faster on big workspaces and still catches a
    damaged page. Restores always check fully.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    temp = destination.with_name(f".{destination.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    try:
        workspace.db.execute("VACUUM INTO ?", [str(temp)])
        problem = verify_copy(temp, expected_version=workspace.schema_version, full=full)
        if problem:
            raise WorkspaceError(f"备份校验失败：{problem}", hint="原工作区没有改动。")
        _fsync(temp)
        digest = _sha256(temp)
        os.replace(temp, destination)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"无法写入副本：{exc}", hint="请检查磁盘空间和写入权限。") from exc
    except OSError as exc:
        raise WorkspaceError(f"无法写入副本：{exc}", hint="请检查磁盘空间和写入权限。") from exc
    finally:
        temp.unlink(missing_ok=True)
    return digest


def create_backup(
    workspace: Workspace,
    backups_root: Path,
    reason: str = "manual",
    *,
    now: datetime | None = None,
    policy: RetentionPolicy | None = None,
) -> BackupInfo | None:
    """Back up a sound workspace and rotate; None when the file fails its quick check."""
    if quick_check(workspace.db.conn):
        return None
    now = now or datetime.now()
    folder = backup_folder(workspace.path, backups_root)
    name = f"{workspace.path.stem}-{now.strftime(STAMP_FORMAT)}-{reason}{WORKSPACE_SUFFIX}"
    destination = folder / name
    _vacuum_into_verified(workspace, destination, full=False)
    workspace.changes_at_last_backup = workspace.total_changes
    rotate(workspace.path, backups_root, now=now, policy=policy)
    return BackupInfo(destination, now.replace(microsecond=0), reason, destination.stat().st_size)


def create_backup_of_file(path: Path, backups_root: Path, reason: str) -> BackupInfo | None:
    """`create_backup` through a read-only connection of its own (a worker thread never
    shares the UI's); VACUUM INTO writes only the copy, so the snapshot may write."""
    with Workspace.open(path, read_only=True) as snapshot:
        snapshot.db.execute("PRAGMA query_only = OFF")
        return create_backup(snapshot, backups_root, reason)


def rotate(
    workspace_path: Path,
    backups_root: Path,
    *,
    now: datetime | None = None,
    policy: RetentionPolicy | None = None,
) -> list[Path]:
    """Delete the backups the retention policy no longer keeps; return what was removed."""
    backups = list_backups(workspace_path, backups_root)
    keep = backups_to_keep([b.taken_at for b in backups], now or datetime.now(), policy)
    removed = []
    for backup in backups:
        if backup.taken_at not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def save_copy(workspace: Workspace, destination: Path) -> str:
    """ "Carry to another laptop": a verified, self-contained copy; returns its sha256."""
    destination = Path(destination)
    if destination.suffix != WORKSPACE_SUFFIX:
        destination = destination.with_name(destination.name + WORKSPACE_SUFFIX)
    if destination.resolve() == workspace.path.resolve():
        raise WorkspaceError("副本不能覆盖正在使用的工作区。")
    return _vacuum_into_verified(workspace, destination)


def restore_backup(backup: Path, target: Path) -> None:
    """Replace a closed (or damaged) workspace with a verified backup; never in place."""
    problem = verify_copy(backup, full=True)
    if problem:
        raise WorkspaceDamaged(backup, problem)
    temp = target.with_name(f".{target.name}.restore.tmp")
    temp.unlink(missing_ok=True)
    try:
        source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
        dest = sqlite3.connect(str(temp))
        try:
            source.backup(dest, pages=-1)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
            source.close()
        problem = verify_copy(temp, full=True)
        if problem:
            raise WorkspaceDamaged(temp, problem)
        _fsync(temp)
        for sidecar in ("-wal", "-shm"):
            stale = target.with_name(target.name + sidecar)
            # A damaged file's sidecars belong to the damaged file; keep them beside it for
            # the record instead of letting SQLite replay them into the restored copy.
            if stale.exists():
                os.replace(stale, stale.with_name(stale.name + ".damaged"))
        if target.exists():
            os.replace(target, target.with_name(target.name + ".damaged"))
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
