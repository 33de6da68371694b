"""Indexes dropped for a bulk insert and built again afterwards, each in a transaction of its
own, so that the insert's transaction — the one every edit waits for — is only the rows.

An index dropped here is written to `deferred_indexes` in the same transaction as the drop;
`build_deferred_indexes` builds it again and deletes the record in one transaction. A kill in
between leaves the record, and the next call finishes the work: the index is never lost, only
missing for a moment (queries stay correct, just slower).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlite_utils import Database

from desktop.storage.write_turns import write_transaction


def defer_indexes(conn: sqlite3.Connection, table: str) -> list[str]:
    """Drop the table's secondary indexes (inside the caller's transaction) and record them.

    Kept: unique indexes (they enforce a rule the insert relies on) and indexes led by the
    row id (queries name them with INDEXED BY, and rows are appended to them in order)."""
    dropped = []
    for name, sql in conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ?"
        " AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid",
        [table],
    ).fetchall():
        leading = conn.execute(f'PRAGMA main.index_info("{name}")').fetchone()
        if leading is None or leading[2] == "id":
            continue
        conn.execute(f'DROP INDEX main."{name}"')
        conn.execute("INSERT INTO main.deferred_indexes(name, sql) VALUES (?, ?)", [name, sql])
        dropped.append(name)
    return dropped


def build_deferred_indexes(
    db: Database,
    after_each: Callable[[int, int], None] | None = None,
) -> int:
    """Build every recorded index again, one short transaction each; returns how many."""
    conn = db.conn
    pending = conn.execute("SELECT name, sql FROM deferred_indexes ORDER BY rowid").fetchall()
    for done, (name, sql) in enumerate(pending, start=1):
        with write_transaction(db):
            exists = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", [name]
            ).fetchone()
            if not exists:
                conn.execute(sql)
            conn.execute("DELETE FROM deferred_indexes WHERE name = ?", [name])
        if after_each is not None:
            after_each(done, len(pending))
    return len(pending)
