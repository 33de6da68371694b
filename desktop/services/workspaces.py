"""Creating, opening, checking, backing up and carrying workspaces."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import WORKSPACE_SUFFIX, __version__
from desktop.core.errors import UserError
from desktop.services import seeding
from desktop.services.context import AppContext
from desktop.sheets.writer import cleanup_orphan_temp_files
from desktop.storage import backup as backups
from desktop.storage import migrations
from desktop.storage.workspace import (
    Workspace,
    WorkspaceDamaged,
    integrity_report,
)


def normalise_path(path: Path | str) -> Path:
    path = Path(path).expanduser()
    if path.suffix != WORKSPACE_SUFFIX:
        path = path.with_name(path.name + WORKSPACE_SUFFIX)
    return path


def create_workspace(
    ctx: AppContext,
    path: Path | str,
    *,
    name: str = "",
    brand: str = "",
    client: str = "",
    demo: bool = False,
) -> Workspace:
    """A new workspace, seeded; it is left open and returned (the caller owns closing it)."""
    path = normalise_path(path)
    if demo:
        name, brand, client = (
            name or seeding.DEMO_NAME,
            brand or seeding.DEMO_BRAND,
            client or seeding.DEMO_CLIENT,
        )
    workspace = Workspace.create(
        path, name=name or path.stem, brand=brand, client=client, user=ctx.user
    )
    try:
        if demo:
            seeding.seed_demo(workspace)
        else:
            seeding.seed_new(workspace)
    except BaseException:
        workspace.close()
        path.unlink(missing_ok=True)
        raise
    return workspace


def open_workspace(
    ctx: AppContext,
    path: Path | str,
    *,
    read_only: bool = False,
    take_over: bool = False,
) -> Workspace:
    """Open and make it the context's workspace; back up before any migration."""
    path = Path(path).expanduser()

    def backup_before_migrating(target: Path) -> None:
        with Workspace.open(target, read_only=True, user=ctx.user) as old:
            backups.create_backup(old, ctx.paths.backups, "before-migration")

    workspace = Workspace.open(
        path,
        read_only=read_only,
        take_over=take_over,
        user=ctx.user,
        before_migrate=backup_before_migrating,
    )
    ctx.workspace = workspace
    ctx.settings.add_recent(path)
    # Exports killed half-way beside the workspace leave temp folders (RELIABILITY.md §4.7).
    cleanup_orphan_temp_files(path.parent)
    return workspace


def open_damaged_read_only(ctx: AppContext, path: Path | str) -> Workspace:
    """Let the user look at a damaged file without writing a byte to it."""
    workspace = Workspace.open(
        Path(path), read_only=True, check=False, untouched=True, user=ctx.user
    )
    workspace.damaged = True
    ctx.workspace = workspace
    return workspace


def close_workspace(ctx: AppContext) -> None:
    workspace = ctx.workspace
    if workspace is None:
        return
    if not workspace.read_only and workspace.changed_since_backup:
        backups.create_backup(workspace, ctx.paths.backups, "on-close")
    workspace.close()
    ctx.workspace = None


def ensure_demo_workspace(ctx: AppContext) -> Path:
    """The demo lives in the user's data folder and is created on first use."""
    path = ctx.paths.demo_workspace
    if not path.exists():
        create_workspace(ctx, path, demo=True).close()
    return path


@dataclass
class CheckReport:
    path: Path
    ok: bool
    schema_version: int
    app_schema_version: int
    problems: list[str]
    counts: dict[str, int]
    extra: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "ok": self.ok,
            "schema_version": self.schema_version,
            "app_schema_version": self.app_schema_version,
            "app_version": __version__,
            "problems": self.problems,
            "counts": self.counts,
            **self.extra,
        }


# Each area can add a check: (name, function(workspace) -> dict) whose result lands in `extra`.
EXTRA_CHECKS: list[tuple[str, Any]] = []


