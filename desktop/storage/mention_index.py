"""The mentions' full-text index: CJK bigrams in a contentless FTS5 table.

The index keeps no copy of its tokens (a copy was ~28 % of a workspace's size and a third of
the time to fill it). Removing a mention's entry therefore needs the tokens it was indexed
with, which are recomputed from the mention's current title, text and author, so the rule
is: every mention is either indexed with the tokens of its current values or not at all.
Whoever changes those values removes the entry first and adds it again after (the import
does; triage edits never touch them), and a change to what `desktop.core.text` produces
ships with a migration that rebuilds the index.

This module is the index's one writer: the import's statements that fill it from the tokens
its child staged (the staging file attached as `stage`) are here too. Built outside the
import's merge transaction so the write lock stays short (DESIGN.md §5, §8).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from sqlite_utils import Database

from desktop.core.progress import Progress
from desktop.core.text import index_texts, mention_search_text
from desktop.storage.write_turns import write_transaction

BATCH = 2000


def _chunks(mention_ids: Sequence[int]) -> Iterator[tuple[list[int], str]]:
    """Ids a batch at a time, with the placeholders of an IN list."""
    for start in range(0, len(mention_ids), BATCH):
        chunk = list(mention_ids[start : start + BATCH])
        yield chunk, ",".join("?" * len(chunk))


def current_tokens(db: Database, mention_ids: Sequence[int]) -> list[tuple[int, str]]:
    """(id, tokens) of the given mentions as they are now, in id order."""
    found: list[tuple[int, str]] = []
    for chunk, marks in _chunks(mention_ids):
        rows = db.execute(
            f"SELECT id, title, text, author FROM mentions WHERE id IN ({marks})", chunk
        ).fetchall()
        tokens = index_texts([mention_search_text(r[1], r[2], r[3]) for r in rows])
        found.extend((r[0], t) for r, t in zip(rows, tokens, strict=True))
    return sorted(found)


def indexed_ids(db: Database, mention_ids: Sequence[int]) -> set[int]:
    """Which of the given mentions have an entry (a contentless table still knows its rowids)."""
    present: set[int] = set()
    for chunk, marks in _chunks(mention_ids):
        query = f"SELECT rowid FROM mentions_fts WHERE rowid IN ({marks})"
        present.update(r[0] for r in db.execute(query, chunk))
    return present


def index_mentions(
    db: Database, mention_ids: Iterable[int] | None = None, progress: Progress | None = None
) -> int:
    """Index the given mentions that are not indexed yet, or rebuild the whole index; returns
    how many were added."""
    if mention_ids is None:
        with write_transaction(db):
            db.execute("INSERT INTO mentions_fts(mentions_fts) VALUES ('delete-all')")
        ids = [r[0] for r in db.execute("SELECT id FROM mentions ORDER BY id")]
    else:
        wanted = sorted(set(mention_ids))
        present = indexed_ids(db, wanted)
        ids = [i for i in wanted if i not in present]
    done = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        with write_transaction(db):
            db.conn.executemany(
                "INSERT INTO mentions_fts(rowid, tokens) VALUES (?, ?)", current_tokens(db, chunk)
            )
        done += len(chunk)
        if progress is not None:
            progress.report(done, len(ids), "建立搜索索引")
    return done


def remove_from_index(db: Database, mention_ids: Iterable[int]) -> int:
    """Take mentions out of the index; call it before their title, text or author change
    or they are deleted (their entries are found by their current words)."""
    wanted = sorted(set(mention_ids))
    present = indexed_ids(db, wanted)
    entries = current_tokens(db, [i for i in wanted if i in present])
    db.conn.executemany(
        "INSERT INTO mentions_fts(mentions_fts, rowid, tokens) VALUES ('delete', ?, ?)", entries
    )
    return len(entries)


# -- from the staging file (desktop.storage.staging, attached as `stage`) ----------------------


def index_staged_changes(db: Database) -> None:
    """Changed rows whose indexed text changed go back in with their new tokens (inside the
    merge's transaction, after `remove_from_index` took their old words out)."""
    db.conn.execute(
        "INSERT INTO main.mentions_fts(rowid, tokens) SELECT mention_id, tokens"
        " FROM stage.rows WHERE state = 'changed' AND reindex"
    )


def use_fill_buffer(db: Database, size_bytes: int) -> None:
    """How much pending index data FTS5 keeps in memory before writing a segment (kept in
    the index's own config, SQLite's fts5_config.c); without it a big fill is just slower."""
    with contextlib.suppress(sqlite3.Error):
        db.conn.execute(
            "INSERT INTO main.mentions_fts(mentions_fts, rank) VALUES ('hashsize', ?)",
            [size_bytes],
        )


def index_staged_new(db: Database, start: int, end: int, first_id: int | None) -> int:
    """Index the 'new' staged rows with rowids start..end from the tokens the child staged;
    returns how many. With `first_id` (the id of the first new row of this span; new rows
    got consecutive ids in rowid order) the ids are counted, else each key is looked up."""
    if first_id is not None:  # the n-th new row (rowid order) is mention first_id + n - 1
        return db.conn.execute(
            "INSERT INTO main.mentions_fts(rowid, tokens)"
            " SELECT :base + row_number() OVER (ORDER BY rowid), tokens FROM stage.rows"
            " WHERE state = 'new' AND rowid BETWEEN :start AND :end",
            {"start": start, "end": end, "base": first_id - 1},
        ).rowcount
    return db.conn.execute(
        "INSERT INTO main.mentions_fts(rowid, tokens) SELECT m.id, r.tokens"
        " FROM stage.rows AS r CROSS JOIN main.mentions AS m ON m.key = r.key"
        " WHERE r.state = 'new' AND r.rowid BETWEEN :start AND :end",
        {"start": start, "end": end},
    ).rowcount
