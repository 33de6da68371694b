"""Importing mention sheets: sniff → preflight → parse in a child → staging → one merge.

The workspace is touched in three steps: a tiny transaction that records the import as
"running"; one merge transaction that inserts new mentions, updates changed ones (source
fields only, never the user's triage), writes the rejects and marks the import "done"; then
short transactions that build indexes a big batch dropped and fill the search index. A crash,
a kill or a cancel before the merge commits leaves the workspace as it was (RELIABILITY D-01,
I-18); one after it leaves the rows in and the rest is finished by `finish_imports`.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import shutil
import sqlite3
import tempfile
import threading
from pathlib import Path

from sqlite_utils import Database

from desktop.core.errors import Cancelled, UserError
from desktop.core.progress import Progress
from desktop.services.context import AppPaths
from desktop.services.importing import merge
from desktop.services.importing.after_import import run_after_import
from desktop.services.importing.isolation import Limits
from desktop.services.importing.merge import ImportResult, KnownRowsChanged
from desktop.services.importing.parse import parse_file
from desktop.services.importing.recovery import finish_imports, recover_stale_imports
from desktop.services.importing.running import RunningImports
from desktop.services.triage import score_staged
from desktop.sheets import mapping as mp
from desktop.sheets.sources import DEFAULT_ROW_CAP, Options
from desktop.storage import imports as import_log
from desktop.storage.deferred_indexes import build_deferred_indexes
from desktop.storage.imports import Checkpointer
from desktop.storage.workspace import now_iso
from desktop.storage.write_turns import write_transaction

log = logging.getLogger(__name__)


def import_settings(db: Database) -> tuple[str, int]:
    """The workspace's time zone and row cap for imports."""
    settings = import_log.workspace_settings(db)
    return settings.get("timezone", "UTC"), int(settings.get("import_row_cap", DEFAULT_ROW_CAP))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def import_file(
    workspace_path: Path | str,
    file: Path | str | None,
    *,
    sheet: str | None = None,
    preset: str | None = None,
    mapping: dict[str, str] | None = None,
    encoding: str | None = None,
    header_row: int | None = None,
    user: str = "",
    ctx_paths: AppPaths | None = None,
    progress: Progress | None = None,
    pasted_rows: list[list[str]] | None = None,
    backup: bool = True,
    limits: Limits | None = None,
    staging_dir: Path | None = None,
    running: RunningImports | None = None,
) -> ImportResult:
    """Import one sheet (or a pasted table) into the workspace at `workspace_path`.

    `running`: the imports this process is writing (share one between imports that may run
    side by side, so that one's recovery does not take the other for a crashed import)."""
    workspace_path = Path(workspace_path)
    running = running if running is not None else RunningImports()
    progress = progress or Progress()
    file_path = Path(file) if file is not None else None
    file_name = file_path.name if file_path is not None else "剪贴板"
    db = import_log.connect(workspace_path)
    staging_root = Path(tempfile.mkdtemp(prefix="crisisdesk-import-", dir=staging_dir))
    staging = staging_root / "staging.sqlite"
    import_id = 0
    checkpointer: Checkpointer | None = None
    try:
        timezone, row_cap = import_settings(db)
        if preset and preset not in mp.PRESETS_BY_NAME and mapping is None:
            saved = import_log.saved_presets(db)
            if preset in saved:
                mapping = saved[preset]
        sha = file_sha256(file_path) if file_path is not None and file_path.is_file() else ""
        backup_job = None
        if backup and ctx_paths is not None:
            # The forced backup (a VACUUM INTO snapshot taken before anything is written)
            # runs beside the parser child and must have succeeded before the merge.
            progress.report(0, 0, "导入前备份")
            backup_job = _BackgroundBackup(workspace_path, ctx_paths)
        progress.check()
        finish_imports(db, workspace_path, running=running)
        with write_transaction(db):
            recover_stale_imports(db, workspace_path, running=running)
            import_id = import_log.start_import(
                db,
                file_name=file_name,
                sha256=sha,
                sheet=sheet or "",
                preset=preset or "",
                at=now_iso(),
            )
        running.add(workspace_path, import_id)
        options = Options(
            sheet=sheet,
            preset=preset if preset in mp.PRESETS_BY_NAME else None,
            mapping=mapping,
            encoding=encoding,
            header_row=header_row,
            timezone=timezone,
            row_cap=row_cap,
            pasted_rows=pasted_rows,
        )
        path_arg = str(file_path) if file_path is not None else None
        try:
            summary = parse_file(db, path_arg, staging, options, progress, limits, known=True)
            if not summary.source.preset and preset:
                summary.source.preset = preset  # a preset saved in this workspace
            _read_staged_rows(db, staging, progress)  # beside the backup, before the merge
            if backup_job is not None:
                backup_job.wait(progress)
            checkpointer = Checkpointer(workspace_path)
            import_log.stop_automatic_checkpoints(db)  # the checkpointer does them
            try:
                result, first_id = merge.merge_staging(
                    db, import_id, staging, summary, file_name, user, progress
                )
            except KnownRowsChanged:
                # Mentions this file repeats changed while it was parsed (another import, a
                # deletion): parse again converting every row, then merge as usual.
                staging.unlink()
                summary = parse_file(db, path_arg, staging, options, progress, limits, known=False)
                if not summary.source.preset and preset:
                    summary.source.preset = preset
                _read_staged_rows(db, staging, progress)
                result, first_id = merge.merge_staging(
                    db, import_id, staging, summary, file_name, user, progress
                )
        except sqlite3.OperationalError as exc:
            raise _write_failed(exc) from exc
        running.discard(workspace_path, import_id)
        progress.committed()
        # Indexes are built after the merge, outside its transaction; cancel no longer
        # applies (the import is committed), so they get a progress of their own.
        checkpointer.poke()
        index_progress = Progress(callback=progress.callback)

        def index_built(done: int, total: int) -> None:
            checkpointer.poke()
            # Indexes, not rows: no count for the dialog to label as rows.
            index_progress.report(0, 0, f"整理索引（{done}/{total}）", force=True)

        build_deferred_indexes(db, after_each=index_built)
        result.indexed += merge.index_new_rows(
            db, staging, import_id, first_id, index_progress, after_commit=checkpointer.poke
        )
        run_after_import(db, import_id, result, index_progress)
        return result
    except BaseException as exc:
        if import_id:
            _mark_failed(db, import_id, exc)
        raise
    finally:
        if import_id:
            running.discard(workspace_path, import_id)
        if checkpointer is not None:
            checkpointer.finish()
        with contextlib.suppress(sqlite3.Error):
            db.conn.close()
        shutil.rmtree(staging_root, ignore_errors=True)


