"""Creating, opening, checking, backing up and carrying workspaces.

The front ends see the workspace file only through this module: it re-exports the
`Workspace` type and the errors an open can raise, so ui and cli never import storage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import WORKSPACE_SUFFIX, __version__
from desktop.core import vocab
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.services import demo_clock, seeding
from desktop.services.backups import NOT_BACKED_UP, NOT_BACKED_UP_HINT, backup_copy_of
from desktop.services.context import AppContext
from desktop.sheets.writer import cleanup_orphan_temp_files
from desktop.storage import backup as backups
from desktop.storage import migrations
from desktop.storage import workspace as store
from desktop.storage.backup import BackupInfo
from desktop.storage.workspace import (
    ImportSummary,
    Workspace,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceInUse,
)

__all__ = [
    "BackupInfo",
    "CheckReport",
    "ImportSummary",
    "Workspace",
    "WorkspaceDamaged",
    "WorkspaceError",
    "WorkspaceInUse",
    "backup_before",
    "backup_now",
    "check_workspace",
    "close_workspace",
    "create_workspace",
    "ensure_demo_workspace",
    "last_import",
    "list_backups",
    "normalise_path",
    "open_damaged_read_only",
    "open_workspace",
    "overview_counts",
    "restorable_backups",
    "restore",
    "save_copy",
    "set_setting",
    "update_info",
    "workspace_industry",
]


def normalise_path(path: Path | str) -> Path:
    path = Path(path).expanduser()
    if path.suffix != WORKSPACE_SUFFIX:
        path = path.with_name(path.name + WORKSPACE_SUFFIX)
    return path


# -- opening and closing ---------------------------------------------------------------------


def create_workspace(
    ctx: AppContext,
    path: Path | str,
    *,
    name: str = "",
    brand: str = "",
    client: str = "",
    demo: bool = False,
    industry: str = seeding.DEMO_INDUSTRY,
    products: Sequence[str] = (),
) -> Workspace:
    """A new workspace, seeded; it is left open and returned (the caller owns closing it).

    `industry` (a key or label of core.vocab.INDUSTRIES) picks the 问答库's seed pack and is
    kept in the workspace's settings; a bad name is a UserError naming the choices, before any
    file is made. The front ends always pass the user's choice (the CLI's default is 通用);
    omitted, it is 餐饮/食品, what every new workspace got before industries existed. A demo
    is always the restaurant demo. `brand` and `products` seed the workspace's watch groups.

    No `Changes`: nothing open changed. The window opens the new file and publishes
    `Changes.everything()` itself, as for any workspace it opens.
    """
    path = normalise_path(path)
    industry = seeding.industry_key(industry)
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
        if products and not demo:
            workspace.set_setting("products", [p.strip() for p in products if p.strip()])
        if demo:
            seeding.seed_demo(workspace)
        else:
            seeding.seed_new(workspace, industry)
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
    """Back up a changed workspace, then close it; the context has no workspace after."""
    workspace = ctx.workspace
    if workspace is None:
        return
    try:
        if not workspace.read_only and workspace.changed_since_backup:
            backups.create_backup(workspace, ctx.paths.backups, "on-close")
    finally:
        workspace.close()
        ctx.workspace = None


def ensure_demo_workspace(ctx: AppContext) -> Path:
    """The demo lives in the user's data folder and is created on first use.

    Its dates are relative to the day it was built (services/demo_clock): a demo built on an
    earlier day is backed up and built again, so its alarms and clocks read as of today. When
    it cannot be checked or rebuilt (another window holds it), the old one is opened as it is.
    """
    path = ctx.paths.demo_workspace
    if path.exists() and _demo_is_stale(path):
        try:
            backup_copy_of(path, ctx.paths.backups, "demo-refresh")
            _remove_workspace_file(path)
        except (UserError, OSError, WorkspaceError):
            return path
    if not path.exists():
        create_workspace(ctx, path, demo=True).close()
    return path


def _demo_is_stale(path: Path) -> bool:
    try:
        with Workspace.open(path, read_only=True) as demo:
            return demo_clock.out_of_date(demo)
    except (OSError, WorkspaceError):
        return False


def _remove_workspace_file(path: Path) -> None:
    if path.with_name(path.name + ".lock").exists():
        raise OSError("the demo workspace is open in another window")
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


# -- editing the workspace itself ----------------------------------------------------------------


def update_info(workspace: Workspace, *, name: str, brand: str, client: str) -> Changes:
    """Rename the workspace or change its brand and client (audited); an empty name keeps
    the old one."""
    workspace.update_info(name=name.strip() or workspace.info()["name"], brand=brand, client=client)
    return Changes(workspace=True, audit=True)


def set_setting(workspace: Workspace, key: str, value: Any) -> Changes:
    """One workspace-wide setting (audited)."""
    workspace.set_setting(key, value)
    return Changes(workspace=True, audit=True)


# -- checking and counting -------------------------------------------------------------------


@dataclass
class CheckReport:
    path: Path
    ok: bool
    schema_version: int
    app_schema_version: int
    problems: list[str]
    counts: dict[str, int]
    # The crisis roster's health (errors, warnings, findings) when the file is sound.
    roster_health: dict[str, Any] | None = None
    # The industry the workspace was created for (an INDUSTRIES key; "" before industries).
    industry: str = ""
    # The contingency plans' health (services/plans/health), beside the roster's.
    plan_health: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": str(self.path),
            "ok": self.ok,
            "schema_version": self.schema_version,
            "app_schema_version": self.app_schema_version,
            "app_version": __version__,
            "problems": self.problems,
            "counts": self.counts,
            "industry": self.industry,
        }
        if self.roster_health is not None:
            data["roster"] = self.roster_health
        if self.plan_health is not None:
            data["plans"] = self.plan_health
        return data


def check_workspace(ctx: AppContext, path: Path | str) -> CheckReport:
    """Full integrity, foreign keys and FTS, schema version, counts and roster health,
    read-only."""
    # Imported here: the roster service is large and not needed to start the app.
    from desktop.services import plans, roster

    path = Path(path).expanduser()
    try:
        workspace = Workspace.open(path, read_only=True, user=ctx.user)
    except WorkspaceDamaged as exc:
        return CheckReport(path, False, -1, migrations.latest_version(), [exc.detail], {})
    with workspace:
        report = store.integrity_report(workspace.db)
        problems: list[str] = list(report["problems"])
        ok = bool(report["ok"])
        try:
            counts = overview_counts(workspace)
        except Exception as exc:  # a damaged file may fail anywhere: report, never crash
            counts = {}
            problems.append(str(exc))
            ok = False
        health = roster.workspace_health(workspace) if ok else None
        plan_health = plans.workspace_health(workspace) if ok else None
        return CheckReport(
            path,
            ok,
            workspace.schema_version,
            migrations.latest_version(),
            problems,
            counts,
            health,
            workspace_industry(workspace) if ok else "",
            plan_health,
        )


def workspace_industry(workspace: Workspace) -> str:
    """The industry key the workspace was created for; "" for one made before industries."""
    value = workspace.setting(vocab.INDUSTRY_SETTING)
    return value if isinstance(value, str) and value in vocab.INDUSTRIES else ""


def overview_counts(workspace: Workspace) -> dict[str, int]:
    """Mentions (all, negative, unanswered), 问答库 entries (all, approved), cases (all,
    open), people and imports; keys of tables an old file lacks are left out."""
    return store.overview_counts(workspace.db)


def last_import(workspace: Workspace) -> ImportSummary | None:
    return store.last_import(workspace.db)


# -- backups and copies ----------------------------------------------------------------------


def backup_now(ctx: AppContext, reason: str = "manual") -> BackupInfo:
    workspace = ctx.require_workspace()
    info = backups.create_backup(workspace, ctx.paths.backups, reason)
    if info is None:
        raise UserError(NOT_BACKED_UP, hint=NOT_BACKED_UP_HINT)
    return info


def backup_before(ctx: AppContext, operation: str) -> BackupInfo | None:
    """Forced backup before an import, bulk delete, migration or restore."""
    workspace = ctx.workspace
    if workspace is None or workspace.read_only:
        return None
    return backups.create_backup(workspace, ctx.paths.backups, operation)


def list_backups(ctx: AppContext, path: Path) -> list[BackupInfo]:
    """The backups of the workspace file at `path`, newest first."""
    return backups.list_backups(path, ctx.paths.backups)


def restorable_backups(ctx: AppContext, path: Path) -> list[BackupInfo]:
    """The backups of `path` that pass their check, newest first (for a damaged file)."""
    return [b for b in list_backups(ctx, path) if not backups.verify_copy(b.path)]


def save_copy(ctx: AppContext, destination: Path | str) -> str:
    """A verified copy to carry to another laptop; returns its SHA-256."""
    return backups.save_copy(ctx.require_workspace(), Path(destination))


def restore(ctx: AppContext, backup: Path, target: Path) -> Changes:
    """Swap a closed or damaged workspace for a backup, keeping the old file beside it.

    If `target` is the open workspace it is backed up (when sound) and closed first; the
    caller opens the restored file again.
    """
    if ctx.workspace is not None and ctx.workspace.path.resolve() == target.resolve():
        if not ctx.workspace.read_only and not ctx.workspace.damaged:
            backups.create_backup(ctx.workspace, ctx.paths.backups, "before-restore")
        ctx.workspace.close()
        ctx.workspace = None
    backups.restore_backup(backup, target)
    return Changes.everything()
