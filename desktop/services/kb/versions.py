"""An entry's versions: the list, a diff between two, and restoring an old one as a new draft."""

from __future__ import annotations

import difflib

from desktop.core import vocab
from desktop.core.errors import UserError
from desktop.core.kb_content import Content, split_examples
from desktop.core.kb_vocab import KIND_LABELS
from desktop.services.kb.entries import OBJECT_TYPE, EntryResult, edit_entry
from desktop.storage import kb as store
from desktop.storage.kb import Version
from desktop.storage.workspace import Workspace


def versions(workspace: Workspace, entry_id: int) -> list[Version]:
    """Newest first."""
    return store.versions(workspace.db, entry_id)


def restore_version(workspace: Workspace, entry_id: int, version: int) -> EntryResult:
    """Bring back an old version's content as a new draft version."""
    data = store.version_snapshot(workspace.db, entry_id, version)
    if data is None:
        raise UserError(f"条目 {entry_id} 没有第 {version} 版。")
    result = edit_entry(workspace, entry_id, data.as_dict(), note=f"恢复自第 {version} 版")
    if result.changed:
        with workspace.transaction():
            workspace.audit("restore", OBJECT_TYPE, entry_id, after={"from_version": version})
    return result


def _render(data: Content) -> list[str]:
    lines = [
        f"标题：{data.title}",
        f"分类：{data.category}",
        f"语言：{data.language}",
        f"关键词：{data.keywords}",
        f"语气说明：{data.tone_note}",
        "典型评论：",
        *(f"  {line}" for line in split_examples(data.examples)),
    ]
    for reply in data.replies:
        label = KIND_LABELS.get(reply.kind, reply.kind)
        channel = vocab.CHANNELS.get(reply.channel, reply.channel)
        lines.append(f"【{label} · {channel}】")
        lines += [f"  {line}" for line in reply.body.splitlines()]
    return lines


def diff(workspace: Workspace, entry_id: int, old: int, new: int) -> list[str]:
    """Unified diff lines ('-' removed, '+' added, ' ' same) between two versions."""
    before = store.version_snapshot(workspace.db, entry_id, old)
    after = store.version_snapshot(workspace.db, entry_id, new)
    if before is None or after is None:
        raise UserError("找不到要比较的版本。")
    return list(
        difflib.unified_diff(
            _render(before), _render(after), f"第 {old} 版", f"第 {new} 版", lineterm="", n=2
        )
    )
