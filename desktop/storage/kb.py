"""Knowledge-base rows: categories, entries with their reply variants, versions, attachments and
the list search.

Plain reads and writes that return typed rows; the rules (versions, approval, audit) live in
services/kb, which calls these inside its transactions.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from desktop.core.kb_content import Content, Reply
from desktop.core.kb_filter import EntryFilter
from desktop.core.text import fts_query, index_text, normalise

OBJECT_TYPE = "kb_entry"  # owner_type of an entry's attachments, object_type of its audit rows


def _new_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just wrote."""
    if cursor.lastrowid is None:  # pragma: no cover - sqlite3 sets it after every INSERT
        raise RuntimeError("INSERT without a row id")
    return cursor.lastrowid


# -- categories ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    id: int
    parent_id: int | None
    name: str
    key: str
    position: int


def categories(db: Database) -> list[Category]:
    rows = db.execute(
        "SELECT id, parent_id, name, key, position FROM kb_categories ORDER BY position, id"
    ).fetchall()
    return [Category(*row) for row in rows]


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
        names.append(str(row[0]))
        category_id = row[1]
    return " / ".join(reversed(names))


def add_category(db: Database, name: str, parent_id: int | None, key: str = "") -> int:
    """A new category after its siblings."""
    position = db.execute(
        "SELECT coalesce(max(position), -1) + 1 FROM kb_categories WHERE parent_id IS ?",
        [parent_id],
    ).fetchone()[0]
    cursor = db.execute(
        "INSERT INTO kb_categories(parent_id, name, key, position) VALUES (?, ?, ?, ?)",
        [parent_id, name, key, position],
    )
    return _new_id(cursor)


def rename_category(db: Database, category_id: int, name: str) -> None:
    db.execute("UPDATE kb_categories SET name = ? WHERE id = ?", [name, category_id])


def delete_category(db: Database, category_id: int) -> None:
    """Its children go with it (ON DELETE CASCADE); call `uncategorise` first for the entries."""
    db.execute("DELETE FROM kb_categories WHERE id = ?", [category_id])


def find_or_create_category_path(db: Database, path: str) -> int | None:
    parent: int | None = None
    for name in [p.strip() for p in (path or "").split("/") if p.strip()]:
        row = db.execute(
            "SELECT id FROM kb_categories WHERE name = ? AND parent_id IS ?", [name, parent]
        ).fetchone()
        parent = add_category(db, name, parent) if row is None else int(row[0])
    return parent


def descendant_ids(db: Database, category_id: int) -> list[int]:
    """The category and every category below it."""
    rows = db.execute(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL"
        " SELECT c.id FROM kb_categories c JOIN tree ON c.parent_id = tree.id)"
        " SELECT id FROM tree",
        [category_id],
    ).fetchall()
    return [int(r[0]) for r in rows]


def uncategorise(db: Database, category_ids: list[int]) -> int:
    """Entries filed under these categories become uncategorised; how many did."""
    marks = ", ".join("?" * len(category_ids))
    cursor = db.execute(
        f"UPDATE kb_entries SET category_id = NULL WHERE category_id IN ({marks})", category_ids
    )
    return int(cursor.rowcount)


def entry_counts_by_category(db: Database) -> dict[int | None, int]:
    """Entries filed directly under each category (None: uncategorised)."""
    rows = db.execute(
        "SELECT category_id, count(*) FROM kb_entries GROUP BY category_id"
    ).fetchall()
    return {row[0]: int(row[1]) for row in rows}


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


@dataclass
class Entry:
    """An entry's working copy with its category path and reply variants."""

    id: int
    category_id: int | None
    title: str
    examples: str
    keywords: str
    language: str
    tone_note: str
    status: str
    version: int
    approved_version: int | None
    approved_by: str
    approved_at: str | None
    approval_id: int | None
    usage_count: int
    last_used_at: str | None
    created_at: str
    updated_at: str
    updated_by: str
    category: str = ""
    replies: list[Reply] = field(default_factory=list)

    def content(self) -> Content:
        """The versioned content of the working copy (what approval covers)."""
        return Content(
            title=self.title or "",
            examples=self.examples or "",
            keywords=self.keywords or "",
            category=self.category or "",
            language=self.language or "",
            tone_note=self.tone_note or "",
            replies=tuple(self.replies),
        )


