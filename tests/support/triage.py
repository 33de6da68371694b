"""Mentions for triage tests: clear complaints, praise and questions, each inserted with who
said its sentiment (nobody, a person, the sheet), as an import would leave them."""

from __future__ import annotations

from desktop.storage.mention_index import index_mentions
from desktop.storage.workspace import Workspace

COMPLAINTS = [
    "太难吃了，再也不会点了，差评",
    "送餐慢了两个小时，饭都凉了，服务态度极差",
    "吃出了头发，恶心，要求退款",
    "垃圾商家，投诉！菜是馊的",
    "等了一个半小时还没送到，打电话也不接，太差了",
]
PRAISE = [
    "很好吃，味道不错，下次还会再来",
    "送餐很快，包装精美，好评",
    "分量足，口味很棒，推荐大家",
]


def add(
    workspace: Workspace,
    texts: list[str],
    *,
    sentiment: str = "unknown",
    by: str = "",
    user: str = "",
    vendor: str = "",
    posted_at: str | None = "2026-11-18T09:00:00+08:00",
    status: str = "new",
) -> list[int]:
    """Insert one mention per text (keys unique per call) and index them for search."""
    with workspace.transaction():
        start = workspace.db.execute("SELECT coalesce(max(id), 0) FROM mentions").fetchone()[0]
        ids = []
        for n, text in enumerate(texts):
            cursor = workspace.db.execute(
                "INSERT INTO mentions(key, platform, author, posted_at, text, sentiment,"
                " sentiment_by, sentiment_user, vendor_sentiment, status)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                [
                    f"t{start + n}",
                    "微博",
                    f"用户{start + n}",
                    posted_at,
                    text,
                    sentiment,
                    by,
                    user,
                    vendor,
                    status,
                ],
            )
            ids.append(int(cursor.lastrowid))
    index_mentions(workspace.db, ids)
    return ids


def row(workspace: Workspace, mention_id: int) -> dict:
    cursor = workspace.db.execute(
        "SELECT sentiment, sentiment_by, sentiment_user, sentiment_confidence, model_sentiment,"
        " negative_probability, vendor_sentiment, issue_type, issue_type_by FROM mentions"
        " WHERE id = ?",
        [mention_id],
    )
    names = [d[0] for d in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))
