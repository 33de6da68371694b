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
import json
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop.core.errors import Cancelled, UserError
from desktop.core.progress import Progress
from desktop.core.vocab import MENTION_SOURCE_FIELDS
from desktop.services.context import AppPaths
from desktop.services.isolation import Limits, run_isolated
from desktop.sheets import mapping as mp
from desktop.sheets.pipeline import (
    DEFAULT_ROW_CAP,
    KNOWN_TABLE,
    Options,
    ParseSummary,
    Source,
    inspect_file,
    parse_to_staging,
)
from desktop.storage.deferred_indexes import build_deferred_indexes, defer_indexes
from desktop.storage.mention_index import index_mentions, remove_from_index
from desktop.storage.workspace import now_iso
from desktop.storage.write_turns import BUSY_TIMEOUT_MS, write_transaction

PARSE_LIMITS = Limits(memory_bytes=1536 * 1024 * 1024, timeout_seconds=600.0)
INSPECT_LIMITS = Limits(memory_bytes=1024 * 1024 * 1024, timeout_seconds=120.0)
SOURCE_FIELDS = (*MENTION_SOURCE_FIELDS, "extra_json")
# What the search index holds (desktop.storage.mention_index): a changed row is re-indexed
# only when one of these changed.
INDEXED_FIELDS = ("title", "text", "author")
# Processes converting rows in the isolated child (the child forks one more on big files).
PARSE_WORKERS = 2 if (os.cpu_count() or 1) >= 2 else 1
INDEX_CHUNK = 25_000  # rows per index transaction (each holds the write lock ~0.3 s)
# A merge adding at least this many rows, and at least as many as the table holds, builds
# the secondary indexes of `mentions` again after it instead of updating them row by row.
REBUILD_MIN_ROWS = 10_000
# Pending search-index data FTS5 keeps in memory before writing a segment (default 1 MB):
# fewer, larger segments make filling 100k rows ~30 % faster (measured 1.25 s → 0.89 s).
FTS_HASH_BYTES = 16 * 1024 * 1024
# Page cache of the import's own connection: the merge's key lookups and index builds stay
# in memory instead of spilling mid-transaction (the default is 2 MB).
IMPORT_CACHE_KIB = 32 * 1024
# Import ids being written by this process; anything else left "running" is a crashed import.
_ACTIVE: set[tuple[str, int]] = set()


@dataclass
class ImportResult:
    import_id: int
    file_name: str
    rows_read: int
    inserted: int
    updated: int
    duplicates: int
    rejected: int
    mapping: dict[str, str]
    preset: str = ""
    sheet: str = ""
    encoding: str = ""
    header_row: int | None = None
    warnings: list[str] = field(default_factory=list)
    rejects: list[dict[str, Any]] = field(default_factory=list)  # the first ones, for display
    dropped_columns: list[str] = field(default_factory=list)
    indexed: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows_read": self.rows_read,
            "inserted": self.inserted,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "import_id": self.import_id,
            "mapping": self.mapping,
            "preset": self.preset,
            "sheet": self.sheet,
            "encoding": self.encoding,
            "header_row": self.header_row,
            "warnings": self.warnings,
            "dropped_columns": self.dropped_columns,
        }


# -- connections ------------------------------------------------------------------------------


