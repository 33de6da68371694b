"""What imports a crash, a kill or a cancel left unfinished, finished or marked failed.

A kill before an import's merge commits leaves its record "running" (marked "failed" here); one
after it leaves dropped indexes and search-index entries to fill (done here).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.core.changes import NO_CHANGES, Changes
from desktop.services.importing.running import RunningImports
from desktop.storage import imports as import_log
from desktop.storage.deferred_indexes import build_deferred_indexes
from desktop.storage.mention_index import index_mentions
from desktop.storage.workspace import Workspace, now_iso
from desktop.storage.write_turns import write_transaction


@dataclass(frozen=True)
class Recovered:
    """What opening a workspace found left over by imports that were killed."""

    failed: int  # imports left "running", now "failed"
    indexed: int  # mentions added to the search index

    @property
    def changes(self) -> Changes:
        """The imports' list, and what a search finds, when anything was done."""
        if not (self.failed or self.indexed):
            return NO_CHANGES
        return Changes(mentions=True, mention_rows=bool(self.indexed))


def recover(workspace: Workspace, *, running: RunningImports | None = None) -> Recovered:
    """When a workspace opens: imports a kill left "running" fail, and what imports killed
    after their merge left undone is finished (indexes, search index)."""
    with workspace.transaction():
        failed = recover_stale_imports(workspace.db, workspace.path, running=running)
    indexed = finish_imports(workspace.db, workspace.path, running=running)
    return Recovered(failed=failed, indexed=indexed)


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
