"""Rows of the cases area: cases, case_events, statements, statement_versions, case_actions.

Plain reads and single-row writes; the services wrap them in transactions and audit them.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from sqlite_utils import Database

CASE_FIELDS = (
    "title",
    "opened_at",
    "detected_at",
    "closed_at",
    "scenario",
    "cause",
    "nature",
    "scope_platforms",
    "scope_regions",
    "scope_media",
    "owner",
    "phase",
    "summary",
    "suggested_severity",
    "severity_factors_json",
    "severity",
    "severity_reason",
    "severity_set_by",
    "severity_set_at",
    "response_target_minutes",
    "outcome",
    "what_worked",
    "what_failed",
    "root_cause",
    "lessons",
    "reference_key",
    "created_by",
    "updated_at",
)

MENTION_COLUMNS = (
    "id",
    "platform",
    "author",
    "followers",
    "posted_at",
    "title",
    "text",
    "url",
    "reposts",
    "comments",
    "likes",
    "region",
    "sentiment",
    "issue_type",
    "status",
    "contact",
)


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def get_case(db: Database, case_id: int) -> dict[str, Any] | None:
    rows = _dicts(db.execute("SELECT * FROM cases WHERE id = ?", [case_id]))
    if not rows:
        return None
    row = rows[0]
    try:
        row["severity_factors"] = json.loads(row.get("severity_factors_json") or "[]")
    except ValueError:
        row["severity_factors"] = []
    return row


def insert_case(db: Database, values: dict[str, Any]) -> int:
    columns = [k for k in values if k in CASE_FIELDS]
    cursor = db.execute(
        f"INSERT INTO cases({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [values[c] for c in columns],
    )
    return int(cursor.lastrowid)


def update_case(db: Database, case_id: int, values: dict[str, Any]) -> None:
    columns = [k for k in values if k in CASE_FIELDS]
    if not columns:
        return
    db.execute(
        f"UPDATE cases SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
        [*(values[c] for c in columns), case_id],
    )


def list_cases(db: Database, where: str = "1", params: list[Any] | None = None) -> list[dict]:
    return _dicts(
        db.execute(
            "SELECT c.*,"
            " (SELECT count(*) FROM mentions m WHERE m.case_id = c.id) AS mention_count,"
            " (SELECT count(*) FROM mentions m WHERE m.case_id = c.id AND m.sentiment = 'neg')"
            "   AS negative_count,"
            " (SELECT count(*) FROM statements s WHERE s.case_id = c.id) AS statement_count,"
            " (SELECT count(*) FROM case_events e WHERE e.case_id = c.id) AS event_count"
            f" FROM cases c WHERE {where}"
            " ORDER BY (c.phase = 'closed'), c.opened_at DESC, c.id DESC",
            params or [],
        )
    )


def events(db: Database, case_id: int) -> list[dict[str, Any]]:
    return _dicts(
        db.execute("SELECT * FROM case_events WHERE case_id = ? ORDER BY at, id", [case_id])
    )


def insert_event(db: Database, values: dict[str, Any]) -> int:
    cursor = db.execute(
        "INSERT INTO case_events(case_id, at, kind, text, by, auto, statement_id, approval_id,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            values["case_id"],
            values["at"],
            values["kind"],
            values.get("text", ""),
            values.get("by", ""),
            int(values.get("auto", 0)),
            values.get("statement_id"),
            values.get("approval_id"),
            values.get("created_at"),
        ],
    )
    return int(cursor.lastrowid)


def statements(db: Database, case_id: int) -> list[dict[str, Any]]:
    return _dicts(db.execute("SELECT * FROM statements WHERE case_id = ? ORDER BY id", [case_id]))


def get_statement(db: Database, statement_id: int) -> dict[str, Any] | None:
    rows = _dicts(db.execute("SELECT * FROM statements WHERE id = ?", [statement_id]))
    return rows[0] if rows else None


def statement_versions(db: Database, statement_id: int) -> list[dict[str, Any]]:
    return _dicts(
        db.execute(
            "SELECT * FROM statement_versions WHERE statement_id = ? ORDER BY version",
            [statement_id],
        )
    )


def actions(db: Database, case_id: int) -> list[dict[str, Any]]:
    return _dicts(
        db.execute(
            "SELECT * FROM case_actions WHERE case_id = ? ORDER BY due_date NULLS LAST, id",
            [case_id],
        )
    )


def linked_mentions(
    db: Database, case_id: int, limit: int | None = None, order: str = "posted_at"
) -> list[dict[str, Any]]:
    sql = (
        f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions WHERE case_id = ?"
        f" ORDER BY {order} NULLS LAST, id"
    )
    params: list[Any] = [case_id]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return _dicts(db.execute(sql, params))


def mention_facts(db: Database, case_id: int) -> list[dict[str, Any]]:
    return _dicts(
        db.execute(
            "SELECT sentiment, followers, author, posted_at, text, title FROM mentions"
            " WHERE case_id = ?",
            [case_id],
        )
    )


def statement_templates(db: Database) -> list[dict[str, Any]]:
    """The KB's official-statement and holding-reply scripts, read defensively: the KB's
    schema may name the kinds differently, or the tables may be missing."""
    try:
        rows = _dicts(
            db.execute(
                "SELECT e.id AS entry_id, e.title AS title, e.status AS status, r.kind AS kind,"
                " r.channel AS channel, r.body AS body FROM kb_replies r"
                " JOIN kb_entries e ON e.id = r.entry_id"
                " WHERE lower(r.kind) LIKE '%statement%' OR lower(r.kind) LIKE '%holding%'"
                " OR r.kind IN ('声明', '暂缓回复', '官方声明')"
                " ORDER BY e.title, r.id"
            )
        )
    except sqlite3.Error:
        return []
    return [r for r in rows if str(r.get("status") or "") != "retired" and r.get("body")]
