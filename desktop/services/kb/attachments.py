"""Files sent with a reply (a QR code, a guide as an image or PDF), stored in the workspace."""

from __future__ import annotations

from pathlib import Path

from desktop.core.changes import NO_CHANGES, Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.services.kb.entries import OBJECT_TYPE, get_entry
from desktop.storage import kb as store
from desktop.storage.kb import Attachment
from desktop.storage.workspace import Workspace, now_iso

ATTACHMENT_LIMIT = 5 * 1024 * 1024
MIME_BY_SUFFIX = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".pdf": "application/pdf",
}


def attachments(workspace: Workspace, entry_id: int) -> list[Attachment]:
    return store.attachments(workspace.db, entry_id)


def attachment_data(workspace: Workspace, attachment_id: int) -> bytes:
    data = store.attachment_data(workspace.db, attachment_id)
    if data is None:
        raise UserError("找不到这个附件。")
    return data


def add_attachment(workspace: Workspace, entry_id: int, path: str | Path) -> ChangesWithId:
    """Attach a file (an image such as a QR code to send with the reply) to an entry."""
    path = Path(path)
    get_entry(workspace, entry_id)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(f"读不到文件：{path.name}") from exc
    if size > ATTACHMENT_LIMIT:
        raise UserError(
            f"附件太大：{path.name}（{size // 1024} KB）。", hint="请使用 5 MB 以内的图片或文件。"
        )
    data = path.read_bytes()
    mime = MIME_BY_SUFFIX.get(path.suffix.lower(), "application/octet-stream")
    with workspace.transaction():
        attachment_id = store.add_attachment(
            workspace.db, entry_id, path.name, mime, data, now_iso()
        )
        workspace.audit(
            "attach",
            OBJECT_TYPE,
            entry_id,
            after={"attachment_id": attachment_id, "name": path.name},
        )
    return ChangesWithId(kb=True, audit=True, kb_ids=frozenset({entry_id}), id=attachment_id)


def remove_attachment(workspace: Workspace, attachment_id: int) -> Changes:
    owner = store.attachment_owner(workspace.db, attachment_id)
    if owner is None:
        return NO_CHANGES
    entry_id, name = owner
    with workspace.transaction():
        store.delete_attachment(workspace.db, attachment_id)
        workspace.audit("detach", OBJECT_TYPE, entry_id, before={"name": name})
    return Changes.of_kb(entry_id)
