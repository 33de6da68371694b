"""Knowledge-base life cycle: create, approve through the roster, edit while the approved
version stays in use, restore, retire, diff, duplicates, categories, audit."""

from __future__ import annotations

import json

import pytest

from desktop.core.changes import Changes, ChangesWithCount, changes_of
from desktop.core.errors import UserError
from desktop.services import approvals, kb
from desktop.services.approvals import ApprovalInput
from desktop.storage import kb as store
from tests.services.kb_helpers import add_person

ENTRY = {
    "title": "退款慢",
    "category": "服务冲突 / 价格／退款",
    "examples": "退款一直没到账\n申请退款好几天了",
    "keywords": "退款, 到账",
    "language": "zh-CN",
    "replies": [
        {
            "kind": "public",
            "channel": "generic",
            "body": "{称呼|您}好，请私信订单号，我们今天帮您查。",
        },
        {"kind": "private", "channel": "weibo", "body": "请提供订单号 {订单号}。"},
    ],
}


@pytest.fixture
def approver(workspace) -> int:
    return add_person(workspace, "周敏", approver=True)


def audit_actions(workspace, entry_id: int) -> list[str]:
    return [
        r[0]
        for r in workspace.db.execute(
            "SELECT action FROM audit WHERE object_type = 'kb_entry' AND object_id = ? ORDER BY id",
            [str(entry_id)],
        )
    ]


def test_seeded_workspace_has_templates_as_drafts_in_a_category_tree(workspace) -> None:
    summary = kb.usage_summary(workspace)
    assert summary.entries >= 40
    assert summary.approved == 0  # a brand's approver signs off its own scripts
    languages = {r[0] for r in workspace.db.execute("SELECT DISTINCT language FROM kb_entries")}
    assert languages == {"zh-CN", "zh-TW", "en"}
    kinds = {r[0] for r in workspace.db.execute("SELECT DISTINCT kind FROM kb_replies")}
    assert kinds == {"public", "private", "holding", "statement"}
    paths = {
        store.category_path(workspace.db, r[0])
        for r in workspace.db.execute("SELECT category_id FROM kb_entries")
    }
    assert "食品或产品安全 / 食品／产品安全" in paths


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


def test_saving_unchanged_content_makes_no_version(workspace) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    result = kb.edit_entry(workspace, entry_id, {"title": "退款慢"})
    assert not result.changed
    assert len(kb.versions(workspace, entry_id)) == 1


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


def test_restore_old_version_is_a_new_draft(workspace, approver) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    kb.edit_entry(workspace, entry_id, {"title": "退款迟迟不到账"})
    kb.edit_entry(workspace, entry_id, {"title": "退款问题"})
    result = kb.restore_version(workspace, entry_id, 1)
    assert result.version == 4
    entry = kb.get_entry(workspace, entry_id)
    assert entry.title == "退款慢"
    assert entry.status == "draft"
    assert [v.version for v in kb.versions(workspace, entry_id)] == [4, 3, 2, 1]
    assert "restore" in audit_actions(workspace, entry_id)


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


def test_diff_between_versions(workspace) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    kb.edit_entry(workspace, entry_id, {"keywords": "退款，到账，加急"})
    lines = kb.diff(workspace, entry_id, 1, 2)
    assert "-关键词：退款，到账" in lines
    assert "+关键词：退款，到账，加急" in lines


def test_duplicate_examples_are_flagged(workspace) -> None:
    first = kb.create_entry(workspace, ENTRY)
    assert first.duplicates == []
    again = kb.create_entry(
        workspace, {**ENTRY, "title": "退款太慢了", "examples": "退款一直没到账！"}
    )
    assert [d.id for d in again.duplicates] == [first.entry_id]


def test_validation_errors_are_user_errors(workspace) -> None:
    with pytest.raises(UserError):
        kb.create_entry(workspace, {**ENTRY, "title": " "})
    with pytest.raises(UserError):
        kb.create_entry(workspace, {**ENTRY, "language": "fr"})
    with pytest.raises(UserError):
        kb.create_entry(
            workspace, {**ENTRY, "replies": [{"kind": "poem", "channel": "generic", "body": "x"}]}
        )


def test_every_edit_is_audited_with_before_and_after(workspace) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    kb.edit_entry(workspace, entry_id, {"tone_note": "更口语"})
    row = workspace.db.execute(
        "SELECT user, before_json, after_json FROM audit WHERE action = 'edit' AND object_id = ?",
        [str(entry_id)],
    ).fetchone()
    assert row[0] == workspace.user
    assert json.loads(row[1])["tone_note"] == ""
    assert json.loads(row[2])["tone_note"] == "更口语"


