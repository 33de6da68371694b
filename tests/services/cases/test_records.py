"""services/cases/records: create and edit with audit, the case list, delete, a case from a
reference case."""

from __future__ import annotations

import json

import pytest

from desktop.core.errors import UserError
from desktop.services import cases
from tests.support.cases import add_mentions, audit_actions, kinds


def test_create_records_detection_and_audit(workspace, case_id):
    case = cases.get_case(workspace, case_id)
    assert case["phase"] == "detected"
    assert case["created_by"] == workspace.user
    assert kinds(workspace, case_id) == ["detected"]
    assert "create" in audit_actions(workspace)


def test_create_refuses_blank_title_and_unknown_scenario(workspace):
    with pytest.raises(UserError):
        cases.create_case(workspace, title="  ")
    with pytest.raises(UserError, match="场景"):
        cases.create_case(workspace, title="x", scenario="alien")
    assert workspace.count("cases") == 0


def test_edit_audits_before_and_after_and_refuses_guarded_fields(workspace, case_id):
    changes = cases.update_case(workspace, case_id, owner="运营总监", scope_regions="上海")
    assert changes.cases and changes.case_ids == {case_id}
    row = workspace.db.execute(
        "SELECT before_json, after_json, user FROM audit WHERE action = 'edit' AND object_type = 'case'"
    ).fetchone()
    assert json.loads(row[1]) == {"owner": "运营总监", "scope_regions": "上海"}  # only what changed
    assert not cases.update_case(workspace, case_id, owner="运营总监")  # nothing changed
    assert json.loads(row[0])["owner"] == ""
    assert json.loads(row[1])["owner"] == "运营总监"
    assert row[2] == workspace.user
    with pytest.raises(UserError):
        cases.update_case(workspace, case_id, phase="closed")
    with pytest.raises(UserError):
        cases.update_case(workspace, case_id, severity="I")


def test_case_list_puts_open_cases_first_and_filters(workspace, case_id):
    closed = cases.create_case(workspace, title="旧案例", scenario="outage").id
    cases.save_review(workspace, closed, root_cause="a", lessons="b")
    cases.set_phase(workspace, closed, "closed")
    newer = cases.create_case(workspace, title="新案例", scenario="rumour").id
    rows = cases.list_cases(workspace)
    assert [r["id"] for r in rows][-1] == closed
    assert {r["id"] for r in rows[:2]} == {case_id, newer}
    assert [r["id"] for r in cases.list_cases(workspace, search="钢丝")] == [case_id]
    assert [r["id"] for r in cases.list_cases(workspace, open_only=True)] == [newer, case_id]
    assert [r["id"] for r in cases.list_cases(workspace, scenario="rumour")] == [newer]
    cases.set_severity(workspace, newer, "III", "一般")
    assert [r["id"] for r in cases.list_cases(workspace, severities=["III"])] == [newer]
    assert rows[0]["clock"]["label"]


def test_use_a_reference_case_as_template(workspace):
    case_id = cases.create_from_reference(workspace, "equifax-breach-2017").id
    case = cases.get_case(workspace, case_id)
    assert case["scenario"] == "data_leak"
    assert case["reference_key"] == "equifax-breach-2017"
    assert "Equifax" in case["summary"]
    with pytest.raises(UserError):
        cases.create_from_reference(workspace, "nope")


def test_delete_case_unlinks_its_mentions(workspace, case_id):
    ids = add_mentions(workspace, 3)
    cases.link_mentions(workspace, case_id, ids)
    cases.delete_case(workspace, case_id)
    assert workspace.count("cases") == 0
    assert workspace.count("mentions", "case_id IS NOT NULL") == 0
    assert workspace.count("case_events") == 0


def test_creating_and_deleting_say_what_changed(workspace):
    created = cases.create_case(workspace, title="变更")
    assert created.cases and created.case_ids == {created.id}
    ids = add_mentions(workspace, 3)
    cases.link_mentions(workspace, created.id, ids)
    deleted = cases.delete_case(workspace, created.id)
    assert deleted.case_ids == {created.id} and deleted.mention_ids == set(ids)