def get_entry(db: Database, entry_id: int) -> Entry | None:
    row = db.execute(
        f"SELECT {', '.join(ENTRY_COLUMNS)} FROM kb_entries WHERE id = ?", [entry_id]
    ).fetchone()
    if row is None:
        return None
    entry = Entry(*row)
    entry.category = category_path(db, entry.category_id)
    entry.replies = replies(db, entry_id)
    return entry


def entry_ids(db: Database) -> list[int]:
    return [int(r[0]) for r in db.execute("SELECT id FROM kb_entries ORDER BY id")]


def find_entry(db: Database, title: str, language: str | None = None) -> int | None:
    """The first entry with this title (in this language, when given)."""
    if language is None:
        row = db.execute(
            "SELECT id FROM kb_entries WHERE title = ? ORDER BY id LIMIT 1", [title]
        ).fetchone()
    else:
        row = db.execute(
            "SELECT id FROM kb_entries WHERE title = ? AND language = ? ORDER BY id LIMIT 1",
            [title, language],
        ).fetchone()
    return None if row is None else int(row[0])


def replies(db: Database, entry_id: int) -> list[Reply]:
    rows = db.execute(
        "SELECT kind, channel, body FROM kb_replies WHERE entry_id = ? ORDER BY position, id",
        [entry_id],
    ).fetchall()
    return [Reply(r[0], r[1] or "generic", r[2]) for r in rows]


def insert_entry(db: Database, values: dict[str, Any]) -> int:
    columns = [c for c in values if c in ENTRY_COLUMNS and c != "id"]
    marks = ", ".join("?" * len(columns))
    cursor = db.execute(
        f"INSERT INTO kb_entries({', '.join(columns)}) VALUES ({marks})",
        [values[c] for c in columns],
    )
    return _new_id(cursor)


def update_entry(db: Database, entry_id: int, values: dict[str, Any]) -> None:
    columns = [c for c in values if c in ENTRY_COLUMNS and c != "id"]
    if columns:
        db.execute(
            f"UPDATE kb_entries SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            [*(values[c] for c in columns), entry_id],
        )


def count_use(db: Database, entry_id: int, at: str) -> None:
    """A reply was sent with this entry's script."""
    db.execute(
        "UPDATE kb_entries SET usage_count = usage_count + 1, last_used_at = ? WHERE id = ?",
        [at, entry_id],
    )


def replace_replies(db: Database, entry_id: int, reply_list: Iterable[Reply]) -> None:
    db.execute("DELETE FROM kb_replies WHERE entry_id = ?", [entry_id])
    db.conn.executemany(
        "INSERT INTO kb_replies(entry_id, kind, channel, body, position) VALUES (?, ?, ?, ?, ?)",
        [
            (entry_id, r.kind, r.channel or "generic", r.body, position)
            for position, r in enumerate(reply_list)
        ],
    )


# -- versions -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Version:
    version: int
    changed_by: str
    changed_at: str
    note: str


def add_version(
    db: Database, entry_id: int, version: int, content: Content, user: str, at: str, note: str
) -> None:
    db.execute(
        "INSERT OR REPLACE INTO kb_versions(entry_id, version, snapshot_json, changed_by,"
        " changed_at, note) VALUES (?, ?, ?, ?, ?, ?)",
        [entry_id, version, json.dumps(content.as_dict(), ensure_ascii=False), user, at, note],
    )


def versions(db: Database, entry_id: int) -> list[Version]:
    """Newest first."""
    rows = db.execute(
        "SELECT version, changed_by, changed_at, note FROM kb_versions WHERE entry_id = ?"
        " ORDER BY version DESC",
        [entry_id],
    ).fetchall()
    return [Version(*row) for row in rows]


def version_snapshot(db: Database, entry_id: int, version: int) -> Content | None:
    row = db.execute(
        "SELECT snapshot_json FROM kb_versions WHERE entry_id = ? AND version = ?",
        [entry_id, version],
    ).fetchone()
    return Content.from_dict(json.loads(row[0])) if row else None


