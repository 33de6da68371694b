"""The plans tables (m0011): a file from before them migrates, and a read-only file that
stops short of them reads as "no plans" instead of failing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.services import plans
from desktop.storage import migrations
from desktop.storage import plans as store
from desktop.storage.workspace import APPLICATION_ID, Workspace


def _old_file(tmp_path: Path) -> Path:
    old = tmp_path / "before-plans.crisisdesk"
    conn = sqlite3.connect(old)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    db = Database(old)
    migrations.migrate(db, [m for m in migrations.MIGRATIONS if m.version < 11])
    db.conn.close()
    return old


def test_a_file_from_before_plans_reads_as_none_then_migrates(tmp_path: Path) -> None:
    old = _old_file(tmp_path)
    db = Database(old)
    assert not store.has_plan_tables(db)
    db.conn.close()
    with Workspace.open(old) as upgraded:
        assert store.has_plan_tables(upgraded.db)
        assert plans.list_plans(upgraded) == []  # migrating does not seed
        assert plans.findings(upgraded) == []


def test_one_plan_per_scenario_is_enforced_by_the_table(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "ws", name="x") as workspace:
        with workspace.transaction():
            store.insert_plan(workspace.db, "outage", "a", "{}", "2026-01-01T00:00:00+08:00", "u")
        with pytest.raises(sqlite3.IntegrityError), workspace.transaction():
            store.insert_plan(workspace.db, "outage", "b", "{}", "2026-01-01T00:00:00+08:00", "u")
        assert len(store.list_plans(workspace.db)) == 1
