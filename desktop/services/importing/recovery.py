"""What imports a crash, a kill or a cancel left unfinished, finished or marked failed.

A kill before an import's merge commits leaves its record "running" (marked "failed" here); one
after it leaves dropped indexes and search-index entries to fill (done here).
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from desktop.services.importing.running import RunningImports
from desktop.storage.deferred_indexes import build_deferred_indexes
from desktop.storage.mention_index import index_mentions
from desktop.storage.workspace import now_iso
from desktop.storage.write_turns import write_transaction


def recover_stale_imports(
    db: Database, workspace_path: Path | None = None, *, running: RunningImports | None = None
) -> int:
    """Imports left "running" by a crashed or killed process become "failed" (not those
    `running` says this process is writing)."""
    active = running.into(workspace_path) if running is not None else []
    keep = f" AND id NOT IN ({','.join('?' * len(active))})" if active else ""
    cursor = db.conn.execute(
        f"UPDATE imports SET status = 'failed', finished_at = ? WHERE status = 'running'{keep}",
        [now_iso(), *active],
    )
    return cursor.rowcount


def finish_imports(
    db: Database, workspace_path: Path | None = None, *, running: RunningImports | None = None
) -> int:
    """Finish what imports killed after their merge left undone: the indexes they dropped
    (queries would stay slow) and their search index entries (they are in the log but a
    search would not find them); returns how many mentions were indexed."""
    build_deferred_indexes(db)
    active = running.into(workspace_path) if running is not None else []
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
