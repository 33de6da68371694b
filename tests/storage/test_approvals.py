"""Approval rows and their evidence, read back as typed values."""

from __future__ import annotations

from desktop.storage import approvals as store
from desktop.storage import roster as roster_store
from desktop.storage.workspace import Workspace


def new_approval(approver_id: int, version: int, attachment_id: int | None) -> store.NewApproval:
    return store.NewApproval(
        object_type="statement",
        object_id="7",
        version=version,
        approver_id=approver_id,
        approver_name="林嘉禾",
        method="wechat",
        at="2026-11-20T10:00:00+08:00",
        note="同意",
        attachment_id=attachment_id,
        activity="approve_statement",
        scenario="",
        severity="",
    )


def test_approval_evidence_current_history_and_void(workspace: Workspace) -> None:
    db = workspace.db
    with workspace.transaction():
        person = roster_store.insert_person(db, {"name": "林嘉禾"})
        shot = store.insert_evidence(db, "截图.png", "image/png", b"\x89PNG", "2026-11-20")
        assert store.attachment_exists(db, shot) and not store.attachment_exists(db, shot + 1)
        first = store.insert_approval(db, new_approval(person, 1, shot))
        store.link_evidence(db, shot, first)
    assert store.evidence(db, shot) == store.EvidenceFile("截图.png", "image/png", b"\x89PNG")
    assert store.evidence(db, shot + 1) is None
    current = store.current_approval(db, "statement", "7", 1)
    assert current is not None and (current.id, current.attachment_id) == (first, shot)
    assert store.current_approval(db, "statement", "7", 2) is None
    with workspace.transaction():
        assert store.void_approvals(db, "statement", "7", "2026-11-21", "改了") == 1
        assert store.void_approvals(db, "statement", "7", "2026-11-21", "改了") == 0
        second = store.insert_approval(db, new_approval(person, 2, None))
    assert store.current_approval(db, "statement", "7", 1) is None
    assert [(h.id, h.void_reason) for h in store.history(db, "statement", "7")] == [
        (second, ""),
        (first, "改了"),
    ]
