"""The roster workbook: export and import round-trip people and every matrix."""

from __future__ import annotations

import json
import random

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from desktop.core.errors import UserError
from desktop.services import roster, workspaces
from desktop.sheets.roster_sheet import (
    MATRIX_SHEET,
    PEOPLE_SHEET,
    join_roles,
    read_roster_xlsx,
    split_roles,
)
from desktop.storage.workspace import Workspace


def test_excel_round_trip_keeps_people_and_matrix(demo_workspace: Workspace, ctx, tmp_path) -> None:
    out = tmp_path / "roster.xlsx"
    exported = roster.export_xlsx(demo_workspace, out, unmask_contacts=True)
    assert exported.people == 10 and exported.as_dict()["masked"] is False
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


def test_export_is_audited_and_refuses_other_suffixes(workspace: Workspace, tmp_path) -> None:
    with pytest.raises(UserError):
        roster.export_xlsx(workspace, tmp_path / "x.csv")
    roster.export_xlsx(workspace, tmp_path / "x.xlsx")
    row = workspace.db.execute(
        "SELECT after_json FROM audit WHERE action = 'roster-export'"
    ).fetchone()
    assert json.loads(row[0])["masked"] is True
    assert workspace.count("audit", "action = 'export-unmasked'") == 0


# -- masking (issue 13): the same rules as the mention export --------------------------------


