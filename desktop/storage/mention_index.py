"""The mentions' full-text index: CJK bigrams in FTS5, refreshed after imports and edits.

Built outside the import's merge transaction so the write lock stays short (DESIGN.md §5, §8).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from desktop.core.progress import Progress
from desktop.core.text import index_texts, mention_search_text

BATCH = 2000


def index_mentions(
    db: Database, mention_ids: Iterable[int] | None = None, progress: Progress | None = None
) -> int:
    """(Re)index the given mentions, or all of them; returns how many were indexed."""
    if mention_ids is None:
        with db.atomic():
            db.execute("DELETE FROM mentions_fts")
        ids = [r[0] for r in db.execute("SELECT id FROM mentions ORDER BY id")]
    else:
        ids = sorted(set(mention_ids))
    done = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT id, title, text, author FROM mentions WHERE id IN ({marks})", chunk
        ).fetchall()
        with db.atomic():
            db.execute(f"DELETE FROM mentions_fts WHERE rowid IN ({marks})", chunk)
            tokens = index_texts([mention_search_text(r[1], r[2], r[3]) for r in rows])
            db.conn.executemany(
                "INSERT INTO mentions_fts(rowid, tokens) VALUES (?, ?)",
                [(r[0], t) for r, t in zip(rows, tokens, strict=True)],
            )
        done += len(chunk)
        if progress is not None:
            progress.report(done, len(ids), "建立搜索索引")
    return done


def remove_from_index(db: Database, mention_ids: Iterable[int]) -> None:
    ids = list(mention_ids)
    if ids:
        db.execute(f"DELETE FROM mentions_fts WHERE rowid IN ({','.join('?' * len(ids))})", ids)
