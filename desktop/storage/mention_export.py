"""The export's queries: a snapshot to read in, and rows streamed page by page.

An export of 100k rows never holds them in memory: the service pulls pages of
`PAGE_SIZE` tuples from one cursor, inside one read transaction, so the pass that finds the
original sheet's columns and the pass that writes the rows see the same rows even while an
import commits on another connection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from sqlite_utils import Database

from desktop.core.mention_filter import MentionFilter
from desktop.storage import mention_query
from desktop.storage.mentions import check_columns

PAGE_SIZE = 500


class ReadSnapshot:
    """One read transaction around a whole export (nothing is written through it)."""

    def __init__(self, db: Database) -> None:
        self.conn: sqlite3.Connection = db.conn
        self.began = False

    def __enter__(self) -> ReadSnapshot:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            self.began = True
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self.began and self.conn.in_transaction:
            self.conn.rollback()

    @contextmanager
    def released(self) -> Iterator[None]:
        """Step out of the snapshot for a write on this connection (the audit row of an
        unmasked export), then read again from a fresh one."""
        if self.conn.in_transaction:
            self.conn.rollback()
        yield
        self.conn.execute("BEGIN")
        self.began = True


def _limited(sql: str, limit: int | None) -> str:
    return sql if limit is None else f"{sql} LIMIT {int(limit)}"


def count(db: Database, mention_filter: MentionFilter, limit: int | None = None) -> int:
    """How many rows the export of this filter (and limit) writes."""
    where, params = mention_query.where(mention_filter)
    total = int(db.execute(f"SELECT count(*) FROM mentions WHERE {where}", params).fetchone()[0])
    return min(total, limit) if limit is not None else total


def extra_keys(db: Database, mention_filter: MentionFilter, limit: int | None = None) -> list[str]:
    """Original column names found in the exported rows' extra_json, in first-seen order."""
    where, params = mention_query.where(mention_filter)
    inner = _limited(f"SELECT id, extra_json FROM mentions WHERE {where}", limit)
    rows = db.execute(
        f"""
        SELECT j.key, min(m.id) AS first_row, min(j.id) AS position
        FROM ({inner}) AS m, json_each(m.extra_json) AS j
        WHERE json_valid(m.extra_json) AND json_type(m.extra_json) = 'object'
        GROUP BY j.key ORDER BY first_row, position
        """,
        params,
    ).fetchall()
    return [str(r[0]) for r in rows]


def mention_pages(
    db: Database,
    columns: Sequence[str],
    mention_filter: MentionFilter,
    limit: int | None = None,
    page_size: int = PAGE_SIZE,
) -> Iterator[list[tuple[Any, ...]]]:
    """Pages of (`columns`…, extra_json) of the filter's mentions, in the filter's order."""
    names = check_columns(columns)
    where, params = mention_query.where(mention_filter)
    sql = _limited(
        f"SELECT {', '.join(names)}, extra_json FROM mentions"
        f" WHERE {where} ORDER BY {mention_query.order_by(mention_filter)}",
        limit,
    )
    cursor = db.conn.execute(sql, params)
    while page := cursor.fetchmany(page_size):
        yield page
