"""What imports a crash, a kill or a cancel left unfinished, finished or marked failed.

A kill before an import's merge commits leaves its record "running" (marked "failed" here); one
after it leaves dropped indexes and search-index entries to fill (done here).
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from desktop.services.importing.running import RunningImports
from desktop.storage import imports as import_log
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
    return import_log.mark_stale_failed(db, keep=active, at=now_iso())


def finish_imports(
    db: Database, workspace_path: Path | None = None, *, running: RunningImports | None = None
) -> int:
    """Finish what imports killed after their merge left undone: the indexes they dropped
    (queries would stay slow) and their search index entries (they are in the log but a
    search would not find them); returns how many mentions were indexed."""
    build_deferred_indexes(db)
    active = running.into(workspace_path) if running is not None else []
    done = 0
    for import_id in import_log.pending_search(db):
        if import_id in active:
            continue
        done += index_mentions(db, import_log.mention_ids_of(db, import_id))
        with write_transaction(db):
            import_log.clear_search_pending(db, import_id)
    return done