def _people_cells(path) -> list[dict[str, object]]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[PEOPLE_SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _add(workspace: Workspace, **fields) -> int:
    return roster.save_person(workspace, None, {"name": "张三", **fields}).id


def test_export_masks_contacts_by_default(workspace: Workspace, tmp_path) -> None:
    _add(
        workspace,
        phone="13912345678",
        wechat="zhangsan_pr",
        email="zhang.san@example.com",
        office_phone="010-65001234",
        notes="夜里打 13800138000",
    )
    result = roster.export_xlsx(workspace, tmp_path / "r.xlsx")
    assert result.masked and result.as_dict()["phones_masked"] is True
    (row,) = _people_cells(tmp_path / "r.xlsx")
    assert row["手机"] == "139****5678"
    assert row["微信"] == "z****r"
    assert "zhang.san" not in str(row["邮箱"]) and "****" in str(row["邮箱"])
    assert row["办公电话"] == "010-65001234"  # not a mobile number: as the mention export does
    assert row["备注"] == "夜里打 138****8000"
    notes = [c.value for c in openpyxl.load_workbook(tmp_path / "r.xlsx")["说明"]["A"]]
    assert any("已打码" in str(n) for n in notes)


def test_unmasked_export_is_audited_before_the_file_is_written(
    workspace: Workspace, tmp_path
) -> None:
    _add(workspace, phone="13912345678")
    out = tmp_path / "full.xlsx"
    result = roster.export_xlsx(workspace, out, unmask_contacts=True)
    assert not result.masked and result.changes.audit
    assert _people_cells(out)[0]["手机"] == "13912345678"
    (after,) = workspace.db.execute(
        "SELECT after_json FROM audit WHERE action = 'export-unmasked'"
    ).fetchone()
    details = json.loads(after)
    assert (details["what"], details["contacts"], details["rows"]) == ("roster", "unmasked", 1)
    assert details["file"] == str(out)
    # audited by the caller already (the window does it on its own connection): no second row
    roster.export_xlsx(
        workspace, tmp_path / "again.xlsx", unmask_contacts=True, audit_recorded=True
    )
    assert workspace.count("audit", "action = 'export-unmasked'") == 1


def test_read_only_workspace_exports_masked_only(workspace: Workspace, ctx, tmp_path) -> None:
    _add(workspace, phone="13912345678")
    path = workspace.path
    workspace.close()
    with Workspace.open(path, read_only=True) as look:
        masked = roster.export_xlsx(look, tmp_path / "m.xlsx")
        assert masked.masked and not masked.changes.audit
        with pytest.raises(UserError, match="只读"):
            roster.export_xlsx(look, tmp_path / "u.xlsx", unmask_contacts=True)
    assert not (tmp_path / "u.xlsx").exists()


def test_masked_export_read_back_keeps_the_real_contacts(
    workspace: Workspace, ctx, tmp_path
) -> None:
    person_id = _add(workspace, phone="13912345678", wechat="zhangsan_pr", notes="打 13800138000")
    out = tmp_path / "masked.xlsx"
    roster.export_xlsx(workspace, out)
    result = roster.import_xlsx(workspace, out, sheets=read_roster_xlsx(out))
    assert result.people_updated == 1 and result.problems == []
    assert result.masked_contacts_skipped == 3
    person = roster.person(workspace, person_id)
    assert (person["phone"], person["wechat"], person["notes"]) == (
        "13912345678",
        "zhangsan_pr",
        "打 13800138000",
    )
    fresh = workspaces.create_workspace(ctx, tmp_path / "fresh")
    with fresh:
        again = roster.import_xlsx(fresh, out, sheets=read_roster_xlsx(out))
        assert again.people_inserted == 1
        assert "已打码" in again.problems[0]["reason"] and again.problems[0]["row"] == 2
        (new,) = roster.people(fresh)
        assert new["phone"] == "" and "*" not in (new["wechat"] or "")


# -- round trip (issue 13): export → import into a fresh workspace → export, cell for cell -----

ACTIVITY = "approve_statement"
AWKWARD = [
    "公关/传播",
    "法务、合规",
    "a，b；c;d,e",
    "第一行\n第二行",
    '=HYPERLINK("http://x","y")',
    "+86 138 0013 8000",
    "-1",
    "@所有人",
    "反斜杠\\结尾\\",
    "\\、",
    "长" * 5000,
    "🚨 危机 👩‍💼",
    "_x0041_ 字面",
    "  前后空格  ",
    "",
]


def _awkward_people(rng: random.Random, count: int) -> list[dict[str, str]]:
    people = []
    for number in range(count):
        pick = lambda: rng.choice(AWKWARD)  # noqa: E731
        people.append(
            {
                "name": f"成员{number}{pick().strip()[:20]}",
                "title": pick(),
                "department": pick(),
                "phone": rng.choice(["13912345678", "", "+86 139-1234-5678", "=1+1"]),
                "office_phone": pick(),
                "email": rng.choice(["a@b.cn", "", "x/y@z.cn"]),
                "wechat": pick(),
                "availability_note": pick(),
                "notes": pick(),
            }
        )
    return people


def _sheet_cells(path) -> dict[str, list[list[object]]]:
    """Every cell as Excel shows it (calamine decodes OOXML escapes as Excel does)."""
    workbook = CalamineWorkbook.from_path(str(path))
    return {
        name: workbook.get_sheet_by_name(name).to_python() for name in (PEOPLE_SHEET, MATRIX_SHEET)
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_round_trip_is_cell_for_cell_with_awkward_values(
    workspace: Workspace, ctx, tmp_path, seed: int
) -> None:
    rng = random.Random(seed)
    role_ids = [roster.add_role(workspace, name.strip() or "空").id for name in AWKWARD]
    ids = []
    seeded_slash = [r["id"] for r in roster.roles(workspace) if "/" in r["name"]]  # IT/安全
    for number, fields in enumerate(_awkward_people(rng, 12)):
        roles = rng.sample(role_ids, rng.randint(0, 4))
        if number == 0:
            roles = [*seeded_slash, role_ids[1], role_ids[0]]
        ids.append(roster.save_person(workspace, None, fields, roles).id)
    for person_id in ids[1:]:
        if rng.random() < 0.5:
            roster.save_person(workspace, person_id, {"backup_id": rng.choice(ids[:1])})
    awkward_role = role_ids[0]  # "公关/传播" holds a matrix cell
    roster.set_cell(
        workspace, scenario="", severity="", activity=ACTIVITY, role_id=awkward_role, raci="A"
    )
    roster.set_cell(
        workspace, scenario="", severity="", activity=ACTIVITY, person_id=ids[0], raci="R"
    )
    first = tmp_path / "first.xlsx"
    roster.export_xlsx(workspace, first, unmask_contacts=True)

    fresh = workspaces.create_workspace(ctx, tmp_path / "fresh")
    with fresh:
        result = roster.import_xlsx(fresh, first, sheets=roster.read_sheets(first))
        assert result.problems == []
        second = tmp_path / "second.xlsx"
        roster.export_xlsx(fresh, second, unmask_contacts=True)
        names = {r["name"] for r in roster.roles(fresh)}
        assert {"公关/传播", "法务、合规", "IT/安全"} <= names and not {"公关", "IT"} & names
    assert _sheet_cells(second) == _sheet_cells(first)


def test_old_exports_are_still_read(workspace: Workspace, tmp_path) -> None:
    """An export from before issue 13 (header 危机角色, any of 、，,；;/ between roles)."""
    from desktop.sheets.writer import SheetSpec, write_xlsx

    roster.add_role(workspace, "公关/传播")
    header = ["姓名", "危机角色", "手机"]
    rows = [["李四", "公关/传播、发言人", "13900000009"], ["王五", "法务，舆情监测/值守", ""]]
    old = tmp_path / "old.xlsx"
    write_xlsx(old, [SheetSpec(PEOPLE_SHEET, header, rows)])
    sheets = read_roster_xlsx(old)
    assert not sheets.escaped_roles
    roster.import_xlsx(workspace, old, sheets=sheets)
    by_name = {p["name"]: p for p in roster.people(workspace)}
    role_names = {r["id"]: r["name"] for r in roster.roles(workspace)}
    li = sorted(role_names[r] for r in by_name["李四"]["role_ids"])
    wang = sorted(role_names[r] for r in by_name["王五"]["role_ids"])
    assert li == sorted(["公关/传播", "发言人"])  # a known role is kept whole
    assert wang == sorted(["法务", "舆情监测", "值守"])  # the old rule for the rest


def test_role_cell_escaping_round_trips() -> None:
    for names in (["公关/传播", "法务"], ["a、b", "c\\d", "e\nf"], ["\\"], []):
        assert split_roles(join_roles(names)) == names
    assert split_roles("公关\n法务") == ["公关", "法务"]  # Alt+Enter in Excel separates too
    assert join_roles(["公关/传播", "法务"]) == "公关/传播、法务"
