"""The reply composer's rows on a mention: what it needs to know about the mention, and the
reply recorded on it with the script it came from (the reply_* columns the kb migration adds).

services/composer runs these inside its transaction, with the script's usage count
(storage/kb.count_use) and the audit row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class MentionToReply:
    id: int
    platform: str
    author: str
    text: str
    title: str
    status: str
    reply_text: str  # an earlier reply ('' when none)


def mention(db: Database, mention_id: int) -> MentionToReply | None:
    row = db.execute(
        "SELECT id, platform, author, text, title, status, reply_text FROM mentions WHERE id = ?",
        [mention_id],
    ).fetchone()
    return None if row is None else MentionToReply(*row)


def reply_state(db: Database, mention_id: int) -> dict[str, Any]:
    """The reply columns before a new reply (for the audit row)."""
    row = db.execute(
        "SELECT reply_text, replied_at, status, reply_entry_id FROM mentions WHERE id = ?",
        [mention_id],
    ).fetchone()
    return dict(zip(("reply_text", "replied_at", "status", "reply_entry_id"), row, strict=True))


@dataclass(frozen=True)
class RecordedReply:
    text: str
    at: str
    entry_id: int | None
    version: int | None
    is_approved_script: bool
    channel: str


def record_reply(db: Database, mention_id: int, reply: RecordedReply) -> None:
    """The first reply's time stays (the response clock measures it); a mention already in
    follow-up or closed keeps that status, any other becomes "replied"."""
    db.execute(
        "UPDATE mentions SET reply_text = ?, replied_at = coalesce(replied_at, ?),"
        " status = CASE WHEN status IN ('follow_up', 'closed') THEN status ELSE 'replied' END,"
        " reply_entry_id = ?, reply_version = ?, reply_is_approved_script = ?,"
        " reply_channel = ?, updated_at = ? WHERE id = ?",
        [
            reply.text,
            reply.at,
            reply.entry_id,
            reply.version,
            int(reply.is_approved_script),
            reply.channel,
            reply.at,
            mention_id,
        ],
    )
