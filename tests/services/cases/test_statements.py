"""services/cases/statements: drafts from the KB, approval enforced through the roster, publish
only once approved (stamping the timeline), a new version voids the approval."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services import approvals, cases
from desktop.services.approvals import ApprovalInput, ApprovalRefused
from tests.support.cases import add_kb_statement, add_person, add_roster, assign, insert_row


@pytest.fixture
def case_id(workspace):
    case_id = cases.create_case(
        workspace, title="钢丝事件", scenario="food_safety", detected_at="2026-11-18T09:40:00+08:00"
    ).id
    cases.set_severity(workspace, case_id, "II", "食品安全")
    return case_id


@pytest.fixture
def roster(workspace):
    return add_roster(workspace)


def draft(workspace, case_id, body="我们已关注到此事，正在核查。", kind="holding"):
    return cases.create_statement(workspace, case_id, channel="weibo", kind=kind, body=body).id


def test_a_draft_cannot_be_published(workspace, case_id, roster):
    statement = draft(workspace, case_id)
    with pytest.raises(UserError, match="未经审批"):
        cases.publish_statement(workspace, statement)
    assert cases.statements(workspace, case_id)[0]["status"] == "draft"


def test_only_the_roster_approver_may_approve(workspace, case_id, roster):
    statement = draft(workspace, case_id)
    with pytest.raises(ApprovalRefused, match="林嘉禾"):
        cases.approve_statement(workspace, statement, ApprovalInput(roster["drafter"]))
    assert cases.statements(workspace, case_id)[0]["status"] == "draft"
    refused = workspace.count("audit", "action = 'approval-refused'")
    assert refused == 1
    approval_id = cases.approve_statement(
        workspace, statement, ApprovalInput(roster["approver"], method="phone", note="电话确认")
    ).id
    [row] = cases.statements(workspace, case_id)
    assert row["status"] == "approved"
    assert row["approval"]["id"] == approval_id
    assert row["approval"]["approver_name"] == "林嘉禾"
    event = cases.timeline(workspace, case_id)[-1]
    assert event["kind"] == "approval" and event["approval_id"] == approval_id


def test_no_approver_in_the_roster_refuses_with_a_hint(workspace, case_id):
    statement = draft(workspace, case_id)
    nobody = add_person(workspace, "路人")
    with pytest.raises(ApprovalRefused, match="没有人负责"):
        cases.approve_statement(workspace, statement, ApprovalInput(nobody))
    assert cases.who_may_approve(workspace, case_id) == []


def test_the_matrix_for_the_case_scenario_and_level_decides(workspace, case_id, roster):
    specialist = add_person(workspace, "品控总监")
    assign(workspace, specialist, "approve_statement", "A", scenario="food_safety", severity="II")
    statement = draft(workspace, case_id)
    assert [p["name"] for p in cases.who_may_approve(workspace, case_id)] == ["品控总监"]
    with pytest.raises(ApprovalRefused):
        cases.approve_statement(workspace, statement, ApprovalInput(roster["approver"]))
    cases.approve_statement(workspace, statement, ApprovalInput(specialist))


def test_publishing_stamps_the_timeline_and_starts_the_clock_result(workspace, case_id, roster):
    statement = draft(workspace, case_id)
    cases.approve_statement(
        workspace, statement, ApprovalInput(roster["approver"]), at="2026-11-18T10:15:00+08:00"
    )
    cases.publish_statement(workspace, statement, at="2026-11-18T10:20:00+08:00")
    [row] = cases.statements(workspace, case_id)
    assert row["status"] == "published" and row["published_at"].startswith("2026-11-18T10:20")
    [event] = [e for e in cases.timeline(workspace, case_id) if e["kind"] == "holding_statement"]
    assert "林嘉禾" in event["text"] and event["statement_id"] == statement
    case = cases.get_case(workspace, case_id)
    clock = cases.case_clock_state(workspace, case)
    assert (clock.state, clock.elapsed_minutes) == ("met", 40)
    with pytest.raises(UserError, match="已经发布"):
        cases.publish_statement(workspace, statement)


def test_editing_an_approved_statement_makes_a_new_version_and_voids_the_approval(
    workspace, case_id, roster
):
    statement = draft(workspace, case_id)
    cases.edit_statement(workspace, statement, body="草稿改一下")  # a draft edits in place
    assert cases.statements(workspace, case_id)[0]["version"] == 1
    cases.approve_statement(workspace, statement, ApprovalInput(roster["approver"]))
    cases.edit_statement(workspace, statement, body="审批后又改了")
    [row] = cases.statements(workspace, case_id)
    assert (row["version"], row["status"], row["approval"]) == (2, "draft", None)
    assert approvals.current_approval(workspace, "statement", statement, 1) is None
    assert workspace.count("approvals", "voided_at IS NOT NULL") == 1
    with pytest.raises(UserError, match="未经审批"):
        cases.publish_statement(workspace, statement)
    versions = workspace.db.execute(
        "SELECT version, body FROM statement_versions WHERE statement_id = ? ORDER BY version",
        [statement],
    ).fetchall()
    assert versions == [(1, "草稿改一下"), (2, "审批后又改了")]
    cases.approve_statement(workspace, statement, ApprovalInput(roster["approver"]))
    cases.publish_statement(workspace, statement)


def test_a_published_statement_cannot_be_approved_again(workspace, case_id, roster):
    statement = draft(workspace, case_id)
    cases.approve_statement(workspace, statement, ApprovalInput(roster["approver"]))
    cases.publish_statement(workspace, statement)
    approvals_before = workspace.count("approvals")
    with pytest.raises(UserError, match="已经发布"):
        cases.approve_statement(workspace, statement, ApprovalInput(roster["approver"]))
    [row] = cases.statements(workspace, case_id)
    assert row["status"] == "published"
    assert workspace.count("approvals") == approvals_before


def test_an_approval_is_one_approval_row_one_audit_row_and_one_timeline_event(
    workspace, case_id, roster
):
    statement = draft(workspace, case_id)
    audit_before = workspace.count("audit")
    events_before = workspace.count("case_events")
    done = cases.approve_statement(
        workspace, statement, ApprovalInput(roster["approver"], method="wechat", note="同意")
    )
    assert done.cases and case_id in done.case_ids  # the changes say what to refresh
    assert workspace.count("audit") == audit_before + 1
    assert workspace.count("case_events") == events_before + 1
    assert workspace.count("approvals", "object_type = 'statement'") == 1
    assert approvals.current_approval(workspace, "statement", statement, 1)["id"] == done.id


def test_statements_start_from_kb_statement_and_holding_scripts(workspace, case_id):
    seeded = len(cases.statement_templates(workspace))  # a new workspace may hold KB scripts
    entry = add_kb_statement(
        workspace, kind="holding", body="您好，我们已收到反馈，预计{time|2 小时}内答复{name}。"
    )
    [template] = [t for t in cases.statement_templates(workspace) if t["entry_id"] == entry]
    assert template["statement_kind"] == "holding"
    statement = cases.create_statement_from_kb(workspace, case_id, entry, channel="weibo").id
    [row] = cases.statements(workspace, case_id)
    assert row["id"] == statement and row["kb_entry_id"] == entry
    # placeholders with a default are filled, the others stay for the user to complete
    assert (
        row["body"] == "您好，我们已收到反馈，预计2 小时内答复{name}。" and row["kind"] == "holding"
    )
    with workspace.transaction():
        insert_row(workspace, "kb_replies", {"entry_id": entry, "kind": "public", "body": "x"})
    assert len(cases.statement_templates(workspace)) == seeded + 1  # public replies are not
    with pytest.raises(UserError):
        cases.create_statement_from_kb(workspace, case_id, 999, channel="weibo")


def test_statements_validate_channel_and_kind_and_empty_bodies(workspace, case_id, roster):
    with pytest.raises(UserError, match="渠道"):
        cases.create_statement(workspace, case_id, channel="fax", body="x")
    with pytest.raises(UserError):
        cases.create_statement(workspace, case_id, channel="weibo", kind="poem", body="x")
    empty = cases.create_statement(workspace, case_id, channel="press", body="").id
    with pytest.raises(UserError, match="空"):
        cases.approve_statement(workspace, empty, ApprovalInput(roster["approver"]))
    cases.delete_statement(workspace, empty)
    assert cases.statements(workspace, case_id) == []


def test_statement_edits_and_approvals_are_audited(workspace, case_id, roster):
    statement = draft(workspace, case_id)
    cases.approve_statement(workspace, statement, ApprovalInput(roster["approver"]))
    cases.publish_statement(workspace, statement)
    actions = [
        r[0]
        for r in workspace.db.execute(
            "SELECT action FROM audit WHERE object_type = 'statement' ORDER BY id"
        )
    ]
    assert actions[0] == "create" and "approve" in actions and actions[-1] == "publish"
