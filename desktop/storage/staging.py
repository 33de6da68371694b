"""The staging file: a scratch SQLite database the parser child fills and the merge reads.

It is never the workspace: no journal, no fsync, deleted after the import. The child writes
it through `StagingWriter` (rows, rows known from earlier imports, rejects); the app hands
the child the workspace's row hashes in it (`put_known_rows`) and reads it in the merge
with the file attached as `stage` (`attached`). Plain sqlite3 only: the child imports this
module and nothing of the workspace's.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.vocab import MENTION_SOURCE_FIELDS

# A converted row, as the child stages it (then row_hash, rowid and tokens).
RECORD_COLUMNS = (
    "row_number",
    "key",
    *MENTION_SOURCE_FIELDS,
    "sentiment",
    "contact",
    "extra_json",
)
_INTEGER_COLUMNS = {"row_number", "followers", "reposts", "comments", "likes"}
# The parent may put this table into the staging file before the child starts: the row hashes
# the workspace already holds (hash → key, mention id). A row whose hash is known converts to
# exactly what the mention holds, so the child stages only its key (state 'known').
KNOWN_TABLE = "known"
PAGE_SIZE = 16384
STAGE = "stage"  # the staging file's name when attached to the workspace's connection


class StagingWriter:
    """The child's connection to a staging file: the statements that fill it."""

    record_columns = RECORD_COLUMNS

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        columns = (*RECORD_COLUMNS, "row_hash", "rowid", "tokens")
        self._insert = (
            f"INSERT INTO rows ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        )

    @classmethod
    def create(cls, path: Path) -> StagingWriter:
        """Open the file (the parent may have put the known rows in it) and add the tables."""
        conn = sqlite3.connect(str(path))
        # The staging file is a scratch file (never the workspace): no journal, no fsync,
        # one connection (no lock taken per statement); bigger pages for its wide rows
        # (~850 bytes: ~15 % less time inserting them; only a new file takes the size).
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        columns = ", ".join(
            f"{c} INTEGER" if c in _INTEGER_COLUMNS else f"{c} TEXT" for c in RECORD_COLUMNS
        )
        # No index on key: duplicates within the file are resolved in the child (the last
        # row of a key wins, as INSERT OR REPLACE did), and the merge looks keys up in the
        # workspace.
        conn.execute(
            f"CREATE TABLE rows ({columns}, tokens TEXT, row_hash INTEGER,"
            " state TEXT NOT NULL DEFAULT 'new', mention_id INTEGER, reindex INTEGER)"
        )
        conn.execute("CREATE TABLE rejects (row_number INTEGER, reason TEXT, raw_json TEXT)")
        return cls(conn)

    def known_rows(self) -> dict[int, tuple[str, int]]:
        """Row hash → (key, mention id) of the rows the workspace holds (none if not given)."""
        exists = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [KNOWN_TABLE]
        ).fetchone()
        if not exists:
            return {}
        return {
            h: (k, i) for h, k, i in self.conn.execute(f"SELECT hash, key, id FROM {KNOWN_TABLE}")
        }

    def add_rows(self, rows: list[list[Any]]) -> None:
        self.conn.executemany(self._insert, rows)

    def add_known(self, rows: list[tuple[int, str, int, int, int]]) -> None:
        self.conn.executemany(
            "INSERT INTO rows (row_number, key, row_hash, state, mention_id, rowid)"
            " VALUES (?, ?, ?, 'known', ?, ?)",
            rows,
        )

    def drop_rows(self, rowids: list[tuple[int]]) -> None:
        self.conn.executemany("DELETE FROM rows WHERE rowid = ?", rowids)

    def add_rejects(self, rejects: list[tuple[int, str, str]]) -> None:
        self.conn.executemany("INSERT INTO rejects VALUES (?, ?, ?)", rejects)

    # -- a second worker's file ------------------------------------------------------------

    @contextlib.contextmanager
    def attached_part(self, part: Path) -> Iterator[None]:
        """Another staging file (a second worker's half) attached as `part`."""
        self.conn.execute("ATTACH DATABASE ? AS part", [str(part)])
        try:
            yield
        finally:
            self.conn.execute("DETACH DATABASE part")

    def part_keys(self) -> Iterator[tuple[str, int]]:
        """(key, rowid) of the attached part's rows, as they are read."""
        return iter(self.conn.execute("SELECT key, rowid FROM part.rows"))

    def rename_part_keys(self, keys: list[tuple[str, int]]) -> None:
        """Give the attached part's rows (key, rowid) their new keys."""
        self.conn.executemany("UPDATE part.rows SET key = ? WHERE rowid = ?", keys)

    def copy_part_in(self) -> None:
        """The attached part's rows and rejects, added as they are (rowids kept)."""
        names = ", ".join(
            ["rowid", *(r[1] for r in self.conn.execute("PRAGMA main.table_info(rows)"))]
        )
        self.conn.execute(f"INSERT INTO rows ({names}) SELECT {names} FROM part.rows")
        self.conn.execute("INSERT INTO rejects SELECT * FROM part.rejects")

    def commit(self) -> None:
        self.conn.commit()

    def close(self) -> None:
        self.conn.close()


# -- the app's side: the staging file attached to the import's connection ---------------------


@contextlib.contextmanager
def attached(conn: sqlite3.Connection, staging: Path) -> Iterator[None]:
    """The staging file attached as `stage` for the statements of the merge and the index."""
    conn.execute(f"ATTACH DATABASE ? AS {STAGE}", [str(staging)])
    try:
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute(f"DETACH DATABASE {STAGE}")


def put_known_rows(conn: sqlite3.Connection, staging: Path) -> None:
    """Hand the child the row hashes the workspace holds (hash → key, id), in the staging
    file: rows it has imported before are then staged by key only, without converting."""
    conn.execute("ATTACH DATABASE ? AS stage", [str(staging)])
    try:
        conn.execute(f"PRAGMA stage.page_size = {PAGE_SIZE}")
        conn.execute("PRAGMA stage.journal_mode = OFF")
        conn.execute("PRAGMA stage.synchronous = OFF")
        conn.execute(f"CREATE TABLE stage.{KNOWN_TABLE} (hash INTEGER, key TEXT, id INTEGER)")
        # Not the rows of a fallback (hash) key: their key depends on how many rows of the
        # file before them have the same one (desktop.core.values.occurrence_key), which
        # only converting them tells; they are matched by key in the merge instead.
        conn.execute(
            f"INSERT INTO stage.{KNOWN_TABLE} SELECT row_hash, key, id FROM main.mentions"
            " WHERE row_hash IS NOT NULL AND key NOT GLOB '*|h:*'"
        )
    finally:
        conn.execute("DETACH DATABASE stage")


def first_rejects(conn: sqlite3.Connection, limit: int = 50) -> list[tuple[int, str]]:
    """(row number, reason) of the first staged rejects (the staging file attached)."""
    return conn.execute(
        f"SELECT row_number, reason FROM {STAGE}.rejects ORDER BY row_number LIMIT ?", [limit]
    ).fetchall()


def new_rows_span(conn: sqlite3.Connection) -> tuple[int, int]:
    """How many staged rows are new, and the largest rowid (the staging file attached)."""
    total = conn.execute(f"SELECT count(*) FROM {STAGE}.rows WHERE state = 'new'").fetchone()[0]
    last = conn.execute(f"SELECT max(rowid) FROM {STAGE}.rows").fetchone()[0]
    return total, last or 0