# -- the list and its search --------------------------------------------------------------------


def reindex_entry(db: Database, entry_id: int, content: Content | None) -> None:
    """The list search's tokens of the working copy (none: drop it from the index)."""
    db.execute("DELETE FROM kb_fts WHERE rowid = ?", [entry_id])
    if content is not None:
        db.execute(
            "INSERT INTO kb_fts(rowid, tokens) VALUES (?, ?)",
            [entry_id, index_text(content.search_text())],
        )


@dataclass(frozen=True)
class EntryRow:
    """One line of the entry list."""

    id: int
    title: str
    status: str
    language: str
    version: int
    approved_version: int | None
    usage_count: int
    last_used_at: str | None
    category_id: int | None
    updated_at: str


ORDER_BY = {
    "most_used": "e.usage_count DESC, e.title",
    "least_recent": "coalesce(e.last_used_at, '') ASC, e.usage_count ASC, e.title",
    "updated": "e.updated_at DESC",
    "id": "e.id",
}


def list_entries(db: Database, flt: EntryFilter) -> list[EntryRow]:
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
    order = ORDER_BY.get(flt.sort, "e.title COLLATE NOCASE, e.id")
    sql = (
        "SELECT e.id, e.title, e.status, e.language, e.version, e.approved_version,"
        " e.usage_count, e.last_used_at, e.category_id, e.updated_at FROM kb_entries e"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + f" ORDER BY {order}"
    )
    return [EntryRow(*row) for row in db.execute(sql, params).fetchall()]


@dataclass(frozen=True)
class UsageSummary:
    entries: int
    approved: int
    pending: int  # drafts and entries in review
    retired: int
    unused: int  # in use (not retired) but never used for a reply


def usage_summary(db: Database) -> UsageSummary:
    row = db.execute(
        "SELECT count(*), sum(status = 'approved'), sum(status IN ('draft', 'in_review')),"
        " sum(status = 'retired'), sum(usage_count = 0 AND status != 'retired') FROM kb_entries"
    ).fetchone()
    return UsageSummary(*(int(value or 0) for value in row))


@dataclass(frozen=True)
class EntryExamples:
    id: int
    title: str
    examples: str


def examples_in_use(db: Database, exclude_id: int | None = None) -> list[EntryExamples]:
    """The typical comments of every entry not retired (for the near-duplicate check)."""
    rows = db.execute(
        "SELECT id, title, examples FROM kb_entries WHERE status != 'retired' AND id IS NOT ?",
        [exclude_id],
    ).fetchall()
    return [EntryExamples(*row) for row in rows]


# -- attachments ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attachment:
    id: int
    name: str
    mime: str
    size: int
    added_at: str


def attachments(db: Database, entry_id: int) -> list[Attachment]:
    rows = db.execute(
        "SELECT id, name, mime, length(data), added_at FROM attachments"
        " WHERE owner_type = ? AND owner_id = ? ORDER BY id",
        [OBJECT_TYPE, str(entry_id)],
    ).fetchall()
    return [Attachment(*row) for row in rows]


def attachment_data(db: Database, attachment_id: int) -> bytes | None:
    row = db.execute(
        "SELECT data FROM attachments WHERE id = ? AND owner_type = ?", [attachment_id, OBJECT_TYPE]
    ).fetchone()
    return None if row is None else bytes(row[0])


def add_attachment(db: Database, entry_id: int, name: str, mime: str, data: bytes, at: str) -> int:
    cursor = db.execute(
        "INSERT INTO attachments(owner_type, owner_id, name, mime, data, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [OBJECT_TYPE, str(entry_id), name, mime, data, at],
    )
    return _new_id(cursor)


def attachment_owner(db: Database, attachment_id: int) -> tuple[int, str] | None:
    """(entry id, file name) of an entry's attachment; None for any other attachment."""
    row = db.execute(
        "SELECT owner_id, name FROM attachments WHERE id = ? AND owner_type = ?",
        [attachment_id, OBJECT_TYPE],
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def delete_attachment(db: Database, attachment_id: int) -> None:
    db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
