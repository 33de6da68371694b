"""Write transactions that take the workspace's write lock first, in turns.

SQLite lets one connection write at a time; the others wait in its busy handler, which sleeps
and looks again (every 100 ms after the first few tries). An import that commits one short
transaction and begins the next at once (index builds, search index chunks) takes the lock
back before a sleeping edit looks: an edit made during a 100k import waited 1.8 s behind
four such transactions. Threads of this process that write through `write_transaction` are
served first come, first served, so an edit goes right after the transaction running.
Connections of other processes still rely on the busy timeout alone.

The turns are per process and per file: `PROCESS_TURNS` is this package's one piece of
module-level state, on purpose (see its class).
"""

from __future__ import annotations

import collections
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

# How long a write waits for the lock, here and in SQLite's busy handler, before it fails
# with "database is locked".
BUSY_TIMEOUT_MS = 30_000


class WriteTurns:
    """A first-come-first-served lock that the thread holding it may take again."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._queue: collections.deque[object] = collections.deque()
        self._owner: int | None = None
        self._depth = 0

    @contextmanager
    def turn(self, timeout: float) -> Iterator[None]:
        me = threading.get_ident()
        with self._changed:
            if self._owner == me:
                self._depth += 1
            else:
                ticket = object()
                self._queue.append(ticket)
                deadline = time.monotonic() + timeout
                try:
                    while self._owner is not None or self._queue[0] is not ticket:
                        left = deadline - time.monotonic()
                        if left <= 0:
                            raise sqlite3.OperationalError("database is locked")
                        self._changed.wait(left)
                finally:
                    self._queue.remove(ticket)
                    self._changed.notify_all()  # the next ticket may be first now
                self._owner, self._depth = me, 1
        try:
            yield
        finally:
            with self._changed:
                self._depth -= 1
                if self._depth == 0:
                    self._owner = None
                    self._changed.notify_all()


class TurnsByFile:
    """The write turns of each database file, for every connection of this process.

    The one named exception to "no module-level state" (PROCESS_TURNS below): the turns must
    be shared by every connection of this process to a file, and those are opened in places
    that know nothing of each other — the workspace's own (storage.workspace), the import's
    on its worker thread (storage.imports.connect, given only the file's path), the
    migrations' and the search-index builds' (which get a bare Database). Handing one object
    to all of them would thread it through every storage function that writes; a connection
    that missed it would silently lose its turn, which is the starvation this module exists
    to prevent. So the file itself is the key, as SQLite's own lock is per file.
    """

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._turns: dict[str, WriteTurns] = {}

    def of(self, conn: sqlite3.Connection) -> WriteTurns:
        """The turns of the file `conn` has open as "main"."""
        file = conn.execute("PRAGMA database_list").fetchone()[2] or ""
        key = os.path.realpath(file) if file else ""
        with self._guard:
            return self._turns.setdefault(key, WriteTurns())


PROCESS_TURNS = TurnsByFile()


@contextmanager
def write_transaction(
    db: Database, timeout_ms: int = BUSY_TIMEOUT_MS, *, turns: TurnsByFile = PROCESS_TURNS
) -> Iterator[Database]:
    """BEGIN IMMEDIATE … COMMIT in this process's turn (ROLLBACK on any error); inside a
    transaction already, a savepoint.

    IMMEDIATE because a deferred BEGIN that has read and then writes fails at once with
    "database is locked" if another connection committed meanwhile (SQLITE_BUSY_SNAPSHOT,
    no timeout applies): 39 of 100 edits did during an import."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    with turns.of(conn).turn(timeout_ms / 1000):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:  # an error may already have ended it
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
