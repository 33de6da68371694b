"""The imports' own tables (imports, import_rejects, import_presets) and the import's connection.

An import writes through a connection of its own (`connect`), on a worker thread, beside the
app's; its record goes "running" → "done" (or "failed"/"cancelled"), and `search_pending`
stays set until the search index holds its new rows (desktop.services.importing.recovery
finishes what a kill left).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from sqlite_utils import Database

from desktop.storage.write_turns import BUSY_TIMEOUT_MS, write_transaction

# Page cache of the import's own connection: the merge's key lookups and index builds stay
# in memory instead of spilling mid-transaction (the default is 2 MB).
IMPORT_CACHE_KIB = 32 * 1024


class StoredReject(TypedDict):
    row_number: int
    reason: str
    raw: dict[str, Any]


@dataclass(frozen=True)
class ImportCounts:
    """What the merge did with the rows read."""

    rows_read: int
    inserted: int
    updated: int
    duplicates: int
    rejected: int


# -- the import's connection ------------------------------------------------------------------


def connect(workspace_path: Path) -> Database:
    """A connection of the import's own (the UI keeps its own), with the workspace pragmas."""
    conn = sqlite3.connect(str(workspace_path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    conn.isolation_level = None  # we say BEGIN/COMMIT ourselves
    return Database(conn)


def stop_automatic_checkpoints(db: Database) -> None:
    """No checkpoint inside this connection's COMMITs: a `Checkpointer` does them."""
    db.conn.execute("PRAGMA wal_autocheckpoint = 0")


class Checkpointer:
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


def workspace_settings(db: Database) -> dict[str, Any]:
    """The workspace's settings as the import's own connection reads them."""
    row = db.execute("SELECT settings_json FROM workspace WHERE id = 1").fetchone()
    settings: dict[str, Any] = json.loads(row[0]) if row and row[0] else {}
    return settings


# -- the import's record ----------------------------------------------------------------------


def start_import(
    db: Database, *, file_name: str, sha256: str, sheet: str, preset: str, at: str
) -> int:
    """Record an import as "running" (inside the caller's transaction); returns its id."""
    cursor = db.conn.execute(
        "INSERT INTO imports(file_name, sha256, sheet, preset, status, started_at)"
        " VALUES (?, ?, ?, ?, 'running', ?)",
        [file_name, sha256, sheet, preset, at],
    )
    if cursor.lastrowid is None:
        raise sqlite3.DatabaseError("the import record got no id")
    return cursor.lastrowid


def mark_stale_failed(db: Database, *, keep: Sequence[int], at: str) -> int:
    """Imports still "running" (but those in `keep`) become "failed"; returns how many."""
    others = f" AND id NOT IN ({','.join('?' * len(keep))})" if keep else ""
    cursor = db.conn.execute(
        f"UPDATE imports SET status = 'failed', finished_at = ? WHERE status = 'running'{others}",
        [at, *keep],
    )
    return cursor.rowcount


def end_running(db: Database, import_id: int, status: str, *, at: str) -> None:
    """A failed or cancelled import: whatever its connection had open is rolled back, then
    its record (if still "running") gets `status`, in a transaction of its own."""
    if db.conn.in_transaction:
        db.conn.execute("ROLLBACK")
    with write_transaction(db):
        db.conn.execute(
            "UPDATE imports SET status = ?, finished_at = ? WHERE id = ? AND status = 'running'",
            [status, at, import_id],
        )


def mark_done(
    db: Database,
    import_id: int,
    *,
    sheet: str,
    preset: str,
    mapping: dict[str, str],
    counts: ImportCounts,
    at: str,
) -> None:
    """The merge's last word (inside its transaction): the import is "done"; its search index
    is pending when it added rows."""
    db.conn.execute(
        "UPDATE imports SET sheet = ?, preset = ?, mapping_json = ?, rows_read = ?,"
        " inserted = ?, updated = ?, duplicates = ?, rejected = ?, status = 'done',"
        " finished_at = ?, search_pending = ? WHERE id = ?",
        [
            sheet,
            preset,
            json.dumps(mapping, ensure_ascii=False),
            counts.rows_read,
            counts.inserted,
            counts.updated,
            counts.duplicates,
            counts.rejected,
            at,
            int(counts.inserted > 0),
            import_id,
        ],
    )


def record_audit(
    db: Database, import_id: int, *, at: str, user: str, after: dict[str, Any]
) -> None:
    """The import's audit row (inside the merge's transaction; the import's connection has no
    Workspace to call `audit` on)."""
    db.conn.execute(
        "INSERT INTO audit(at, user, action, object_type, object_id, before_json, after_json)"
        " VALUES (?, ?, 'import', 'import', ?, NULL, ?)",
        [at, user, str(import_id), json.dumps(after, ensure_ascii=False)],
    )


def pending_search(db: Database) -> list[int]:
    """Imports whose new rows are not (all) in the search index yet, oldest first."""
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT id FROM imports WHERE search_pending ORDER BY id"
        ).fetchall()
    ]


