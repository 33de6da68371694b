"""A few mentions in a test workspace, inserted as a merge would leave them (and indexed)."""

from __future__ import annotations

from desktop.storage.mention_index import index_mentions
from desktop.storage.workspace import Workspace

ROWS = [
    dict(
        platform="微博",
        author="小林",
        followers=3000,
        posted_at="2026-11-18T09:12:00+08:00",
        text="沙拉碗里吃出钢丝，要求退款",
        sentiment="neg",
        status="new",
        issue_type="food_safety",
    ),
    dict(
        platform="抖音",
        author="大王",
        followers=1_860_000,
        posted_at="2026-11-18T15:40:00+08:00",
        text="转发：鹿角巷鲜食钢丝事件",
        sentiment="neg",
        status="to_reply",
        owner="王经理",
    ),
    dict(
        platform="小红书",
        author="May",
        followers=120,
        posted_at="2026-11-17T12:00:00+08:00",
        text="退款三天没到账",
        sentiment="neg",
        status="replied",
        owner="阿敏",
        case_id=None,
    ),
    dict(
        platform="微博",
        author="Lily",
        followers=None,
        posted_at="2026-11-16T08:00:00+08:00",
        text="牛油果沙拉很好吃 iPhone 拍照好看",
        sentiment="pos",
        status="closed",
    ),
    dict(
        platform="大众点评",
        author="路人",
        followers=50,
        posted_at=None,
        text="几点关门？",
        title="营业时间",
        sentiment="neu",
        status="new",
    ),
]


def add_mentions(workspace: Workspace, rows: list[dict]) -> list[int]:
    with workspace.transaction():
        ids = []
        for n, row in enumerate(rows):
            cursor = workspace.db.execute(
                "INSERT INTO mentions(key, platform, author, followers, posted_at, text, title,"
                " sentiment, sentiment_by, status, issue_type, owner, case_id)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    f"k{n}-{row['text']}",
                    row["platform"],
                    row["author"],
                    row.get("followers"),
                    row.get("posted_at"),
                    row["text"],
                    row.get("title", ""),
                    row["sentiment"],
                    row.get("sentiment_by", "" if row["sentiment"] == "unknown" else "import"),
                    row["status"],
                    row.get("issue_type", ""),
                    row.get("owner", ""),
                    row.get("case_id"),
                ],
            )
            ids.append(cursor.lastrowid)
    index_mentions(workspace.db, ids)
    return ids