def _read_staged_rows(db: Database, staging: Path, progress: Progress) -> None:
    """The model reads the staged rows before the merge, so new mentions go in with their
    suggested sentiment and issue type (one INSERT instead of rewriting every new row after
    it). Optional: if it fails, the after-import step reads them instead."""
    try:
        score_staged(db, staging, progress)
    except (Cancelled, KeyboardInterrupt):
        raise
    except Exception:  # the import goes on; after_import scores what is unread
        log.exception("reading the staged rows failed")


class _BackgroundBackup:
    def __init__(self, workspace_path: Path, ctx_paths: AppPaths) -> None:
        from desktop.services.backups import backup_copy_of

        self.error: BaseException | None = None

        def run() -> None:
            try:
                backup_copy_of(workspace_path, ctx_paths.backups, "before-import")
            except BaseException as exc:
                self.error = exc

        self.thread = threading.Thread(target=run, name="backup-before-import", daemon=True)
        self.thread.start()

    def wait(self, progress: Progress) -> None:
        while self.thread.is_alive():
            progress.check()
            self.thread.join(0.05)
        if self.error is not None:
            if isinstance(self.error, UserError):
                raise UserError(
                    "导入前的备份失败，没有导入任何数据。" + self.error.message,
                    hint=self.error.hint,
                ) from self.error
            raise self.error


def _write_failed(exc: sqlite3.Error) -> UserError:
    text = str(exc).lower()
    if "full" in text or "i/o" in text or "disk" in text:
        return UserError(
            "写入工作区失败（磁盘已满或无法写入），导入已撤销，工作区保持导入前的状态。",
            hint="请腾出磁盘空间或检查存储设备后重试。",
        )
    if "locked" in text or "busy" in text:
        return UserError("工作区正被占用，导入已撤销。", hint="请稍后重试。")
    return UserError("写入工作区失败，导入已撤销。", hint=f"（{type(exc).__name__}）")


def _mark_failed(db: Database, import_id: int, exc: BaseException) -> None:
    status = "cancelled" if isinstance(exc, (Cancelled, KeyboardInterrupt)) else "failed"
    with contextlib.suppress(sqlite3.Error):
        import_log.end_running(db, import_id, status, at=now_iso())
