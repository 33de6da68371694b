"""Approvals are enforced against the roster: only A (or A's backup when A is away)."""

from __future__ import annotations

import json

import pytest

from desktop.services import approvals, roster
from desktop.services.approvals import ApprovalRefused
from desktop.storage.workspace import Workspace


@pytest.fixture
def team(workspace: Workspace) -> dict[str, int]:
    """林 approves statements (default), 郑 in food_safety; 周 backs up 林; 陈 is nobody."""
    ids = {}
    for name in ("林嘉禾", "周若溪", "陈子墨", "郑浩"):
        ids[name] = roster.save_person(workspace, None, {"name": name, "phone": "13900000001"}).id
    roster.save_person(workspace, ids["林嘉禾"], {"backup_id": ids["周若溪"]})
    roster.save_person(workspace, ids["郑浩"], {"backup_id": ids["陈子墨"]})
    for activity in ("approve_statement", "approve_kb"):
        roster.set_cell(
            workspace,
            scenario="",
            severity="",
            activity=activity,
            person_id=ids["林嘉禾"],
            raci="A",
        )
        roster.set_cell(
            workspace,
            scenario="",
            severity="",
            activity=activity,
            person_id=ids["陈子墨"],
            raci="R",
        )
    roster.set_cell(
        workspace,
        scenario="food_safety",
        severity="",
        activity="approve_statement",
        person_id=ids["郑浩"],
        raci="A",
    )
    return ids


def audit_rows(workspace: Workspace, action: str) -> list[dict]:
    rows = workspace.db.execute(
        "SELECT object_type, object_id, user, after_json FROM audit WHERE action = ? ORDER BY id",
        [action],
    ).fetchall()
    return [
        {"object_type": r[0], "object_id": r[1], "user": r[2], "after": json.loads(r[3])}
        for r in rows
    ]


def approve(workspace: Workspace, approver: int, **kw) -> int:
    args = {
        "object_type": "statement",
        "object_id": 7,
        "version": 1,
        "activity": "approve_statement",
    }
    args.update(kw)
    given = approvals.ApprovalInput(
        approver,
        method=args.pop("method", "in_person"),
        note=args.pop("note", ""),
        attachment_id=args.pop("attachment_id", None),
        evidence=approvals.Evidence(*args.pop("evidence")) if "evidence" in args else None,
    )
    return approvals.approve(workspace, approvals.Subject(**args), given).id


def test_the_a_holder_approves_and_it_is_recorded_and_audited(workspace, team) -> None:
    approval_id = approve(workspace, team["林嘉禾"], method="wechat", note="微信确认")
    current = approvals.current_approval(workspace, "statement", 7, 1)
    assert current["id"] == approval_id
    assert (current["approver_name"], current["method"], current["note"]) == (
        "林嘉禾",
        "wechat",
        "微信确认",
    )
    rows = audit_rows(workspace, "approve")
    assert rows[-1]["after"]["approver"] == "林嘉禾"
    assert rows[-1]["user"] == workspace.user
    assert approvals.current_approval(workspace, "statement", 7, 2) is None


def test_wrong_person_is_refused_with_who_may_and_the_refusal_is_audited(workspace, team) -> None:
    with pytest.raises(ApprovalRefused) as refused:
        approve(workspace, team["陈子墨"])
    assert "陈子墨" in str(refused.value) and "林嘉禾" in str(refused.value)
    assert approvals.current_approval(workspace, "statement", 7, 1) is None
    refusal = audit_rows(workspace, "approval-refused")[-1]
    assert refusal["after"]["approver"] == "陈子墨"
    assert refusal["after"]["allowed"] == ["林嘉禾"]


def test_backup_only_while_the_primary_is_unavailable(workspace, team) -> None:
    with pytest.raises(ApprovalRefused):
        approve(workspace, team["周若溪"])
    roster.set_available(workspace, team["林嘉禾"], False, "出差")
    who = approvals.who_may_approve(workspace, "approve_statement")
    assert [(p["name"], p["instead_of"]) for p in who] == [("周若溪", "林嘉禾")]
    with pytest.raises(ApprovalRefused) as refused:
        approve(workspace, team["林嘉禾"])  # the away primary cannot approve meanwhile
    assert "不在岗" in str(refused.value)
    approve(workspace, team["周若溪"])
    assert approvals.current_approval(workspace, "statement", 7, 1)["approver_name"] == "周若溪"


