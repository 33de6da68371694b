"""The SQL behind nature hints: a page of mentions, and the posts that share a phrase with
them (through the search index: a few milliseconds per phrase, not a scan of the log)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from desktop.storage.queue_query import AUTHOR_KEY, EPOCH_SECONDS

_CHUNK = 900
_PHRASES_PER_STATEMENT = 50
COLUMNS = (
    f"id, title, text, sentiment, sentiment_by, {AUTHOR_KEY} AS author_key, followers,"
    f" {EPOCH_SECONDS} AS posted"
)


def rows(db: Database, ids: Sequence[int]) -> list[dict[str, Any]]:
    """id, title, text, sentiment, sentiment_by, author_key, followers, posted (epoch)."""
    found: list[dict[str, Any]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        cursor = db.conn.execute(f"SELECT {COLUMNS} FROM mentions WHERE id IN ({marks})", chunk)
        names = [d[0] for d in cursor.description]
        found.extend(dict(zip(names, row, strict=True)) for row in cursor)
    return found


def phrase_hits(db: Database, phrases: Sequence[str], limit_each: int) -> list[set[int]]:
    """Per FTS phrase (a MATCH expression), the ids of mentions containing it (at most
    `limit_each`); one statement per batch of phrases."""
    hits: list[set[int]] = [set() for _ in phrases]
    for start in range(0, len(phrases), _PHRASES_PER_STATEMENT):
        batch = list(phrases[start : start + _PHRASES_PER_STATEMENT])
        parts = [
            f"SELECT {n} AS q, rowid FROM (SELECT rowid FROM mentions_fts"
            " WHERE mentions_fts MATCH ? LIMIT ?)"
            for n in range(start, start + len(batch))
        ]
        params: list[Any] = []
        for phrase in batch:
            params += [phrase, limit_each]
        for position, mention_id in db.conn.execute(" UNION ALL ".join(parts), params):
            hits[position].add(int(mention_id))
    return hits
