"""The roster workbook: export and import round-trip people and every matrix."""

from __future__ import annotations

import json

import pytest

from desktop.core.errors import UserError
from desktop.services import roster, workspaces
from desktop.sheets.roster_sheet import read_roster_xlsx
from desktop.storage.workspace import Workspace


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


def test_export_is_audited_and_refuses_other_suffixes(workspace: Workspace, tmp_path) -> None:
    with pytest.raises(UserError):
        roster.export_xlsx(workspace, tmp_path / "x.csv")
    roster.export_xlsx(workspace, tmp_path / "x.xlsx")
    row = workspace.db.execute(
        "SELECT after_json FROM audit WHERE action = 'roster-export'"
    ).fetchone()
    assert json.loads(row[0])["phones_masked"] is False