def _connect(workspace_path: Path) -> Database:
    """A connection of the import's own (the UI keeps its own), with the workspace pragmas."""
    conn = sqlite3.connect(str(workspace_path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    conn.isolation_level = None  # we say BEGIN/COMMIT ourselves
    return Database(conn)


def _active_imports(workspace_path: Path | None) -> list[int]:
    """Imports this process is running into that workspace (or into any, given None)."""
    return [i for p, i in _ACTIVE if workspace_path is None or p == str(workspace_path)]


def recover_stale_imports(db: Database, workspace_path: Path | None = None) -> int:
    """Imports left "running" by a crashed or killed process become "failed"."""
    active = _active_imports(workspace_path)
    keep = f" AND id NOT IN ({','.join('?' * len(active))})" if active else ""
    cursor = db.conn.execute(
        f"UPDATE imports SET status = 'failed', finished_at = ? WHERE status = 'running'{keep}",
        [now_iso(), *active],
    )
    return cursor.rowcount


def finish_imports(db: Database, workspace_path: Path | None = None) -> int:
    """Finish what imports killed after their merge left undone: the indexes they dropped
    (queries would stay slow) and their search index entries (they are in the log but a
    search would not find them); returns how many mentions were indexed."""
    build_deferred_indexes(db)
    active = _active_imports(workspace_path)
    done = 0
    for (import_id,) in db.conn.execute(
        "SELECT id FROM imports WHERE search_pending ORDER BY id"
    ).fetchall():
        if import_id in active:
            continue
        ids = [
            r[0]
            for r in db.conn.execute("SELECT id FROM mentions WHERE import_id = ?", [import_id])
        ]
        done += index_mentions(db, ids)
        with write_transaction(db):
            db.conn.execute("UPDATE imports SET search_pending = 0 WHERE id = ?", [import_id])
    return done


def import_settings(db: Database) -> tuple[str, int]:
    row = db.execute("SELECT settings_json FROM workspace WHERE id = 1").fetchone()
    settings = json.loads(row[0]) if row and row[0] else {}
    return settings.get("timezone", "UTC"), int(settings.get("import_row_cap", DEFAULT_ROW_CAP))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# -- preview ----------------------------------------------------------------------------------


def preview_file(
    file: Path | str,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    header_row: int | None = None,
    preset: str | None = None,
    mapping: dict[str, str] | None = None,
    timezone: str = "UTC",
    progress: Progress | None = None,
) -> Source:
    """What the import dialog shows: sheets, encoding, header, preset, mapping, first rows."""
    options = Options(
        sheet=sheet,
        preset=preset,
        mapping=mapping,
        encoding=encoding,
        header_row=header_row,
        timezone=timezone,
    )
    return run_isolated(
        inspect_file, str(Path(file)), options, progress=progress, limits=INSPECT_LIMITS
    )


def preview_pasted(
    rows: list[list[str]],
    *,
    header_row: int | None = None,
    preset: str | None = None,
    mapping: dict[str, str] | None = None,
) -> Source:
    """Pasted tables are plain text the app made itself: no child process needed."""
    return inspect_file(
        None, Options(pasted_rows=rows, header_row=header_row, preset=preset, mapping=mapping)
    )


# -- presets ----------------------------------------------------------------------------------


def saved_presets(db: Database) -> dict[str, dict[str, str]]:
    return {
        name: json.loads(mapping)
        for name, mapping in db.execute(
            "SELECT name, mapping_json FROM import_presets ORDER BY name"
        )
    }


def save_preset(workspace: Any, name: str, mapping: dict[str, str]) -> None:
    name = name.strip()
    if not name:
        raise UserError("请为预设起一个名字。")
    if name in mp.PRESETS_BY_NAME:
        raise UserError(f"“{name}”是内置预设的名字，请换一个。")
    with workspace.transaction():
        workspace.db.execute(
            "INSERT INTO import_presets(name, mapping_json, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET mapping_json = excluded.mapping_json",
            [name, json.dumps(mapping, ensure_ascii=False), now_iso()],
        )
        workspace.audit("save-preset", "import_preset", name, after=mapping)


# -- the import -------------------------------------------------------------------------------


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
) -> ImportResult:
    """Import one sheet (or a pasted table) into the workspace at `workspace_path`."""
    workspace_path = Path(workspace_path)
    progress = progress or Progress()
    file_path = Path(file) if file is not None else None
    file_name = file_path.name if file_path is not None else "剪贴板"
    db = _connect(workspace_path)
    staging_root = Path(tempfile.mkdtemp(prefix="crisisdesk-import-", dir=staging_dir))
    staging = staging_root / "staging.sqlite"
    import_id = 0
    checkpointer: _Checkpointer | None = None
    try:
        timezone, row_cap = import_settings(db)
        if preset and preset not in mp.PRESETS_BY_NAME and mapping is None:
            saved = saved_presets(db)
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
        finish_imports(db, workspace_path)
        with write_transaction(db):
            recover_stale_imports(db, workspace_path)
            import_id = db.conn.execute(
                "INSERT INTO imports(file_name, sha256, sheet, preset, status, started_at)"
                " VALUES (?, ?, ?, ?, 'running', ?)",
                [file_name, sha, sheet or "", preset or "", now_iso()],
            ).lastrowid
        _ACTIVE.add((str(workspace_path), import_id))
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
            summary = _parse(db, path_arg, staging, options, progress, limits, known=True)
            if not summary.source.preset and preset:
                summary.source.preset = preset  # a preset saved in this workspace
            if backup_job is not None:
                backup_job.wait(progress)
            checkpointer = _Checkpointer(workspace_path)
            db.conn.execute("PRAGMA wal_autocheckpoint = 0")  # the checkpointer does it
            try:
                result, first_id = _merge(
                    db, import_id, staging, summary, file_name, user, progress
                )
            except _KnownRowsChanged:
                # Mentions this file repeats changed while it was parsed (another import, a
                # deletion): parse again converting every row, then merge as usual.
                staging.unlink()
                summary = _parse(db, path_arg, staging, options, progress, limits, known=False)
                if not summary.source.preset and preset:
                    summary.source.preset = preset
                result, first_id = _merge(
                    db, import_id, staging, summary, file_name, user, progress
                )
        except sqlite3.OperationalError as exc:
            raise _write_failed(exc) from exc
        _ACTIVE.discard((str(workspace_path), import_id))
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
        result.indexed += _index(
            db, staging, import_id, first_id, index_progress, after_commit=checkpointer.poke
        )
        return result
    except BaseException as exc:
        if import_id:
            _mark_failed(db, import_id, exc)
        raise
    finally:
        if import_id:
            _ACTIVE.discard((str(workspace_path), import_id))
        if checkpointer is not None:
            checkpointer.finish()
        with contextlib.suppress(sqlite3.Error):
            db.conn.close()
        shutil.rmtree(staging_root, ignore_errors=True)


class _KnownRowsChanged(Exception):
    """A row the child skipped as already imported no longer matches its mention."""


def _parse(
    db: Database,
    path_arg: str | None,
    staging: Path,
    options: Options,
    progress: Progress,
    limits: Limits | None,
    *,
    known: bool,
) -> ParseSummary:
    if known:
        _stage_known_rows(db, staging)
    if options.pasted_rows is not None:
        summary = parse_to_staging(path_arg, str(staging), options, progress=progress)
    else:
        summary = run_isolated(
            parse_to_staging,
            path_arg,
            str(staging),
            options,
            progress=progress,
            limits=limits or PARSE_LIMITS,
            workers=PARSE_WORKERS,
        )
    progress.check()
    return summary


def _stage_known_rows(db: Database, staging: Path) -> None:
    """Hand the child the row hashes the workspace holds (hash → key, id), in the staging
    file: rows it has imported before are then staged by key only, without converting."""
    conn = db.conn
    conn.execute("ATTACH DATABASE ? AS stage", [str(staging)])
    try:
        conn.execute("PRAGMA stage.journal_mode = OFF")
        conn.execute("PRAGMA stage.synchronous = OFF")
        conn.execute(f"CREATE TABLE stage.{KNOWN_TABLE} (hash INTEGER, key TEXT, id INTEGER)")
        conn.execute(
            f"INSERT INTO stage.{KNOWN_TABLE} SELECT row_hash, key, id FROM main.mentions"
            " WHERE row_hash IS NOT NULL"
        )
    finally:
        conn.execute("DETACH DATABASE stage")


class _Checkpointer:
    """Copies the import's committed pages from the WAL into the workspace file on a
    connection and thread of its own while the import goes on writing (a PASSIVE
    checkpoint runs beside a writer). Done inside the import's own COMMITs (SQLite's
    automatic checkpoint) it cost the merge and the index of 100k rows ~0.45 s; the
    app's connection is also spared a large checkpoint at its next edit."""

    def __init__(self, workspace_path: Path) -> None:
        self._path = workspace_path
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="import-checkpoint", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        """New pages were committed."""
        self._wake.set()

    def finish(self) -> None:
        """Checkpoint what is left and stop."""
        self._stopping = True
        self._wake.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(
                str(self._path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
        except sqlite3.Error:
            return
        try:
            conn.execute("PRAGMA synchronous = FULL")
            while True:
                self._wake.wait()
                self._wake.clear()
                stopping = self._stopping
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                if stopping:
                    return
        finally:
            conn.close()


class _BackgroundBackup:
    def __init__(self, workspace_path: Path, ctx_paths: AppPaths) -> None:
        from desktop.services.workspaces import backup_copy_of

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
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        with write_transaction(db):
            db.conn.execute(
                "UPDATE imports SET status = ?, finished_at = ? WHERE id = ? AND status = 'running'",
                [status, now_iso(), import_id],
            )


def _defer_indexes_for(conn: sqlite3.Connection, new_rows: int) -> list[str]:
    """When the batch is big and at least as large as the table, drop the mentions'
    secondary indexes inside the merge transaction, to be built again after it
    (desktop.storage.deferred_indexes): one sort per index instead of 100k random inserts
    into each, and none of it while the merge holds the write lock that edits wait for
    (measured on 100k rows: the merge's transaction 0.9 s → 0.45 s)."""
    if new_rows < REBUILD_MIN_ROWS:
        return []
    existing = conn.execute("SELECT count(*) FROM main.mentions").fetchone()[0]
    if new_rows < existing:
        return []
    return defer_indexes(conn, "mentions")


def _differs() -> str:
    return " OR ".join(f"m.{c} IS NOT r.{c}" for c in SOURCE_FIELDS)


def _merge(
    db: Database,
    import_id: int,
    staging: Path,
    summary: ParseSummary,
    file_name: str,
    user: str,
    progress: Progress,
) -> tuple[ImportResult, int | None]:
    """Returns the result and the id of the first new mention (None when the new rows did
    not get consecutive ids)."""
    source = summary.source
    conn = db.conn
    progress.report(summary.rows_read, summary.rows_read, "写入工作区")
    conn.execute("ATTACH DATABASE ? AS stage", [str(staging)])
    try:
        progress.check()
        with write_transaction(db):
            conn.execute(
                "UPDATE stage.rows AS r SET mention_id = m.id, state = CASE WHEN "
                + _differs()
                + " THEN 'changed' ELSE 'same' END, reindex = ("
                + " OR ".join(f"m.{c} IS NOT r.{c}" for c in INDEXED_FIELDS)
                + ") FROM main.mentions AS m WHERE m.key = r.key AND r.state = 'new'"
            )
            counts = dict(conn.execute("SELECT state, count(*) FROM stage.rows GROUP BY state"))
            if (
                counts.get("known")
                and conn.execute(
                    "SELECT 1 FROM stage.rows AS r WHERE r.state = 'known' AND NOT EXISTS ("
                    " SELECT 1 FROM main.mentions AS m WHERE m.id = r.mention_id"
                    " AND m.key = r.key AND m.row_hash = r.row_hash) LIMIT 1"
                ).fetchone()
            ):
                raise _KnownRowsChanged()
            now = now_iso()
            columns = ", ".join(SOURCE_FIELDS)
            _defer_indexes_for(conn, counts.get("new", 0))
            last_id = conn.execute("SELECT coalesce(max(id), 0) FROM main.mentions").fetchone()[0]
            conn.execute(
                f"INSERT INTO main.mentions (key, {columns}, sentiment, sentiment_by, contact,"
                f" row_hash, import_id, imported_at, updated_at)"
                f" SELECT key, {columns}, sentiment, '', contact, row_hash, ?, ?, ?"
                f" FROM stage.rows WHERE state = 'new' ORDER BY rowid",  # = row_number order
                [import_id, now, now],
            )
            inserted = counts.get("new", 0)
            # New rows take the ids after the largest (rowid order = file order), so the
            # index can number their tokens without looking each key up again.
            first_id = last_id + 1
            if (
                conn.execute("SELECT max(id) FROM main.mentions").fetchone()[0]
                != last_id + inserted
            ):
                first_id = None
            # A changed text leaves the index here, under the words it was indexed with,
            # before the row changes (desktop.storage.mention_index), and comes back with
            # its new words in the same transaction.
            reindexed = []
            if counts.get("changed"):  # (each statement below reads all of the staging)
                reindexed = [
                    r[0]
                    for r in conn.execute(
                        "SELECT mention_id FROM stage.rows WHERE state = 'changed' AND reindex"
                    )
                ]
                remove_from_index(db, reindexed)
                assignments = ", ".join(f"{c} = r.{c}" for c in SOURCE_FIELDS)
                conn.execute(
                    f"UPDATE main.mentions AS m SET {assignments}, sentiment = CASE"
                    " WHEN m.sentiment_by = '' THEN r.sentiment ELSE m.sentiment END,"
                    " contact = CASE WHEN m.contact = '' THEN r.contact ELSE m.contact END,"
                    " row_hash = r.row_hash, updated_at = ?"
                    " FROM stage.rows AS r WHERE r.state = 'changed' AND m.id = r.mention_id",
                    [now],
                )
                conn.execute(
                    "INSERT INTO main.mentions_fts(rowid, tokens) SELECT mention_id, tokens"
                    " FROM stage.rows WHERE state = 'changed' AND reindex"
                )
            if summary.rejected:
                conn.execute(
                    "INSERT INTO main.import_rejects(import_id, row_number, reason, raw_json)"
                    " SELECT ?, row_number, reason, raw_json FROM stage.rejects"
                    " ORDER BY row_number",
                    [import_id],
                )
            updated = counts.get("changed", 0)
            duplicates = counts.get("same", 0) + counts.get("known", 0) + summary.duplicates_in_file
            conn.execute(
                "UPDATE imports SET sheet = ?, preset = ?, mapping_json = ?, rows_read = ?,"
                " inserted = ?, updated = ?, duplicates = ?, rejected = ?, status = 'done',"
                " finished_at = ?, search_pending = ? WHERE id = ?",
                [
                    source.sheet,
                    source.preset,
                    json.dumps(source.mapping, ensure_ascii=False),
                    summary.rows_read,
                    inserted,
                    updated,
                    duplicates,
                    summary.rejected,
                    now_iso(),
                    int(inserted > 0),
                    import_id,
                ],
            )
            conn.execute(
                "INSERT INTO audit(at, user, action, object_type, object_id, before_json, after_json)"
                " VALUES (?, ?, 'import', 'import', ?, NULL, ?)",
                [
                    now,
                    user,
                    str(import_id),
                    json.dumps(
                        {
                            "file": file_name,
                            "inserted": inserted,
                            "updated": updated,
                            "rejected": summary.rejected,
                        },
                        ensure_ascii=False,
                    ),
                ],
            )
        rejects = [
            {"row_number": r[0], "reason": r[1]}
            for r in conn.execute(
                "SELECT row_number, reason FROM stage.rejects ORDER BY row_number LIMIT 50"
            )
        ]
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("DETACH DATABASE stage")
    result = ImportResult(
        import_id=import_id,
        file_name=file_name,
        rows_read=summary.rows_read,
        inserted=inserted,
        updated=updated,
        duplicates=duplicates,
        rejected=summary.rejected,
        mapping=source.mapping,
        preset=source.preset,
        sheet=source.sheet,
        encoding=source.encoding,
        header_row=source.header_row,
        warnings=source.warnings,
        rejects=rejects,
        dropped_columns=source.dropped_columns,
        indexed=len(reindexed),
    )
    return result, first_id


def _index(
    db: Database,
    staging: Path,
    import_id: int,
    first_id: int | None,
    progress: Progress,
    after_commit: Callable[[], None] | None = None,
) -> int:
    """Add the new rows to the search index from the tokens the child computed. Short
    transactions of their own, right after the merge; the last one clears the import's
    `search_pending` (a kill before that is finished by finish_imports)."""
    conn = db.conn
    conn.execute("ATTACH DATABASE ? AS stage", [str(staging)])
    try:
        total = conn.execute("SELECT count(*) FROM stage.rows WHERE state = 'new'").fetchone()[0]
        if not total:
            return 0
        last = conn.execute("SELECT max(rowid) FROM stage.rows").fetchone()[0]
        if first_id is not None:  # the n-th new row (rowid order) is mention first_id + n - 1
            fill = (
                "INSERT INTO main.mentions_fts(rowid, tokens)"
                " SELECT :base + row_number() OVER (ORDER BY rowid), tokens FROM stage.rows"
                " WHERE state = 'new' AND rowid BETWEEN :start AND :end"
            )
        else:
            fill = (
                "INSERT INTO main.mentions_fts(rowid, tokens) SELECT m.id, r.tokens"
                " FROM stage.rows AS r CROSS JOIN main.mentions AS m ON m.key = r.key"
                " WHERE r.state = 'new' AND r.rowid BETWEEN :start AND :end"
            )
        done = 0
        for start in range(1, last + 1, INDEX_CHUNK):
            with write_transaction(db):
                if start == 1 and total >= INDEX_CHUNK:
                    # An FTS5 setting kept in the index's own config (SQLite's
                    # fts5_config.c); a build without it just fills more slowly.
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute(
                            "INSERT INTO main.mentions_fts(mentions_fts, rank)"
                            " VALUES ('hashsize', ?)",
                            [FTS_HASH_BYTES],
                        )
                span = {"start": start, "end": start + INDEX_CHUNK - 1}
                if first_id is not None:
                    span["base"] = first_id - 1 + done
                done += conn.execute(fill, span).rowcount
                if start + INDEX_CHUNK > last:
                    conn.execute(
                        "UPDATE main.imports SET search_pending = 0 WHERE id = ?", [import_id]
                    )
            if after_commit is not None:
                after_commit()
            progress.report(done, total, "建立搜索索引")
    finally:
        conn.execute("DETACH DATABASE stage")
    return done


def import_rejects(db: Database, import_id: int, limit: int | None = None) -> list[dict[str, Any]]:
    sql = "SELECT row_number, reason, raw_json FROM import_rejects WHERE import_id = ? ORDER BY row_number"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [
        {"row_number": r[0], "reason": r[1], "raw": json.loads(r[2] or "{}")}
        for r in db.execute(sql, [import_id])
    ]
