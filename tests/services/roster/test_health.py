"""Roster health: every finding from a sheet that has every problem, the staleness setting,
and the roster's part of the workspace check."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from desktop.core.vocab import ACTIVITIES
from desktop.services import roster, workspaces
from desktop.sheets.roster_sheet import read_roster_xlsx, write_roster_xlsx
from desktop.storage.workspace import Workspace


def write_problem_sheet(path: Path) -> None:
    """Every health problem that can come in through a sheet."""
    old = "2020-01-01"
    fresh = date.today().isoformat()
    people = [
        # name, title, dept, roles, phone, office, email, wechat, backup, available, note, verified, notes
        ["甲", "", "", "危机负责人", "13900000001", "", "", "", "乙", "是", "", old, ""],
        ["乙", "", "", "公关/传播", "", "", "", "", "甲", "是", "", fresh, ""],
        ["丙", "", "", "", "13900000003", "", "", "", "", "是", "", fresh, ""],
        ["丁", "", "", "", "13900000004", "", "", "", "戊", "是", "", fresh, ""],
        ["戊", "", "", "", "13900000005", "", "", "", "己", "是", "", fresh, ""],
        ["己", "", "", "", "13900000006", "", "", "", "丁", "是", "", fresh, ""],
        ["庚", "", "", "", "13900000007", "", "", "", "庚", "是", "", fresh, ""],
        ["辛", "", "", "", "13900000008", "", "", "", "不存在的人", "是", "", fresh, ""],
    ]
    matrix = []
    for activity, label in ACTIVITIES.items():
        if activity != "monitor":
            matrix.append(["默认", "任何级别", label, "人员", "丙", "R"])
        matrix.append(["默认", "任何级别", label, "人员", "甲", "A"])
    matrix.append(["默认", "任何级别", ACTIVITIES["close_case"], "人员", "乙", "A"])
    write_roster_xlsx(path, people, matrix)


def test_a_sheet_with_every_problem_gives_every_finding(workspace: Workspace, tmp_path) -> None:
    sheet = tmp_path / "problems.xlsx"
    write_problem_sheet(sheet)
    result = roster.import_xlsx(workspace, sheet, sheets=read_roster_xlsx(sheet))
    reasons = [p["reason"] for p in result.problems]
    assert result.changes.roster and len(result.changes.person_ids) == 8
    assert any("备用人不能是本人" in r for r in reasons)
    assert any("不存在的人" in r for r in reasons)
    report = roster.health(workspace)
    found = {f.code for f in report.findings}
    assert {
        "no_spokesperson",
        "stale_contact",
        "no_phone",
        "no_backup",
        "backup_loop",
        "activity_no_r",
        "activity_a_count",
        "single_point_of_failure",
    } <= found
    assert not report.ok
    by_code = {f.code: f for f in report.findings}
    names = {p["id"]: p["name"] for p in roster.people(workspace)}
    assert names[by_code["stale_contact"].person_id] == "甲"
    assert names[by_code["no_phone"].person_id] == "乙"
    assert by_code["activity_no_r"].activity == "monitor"
    assert by_code["activity_a_count"].activity == "close_case"
    assert names[by_code["single_point_of_failure"].person_id] == "甲"


def test_stale_setting_changes_the_threshold(workspace: Workspace) -> None:
    pid = roster.save_person(
        workspace,
        None,
        {
            "name": "甲",
            "phone": "1",
            "verified_at": (date.today() - timedelta(days=40)).isoformat(),
        },
    ).id
    stale = lambda: [f for f in roster.health(workspace).findings if f.code == "stale_contact"]  # noqa: E731
    assert stale() == []
    assert roster.set_stale_days(workspace, 30).roster
    assert workspace.setting("roster_stale_days") == 30
    assert [f.person_id for f in stale()] == [pid]
    assert not roster.set_stale_days(workspace, 30)  # unchanged: nothing to refresh


def test_workspace_check_includes_roster_health(demo_workspace: Workspace, ctx) -> None:
    demo_workspace.close()
    checked = workspaces.check_workspace(ctx, demo_workspace.path).as_dict()
    assert checked[roster.HEALTH_CHECK_NAME]["warnings"] == 1
