"""Review and approval through the roster: the approved version stays in use while a new draft
is edited, refusals name who may approve, retiring voids the approval."""

from __future__ import annotations

import pytest

from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.services import approvals, kb
from desktop.services.approvals import ApprovalInput
from tests.support.kb import ENTRY, add_person, audit_actions


def test_approve_then_edit_keeps_approved_version_in_use(workspace, approver) -> None:
    created = kb.create_entry(workspace, ENTRY)
    entry_id = created.entry_id
    kb.submit_for_review(workspace, entry_id)
    kb.approve(workspace, entry_id, ApprovalInput(approver, method="phone", note="ok"))
    entry = kb.get_entry(workspace, entry_id)
    assert entry.status == "approved"
    assert entry.approved_version == 1
    assert entry.approved_by == "周敏"
    assert approvals.current_approval(workspace, "kb_entry", entry_id, 1)["method"] == "phone"

    new_body = "{称呼|您}好，退款我们已经加急，今天内给您答复。"
    edited = kb.edit_entry(
        workspace,
        entry_id,
        {"replies": [{"kind": "public", "channel": "generic", "body": new_body}]},
    )
    assert edited.version == 2
    entry = kb.get_entry(workspace, entry_id)
    assert entry.status == "draft"
    assert entry.approved_version == 1
    in_use = kb.in_use(workspace, entry_id)
    assert in_use.approved and in_use.version == 1
    assert in_use.content.replies[0].body == ENTRY["replies"][0]["body"]

    kb.approve(workspace, entry_id, ApprovalInput(approver))
    in_use = kb.in_use(workspace, entry_id)
    assert in_use.version == 2 and in_use.content.replies[0].body == new_body
    assert audit_actions(workspace, entry_id).count("approve") >= 2
    assert "edit" in audit_actions(workspace, entry_id)


def test_approval_refused_for_the_wrong_person_names_who_may(workspace, approver) -> None:
    stranger = add_person(workspace, "路人甲")
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    with pytest.raises(approvals.ApprovalRefused) as refused:
        kb.approve(workspace, entry_id, ApprovalInput(stranger))
    assert "周敏" in str(refused.value)
    assert kb.get_entry(workspace, entry_id).status == "draft"
    assert kb.approvers(workspace)[0]["name"] == "周敏"


def test_approval_refused_without_any_approver_in_roster(workspace) -> None:
    someone = add_person(workspace, "路人乙")
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    with pytest.raises(approvals.ApprovalRefused) as refused:
        kb.approve(workspace, entry_id, ApprovalInput(someone))
    assert "危机通讯录" in str(refused.value)  # says where to name an approver


def test_retire_voids_approval_and_stops_use(workspace, approver) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    kb.approve(workspace, entry_id, ApprovalInput(approver))
    kb.retire(workspace, entry_id, "过时")
    assert kb.get_entry(workspace, entry_id).status == "retired"
    assert kb.in_use(workspace, entry_id) is None
    assert approvals.current_approval(workspace, "kb_entry", entry_id, 1) is None
    with pytest.raises(UserError):
        kb.approve(workspace, entry_id, ApprovalInput(approver))
    kb.reactivate(workspace, entry_id)
    assert kb.get_entry(workspace, entry_id).status == "draft"


def test_review_and_retiring_say_what_they_changed(workspace) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    assert kb.submit_for_review(workspace, entry_id) == Changes.of_kb(entry_id)
    assert kb.retire(workspace, entry_id) == Changes.of_kb(entry_id)
    assert not kb.retire(workspace, entry_id)  # already retired: nothing changed
    assert kb.reactivate(workspace, entry_id).kb_ids == {entry_id}
    assert not kb.reactivate(workspace, entry_id)
