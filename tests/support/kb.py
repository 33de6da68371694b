"""Helpers for the 问答库 tests: a sample entry, roster rows and mentions inserted directly, and
the audit trail of an entry."""

from __future__ import annotations

from desktop.storage.workspace import Workspace


def add_person(workspace: Workspace, name: str, *, approver: bool = False) -> int:
    with workspace.transaction():
        person_id = workspace.db.execute(
            "INSERT INTO people(name, available) VALUES (?, 1)", [name]
        ).lastrowid
        if approver:
            workspace.db.execute(
                "INSERT INTO responsibilities(scenario, severity, activity, person_id, raci)"
                " VALUES ('', '', 'approve_kb', ?, 'A')",
                [person_id],
            )
    return person_id


def add_mention(
    workspace: Workspace,
    text: str,
    *,
    author: str = "",
    platform: str = "微博",
    reply: str = "",
    replied_at: str | None = None,
    key: str | None = None,
) -> int:
    with workspace.transaction():
        return workspace.db.execute(
            "INSERT INTO mentions(key, platform, author, text, reply_text, replied_at, status,"
            " sentiment) VALUES (?, ?, ?, ?, ?, ?, ?, 'neg')",
            [
                key or f"k-{text}-{author}",
                platform,
                author,
                text,
                reply,
                replied_at if reply else None,
                "replied" if reply else "new",
            ],
        ).lastrowid


def entry_id(workspace: Workspace, title: str) -> int:
    return workspace.db.execute("SELECT id FROM kb_entries WHERE title = ?", [title]).fetchone()[0]


# A sample entry as the editor hands it to kb.create_entry.
ENTRY = {
    "title": "退款慢",
    "category": "服务冲突 / 价格／退款",
    "examples": "退款一直没到账\n申请退款好几天了",
    "keywords": "退款, 到账",
    "language": "zh-CN",
    "replies": [
        {
            "kind": "public",
            "channel": "generic",
            "body": "{称呼|您}好，请私信订单号，我们今天帮您查。",
        },
        {"kind": "private", "channel": "weibo", "body": "请提供订单号 {订单号}。"},
    ],
}


def audit_actions(workspace: Workspace, entry_id: int) -> list[str]:
    return [
        r[0]
        for r in workspace.db.execute(
            "SELECT action FROM audit WHERE object_type = 'kb_entry' AND object_id = ? ORDER BY id",
            [str(entry_id)],
        )
    ]
