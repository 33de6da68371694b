"""Workspace use cases as the app and the CLI see them."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from desktop.services import backups as backup_service
from desktop.services import demo_clock, workspaces
from desktop.services.workspaces import Workspace
from desktop.storage import backup as backups


def test_demo_workspace_is_created_once_in_the_data_folder(ctx) -> None:
    path = workspaces.ensure_demo_workspace(ctx)
    assert path.parent == ctx.paths.data and path.exists()
    first = path.stat().st_mtime_ns
    assert workspaces.ensure_demo_workspace(ctx) == path
    assert path.stat().st_mtime_ns == first


def test_a_demo_built_on_an_earlier_day_is_backed_up_and_built_again(ctx) -> None:
    """Its alarms and clocks would read days stale otherwise (the demo's dates are relative)."""
    path = workspaces.ensure_demo_workspace(ctx)
    with Workspace.open(path) as demo:
        demo_clock.set_demo_moment(demo, datetime.now().astimezone() - timedelta(days=3))
        assert demo_clock.out_of_date(demo)
    workspaces.ensure_demo_workspace(ctx)
    with Workspace.open(path, read_only=True) as demo:
        assert not demo_clock.out_of_date(demo)
    assert [b.reason for b in backups.list_backups(path, ctx.paths.backups)] == ["demo-refresh"]


def test_open_sets_context_and_recent_list(ctx, tmp_path: Path) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "a", name="甲")
    created.close()
    opened = workspaces.open_workspace(ctx, created.path)
    assert ctx.workspace is opened
    assert ctx.settings.recent()[0] == created.path.resolve()
    workspaces.close_workspace(ctx)
    assert ctx.workspace is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.crisisdesk"]


def test_closing_a_changed_workspace_backs_it_up(ctx, tmp_path: Path) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "a", name="甲")
    created.close()
    workspace = workspaces.open_workspace(ctx, created.path)
    workspace.set_setting("x", 1)
    workspaces.close_workspace(ctx)
    found = backups.list_backups(created.path, ctx.paths.backups)
    assert [b.reason for b in found] == ["on-close"]


def test_check_reports_counts_and_problems(ctx, tmp_path: Path) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "a", name="甲")
    created.close()
    report = workspaces.check_workspace(ctx, created.path)
    assert report.ok and report.problems == []
    assert report.schema_version == report.app_schema_version
    assert "mentions" in report.counts
    conn = sqlite3.connect(created.path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO import_rejects(import_id, row_number, reason) VALUES (999, 1, 'orphan')"
    )
    conn.commit()
    conn.close()
    report = workspaces.check_workspace(ctx, created.path)
    assert not report.ok
    assert any("foreign key" in p for p in report.problems)


def test_damaged_workspace_check_says_so(ctx, tmp_path: Path) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "a", name="甲")
    created.close()
    data = created.path.read_bytes()
    created.path.write_bytes(data[:100] + b"\x00" * (len(data) - 100))
    report = workspaces.check_workspace(ctx, created.path)
    assert not report.ok and report.problems


def test_backup_before_risky_operation(ctx, workspace) -> None:
    info = workspaces.backup_before(ctx, "before-import")
    assert info is not None and info.reason == "before-import"


def test_background_backup_works_with_or_without_the_window_holding_the_file(
    ctx, tmp_path: Path
) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "a", name="甲")
    path = created.path
    created.close()
    alone = backup_service.backup_copy_of(path, ctx.paths.backups, "timer")
    assert backups.verify_copy(alone.path) == ""
    with workspaces.open_workspace(ctx, path):
        held = backup_service.backup_copy_of(path, ctx.paths.backups, "manual")
        assert backups.verify_copy(held.path) == ""


def test_check_includes_the_roster_health(ctx, tmp_path: Path) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "demo", demo=True)
    created.close()
    report = workspaces.check_workspace(ctx, created.path)
    assert report.ok and report.roster_health is not None
    assert {"errors", "warnings"} <= set(report.roster_health)
    assert report.as_dict()["roster"] == report.roster_health


def test_the_industry_is_kept_in_the_workspace_and_check_reports_it(ctx, tmp_path: Path) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "旅行社", industry="酒店旅游")
    assert created.setting("industry") == "travel"
    created.close()
    report = workspaces.check_workspace(ctx, created.path)
    assert report.industry == "travel" and report.as_dict()["industry"] == "travel"
    # a workspace made before industries (no setting) reports none rather than a guess
    conn = sqlite3.connect(created.path)
    conn.execute("UPDATE workspace SET settings_json = json_remove(settings_json, '$.industry')")
    conn.commit()
    conn.close()
    assert workspaces.check_workspace(ctx, created.path).industry == ""
