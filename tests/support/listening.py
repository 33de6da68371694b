"""Mention streams for the listening tests: rows by post time, inserted in one go."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.storage.workspace import Workspace

NOW = datetime(2026, 11, 20, 12, 30, tzinfo=UTC)


def hours_ago(hours: float, minutes: int = 10) -> str:
    """A post time `hours` before NOW's hour, `minutes` into it (ISO, +08:00 as sheets give)."""
    hour = NOW.replace(minute=0) - timedelta(hours=hours)
    moment = hour + timedelta(minutes=minutes)
    return moment.astimezone(datetime.fromisoformat("2026-01-01T00:00+08:00").tzinfo).isoformat()


def add_stream(workspace: Workspace, rows: list[dict[str, Any]]) -> list[int]:
    """Insert mentions; each row needs `posted_at` and `text`, the rest has defaults."""
    ids = []
    with workspace.transaction():
        start = workspace.count("mentions")
        for n, row in enumerate(rows):
            sentiment = row.get("sentiment", "neu")
            cursor = workspace.db.execute(
                "INSERT INTO mentions(key, platform, author, followers, posted_at, text,"
                " sentiment, sentiment_by, sentiment_confidence, status, extra_json)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    f"s{start + n}",
                    row.get("platform", "微博"),
                    row.get("author", f"用户{start + n}"),
                    row.get("followers"),
                    row["posted_at"],
                    row["text"],
                    sentiment,
                    row.get("by", "import" if sentiment != "unknown" else ""),
                    row.get("confidence"),
                    row.get("status", "new"),
                    json.dumps(row.get("extra", {}), ensure_ascii=False),
                ],
            )
            ids.append(int(cursor.lastrowid))
    return ids


def quiet_history(hours: int = 24, per_hour: int = 1, **row: Any) -> list[dict[str, Any]]:
    """A calm stream: `per_hour` neutral (or given) mentions in each of the `hours` hours
    before NOW's hour."""
    return [
        {"posted_at": hours_ago(h, minutes=5 + i), "text": f"日常讨论 {h}-{i}", **row}
        for h in range(1, hours + 1)
        for i in range(per_hour)
    ]


def before_now(hours: float) -> str:
    """A post time `hours` before the real clock (for the CLI, which evaluates at now)."""
    return (datetime.now(UTC) - timedelta(hours=hours)).isoformat(timespec="seconds")
