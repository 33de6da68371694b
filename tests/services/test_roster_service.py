"""Roster service: edits with audit, matrix inheritance, health from a sheet, Excel, card PDF."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.core.vocab import ACTIVITIES
from desktop.printing.crisis_card import write_crisis_card
from desktop.services import approvals, roster, workspaces
from desktop.services.roster_demo import demo_approver
from desktop.sheets.roster_sheet import read_roster_xlsx, write_roster_xlsx
from desktop.storage.workspace import Workspace
from tests.support.pdf import pdf_pages, pdf_text


def audit_actions(workspace: Workspace, object_type: str) -> list[str]:
    rows = workspace.db.execute(
        "SELECT action FROM audit WHERE object_type = ? ORDER BY id", [object_type]
    )
    return [r[0] for r in rows]


def test_people_crud_is_audited_and_validated(workspace: Workspace) -> None:
    role_ids = {r["key"]: r["id"] for r in roster.roles(workspace)}
    assert len(role_ids) == 10 and "spokesperson" in role_ids
    created = roster.save_person(workspace, None, {"name": " 林嘉禾 ", "phone": "13900000001"})
    a = created.id
    assert created.roster and created.person_ids == {a}
    b = roster.save_person(
        workspace, None, {"name": "周若溪", "backup_id": a}, [role_ids["spokesperson"]]
    ).id
    assert roster.person(workspace, a)["name"] == "林嘉禾"
    assert roster.person(workspace, b)["role_ids"] == [role_ids["spokesperson"]]
    with pytest.raises(UserError):
        roster.save_person(workspace, a, {"backup_id": a})
    with pytest.raises(UserError):
        roster.save_person(workspace, None, {"name": "  "})
    assert roster.mark_verified(workspace, a, date(2026, 11, 20)).person_ids == {a}
    assert roster.person(workspace, a)["verified_at"] == "2026-11-20"
    assert roster.set_available(workspace, a, False, "出差").person_ids == {a}
    assert roster.person(workspace, a)["availability_note"] == "出差"
    deleted_changes = roster.delete_person(workspace, a)
    assert deleted_changes.person_ids == {a, b}  # b lost a as backup
    assert roster.person(workspace, b)["backup_id"] is None
    deleted = workspace.db.execute(
        "SELECT before_json FROM audit WHERE action = 'delete' AND object_type = 'person'"
    ).fetchone()[0]
    assert "林嘉禾" in deleted and "13900000001" not in deleted
    assert audit_actions(workspace, "person") == [
        "create",
        "create",
        "verify",
        "availability",
        "delete",
    ]


def test_editing_an_inherited_row_copies_it_and_a_moves(workspace: Workspace) -> None:
    lin = roster.save_person(workspace, None, {"name": "林"}).id
    zhou = roster.save_person(workspace, None, {"name": "周"}).id
    zheng = roster.save_person(workspace, None, {"name": "郑"}).id
    for pid, raci in ((zhou, "R"), (lin, "A")):
        roster.set_cell(
            workspace, scenario="", severity="", activity="speak_to_media", person_id=pid, raci=raci
        )
    view = roster.matrix(workspace, "food_safety", "I")
    assert view.inherited("speak_to_media") and view.raci("speak_to_media", "person", lin) == "A"

    change = roster.set_cell(
        workspace,
        scenario="food_safety",
        severity="",
        activity="speak_to_media",
        person_id=zheng,
        raci="A",
    )
    assert change.copied_from == ("", "")
    assert change.roster and change.person_ids == {zheng, lin}  # lin lost the A
    assert "林" in change.message  # the A moved away from 林
    food = roster.matrix(workspace, "food_safety", "")
    assert not food.inherited("speak_to_media")
    assert food.raci("speak_to_media", "person", zheng) == "A"
    assert food.raci("speak_to_media", "person", zhou) == "R"  # copied from the default
    assert food.raci("speak_to_media", "person", lin) == ""
    assert roster.matrix(workspace).raci("speak_to_media", "person", lin) == "A"  # untouched
    assert approvals.holders(workspace, "speak_to_media", "A", "food_safety", "II") == [zheng]

    reset = roster.reset_row(
        workspace, scenario="food_safety", severity="", activity="speak_to_media"
    )
    assert reset.roster and reset.count == 2  # 周 R (copied in) and 郑 A
    assert roster.matrix(workspace, "food_safety").inherited("speak_to_media")
    assert "matrix-edit" in audit_actions(workspace, "responsibility")
    assert "matrix-reset" in audit_actions(workspace, "responsibility")
    with pytest.raises(UserError):
        roster.set_cell(
            workspace, scenario="", severity="", activity="monitor", person_id=lin, raci="X"
        )


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


def test_excel_round_trip_keeps_people_and_matrix(demo_workspace: Workspace, ctx, tmp_path) -> None:
    out = tmp_path / "roster.xlsx"
    exported = roster.export_xlsx(demo_workspace, out)
    assert exported.people == 10 and exported.as_dict()["phones_masked"] is False
    assert exported.changes.audit and not exported.changes.roster
    before_people = {p["name"]: p for p in roster.people(demo_workspace)}
    before_matrix = {
        k: roster.matrix(demo_workspace, *k).rows for k in (("", ""), ("food_safety", ""))
    }
    sheets = read_roster_xlsx(out)
    assert sheets.people[0]["phone"] == "13900000001"  # text, not a number

    fresh = workspaces.create_workspace(ctx, tmp_path / "fresh")
    with fresh:
        result = roster.import_xlsx(fresh, out, sheets=sheets)
        assert result.problems == []
        assert (result.people_inserted, result.cells) == (10, exported.cells)
        after_people = {p["name"]: p for p in roster.people(fresh)}
        for name, person in before_people.items():
            other = after_people[name]
            for key in ("phone", "office_phone", "wechat", "email", "available", "verified_at"):
                assert other[key] == person[key], (name, key)
            backup = before_people_by_id(before_people, person["backup_id"])
            assert after_by_id(after_people, other["backup_id"]) == backup
        for key, rows in before_matrix.items():
            again = roster.matrix(fresh, *key).rows
            assert _named(rows, before_people) == _named(again, after_people)
        assert (
            roster.health(fresh).as_dict()["findings"]
            == roster.health(demo_workspace).as_dict()["findings"]
        )
        # importing the same file again updates, never duplicates
        again = roster.import_xlsx(fresh, out, sheets=sheets)
        assert (again.people_inserted, again.people_updated) == (0, 10)
        assert len(roster.people(fresh)) == 10


def before_people_by_id(people: dict, pid) -> str | None:
    return next((n for n, p in people.items() if p["id"] == pid), None)


def after_by_id(people: dict, pid) -> str | None:
    return before_people_by_id(people, pid)


def _named(rows, people: dict) -> dict:
    names = {p["id"]: n for n, p in people.items()}
    return {
        activity: sorted((names.get(c.person_id, f"role{c.role_id}"), c.raci) for c in cells)
        for activity, cells in rows.items()
    }


def test_demo_roster_meets_the_contract(demo_workspace: Workspace, ctx) -> None:
    for activity in ("approve_statement", "approve_kb"):
        holders = approvals.holders(demo_workspace, activity, "A")
        assert [roster.person(demo_workspace, h)["name"] for h in holders] == [demo_approver()]
    assert roster.matrix(demo_workspace, "food_safety").inherited("monitor")
    assert not roster.matrix(demo_workspace, "food_safety").inherited("product_fix")
    report = roster.health(demo_workspace)
    assert report.ok and [f.code for f in report.findings] == ["stale_contact"]
    assert roster.workspace_health(demo_workspace) == report.as_dict()


def test_workspace_check_includes_roster_health(demo_workspace: Workspace, ctx) -> None:
    demo_workspace.close()
    checked = workspaces.check_workspace(ctx, demo_workspace.path).as_dict()
    assert checked[roster.HEALTH_CHECK_NAME]["warnings"] == 1


def test_crisis_card_is_one_page_with_the_names(demo_workspace: Workspace, tmp_path, qapp) -> None:
    # qapp: a QApplication first, so the offscreen PDF rendering does not make a bare
    # QGuiApplication that later UI tests cannot use
    pdf = write_crisis_card(demo_workspace, tmp_path / "card.pdf", "food_safety", "I")
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    for person in roster.people(demo_workspace):
        assert person["name"] in text
    assert "13900000001" in text and "审批声明" in text and "产品安全" in text


def test_card_stays_one_page_with_a_big_team(workspace: Workspace, tmp_path, qapp) -> None:
    for index in range(24):
        roster.save_person(
            workspace,
            None,
            {
                "name": f"成员{index:02d}",
                "title": "很长的职务名称用于测试排版",
                "phone": "13900001234",
            },
        )
    pdf = write_crisis_card(workspace, tmp_path / "big.pdf")
    assert pdf_pages(pdf) == 1
    assert "成员23" in pdf_text(pdf)  # the last member still on the one page


def test_export_is_audited_and_refuses_other_suffixes(workspace: Workspace, tmp_path) -> None:
    with pytest.raises(UserError):
        roster.export_xlsx(workspace, tmp_path / "x.csv")
    roster.export_xlsx(workspace, tmp_path / "x.xlsx")
    row = workspace.db.execute(
        "SELECT after_json FROM audit WHERE action = 'roster-export'"
    ).fetchone()
    assert json.loads(row[0])["phones_masked"] is False
