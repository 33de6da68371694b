"""Knowledge-base rows: categories, entries with their reply variants, versions and search.

Plain reads and writes; the rules (versions, approval, audit) live in services/kb.py, which
calls these inside its transactions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.core.text import fts_query, index_text, normalise

REPLY_KINDS = ("public", "private", "holding", "statement")
LANGUAGES = ("zh-CN", "zh-TW", "en")
STATUSES = ("draft", "in_review", "approved", "retired")
CONTENT_FIELDS = ("title", "examples", "keywords", "category", "language", "tone_note")

_KEYWORD_SPLIT = re.compile(r"[,，;；、/\s]+")


def split_keywords(text: str) -> list[str]:
    return [k for k in _KEYWORD_SPLIT.split(text or "") if k]


def join_keywords(keywords: list[str] | str) -> str:
    if isinstance(keywords, str):
        keywords = split_keywords(keywords)
    return "，".join(dict.fromkeys(k.strip() for k in keywords if k.strip()))


def split_examples(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


# -- categories ---------------------------------------------------------------------------------


def categories(db: Database) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT id, parent_id, name, key, position FROM kb_categories ORDER BY position, id"
    ).fetchall()
    return [dict(zip(("id", "parent_id", "name", "key", "position"), r, strict=True)) for r in rows]


def category_path(db: Database, category_id: int | None) -> str:
    """ "场景 / 问题类型" for a category id ('' for none)."""
    names: list[str] = []
    seen: set[int] = set()
    while category_id is not None and category_id not in seen:
        seen.add(category_id)
        row = db.execute(
            "SELECT name, parent_id FROM kb_categories WHERE id = ?", [category_id]
        ).fetchone()
        if row is None:
            break
        names.append(row[0])
        category_id = row[1]
    return " / ".join(reversed(names))


def find_or_create_category_path(db: Database, path: str) -> int | None:
    parent: int | None = None
    for name in [p.strip() for p in (path or "").split("/") if p.strip()]:
        row = db.execute(
            "SELECT id FROM kb_categories WHERE name = ? AND parent_id IS ?", [name, parent]
        ).fetchone()
        if row is None:
            position = db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM kb_categories WHERE parent_id IS ?",
                [parent],
            ).fetchone()[0]
            parent = db.execute(
                "INSERT INTO kb_categories(parent_id, name, position) VALUES (?, ?, ?)",
                [parent, name, position],
            ).lastrowid
        else:
            parent = row[0]
    return parent


def descendant_ids(db: Database, category_id: int) -> list[int]:
    rows = db.execute(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL"
        " SELECT c.id FROM kb_categories c JOIN tree ON c.parent_id = tree.id)"
        " SELECT id FROM tree",
        [category_id],
    ).fetchall()
    return [r[0] for r in rows]


# -- entries ------------------------------------------------------------------------------------

ENTRY_COLUMNS = (
    "id",
    "category_id",
    "title",
    "examples",
    "keywords",
    "language",
    "tone_note",
    "status",
    "version",
    "approved_version",
    "approved_by",
    "approved_at",
    "approval_id",
    "usage_count",
    "last_used_at",
    "created_at",
    "updated_at",
    "updated_by",
)


def get_entry(db: Database, entry_id: int) -> dict[str, Any] | None:
    row = db.execute(
        f"SELECT {', '.join(ENTRY_COLUMNS)} FROM kb_entries WHERE id = ?", [entry_id]
    ).fetchone()
    if row is None:
        return None
    entry = dict(zip(ENTRY_COLUMNS, row, strict=True))
    entry["category"] = category_path(db, entry["category_id"])
    entry["replies"] = replies(db, entry_id)
    return entry


def replies(db: Database, entry_id: int) -> list[dict[str, str]]:
    rows = db.execute(
        "SELECT kind, channel, body FROM kb_replies WHERE entry_id = ? ORDER BY position, id",
        [entry_id],
    ).fetchall()
    return [{"kind": r[0], "channel": r[1], "body": r[2]} for r in rows]


def snapshot(entry: dict[str, Any]) -> dict[str, Any]:
    """The versioned content of an entry (what approval covers)."""
    data = {name: entry.get(name, "") or "" for name in CONTENT_FIELDS}
    data["replies"] = [
        {"kind": r["kind"], "channel": r.get("channel") or "generic", "body": r["body"]}
        for r in entry.get("replies", [])
    ]
    return data


def insert_entry(db: Database, values: dict[str, Any]) -> int:
    columns = [c for c in values if c in ENTRY_COLUMNS and c != "id"]
    marks = ", ".join("?" * len(columns))
    return db.execute(
        f"INSERT INTO kb_entries({', '.join(columns)}) VALUES ({marks})",
        [values[c] for c in columns],
    ).lastrowid


def update_entry(db: Database, entry_id: int, values: dict[str, Any]) -> None:
    columns = [c for c in values if c in ENTRY_COLUMNS and c != "id"]
    if columns:
        db.execute(
            f"UPDATE kb_entries SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            [*(values[c] for c in columns), entry_id],
        )


def replace_replies(db: Database, entry_id: int, reply_list: list[dict[str, str]]) -> None:
    db.execute("DELETE FROM kb_replies WHERE entry_id = ?", [entry_id])
    db.conn.executemany(
        "INSERT INTO kb_replies(entry_id, kind, channel, body, position) VALUES (?, ?, ?, ?, ?)",
        [
            (entry_id, r["kind"], r.get("channel") or "generic", r["body"], position)
            for position, r in enumerate(reply_list)
        ],
    )


def add_version(
    db: Database, entry_id: int, version: int, data: dict[str, Any], user: str, at: str, note: str
) -> None:
    db.execute(
        "INSERT OR REPLACE INTO kb_versions(entry_id, version, snapshot_json, changed_by,"
        " changed_at, note) VALUES (?, ?, ?, ?, ?, ?)",
        [entry_id, version, json.dumps(data, ensure_ascii=False), user, at, note],
    )


def versions(db: Database, entry_id: int) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT version, changed_by, changed_at, note FROM kb_versions WHERE entry_id = ?"
        " ORDER BY version DESC",
        [entry_id],
    ).fetchall()
    return [
        dict(zip(("version", "changed_by", "changed_at", "note"), r, strict=True)) for r in rows
    ]


def version_snapshot(db: Database, entry_id: int, version: int) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT snapshot_json FROM kb_versions WHERE entry_id = ? AND version = ?",
        [entry_id, version],
    ).fetchone()
    return json.loads(row[0]) if row else None


def search_text(data: dict[str, Any]) -> str:
    parts = [data.get("title", ""), data.get("examples", ""), data.get("keywords", "")]
    parts += [r["body"] for r in data.get("replies", [])]
    return "\n".join(p for p in parts if p)


def reindex_entry(db: Database, entry_id: int, data: dict[str, Any] | None) -> None:
    db.execute("DELETE FROM kb_fts WHERE rowid = ?", [entry_id])
    if data is not None:
        db.execute(
            "INSERT INTO kb_fts(rowid, tokens) VALUES (?, ?)",
            [entry_id, index_text(search_text(data))],
        )


@dataclass
class EntryFilter:
    search: str = ""
    category_id: int | None = None
    status: str = ""  # '' all, or a status; "active" = not retired
    language: str = ""
    usage: str = ""  # '' all, "unused", "used"
    sort: str = "title"  # title | most_used | least_recent | updated


def list_entries(db: Database, flt: EntryFilter) -> list[dict[str, Any]]:
    where: list[str] = []
    params: list[Any] = []
    if flt.search.strip():
        match = fts_query(flt.search)
        if match is None:
            needle = f"%{normalise(flt.search)}%"
            where.append(
                "(lower(e.title) LIKE ? OR lower(e.examples) LIKE ? OR lower(e.keywords) LIKE ?"
                " OR e.id IN (SELECT entry_id FROM kb_replies WHERE lower(body) LIKE ?))"
            )
            params += [needle] * 4
        else:
            where.append("e.id IN (SELECT rowid FROM kb_fts WHERE kb_fts MATCH ?)")
            params.append(match)
    if flt.category_id is not None:
        ids = descendant_ids(db, flt.category_id)
        where.append(f"e.category_id IN ({', '.join('?' * len(ids))})")
        params += ids
    if flt.status == "active":
        where.append("e.status != 'retired'")
    elif flt.status:
        where.append("e.status = ?")
        params.append(flt.status)
    if flt.language:
        where.append("e.language = ?")
        params.append(flt.language)
    if flt.usage == "unused":
        where.append("e.usage_count = 0")
    elif flt.usage == "used":
        where.append("e.usage_count > 0")
    order = {
        "most_used": "e.usage_count DESC, e.title",
        "least_recent": "coalesce(e.last_used_at, '') ASC, e.usage_count ASC, e.title",
        "updated": "e.updated_at DESC",
    }.get(flt.sort, "e.title COLLATE NOCASE, e.id")
    sql = (
        "SELECT e.id, e.title, e.status, e.language, e.version, e.approved_version,"
        " e.usage_count, e.last_used_at, e.category_id, e.updated_at FROM kb_entries e"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + f" ORDER BY {order}"
    )
    keys = (
        "id",
        "title",
        "status",
        "language",
        "version",
        "approved_version",
        "usage_count",
        "last_used_at",
        "category_id",
        "updated_at",
    )
    return [dict(zip(keys, r, strict=True)) for r in db.execute(sql, params).fetchall()]
