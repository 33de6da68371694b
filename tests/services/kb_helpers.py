"""Helpers for the knowledge-base tests: roster rows and mentions inserted directly."""

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
