"""Versions: restoring an old one makes a new draft, and the diff between two."""

from __future__ import annotations

from desktop.services import kb
from tests.support.kb import ENTRY, audit_actions


def test_restore_old_version_is_a_new_draft(workspace) -> None:
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


def test_diff_between_versions(workspace) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    kb.edit_entry(workspace, entry_id, {"keywords": "退款，到账，加急"})
    lines = kb.diff(workspace, entry_id, 1, 2)
    assert "-关键词：退款，到账" in lines
    assert "+关键词：退款，到账，加急" in lines


def test_restoring_the_same_content_changes_nothing(workspace) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    result = kb.restore_version(workspace, entry_id, 1)
    assert not result.changed and not result.changes
    assert [v.version for v in kb.versions(workspace, entry_id)] == [1]