def check_workspace(ctx: AppContext, path: Path | str) -> CheckReport:
    """Full integrity, foreign keys and FTS, schema version and counts, read-only."""
    path = Path(path).expanduser()
    try:
        workspace = Workspace.open(path, read_only=True, user=ctx.user)
    except WorkspaceDamaged as exc:
        return CheckReport(path, False, -1, migrations.latest_version(), [exc.detail], {}, {})
    with workspace:
        report = integrity_report(workspace.db)
        try:
            counts = overview_counts(workspace)
        except Exception as exc:  # a damaged file may fail anywhere: report, never crash
            counts = {}
            report["problems"].append(str(exc))
            report["ok"] = False
        extra: dict[str, Any] = {}
        if report["ok"]:
            for name, check in EXTRA_CHECKS:
                extra[name] = check(workspace)
        return CheckReport(
            path,
            report["ok"],
            workspace.schema_version,
            migrations.latest_version(),
            report["problems"],
            counts,
            extra,
        )


def overview_counts(workspace: Workspace) -> dict[str, int]:
    tables = set(workspace.db.table_names())
    counts: dict[str, int] = {}
    queries = {
        "mentions": ("mentions", ""),
        "mentions_negative": ("mentions", "sentiment = 'neg'"),
        "mentions_unanswered": ("mentions", "status IN ('new', 'to_reply')"),
        "kb_entries": ("kb_entries", ""),
        "kb_approved": ("kb_entries", "status = 'approved'"),
        "cases": ("cases", ""),
        "cases_open": ("cases", "phase != 'closed'"),
        "people": ("people", ""),
        "imports": ("imports", ""),
    }
    for key, (table, where) in queries.items():
        if table in tables:
            counts[key] = workspace.count(table, where)
    return counts


def last_import(workspace: Workspace) -> dict[str, Any] | None:
    if "imports" not in workspace.db.table_names():
        return None
    row = workspace.db.execute(
        "SELECT file_name, finished_at, inserted, updated, rejected FROM imports"
        " ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if not row:
        return None
    keys = ("file_name", "finished_at", "inserted", "updated", "rejected")
    return dict(zip(keys, row, strict=True))


def backup_now(ctx: AppContext, reason: str = "manual") -> backups.BackupInfo:
    workspace = ctx.require_workspace()
    info = backups.create_backup(workspace, ctx.paths.backups, reason)
    if info is None:
        raise UserError("工作区未通过快速检查，没有创建备份。", hint="请用“检查工作区”查看问题。")
    return info


def backup_before(ctx: AppContext, operation: str) -> backups.BackupInfo | None:
    """Forced backup before an import, bulk delete, migration or restore."""
    workspace = ctx.workspace
    if workspace is None or workspace.read_only:
        return None
    return backups.create_backup(workspace, ctx.paths.backups, operation)


def save_copy(ctx: AppContext, destination: Path | str) -> str:
    return backups.save_copy(ctx.require_workspace(), Path(destination))


def restore(ctx: AppContext, backup: Path, target: Path) -> None:
    """Swap a closed or damaged workspace for a backup, keeping the old file beside it."""
    if ctx.workspace is not None and ctx.workspace.path.resolve() == target.resolve():
        if not ctx.workspace.read_only and not ctx.workspace.damaged:
            backups.create_backup(ctx.workspace, ctx.paths.backups, "before-restore")
        ctx.workspace.close()
        ctx.workspace = None
    backups.restore_backup(backup, target)


def backup_copy_of(
    path: Path, backups_root: Path, reason: str, progress=None
) -> backups.BackupInfo:
    """Back up through a connection of its own, so a worker thread never shares the UI's."""
    with Workspace.open(path, read_only=True) as snapshot:
        snapshot.db.execute("PRAGMA query_only = OFF")  # VACUUM INTO writes only the copy
        info = backups.create_backup(snapshot, backups_root, reason)
    if info is None:
        raise UserError("工作区未通过快速检查，没有创建备份。", hint="请用“检查工作区”查看问题。")
    return info
