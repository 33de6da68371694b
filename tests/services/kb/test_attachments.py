"""Attachments of an entry: stored in the workspace, audited, and said to have changed the entry."""

from __future__ import annotations

from desktop.services import kb
from tests.support.kb import ENTRY, audit_actions


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


def test_attachment_writes_say_which_entry_changed(workspace, tmp_path) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    image = tmp_path / "a.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    attached = kb.add_attachment(workspace, entry_id, image)
    assert attached.kb_ids == {entry_id} and attached.id
    assert kb.remove_attachment(workspace, attached.id).kb_ids == {entry_id}
    assert not kb.remove_attachment(workspace, attached.id)  # gone already