def test_categories_can_be_edited_and_deleting_keeps_entries(workspace) -> None:
    parent = kb.add_category(workspace, "门店专项").id
    child = kb.add_category(workspace, "徐汇店", parent).id
    entry_id = kb.create_entry(workspace, {**ENTRY, "category": ""}).entry_id
    kb.move_entry(workspace, entry_id, child)
    assert kb.get_entry(workspace, entry_id).category == "门店专项 / 徐汇店"
    found = kb.list_entries(workspace, kb.EntryFilter(category_id=parent))
    assert [e.id for e in found] == [entry_id]
    kb.rename_category(workspace, child, "徐汇旗舰店")
    assert kb.get_entry(workspace, entry_id).category == "门店专项 / 徐汇旗舰店"
    assert kb.delete_category(workspace, parent).count == 1
    assert kb.get_entry(workspace, entry_id).category == ""


def test_list_search_filters_and_sorts(workspace) -> None:
    hits = kb.list_entries(workspace, kb.EntryFilter(search="退款"))
    titles = [e.title for e in hits]
    assert "退款迟迟不到账" in titles
    assert all(
        e.language == "en" for e in kb.list_entries(workspace, kb.EntryFilter(language="en"))
    )
    one = kb.list_entries(workspace, kb.EntryFilter(search="辟"))  # one character: LIKE
    assert isinstance(one, list)
    entry_id = hits[0].id
    workspace.db.execute("UPDATE kb_entries SET usage_count = 99 WHERE id = ?", [entry_id])
    most = kb.list_entries(workspace, kb.EntryFilter(sort="most_used"))
    assert most[0].id == entry_id
    used = kb.list_entries(workspace, kb.EntryFilter(usage="used"))
    assert [e.id for e in used] == [entry_id]
    least = kb.list_entries(workspace, kb.EntryFilter(sort="least_recent", usage="unused"))
    assert entry_id not in [e.id for e in least]


def test_attachments_stored_in_the_workspace_and_audited(workspace, tmp_path) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    image = tmp_path / "二维码.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\nfake")
    attachment = kb.add_attachment(workspace, entry_id, image).id
    listed = kb.attachments(workspace, entry_id)
    assert [(a.name, a.mime) for a in listed] == [("二维码.png", "image/png")]
    assert kb.attachment_data(workspace, attachment) == image.read_bytes()
    kb.remove_attachment(workspace, attachment)
    assert kb.attachments(workspace, entry_id) == []
    assert {"attach", "detach"} <= set(audit_actions(workspace, entry_id))


def test_workspace_values_and_threshold(workspace) -> None:
    kb.set_values(workspace, {"{热线}": " 400-1 ", " ": "x"})
    assert kb.values(workspace) == {"热线": "400-1"}
    kb.set_deviation_threshold(workspace, 50)
    assert workspace.setting("kb_deviation_threshold") == 50
    with pytest.raises(UserError):
        kb.set_deviation_threshold(workspace, 150)


def test_every_write_says_what_it_changed(workspace, tmp_path) -> None:
    created = kb.create_entry(workspace, ENTRY)
    entry_id = created.entry_id
    assert changes_of(created) == Changes.of_kb(entry_id)
    assert not changes_of(kb.edit_entry(workspace, entry_id, {"title": "退款慢"}))  # unchanged
    assert kb.submit_for_review(workspace, entry_id) == Changes.of_kb(entry_id)
    assert kb.retire(workspace, entry_id) == Changes.of_kb(entry_id)
    assert not kb.retire(workspace, entry_id)  # already retired: nothing changed
    assert kb.reactivate(workspace, entry_id).kb_ids == {entry_id}
    category = kb.add_category(workspace, "门店专项")
    assert category.kb and category.id
    assert kb.move_entry(workspace, entry_id, category.id).kb_ids == {entry_id}
    assert kb.rename_category(workspace, category.id, "门店").kb
    image = tmp_path / "a.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    attached = kb.add_attachment(workspace, entry_id, image)
    assert attached.kb_ids == {entry_id} and attached.id
    assert kb.remove_attachment(workspace, attached.id).kb_ids == {entry_id}
    assert kb.delete_category(workspace, category.id) == ChangesWithCount(
        kb=True, audit=True, count=1
    )
    assert kb.set_values(workspace, {"热线": "1"}).kb
    assert kb.set_deviation_threshold(workspace, 40).kb


def test_reply_settings_are_saved_together_or_not_at_all(workspace) -> None:
    kb.set_values(workspace, {"热线": "400-1"})
    with pytest.raises(UserError):
        kb.save_reply_settings(workspace, {"热线": "400-2"}, 150)
    assert kb.values(workspace) == {"热线": "400-1"}  # the bad threshold undid the values too
    assert kb.save_reply_settings(workspace, {"热线": "400-2"}, 40).kb
    assert (kb.values(workspace), kb.threshold(workspace)) == ({"热线": "400-2"}, 40)
