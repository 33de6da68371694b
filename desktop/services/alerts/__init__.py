"""Alerts (预警): negative spikes, a watch group's volume spike, influencer/media negatives,
sensitive-word hits, the response window passed, a case's clock about to run out.

Computed from the mentions' own post times after every import (an after-import step) and on
the page's timer; each alert names its mentions, and a person acknowledges, snoozes or opens a
case from it. Thresholds are the workspace setting `alert_settings` (core/alert_vocab).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop.core import alert_vocab
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.spikes import hour_key
from desktop.services.alerts.actions import acknowledge, get_alert, open_case_from_alert, snooze
from desktop.services.alerts.evaluate import (
    WINDOW_KINDS,
    Evaluation,
    evaluate,
    is_media,
    lookback_start,
    thresholds,
)
from desktop.services.alerts.wording import describe, kind_label
from desktop.storage import alerts as store
from desktop.storage.alerts import Alert
from desktop.storage.worker_workspace import open_writer
from desktop.storage.workspace import Workspace

__all__ = [
    "ALERT_KINDS",
    "Alert",
    "Evaluation",
    "acknowledge",
    "describe",
    "evaluate",
    "evaluate_after_import",
    "evaluate_in_file",
    "get_alert",
    "is_media",
    "kind_label",
    "list_alerts",
    "open_case_from_alert",
    "reason_of",
    "save_thresholds",
    "snooze",
    "thresholds",
]

ALERT_KINDS = alert_vocab.ALERT_KINDS


def list_alerts(
    workspace: Workspace,
    *,
    include_acknowledged: bool = False,
    include_snoozed: bool = True,
    now: str | None = None,
) -> list[Alert]:
    """Newest burst first; `include_snoozed=False` hides those snoozed past `now`."""
    return store.list_alerts(
        workspace.db,
        include_acknowledged=include_acknowledged,
        snoozed_before=None if include_snoozed else (now or _utc_now()),
    )


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def reason_of(alert: Alert, language: str = "zh") -> str:
    """The alert's reason in the language asked (the stored Chinese when it cannot be redone)."""
    return reason_words(alert.kind, alert.details, alert.reason, language)


def reason_words(kind: str, details: dict[str, Any], reason: str, language: str = "zh") -> str:
    """A stored reason reworded in `language` from its kind and details (for lines that keep
    only those, like the dashboard's); the stored Chinese when it cannot be redone."""
    if language.startswith("zh") or not details:
        return reason
    try:
        return describe(kind, details, "en")
    except (KeyError, TypeError, ValueError):
        return reason


def save_thresholds(workspace: Workspace, values: dict[str, dict[str, Any]]) -> Changes:
    """Store the thresholds (unknown kinds and keys are dropped; numbers must be ≥ 0)."""
    for kind, settings in values.items():
        for key, value in settings.items():
            if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
                raise UserError(f"阈值不能是负数：{kind}.{key} = {value}")
    cleaned = alert_vocab.thresholds(values)
    workspace.set_setting(alert_vocab.SETTINGS_KEY, cleaned)
    return Changes(alerts=True, workspace=False, audit=True)


def evaluate_in_file(
    workspace_path: str, user: str, progress: object = None, now: datetime | None = None
) -> Evaluation:
    """`evaluate` off the UI thread (the page's timer), on a connection of its own."""
    own = open_writer(workspace_path, user=user)
    try:
        return evaluate(own, now)
    finally:
        own.close()


def evaluate_after_import(
    db: Database, user: str = "import", import_id: int | None = None, now: datetime | None = None
) -> Evaluation:
    """The after-import step: evaluate on the import's own connection. An import whose
    posts are all older than the lookback window (a late export of last month) cannot start
    or widen a burst or a hit there: only the kinds that move with the clock (response window,
    case clocks) are evaluated; the page's timer evaluates everything as before."""
    workspace = Workspace(Path(store.file_of(db)), db, read_only=False, lock=None, user=user)
    if import_id is not None:
        since = hour_key(lookback_start(workspace, now))
        if not store.import_posted_since(db, import_id, since):
            return evaluate(workspace, now, kinds=set(alert_vocab.ALERT_KINDS) - WINDOW_KINDS)
    return evaluate(workspace, now)
