"""Mentions for the queue, author and nature tests: any column set directly (the triage
model's columns included), times relative to one fixed `NOW`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

from desktop.storage.mention_index import index_mentions
from desktop.storage.workspace import Workspace

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
_keys = count(1)


def ago(*, minutes: float = 0, hours: float = 0, days: float = 0) -> str:
    """A posted_at this long before NOW (ISO, UTC)."""
    return (NOW - timedelta(minutes=minutes, hours=hours, days=days)).isoformat()


def add(workspace: Workspace, **values: Any) -> int:
    """One mention; defaults: 微博, new, unread, posted 10 minutes before NOW."""
    row: dict[str, Any] = {
        "key": f"q{next(_keys)}",
        "platform": "微博",
        "author": "路人",
        "text": "一条评论",
        "status": "new",
        "sentiment": "unknown",
        "sentiment_by": "",
        "posted_at": ago(minutes=10),
    }
    row.update(values)
    columns = ", ".join(row)
    marks = ", ".join("?" * len(row))
    with workspace.transaction():
        cursor = workspace.db.execute(
            f"INSERT INTO mentions({columns}) VALUES ({marks})", list(row.values())
        )
    mention_id = int(cursor.lastrowid)
    index_mentions(workspace.db, [mention_id])
    return mention_id


def add_many(workspace: Workspace, rows: list[dict[str, Any]]) -> list[int]:
    return [add(workspace, **row) for row in rows]
