"""A workspace with known figures for the dashboard and the reports: mentions written straight
into the table with every triage source (person, import, model sure / unsure), replies and
posting times in the workspace's +08:00."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from desktop.storage.mention_index import index_mentions
from desktop.storage.workspace import Workspace

CST = timezone(timedelta(hours=8))
# "Now" of these tests: 2026-12-03 20:00 in +08:00 (12:00 UTC).
NOW = datetime(2026, 12, 3, 20, 0, tzinfo=CST)

COLUMNS = (
    "key",
    "platform",
    "author",
    "followers",
    "posted_at",
    "text",
    "sentiment",
    "sentiment_by",
    "sentiment_confidence",
    "status",
    "issue_type",
    "owner",
    "replied_at",
    "contact",
    "model_sentiment",
)


def mention(
    posted: datetime,
    sentiment: str = "neu",
    by: str = "import",
    *,
    confidence: float | None = None,
    status: str = "new",
    platform: str = "微博",
    author: str = "网友",
    followers: int | None = 100,
    issue_type: str = "",
    owner: str = "",
    reply_after_minutes: int | None = None,
    text: str = "",
    contact: str = "",
) -> dict[str, Any]:
    replied = (
        (posted + timedelta(minutes=reply_after_minutes)).isoformat(timespec="seconds")
        if reply_after_minutes is not None
        else None
    )
    return {
        "platform": platform,
        "author": author,
        "followers": followers,
        "posted_at": posted.isoformat(timespec="seconds"),
        "text": text or f"{sentiment} 舆情 {posted:%m%d%H%M}",
        "sentiment": sentiment,
        "sentiment_by": by if sentiment != "unknown" or by == "model" else "",
        "sentiment_confidence": confidence,
        "status": "replied" if replied and status == "new" else status,
        "issue_type": issue_type,
        "owner": owner,
        "replied_at": replied,
        "contact": contact,
        # As if the model had read every row already: opening the workspace scores only rows
        # it never read, and these figures are the ones the test wrote.
        "model_sentiment": sentiment if sentiment != "unknown" else "neu",
    }


def known_rows() -> list[dict[str, Any]]:
    """Today (12-03): 3 confirmed negatives (one by a person, overdue), 2 sure suggestions,
    1 unsure suggestion (not counted), 2 positives, 1 neutral, 1 unknown; yesterday: 2
    negatives and 1 positive; 10 days ago: 1 old overdue negative."""
    day = NOW.replace(hour=0)
    return [
        mention(
            day.replace(hour=9),
            "neg",
            "person",
            issue_type="food_safety",
            author="大V",
            followers=500_000,
            owner="阿敏",
            reply_after_minutes=30,
            platform="微博",
        ),
        mention(
            day.replace(hour=10),
            "neg",
            "import",
            issue_type="food_safety",
            platform="抖音",
            owner="王经理",
            reply_after_minutes=90,
        ),
        mention(
            day.replace(hour=10, minute=30),
            "neg",
            "import",
            issue_type="delivery",
            contact="13812345678",
            text="送餐太慢，电话 13812345678",
        ),  # unanswered, overdue
        mention(
            day.replace(hour=19, minute=30), "neg", "model", confidence=0.9, issue_type="delivery"
        ),  # unanswered but inside the 2 h window
        mention(day.replace(hour=11), "neg", "model", confidence=0.75, issue_type="delivery"),
        mention(day.replace(hour=12), "neg", "model", confidence=0.4),  # a guess: not counted
        mention(day.replace(hour=13), "pos", "import", reply_after_minutes=10, owner="阿敏"),
        mention(day.replace(hour=14), "pos", "model", confidence=0.8),
        mention(day.replace(hour=15), "neu", "import"),
        mention(day.replace(hour=16), "unknown", ""),
        mention(day.replace(hour=9) - timedelta(days=1), "neg", "import", status="closed"),
        mention(day.replace(hour=10) - timedelta(days=1), "neg", "person", status="replied"),
        mention(day.replace(hour=11) - timedelta(days=1), "pos", "import", status="closed"),
        mention(
            day.replace(hour=9) - timedelta(days=10), "neg", "import", issue_type="price_refund"
        ),
    ]


def add_known_mentions(workspace: Workspace, rows: list[dict[str, Any]] | None = None) -> list[int]:
    rows = known_rows() if rows is None else rows
    ids = []
    with workspace.transaction():
        for n, row in enumerate(rows):
            values = [f"ov{n}", *(row[c] for c in COLUMNS[1:])]
            cursor = workspace.db.execute(
                f"INSERT INTO mentions({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                values,
            )
            ids.append(int(cursor.lastrowid))
    index_mentions(workspace.db, ids)
    return ids
