"""Backups, rotation, verified copies and restores."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.backup_policy import RetentionPolicy
from desktop.storage import backup as backups
from desktop.storage.workspace import Workspace, WorkspaceDamaged, WorkspaceError


@pytest.fixture
def filled(tmp_path: Path) -> Workspace:
    workspace = Workspace.create(tmp_path / "ws" / "brand", name="品牌", user="alice")
    with workspace.transaction():
        workspace.db["drafts"].insert_all(
            {"key": f"k{i}", "body_json": "{}", "saved_at": "x"} for i in range(250)
        )
    yield workspace
    workspace.close()


def test_backup_is_verified_named_and_outside_the_workspace_folder(
    filled: Workspace, tmp_path: Path
) -> None:
    root = tmp_path / "backups"
    info = backups.create_backup(filled, root, "manual")
    assert info is not None and info.path.exists()
    assert filled.path.parent not in info.path.parents
    assert backups.verify_copy(info.path, full=True) == ""
    conn = sqlite3.connect(info.path)
    assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 250
    conn.close()
    assert backups.list_backups(filled.path, root)[0].reason == "manual"
    assert not filled.changed_since_backup
    assert not list(info.path.parent.glob("*.tmp")), "no temp file left behind"


def test_rotation_keeps_exactly_the_policy_set(filled: Workspace, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    start = datetime(2026, 1, 1, 9, 0, 0)
    policy = RetentionPolicy(keep_all_hours=2, daily=3, weekly=2, monthly=2)
    for day in range(60):
        backups.create_backup(filled, root, "timer", now=start + timedelta(days=day), policy=policy)
    kept = backups.list_backups(filled.path, root)
    now = start + timedelta(days=59)
    taken = {b.taken_at for b in kept}
    assert now in taken
    assert len(kept) <= 1 + 3 + 2 + 2
    assert {now - timedelta(days=1), now - timedelta(days=2), now - timedelta(days=3)} <= taken
    assert all(backups.verify_copy(b.path) == "" for b in kept)


def test_no_backup_of_a_file_that_fails_its_check(
    filled: Workspace, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(backups, "quick_check", lambda conn: "*** page 3 is never used")
    assert backups.create_backup(filled, tmp_path / "b", "timer") is None
    assert backups.list_backups(filled.path, tmp_path / "b") == []


def test_save_copy_is_verified_and_complete(filled: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "carry"
    digest = backups.save_copy(filled, target)
    copy = target.with_name("carry.crisisdesk")
    assert len(digest) == 64
    with Workspace.open(copy, read_only=True) as carried:
        assert carried.count("drafts") == 250
    with pytest.raises(WorkspaceError):
        backups.save_copy(filled, filled.path)


def test_restore_replaces_a_damaged_file_and_keeps_it_aside(
    filled: Workspace, tmp_path: Path
) -> None:
    root = tmp_path / "backups"
    info = backups.create_backup(filled, root, "manual")
    path = filled.path
    filled.close()
    path.write_bytes(path.read_bytes()[:4096])
    with pytest.raises(WorkspaceDamaged):
        Workspace.open(path)
    backups.restore_backup(info.path, path)
    with Workspace.open(path) as restored:
        assert restored.count("drafts") == 250
    assert path.with_name(path.name + ".damaged").exists()


def test_restore_refuses_a_bad_backup(tmp_path: Path) -> None:
    bad = tmp_path / "bad.crisisdesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x01" * 3000)
    target = tmp_path / "target.crisisdesk"
    target.write_bytes(b"keep me")
    with pytest.raises(WorkspaceDamaged):
        backups.restore_backup(bad, target)
    assert target.read_bytes() == b"keep me"
