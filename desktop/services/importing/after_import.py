"""What runs after every import, in the import's worker, once its rows are committed.

Each area that reads new mentions (triage scoring, watchlist matching, alerts) adds one call
here, so an import from the window, the CLI or a test does the same. The import is already
committed: a step that fails is logged and the next steps still run; it never undoes the rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlite_utils import Database

from desktop.core.progress import Progress
from desktop.services.alerts import evaluate_after_import
from desktop.services.importing.merge import ImportResult
from desktop.services.triage import score_unlabelled
from desktop.services.watchlists import match_import

log = logging.getLogger(__name__)

Step = Callable[[Database, int, ImportResult, Progress], None]


def score_new_mentions(
    db: Database, import_id: int, result: ImportResult, progress: Progress
) -> None:
    """The model's suggestions for the mentions it has not read (new or changed words), so
    the window shows them right after the import; labels and the sheet's values stay."""
    score_unlabelled(db, None, progress, unread_only=True)


def steps() -> list[Step]:
    """The steps in order; each takes (db, import_id, result, progress)."""
    return [score_new_mentions, match_watch_groups, evaluate_alerts]


def match_watch_groups(
    db: Database, import_id: int, result: ImportResult, progress: Progress
) -> None:
    """The new and changed mentions against every enabled watch group."""
    match_import(db, import_id)


def evaluate_alerts(db: Database, import_id: int, result: ImportResult, progress: Progress) -> None:
    """Alerts from the mentions' post times, now that the batch (and its matches) is in."""
    evaluate_after_import(db, import_id=import_id)


def run_after_import(
    db: Database, import_id: int, result: ImportResult, progress: Progress
) -> None:
    for step in steps():
        try:
            step(db, import_id, result, progress)
        except Exception:  # the import is committed; a later step must not undo it
            log.exception("after-import step %s failed", getattr(step, "__name__", step))
