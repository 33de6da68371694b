"""What the reply suggestions read: the entries in use (the approved version while one exists)
and the mentions that got a reply, plus the cheap marks that tell when either changed.

services/suggest builds its in-memory indexes from these; it writes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.kb_content import Reply

# (PRAGMA data_version, the connection's total_changes): while both stay the same, nobody
# wrote anything, so the signatures need no checking.
WriteMark = tuple[int, int]
# count, last update, sum of versions, sum of approved versions, retired count.
KbSignature = tuple[int, str, float, float, float]
# id, title, text of an answered mention.
AnsweredRow = tuple[int, str, str]


def write_mark(db: Database) -> WriteMark:
    data_version = db.execute("PRAGMA data_version").fetchone()[0]
    return (int(data_version), int(db.conn.total_changes))


# -- entries ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndexedEntry:
    """An entry as suggestions offer it: the version in use."""

    id: int
    status: str
    version: int
    approved: bool  # the approved version (a newer draft may be edited meanwhile)
    title: str
    examples: str
    keywords: str
    replies: tuple[Reply, ...]


def kb_signature(db: Database) -> KbSignature:
    row = db.execute(
        "SELECT count(*), coalesce(max(updated_at), ''), total(version),"
        " total(approved_version), total(status = 'retired') FROM kb_entries"
    ).fetchone()
    return (int(row[0]), str(row[1]), float(row[2]), float(row[3]), float(row[4]))


def entries_in_use(db: Database) -> list[IndexedEntry]:
    """Every entry not retired, in id order, as the version in use."""
    rows = db.execute(
        "SELECT e.id, e.status, e.version, e.approved_version, e.title, e.examples, e.keywords,"
        " v.snapshot_json FROM kb_entries e LEFT JOIN kb_versions v"
        " ON v.entry_id = e.id AND v.version = e.approved_version"
        " WHERE e.status != 'retired' ORDER BY e.id"
    ).fetchall()
    working: dict[int, list[Reply]] = {}
    for entry_id, kind, channel, body in db.execute(
        "SELECT entry_id, kind, channel, body FROM kb_replies ORDER BY entry_id, position, id"
    ):
        working.setdefault(entry_id, []).append(Reply(kind, channel, body))
    entries = []
    for entry_id, status, version, approved_version, title, examples, keywords, snap in rows:
        if snap:  # the approved version stays in use while a newer draft is edited
            data = json.loads(snap)
            entries.append(
                IndexedEntry(
                    entry_id,
                    status,
                    approved_version,
                    True,
                    data["title"],
                    data["examples"],
                    data["keywords"],
                    tuple(Reply.from_dict(r) for r in data["replies"]),
                )
            )
        else:
            entries.append(
                IndexedEntry(
                    entry_id,
                    status,
                    version,
                    False,
                    title,
                    examples,
                    keywords,
                    tuple(working.get(entry_id, [])),
                )
            )
    return entries


def entry_count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM kb_entries").fetchone()[0])


# -- answered mentions ----------------------------------------------------------------------------


def mention_state(db: Database) -> tuple[int, str]:
    """(highest mention id, latest reply time): both only grow while mentions are added or
    answered; anything else means the index must be rebuilt."""
    max_id = db.execute("SELECT coalesce(max(id), 0) FROM mentions").fetchone()[0]
    max_replied = db.execute("SELECT coalesce(max(replied_at), '') FROM mentions").fetchone()[0]
    return int(max_id), str(max_replied)


def answered(db: Database) -> list[AnsweredRow]:
    """Every mention with a reply, in id order."""
    return list(
        db.execute(
            "SELECT id, title, text FROM mentions WHERE reply_text != '' ORDER BY id"
        ).fetchall()
    )


def answered_since(
    db: Database, max_id: int, max_replied: str, also_ids: list[int]
) -> list[AnsweredRow]:
    """Mentions with a reply that are newer than `max_id`, were answered after
    `max_replied`, or are among `also_ids` (replies changed since)."""
    return list(
        db.execute(
            "SELECT id, title, text FROM mentions WHERE reply_text != ''"
            " AND (id > ? OR replied_at > ? OR id IN (SELECT value FROM json_each(?)))"
            " ORDER BY id",
            [max_id, max_replied, json.dumps(also_ids)],
        ).fetchall()
    )


def answered_count(db: Database) -> int:
    return int(
        db.execute("SELECT count(*) FROM mentions WHERE replied_at IS NOT NULL").fetchone()[0]
    )


@dataclass(frozen=True)
class AnsweredMention:
    id: int
    text: str
    reply: str
    entry_id: int | None  # the 问答库 entry the reply came from
    platform: str
    author: str


def answered_mentions(db: Database, ids: list[int]) -> dict[int, AnsweredMention]:
    """These mentions (by id) when they have a reply."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = db.execute(
        f"SELECT id, text, reply_text, reply_entry_id, platform, author FROM mentions"
        f" WHERE id IN ({marks}) AND reply_text != ''",
        ids,
    ).fetchall()
    return {int(row[0]): AnsweredMention(*row) for row in rows}
