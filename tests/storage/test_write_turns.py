"""An edit made while an import commits short transactions back to back gets the write lock
after the transaction running, not after all of them (desktop.storage.write_turns)."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlite_utils import Database

from desktop.storage.write_turns import write_transaction


def connect(path) -> Database:
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    return Database(conn)


@pytest.fixture
def two_connections(tmp_path):
    path = tmp_path / "w.sqlite"
    importer, app = connect(path), connect(path)
    importer.execute("CREATE TABLE rows (n INTEGER, filler TEXT)")
    importer.execute("CREATE TABLE edits (at_batch INTEGER)")
    yield importer, app
    importer.conn.close()
    app.conn.close()


def test_an_edit_goes_right_after_the_transaction_running(two_connections):
    importer, app = two_connections
    batches_done: list[int] = []
    first_batch_running = threading.Event()

    def import_in_batches() -> None:
        for batch in range(40):
            with write_transaction(importer):
                importer.conn.executemany(
                    "INSERT INTO rows VALUES (?, ?)", ((batch, "x" * 200) for _ in range(5_000))
                )
                first_batch_running.set()
            batches_done.append(batch)

    worker = threading.Thread(target=import_in_batches)
    worker.start()
    first_batch_running.wait()
    with write_transaction(app):  # the edit: asked for while batch 0 held the lock
        app.execute("INSERT INTO edits VALUES (?)", [len(batches_done)])
    worker.join()
    assert len(batches_done) == 40
    # Served after the batch that held the lock when it asked (and at most the one that
    # had already queued), not after the whole import.
    assert app.execute("SELECT at_batch FROM edits").fetchone()[0] <= 2


def test_a_turn_not_given_in_time_fails_like_a_busy_database(two_connections):
    importer, app = two_connections
    holding = threading.Event()
    release = threading.Event()

    def hold_the_lock() -> None:
        with write_transaction(importer):
            holding.set()
            release.wait()

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    holding.wait()
    try:
        with (
            pytest.raises(sqlite3.OperationalError, match="locked"),
            write_transaction(app, timeout_ms=50),
        ):
            app.execute("INSERT INTO edits VALUES (0)")
    finally:
        release.set()
        holder.join()
    with write_transaction(app, timeout_ms=50):  # free again: the failed wait left no trace
        app.execute("INSERT INTO edits VALUES (1)")
    assert [r[0] for r in app.execute("SELECT at_batch FROM edits")] == [1]


def test_nested_write_transactions_are_savepoints_of_the_outer_one(two_connections):
    _, app = two_connections
    with write_transaction(app):
        app.execute("INSERT INTO edits VALUES (1)")
        with pytest.raises(ValueError), write_transaction(app):
            app.execute("INSERT INTO edits VALUES (2)")
            raise ValueError("inner step fails")
        app.execute("INSERT INTO edits VALUES (3)")
    assert [r[0] for r in app.execute("SELECT at_batch FROM edits ORDER BY 1")] == [1, 3]


def test_turns_are_per_file_and_per_registry(two_connections, tmp_path):
    from desktop.storage.write_turns import PROCESS_TURNS, TurnsByFile

    importer, app = two_connections
    other = Database(sqlite3.connect(str(tmp_path / "other.sqlite"), isolation_level=None))
    assert PROCESS_TURNS.of(importer.conn) is PROCESS_TURNS.of(app.conn)  # one file
    assert PROCESS_TURNS.of(other.conn) is not PROCESS_TURNS.of(app.conn)
    assert TurnsByFile().of(app.conn) is not PROCESS_TURNS.of(app.conn)
    with write_transaction(app, turns=TurnsByFile()):
        app.execute("INSERT INTO edits VALUES (1)")
    assert app.execute("SELECT count(*) FROM edits").fetchone()[0] == 1
    other.conn.close()
