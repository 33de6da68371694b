"""The mentions' full-text index: CJK bigrams in a contentless FTS5 table.

The index keeps no copy of its tokens (a copy was ~28 % of a workspace's size and a third of
the time to fill it). Removing a mention's entry therefore needs the tokens it was indexed
with, which are recomputed from the mention's current title, text and author, so the rule
is: every mention is either indexed with the tokens of its current values or not at all.
Whoever changes those values removes the entry first and adds it again after (the import
does; triage edits never touch them), and a change to what `desktop.core.text` produces
ships with a migration that rebuilds the index.

Built outside the import's merge transaction so the write lock stays short (DESIGN.md §5, §8).
"""

from __future__ import annotations

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
