"""Creating, opening, migrating and refusing workspaces; the lock; audit; clean closing."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from desktop.storage import migrations
from desktop.storage.lock import lock_path_for
from desktop.storage.workspace import (
    APPLICATION_ID,
    ImportSummary,
    NotAWorkspace,
    Workspace,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceInUse,
    WorkspaceTooNew,
    last_import,
    overview_counts,
)


def _new(tmp_path: Path, name: str = "ws") -> Path:
    workspace = Workspace.create(tmp_path / name, name="测试", brand="品牌", user="alice")
    path = workspace.path
    workspace.close()
    return path


def test_create_sets_pragmas_schema_and_meta(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "brand", name="品牌舆情", brand="小鹿", user="alice")
    with workspace:
        assert workspace.path.name == "brand.crisisdesk"
        db = workspace.db
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert workspace.schema_version == migrations.latest_version()
        assert workspace.info()["brand"] == "小鹿"
        assert "timezone" in workspace.settings()
        audit = db.execute("SELECT user, action, object_type FROM audit").fetchall()
        assert audit == [("alice", "create", "workspace")]


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = _new(tmp_path)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="已存在"):
        Workspace.create(path, name="again")
    assert path.read_bytes() == before


def test_clean_close_leaves_one_self_contained_file(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "ws", name="x")
    with workspace.transaction():
        workspace.db["attachments"].insert(
            {
                "owner_type": "t",
                "owner_id": "1",
                "name": "a",
                "data": b"x" * 5000,
                "added_at": "now",
            }
        )
    workspace.close()
    siblings = sorted(p.name for p in tmp_path.iterdir())
    assert siblings == ["ws.crisisdesk"], "no -wal, -shm or lock file after closing"
    conn = sqlite3.connect(tmp_path / "ws.crisisdesk")
    assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
    conn.close()


def test_settings_and_info_edits_are_audited(tmp_path: Path) -> None:
    with Workspace.open(_new(tmp_path), user="bob") as workspace:
        workspace.set_setting("response_window_hours", 3)
        workspace.update_info(client="客户甲")
        assert workspace.setting("response_window_hours") == 3
        rows = workspace.db.execute(
            "SELECT user, action, object_id, after_json FROM audit WHERE user = 'bob' ORDER BY id"
        ).fetchall()
    assert rows[0][:3] == ("bob", "set-setting", "response_window_hours")
    assert json.loads(rows[0][3]) == 3
    assert rows[1][:2] == ("bob", "edit")
    assert json.loads(rows[1][3]) == {"client": "客户甲"}


def test_a_failed_action_changes_nothing(tmp_path: Path) -> None:
    with Workspace.open(_new(tmp_path)) as workspace:
        audit_rows = workspace.count("audit")
        with pytest.raises(RuntimeError), workspace.transaction():
            workspace.audit("edit", "workspace", 1, after={"x": 1})
            raise RuntimeError("boom")
        assert workspace.count("audit") == audit_rows


def test_migrates_an_old_workspace_and_backs_it_up_first(tmp_path: Path) -> None:
    first_two = migrations.MIGRATIONS[:2]
    workspace = Workspace.create(tmp_path / "old", name="old")
    workspace.close()
    # Build an "old" file that stopped at version 2.
    old = tmp_path / "really-old.crisisdesk"
    conn = sqlite3.connect(old)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    from sqlite_utils import Database

    db = Database(old)
    migrations.migrate(db, first_two)
    db.conn.close()
    seen = []
    with Workspace.open(old, before_migrate=seen.append) as upgraded:
        assert upgraded.schema_version == migrations.latest_version()
        assert "cases" in upgraded.db.table_names()
    assert seen == [old]


def test_refuses_a_workspace_from_a_newer_app_and_leaves_it_untouched(tmp_path: Path) -> None:
    path = _new(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceTooNew, match="更新版本"):
        Workspace.open(path)
    assert path.read_bytes() == before
    assert not lock_path_for(path).exists()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", WorkspaceDamaged),
        (b"name,text\n1,hello\n" * 20, NotAWorkspace),
        (b"PK\x03\x04" + b"\x00" * 200, NotAWorkspace),
    ],
)
def test_refuses_files_that_are_not_workspaces(tmp_path: Path, content: bytes, error) -> None:
    path = tmp_path / "odd.crisisdesk"
    path.write_bytes(content)
    with pytest.raises(error):
        Workspace.open(path)
    assert path.read_bytes() == content


def test_refuses_a_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    with pytest.raises(NotAWorkspace, match="其他程序"):
        Workspace.open(path)


def test_truncated_copy_is_detected_as_damaged(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "big", name="big")
    with workspace.transaction():
        workspace.db["attachments"].insert_all(
            {
                "owner_type": "t",
                "owner_id": str(i),
                "name": "a",
                "data": b"y" * 3000,
                "added_at": "x",
            }
            for i in range(300)
        )
    workspace.close()
    data = workspace.path.read_bytes()
    damaged = tmp_path / "damaged.crisisdesk"
    damaged.write_bytes(data[: len(data) // 2])
    with pytest.raises(WorkspaceDamaged) as caught:
        Workspace.open(damaged)
    assert "损坏" in caught.value.message
    assert damaged.read_bytes() == data[: len(data) // 2], "never repaired in place"
    read_only = Workspace.open(damaged, read_only=True, check=False, untouched=True)
    assert read_only.read_only
    read_only.close()
    assert damaged.read_bytes() == data[: len(data) // 2]


def test_second_writer_is_refused_with_host_and_time(tmp_path: Path) -> None:
    path = _new(tmp_path)
    with Workspace.open(path):
        with pytest.raises(WorkspaceInUse) as caught:
            Workspace.open(path)
        assert caught.value.owner is not None and caught.value.owner.on_this_machine
        assert "正在使用" in caught.value.message and "进程" in caught.value.message
        reader = Workspace.open(path, read_only=True)
        assert reader.read_only
        with pytest.raises(WorkspaceError, match="只读"):
            reader.set_setting("x", 1)
        reader.close()


def test_read_only_database_refuses_writes_at_sqlite_level_too(tmp_path: Path) -> None:
    path = _new(tmp_path)
    with (
        Workspace.open(path),
        Workspace.open(path, read_only=True) as reader,
        pytest.raises(sqlite3.OperationalError),
    ):
        reader.db.execute("INSERT INTO drafts(key, body_json, saved_at) VALUES ('a', '{}', 'x')")


def test_lock_from_another_machine_needs_take_over(tmp_path: Path) -> None:
    path = _new(tmp_path)
    lock = lock_path_for(path)
    lock.write_text("999999\ncrisisdesk\nother-laptop\n")
    with pytest.raises(WorkspaceInUse) as caught:
        Workspace.open(path)
    assert caught.value.elsewhere
    assert "other-laptop" in caught.value.message
    with Workspace.open(path, take_over=True) as workspace:
        assert not workspace.read_only
    assert not lock.exists()


def test_an_edit_is_not_refused_because_another_connection_wrote_meanwhile(
    tmp_path: Path,
) -> None:
    """RELIABILITY.md Q-04: an edit reads, then writes; if an import committed on its own
    connection in between, the edit must still save (a deferred transaction whose snapshot
    went stale fails at once with "database is locked", whatever the busy timeout)."""
    with Workspace.open(_new(tmp_path)) as workspace:
        importer = sqlite3.connect(workspace.path, isolation_level=None, timeout=0.2)
        with workspace.transaction() as db:
            db.execute("SELECT count(*) FROM audit").fetchone()
            with contextlib.suppress(sqlite3.OperationalError):  # waits for the edit
                importer.execute(
                    "INSERT INTO drafts(key, body_json, saved_at) VALUES ('a', '{}', 'x')"
                )
            workspace.audit("edit", "workspace", 1, after={"note": "saved"})
        importer.execute("INSERT INTO drafts(key, body_json, saved_at) VALUES ('b', '{}', 'x')")
        importer.close()
        assert workspace.db.execute(
            "SELECT count(*) FROM audit WHERE after_json LIKE '%saved%'"
        ).fetchone() == (1,)
        assert workspace.count("drafts") == 1


def test_overview_counts_and_the_newest_import(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "ws", name="x") as workspace:
        assert overview_counts(workspace.db)["mentions"] == 0
        assert last_import(workspace.db) is None
        with workspace.transaction():
            for name, inserted in (("早.xlsx", 3), ("晚.xlsx", 5)):
                workspace.db.execute(
                    "INSERT INTO imports(file_name, inserted, updated, rejected, started_at,"
                    " finished_at) VALUES (?, ?, 1, 2, 'x', '2026-03-01T09:30:00')",
                    [name, inserted],
                )
        counts = overview_counts(workspace.db)
        assert counts["imports"] == 2 and counts["cases_open"] == 0
        assert last_import(workspace.db) == ImportSummary(
            "晚.xlsx", "2026-03-01T09:30:00", inserted=5, updated=1, rejected=2
        )


def test_overview_negatives_follow_the_counting_rule(tmp_path: Path) -> None:
    """The status bar's 负面: confirmed (person, sheet) plus the model's confident
    suggestions, the suggested ones also apart; a weak guess is not counted."""
    with Workspace.create(tmp_path / "ws", name="x") as workspace:
        with workspace.transaction():
            workspace.db.conn.executemany(
                "INSERT INTO mentions(key, text, sentiment, sentiment_by, sentiment_confidence)"
                " VALUES (?, 't', ?, ?, ?)",
                [
                    ("a", "neg", "person", None),
                    ("b", "neg", "import", None),
                    ("c", "neg", "model", 0.9),
                    ("d", "neg", "model", 0.3),
                    ("e", "pos", "model", 0.9),
                    ("f", "unknown", "", None),
                ],
            )
        counts = overview_counts(workspace.db)
        assert (counts["mentions_negative"], counts["mentions_negative_suggested"]) == (3, 1)