def clear_search_pending(db: Database, import_id: int) -> None:
    """The search index holds the import's rows (inside the caller's transaction)."""
    db.conn.execute("UPDATE main.imports SET search_pending = 0 WHERE id = ?", [import_id])


def mention_ids_of(db: Database, import_id: int) -> list[int]:
    """The mentions an import added."""
    return [
        r[0] for r in db.conn.execute("SELECT id FROM mentions WHERE import_id = ?", [import_id])
    ]


# The order an import's rejected rows are shown and exported in: as they stood in the sheet.
_REJECTS = "FROM import_rejects WHERE import_id = ? ORDER BY row_number, id"


def rejects_of(db: Database, import_id: int, limit: int | None = None) -> list[StoredReject]:
    """The rows an import rejected, by row number, with their cells as read."""
    sql = f"SELECT row_number, reason, raw_json {_REJECTS}"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [
        StoredReject(row_number=r[0], reason=r[1], raw=json.loads(r[2] or "{}"))
        for r in db.execute(sql, [import_id])
    ]


# -- an import's rejected rows, for their export ---------------------------------------------------------------


def import_exists(db: Database, import_id: int) -> bool:
    return db.execute("SELECT 1 FROM imports WHERE id = ?", [import_id]).fetchone() is not None


def reject_count(db: Database, import_id: int) -> int:
    found = db.execute("SELECT count(*) FROM import_rejects WHERE import_id = ?", [import_id])
    return int(found.fetchone()[0])


def reject_pages(
    db: Database, import_id: int, page_size: int = 500
) -> Iterator[list[tuple[int, str, str | None]]]:
    """Pages of (row number, reason, raw_json) of an import's rejected rows, in sheet order."""
    cursor = db.conn.execute(f"SELECT row_number, reason, raw_json {_REJECTS}", [import_id])
    while page := cursor.fetchmany(page_size):
        yield page


def reject_raw_json(db: Database, import_id: int) -> Iterator[str | None]:
    """The raw_json of each rejected row, in sheet order (to find the columns first)."""
    for (raw_json,) in db.conn.execute(f"SELECT raw_json {_REJECTS}", [import_id]):
        yield raw_json


def add_finished_import(db: Database, *, file_name: str, sheet: str, preset: str, at: str) -> int:
    """An import batch that is already done (demo data arrives as if imported at `at`)."""
    cursor = db.execute(
        "INSERT INTO imports(file_name, sheet, preset, started_at, finished_at, status)"
        " VALUES (?, ?, ?, ?, ?, 'done')",
        [file_name, sheet, preset, at, at],
    )
    return int(cursor.lastrowid or 0)


def count_import_rows(db: Database, import_id: int) -> None:
    """Set a finished batch's read and inserted counts from the mentions it holds."""
    held = db.execute("SELECT count(*) FROM mentions WHERE import_id = ?", [import_id]).fetchone()
    db.execute(
        "UPDATE imports SET rows_read = ?, inserted = ? WHERE id = ?",
        [held[0], held[0], import_id],
    )


# -- presets ----------------------------------------------------------------------------------


def saved_presets(db: Database) -> dict[str, dict[str, str]]:
    """Column mappings saved in this workspace, by name."""
    return {
        name: json.loads(mapping)
        for name, mapping in db.execute(
            "SELECT name, mapping_json FROM import_presets ORDER BY name"
        )
    }


def save_preset(db: Database, name: str, mapping: dict[str, str], *, at: str) -> None:
    """Add or replace a saved mapping (inside the caller's transaction)."""
    db.execute(
        "INSERT INTO import_presets(name, mapping_json, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET mapping_json = excluded.mapping_json",
        [name, json.dumps(mapping, ensure_ascii=False), at],
    )