def test_nobody_available_explains_so(workspace, team) -> None:
    roster.set_available(workspace, team["林嘉禾"], False)
    roster.set_available(workspace, team["周若溪"], False)
    assert approvals.who_may_approve(workspace, "approve_statement") == []
    with pytest.raises(ApprovalRefused) as refused:
        approve(workspace, team["周若溪"])
    assert "没有在岗的备用人" in str(refused.value)


def test_scenario_matrix_decides_for_its_scenario(workspace, team) -> None:
    with pytest.raises(ApprovalRefused) as refused:
        approve(workspace, team["林嘉禾"], scenario="food_safety", severity="II")
    assert "郑浩" in str(refused.value)
    approve(workspace, team["郑浩"], scenario="food_safety", severity="II")
    # the KB activity is not overridden by the scenario: inherited from the default matrix
    approve(workspace, team["林嘉禾"], object_type="kb_entry", activity="approve_kb")


def test_no_a_in_the_roster_refuses_with_what_to_do(workspace) -> None:
    someone = roster.save_person(workspace, None, {"name": "王"}).id
    with pytest.raises(ApprovalRefused) as refused:
        approve(workspace, someone, activity="close_case")
    assert "没有人负责审批" in str(refused.value)
    assert "职责矩阵" in refused.value.hint or "审批人" in refused.value.hint


def test_edit_voids_the_approval_for_the_new_version(workspace, team) -> None:
    approve(workspace, team["林嘉禾"])
    with workspace.transaction():  # the editing service's own transaction
        voided = approvals.void(workspace, "statement", 7, reason="改了第二段")
    assert voided.count == 1 and voided.roster
    assert approvals.current_approval(workspace, "statement", 7, 1) is None
    assert approvals.current_approval(workspace, "statement", 7, 2) is None
    assert audit_rows(workspace, "approval-voided")[-1]["after"]["reason"] == "改了第二段"
    assert approvals.void(workspace, "statement", 7).count == 0
    approve(workspace, team["林嘉禾"], version=2)
    history = approvals.history(workspace, "statement", 7)
    assert [(h["version"], h["voided_at"] is None) for h in history] == [(2, True), (1, False)]


def test_evidence_screenshot_is_stored_and_linked(workspace, team) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 64
    attachment = approvals.add_evidence(workspace, png, "微信截图.png").id
    approval_id = approve(workspace, team["林嘉禾"], attachment_id=attachment)
    assert approvals.current_approval(workspace, "statement", 7, 1)["attachment_id"] == attachment
    assert approvals.evidence(workspace, attachment) == ("微信截图.png", "image/png", png)
    owner = workspace.db.execute(
        "SELECT owner_type, owner_id FROM attachments WHERE id = ?", [attachment]
    ).fetchone()
    assert owner == ("approval", str(approval_id))


def test_bad_method_and_activity_are_user_errors(workspace, team) -> None:
    from desktop.core.errors import UserError

    with pytest.raises(UserError):
        approve(workspace, team["林嘉禾"], method="telepathy")
    with pytest.raises(UserError):
        approve(workspace, team["林嘉禾"], activity="dance")


def test_evidence_passed_with_the_approval_is_not_kept_on_refusal(workspace, team) -> None:
    shot = ("截图.png", "image/png", b"\x89PNG\r\n\x1a\n1")
    with pytest.raises(ApprovalRefused):
        approve(workspace, team["陈子墨"], evidence=shot)
    assert workspace.count("attachments") == 0
    approve(workspace, team["林嘉禾"], evidence=shot)
    attachment = approvals.current_approval(workspace, "statement", 7, 1)["attachment_id"]
    assert approvals.evidence(workspace, attachment) == shot
