"""RELIABILITY.md §5.1–5.2 for the workspace itself: real processes killed with SIGKILL."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop.storage import migrations
from desktop.storage.lock import lock_path_for
from desktop.storage.workspace import APPLICATION_ID, Workspace, WorkspaceInUse
from tests.reliability.child import kill_hard, spawn, wait_for

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL semantics")


def _new(tmp_path: Path) -> Path:
    workspace = Workspace.create(tmp_path / "ws", name="可靠性")
    path = workspace.path
    workspace.close()
    return path


SAVE_THEN_HANG = """
import sys
from desktop.storage.workspace import Workspace
ws = Workspace.open(sys.argv[1])
with ws.transaction():
    ws.db.execute("INSERT INTO drafts(key, body_json, saved_at) VALUES ('case-log', '{\\"text\\": \\"已发布致歉声明\\"}', 'now')")
    ws.audit("edit", "case_event", 1, after={"text": "已发布致歉声明"})
print("saved", flush=True)
sys.stdin.readline()
"""


def test_d05_edit_survives_a_kill_right_after_saved(tmp_path: Path) -> None:
    path = _new(tmp_path)
    child = spawn(SAVE_THEN_HANG, str(path))
    wait_for(child, "saved")
    kill_hard(child)
    with Workspace.open(path) as reopened:
        row = reopened.db.execute("SELECT body_json FROM drafts WHERE key = 'case-log'").fetchone()
        assert row is not None and "已发布致歉声明" in row[0]
        assert reopened.count("audit", "object_type = 'case_event'") == 1


HALF_WRITTEN = """
import sys
from desktop.storage.workspace import Workspace
ws = Workspace.open(sys.argv[1])
with ws.transaction():
    ws.db.conn.executemany("INSERT INTO drafts(key, body_json, saved_at) VALUES (?, '{}', 'x')",
                           [(f"committed-{i}",) for i in range(500)])
ws.db.execute("BEGIN")
ws.db.conn.executemany("INSERT INTO drafts(key, body_json, saved_at) VALUES (?, '{}', 'x')",
                       [(f"uncommitted-{i}",) for i in range(20000)])
print("mid-transaction", flush=True)
sys.stdin.readline()
"""


def test_d07_hot_wal_is_recovered_by_sqlite_and_never_touched_by_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _new(tmp_path)
    child = spawn(HALF_WRITTEN, str(path))
    wait_for(child, "mid-transaction")
    kill_hard(child)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists(), "the crash left a hot WAL behind"
    touched: list[str] = []

    def spy(original):
        def wrapper(*args, **kwargs):
            touched.extend(str(a) for a in args if isinstance(a, (str, Path)))
            return original(*args, **kwargs)

        return wrapper

    for name in ("remove", "unlink", "rename", "replace"):
        monkeypatch.setattr(os, name, spy(getattr(os, name)))
    with Workspace.open(path) as reopened:
        assert reopened.count("drafts", "key LIKE 'committed-%'") == 500
        assert reopened.count("drafts", "key LIKE 'uncommitted-%'") == 0
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    monkeypatch.undo()
    sidecars = [t for t in touched if t.endswith(("-wal", "-shm", "-journal"))]
    assert sidecars == [], "the app must leave SQLite's recovery files to SQLite"


SLOW_MIGRATION = """
import sys
from desktop.storage import migrations
from desktop.storage.workspace import Workspace
original = migrations.MIGRATIONS[2]
def slow(db):
    original.apply(db)
    db.conn.executemany("INSERT INTO drafts(key, body_json, saved_at) VALUES (?, '{}', 'x')",
                        [(f"m{i}",) for i in range(5000)])
    print("migrating", flush=True)
    sys.stdin.readline()
migrations.MIGRATIONS[2] = migrations.Migration(original.version, original.name, slow)
Workspace.open(sys.argv[1])
"""


def test_d13_kill_during_migration_leaves_the_old_schema(tmp_path: Path) -> None:
    old = tmp_path / "old.crisisdesk"
    conn = sqlite3.connect(old)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    from sqlite_utils import Database

    db = Database(old)
    migrations.migrate(db, migrations.MIGRATIONS[:2])
    db.conn.close()
    child = spawn(SLOW_MIGRATION, str(old))
    wait_for(child, "migrating")
    kill_hard(child)
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "mentions" in tables and "kb_entries" not in tables
    assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
    conn.close()
    with Workspace.open(old) as upgraded:
        assert upgraded.schema_version == migrations.latest_version()


def test_d14_cli_runs_leave_no_sidecars(tmp_path: Path) -> None:
    for argv in (["new", str(tmp_path / "c")], ["check", str(tmp_path / "c.crisisdesk")]):
        child = spawn(
            "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))", *argv
        )
        _, err = child.communicate()
        assert child.returncode == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.crisisdesk"]


HOLD_OPEN = """
import sys, os
from desktop.storage.workspace import Workspace
ws = Workspace.open(sys.argv[1])
with ws.transaction():
    ws.db.execute("INSERT INTO drafts(key, body_json, saved_at) VALUES ('first', '{}', 'x')")
print("open", os.getpid(), flush=True)
sys.stdin.readline()
ws.close()
"""


def test_q01_second_instance_is_told_who_holds_it_and_writes_nothing(tmp_path: Path) -> None:
    path = _new(tmp_path)
    first = spawn(HOLD_OPEN, str(path))
    pid = int(wait_for(first, "open").split()[1])
    try:
        with pytest.raises(WorkspaceInUse) as caught:
            Workspace.open(path)
        assert caught.value.owner is not None and caught.value.owner.pid == pid
        assert str(pid) in caught.value.message
        with Workspace.open(path, read_only=True) as second:
            assert second.count("drafts") == 1
            changes = second.total_changes
        assert changes == 0
    finally:
        first.stdin.write("\n")
        first.stdin.flush()
        first.communicate()
    assert first.returncode == 0
    with Workspace.open(path) as after:
        assert after.count("drafts") == 1


def test_q02_killed_instance_lock_clears_itself_on_this_machine(tmp_path: Path) -> None:
    path = _new(tmp_path)
    child = spawn(HOLD_OPEN, str(path))
    wait_for(child, "open")
    kill_hard(child)
    assert lock_path_for(path).exists(), "the dead process left its lock file"
    with Workspace.open(path) as reopened:
        assert not reopened.read_only
        assert reopened.count("drafts") == 1
    assert not lock_path_for(path).exists()


def test_q03_lock_from_another_laptop_is_not_taken_silently(tmp_path: Path) -> None:
    path = _new(tmp_path)
    child = spawn(HOLD_OPEN, str(path))
    wait_for(child, "open")
    kill_hard(child)
    lock = lock_path_for(path)
    pid, app, _host = lock.read_text().splitlines()[:3]
    lock.write_text(f"{pid}\n{app}\nother-laptop\n")
    with pytest.raises(WorkspaceInUse) as caught:
        Workspace.open(path)
    assert caught.value.elsewhere and "other-laptop" in caught.value.message
    with Workspace.open(path, take_over=True) as taken:
        assert taken.count("drafts") == 1
