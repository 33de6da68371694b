"""Entries: reading them, and saving content — every save of changed content is a new version.

Editing an approved entry makes the new version a draft while the approved version stays in use
(suggestions and the composer read `in_use`) until the new one is approved. Every change is
audited in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core import vocab
from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.errors import UserError
from desktop.core.kb_content import CONTENT_FIELDS, Content, Reply, join_keywords, split_examples
from desktop.core.kb_filter import EntryFilter
from desktop.core.kb_vocab import LANGUAGES, REPLY_KINDS
from desktop.core.similarity import NearDuplicates
from desktop.services.kb.duplicates import Duplicate, DuplicateKey, find_duplicates
from desktop.storage import kb as store
from desktop.storage.kb import Entry, EntryRow, UsageSummary
from desktop.storage.workspace import Workspace, now_iso

OBJECT_TYPE = store.OBJECT_TYPE


@dataclass
class EntryResult:
    """A saved entry: its version, whether the content changed, near-duplicate entries."""

    entry_id: int
    version: int
    changed: bool = True
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        return Changes.of_kb(self.entry_id) if self.changed else NO_CHANGES


@dataclass(frozen=True)
class InUse:
    """What the composer offers for an entry: the approved version while one exists, else the
    working draft."""

    entry_id: int
    version: int
    approved: bool
    content: Content


# -- reading ------------------------------------------------------------------------------------


def get_entry(workspace: Workspace, entry_id: int) -> Entry:
    entry = store.get_entry(workspace.db, entry_id)
    if entry is None:
        raise UserError(f"问答库里没有编号为 {entry_id} 的条目。")
    return entry


def in_use(workspace: Workspace, entry_id: int) -> InUse | None:
    """The version the composer should offer; None for a retired entry."""
    entry = get_entry(workspace, entry_id)
    if entry.status == "retired":
        return None
    if entry.approved_version:
        data = store.version_snapshot(workspace.db, entry_id, entry.approved_version)
        if data is not None:
            return InUse(entry_id, entry.approved_version, True, data)
    return InUse(entry_id, entry.version, False, entry.content())


def list_entries(workspace: Workspace, flt: EntryFilter | None = None) -> list[EntryRow]:
    return store.list_entries(workspace.db, flt or EntryFilter())


def usage_summary(workspace: Workspace) -> UsageSummary:
    return store.usage_summary(workspace.db)


# -- content ------------------------------------------------------------------------------------


def _clean(workspace: Workspace, data: Mapping[str, Any]) -> Content:
    """Validated content (category as a path, trimmed texts)."""
    title = (data.get("title") or "").strip()
    if not title:
        raise UserError("请填写条目标题。", hint="标题是一句话概括这类评论，例如“收到的菜有异物”。")
    language = data.get("language") or "zh-CN"
    if language not in LANGUAGES:
        raise UserError(f"不支持的语言：{language}", hint="可选 zh-CN、zh-TW、en。")
    category = data.get("category")
    if category is None and data.get("category_id") is not None:
        category = store.category_path(workspace.db, data["category_id"])
    replies = []
    for given in data.get("replies") or []:
        reply = given.as_dict() if isinstance(given, Reply) else given
        body = (reply.get("body") or "").strip()
        if not body:
            continue
        kind = reply.get("kind") or "public"
        if kind not in REPLY_KINDS:
            raise UserError(
                f"未知的回复类型：{kind}", hint="可选 public、private、holding、statement。"
            )
        channel = reply.get("channel") or "generic"
        if channel not in vocab.CHANNELS:
            raise UserError(f"未知的渠道：{channel}", hint="可选：" + "、".join(vocab.CHANNELS))
        replies.append(Reply(kind, channel, body))
    examples = data.get("examples") or ""
    if isinstance(examples, list):
        examples = "\n".join(examples)
    return Content(
        title=title,
        examples="\n".join(split_examples(examples)),
        keywords=join_keywords(data.get("keywords") or ""),
        category=" / ".join(p.strip() for p in (category or "").split("/") if p.strip()),
        language=language,
        tone_note=(data.get("tone_note") or "").strip(),
        replies=tuple(replies),
    )


def _write(
    workspace: Workspace,
    entry_id: int | None,
    content: Content,
    *,
    version: int,
    status: str,
    note: str,
) -> int:
    at = now_iso()
    db = workspace.db
    row = {
        "category_id": store.find_or_create_category_path(db, content.category),
        "title": content.title,
        "examples": content.examples,
        "keywords": content.keywords,
        "language": content.language,
        "tone_note": content.tone_note,
        "status": status,
        "version": version,
        "updated_at": at,
        "updated_by": workspace.user,
    }
    if entry_id is None:
        entry_id = store.insert_entry(db, {**row, "created_at": at})
    else:
        store.update_entry(db, entry_id, row)
    store.replace_replies(db, entry_id, content.replies)
    store.add_version(db, entry_id, version, content, workspace.user, at, note)
    store.reindex_entry(db, entry_id, content)
    return entry_id


def create_entry(
    workspace: Workspace,
    data: Mapping[str, Any],
    *,
    check_duplicates: bool = True,
    duplicates_in: NearDuplicates[DuplicateKey] | None = None,
) -> EntryResult:
    content = _clean(workspace, data)
    duplicates = (
        find_duplicates(workspace, content.examples, index=duplicates_in)
        if check_duplicates
        else []
    )
    with workspace.transaction():
        entry_id = _write(workspace, None, content, version=1, status="draft", note="新建")
        workspace.audit("create", OBJECT_TYPE, entry_id, after=content.as_dict())
    return EntryResult(entry_id, 1, True, duplicates)


def edit_entry(
    workspace: Workspace, entry_id: int, data: Mapping[str, Any], note: str = ""
) -> EntryResult:
    """Save changed content as a new draft version; the approved version stays in use."""
    entry = get_entry(workspace, entry_id)
    before = entry.content()
    merged = {
        **before.as_dict(),
        **{k: v for k, v in data.items() if k in (*CONTENT_FIELDS, "replies", "category_id")},
    }
    if "category_id" in data and "category" not in data:
        merged.pop("category", None)
    content = _clean(workspace, merged)
    if content == before:
        return EntryResult(entry_id, entry.version, changed=False)
    version = entry.version + 1
    duplicates = find_duplicates(workspace, content.examples, exclude_id=entry_id)
    with workspace.transaction():
        _write(workspace, entry_id, content, version=version, status="draft", note=note or "编辑")
        workspace.audit(
            "edit",
            OBJECT_TYPE,
            entry_id,
            before={"version": entry.version, **before.as_dict()},
            after={"version": version, **content.as_dict()},
        )
    return EntryResult(entry_id, version, True, duplicates)
