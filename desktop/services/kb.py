"""The knowledge base's life cycle: create, edit, review, approve, retire, restore, compare.

Rules:
- every save of changed content is a new version (a snapshot in `kb_versions`);
- editing an approved entry makes the new version a draft while the approved version stays
  in use (suggestions and the composer read `in_use`) until the new one is approved;
- approval goes through `services.approvals.approve` (activity "approve_kb"), so the roster
  decides who may approve; a refusal names who may;
- every change is audited in the same transaction.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core import vocab
from desktop.core.changes import NO_CHANGES, Changes, ChangesWithCount, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.kb_content import CONTENT_FIELDS, join_keywords, split_examples
from desktop.core.kb_content import Content as Content
from desktop.core.kb_content import Reply as Reply
from desktop.core.kb_filter import EntryFilter as EntryFilter
from desktop.core.kb_vocab import KIND_LABELS as KIND_LABELS
from desktop.core.kb_vocab import LANGUAGE_LABELS as LANGUAGE_LABELS
from desktop.core.kb_vocab import LANGUAGES, PENDING_STATUSES, REPLY_KINDS
from desktop.core.kb_vocab import STATUS_LABELS as STATUS_LABELS
from desktop.core.similarity import NearDuplicates
from desktop.services import approvals
from desktop.services.seeding import seed_data
from desktop.storage import kb as store
from desktop.storage.kb import Attachment as Attachment
from desktop.storage.kb import Category as Category
from desktop.storage.kb import Entry as Entry
from desktop.storage.kb import EntryRow as EntryRow
from desktop.storage.kb import UsageSummary as UsageSummary
from desktop.storage.kb import Version as Version
from desktop.storage.workspace import Workspace, now_iso

OBJECT_TYPE = store.OBJECT_TYPE
ACTIVITY = "approve_kb"
DUPLICATE_THRESHOLD = 0.8
DuplicateKey = tuple[int, str]  # (entry id, title) of an entry's typical comment


@dataclass(frozen=True)
class Duplicate:
    """An existing entry whose typical comment is nearly the same as a new one."""

    id: int
    title: str
    example: str  # the existing entry's comment
    new_example: str  # the comment just saved
    score: float


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


def versions(workspace: Workspace, entry_id: int) -> list[Version]:
    """Newest first."""
    return store.versions(workspace.db, entry_id)


def categories(workspace: Workspace) -> list[Category]:
    return store.categories(workspace.db)


def category_counts(workspace: Workspace) -> dict[int | None, int]:
    """Entries filed directly under each category (None: uncategorised)."""
    return store.entry_counts_by_category(workspace.db)


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


def submit_for_review(workspace: Workspace, entry_id: int) -> Changes:
    entry = get_entry(workspace, entry_id)
    if entry.status != "draft":
        raise UserError(f"只有草稿可以提交审批（当前：{STATUS_LABELS[entry.status]}）。")
    with workspace.transaction():
        store.update_entry(workspace.db, entry_id, {"status": "in_review"})
        workspace.audit("submit", OBJECT_TYPE, entry_id, after={"version": entry.version})
    return Changes.of_kb(entry_id)


def approvers(workspace: Workspace) -> list[dict[str, Any]]:
    """Who may approve knowledge-base scripts now, from the roster's matrix."""
    return approvals.who_may_approve(workspace, ACTIVITY)


def approve(
    workspace: Workspace,
    entry_id: int,
    given: approvals.ApprovalInput,
) -> approvals.Approved:
    """Approve the working version through the one approval path; raises ApprovalRefused
    naming who may approve, or UserError when the entry has nothing to approve."""
    entry = get_entry(workspace, entry_id)
    _check_approvable(entry)

    def mark_approved(approval: approvals.Approval) -> Changes:
        current = get_entry(workspace, entry_id)  # inside the transaction: still approvable?
        _check_approvable(current)
        if current.version != entry.version:
            raise UserError("条目在审批期间被修改了。", hint="请重新打开条目，审批新版本。")
        store.update_entry(
            workspace.db,
            entry_id,
            {
                "status": "approved",
                "approved_version": entry.version,
                "approved_by": approval.approver_name,
                "approved_at": approval.at,
                "approval_id": approval.id,
            },
        )
        return Changes.of_kb(entry_id)

    return approvals.approve(
        workspace,
        approvals.Subject(OBJECT_TYPE, entry_id, entry.version, ACTIVITY),
        given,
        apply=mark_approved,
        audit_extra={"previous_approved_version": entry.approved_version},
    )


def _check_approvable(entry: Entry) -> None:
    if entry.status not in PENDING_STATUSES:
        raise UserError(
            f"这个条目当前是“{STATUS_LABELS[entry.status]}”，不需要审批。",
            hint="修改内容后会生成新的草稿版本，再提交审批。",
        )


def retire(workspace: Workspace, entry_id: int, reason: str = "") -> Changes:
    entry = get_entry(workspace, entry_id)
    if entry.status == "retired":
        return NO_CHANGES
    with workspace.transaction():
        approvals.void(workspace, OBJECT_TYPE, entry_id, reason or "停用")
        store.update_entry(workspace.db, entry_id, {"status": "retired", "approved_version": None})
        workspace.audit(
            "retire",
            OBJECT_TYPE,
            entry_id,
            before={"status": entry.status, "approved_version": entry.approved_version},
            after={"status": "retired", "reason": reason},
        )
    return Changes.of_kb(entry_id)


def reactivate(workspace: Workspace, entry_id: int) -> Changes:
    """A retired entry comes back as a draft (it needs a fresh approval)."""
    entry = get_entry(workspace, entry_id)
    if entry.status != "retired":
        return NO_CHANGES
    with workspace.transaction():
        store.update_entry(workspace.db, entry_id, {"status": "draft"})
        workspace.audit("reactivate", OBJECT_TYPE, entry_id, after={"status": "draft"})
    return Changes.of_kb(entry_id)


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


# -- duplicates ---------------------------------------------------------------------------------


def duplicate_index(
    workspace: Workspace, exclude_id: int | None = None
) -> NearDuplicates[DuplicateKey]:
    """The typical comments of all entries in use, ready for near-duplicate lookups."""
    index: NearDuplicates[DuplicateKey] = NearDuplicates(DUPLICATE_THRESHOLD)
    for entry in store.examples_in_use(workspace.db, exclude_id):
        for example in split_examples(entry.examples):
            index.add((entry.id, entry.title), example)
    return index


def find_duplicates(
    workspace: Workspace,
    examples: str,
    exclude_id: int | None = None,
    index: NearDuplicates[DuplicateKey] | None = None,
) -> list[Duplicate]:
    """Existing entries with an example near-identical to one of `examples` (bigram Jaccard)."""
    index = index or duplicate_index(workspace, exclude_id)
    found: dict[int, Duplicate] = {}
    for example in split_examples(examples):
        for (entry_id, title), existing, score in index.find(example):
            best = found.get(entry_id)
            if entry_id == exclude_id or score <= (best.score if best else 0):
                continue
            found[entry_id] = Duplicate(entry_id, title, existing, example, round(score, 2))
    return sorted(found.values(), key=lambda d: -d.score)


# -- categories ---------------------------------------------------------------------------------


def _category_name(label: str) -> str:
    """A category name cannot hold the path separator."""
    return label.strip().replace("/", "／")


def add_category(workspace: Workspace, name: str, parent_id: int | None = None) -> ChangesWithId:
    name = _category_name(name)
    if not name:
        raise UserError("请填写分类名称。")
    with workspace.transaction():
        category_id = store.add_category(workspace.db, name, parent_id)
        workspace.audit(
            "create", "kb_category", category_id, after={"name": name, "parent_id": parent_id}
        )
    return ChangesWithId(kb=True, audit=True, id=category_id)


def rename_category(workspace: Workspace, category_id: int, name: str) -> Changes:
    name = _category_name(name)
    if not name:
        raise UserError("请填写分类名称。")
    with workspace.transaction():
        before = store.category_path(workspace.db, category_id)
        store.rename_category(workspace.db, category_id, name)
        workspace.audit("rename", "kb_category", category_id, before=before, after=name)
    return Changes.of_kb()


def delete_category(workspace: Workspace, category_id: int) -> ChangesWithCount:
    """Delete a category and its children; their entries become uncategorised (not deleted):
    `count` says how many."""
    ids = store.descendant_ids(workspace.db, category_id)
    with workspace.transaction():
        before = store.category_path(workspace.db, category_id)
        moved = store.uncategorise(workspace.db, ids)
        store.delete_category(workspace.db, category_id)
        workspace.audit(
            "delete",
            "kb_category",
            category_id,
            before=before,
            after={"entries_uncategorised": moved},
        )
    return ChangesWithCount(kb=True, audit=True, count=moved)


def move_entry(workspace: Workspace, entry_id: int, category_id: int | None) -> Changes:
    """Filing an entry elsewhere is not a content change of its reply scripts: no new version."""
    entry = get_entry(workspace, entry_id)
    with workspace.transaction():
        store.update_entry(workspace.db, entry_id, {"category_id": category_id})
        workspace.audit(
            "move",
            OBJECT_TYPE,
            entry_id,
            before=entry.category,
            after=store.category_path(workspace.db, category_id),
        )
    return Changes.of_kb(entry_id)


# -- seed content ---------------------------------------------------------------------------------
# The entries and the demo brand's additions are data: resources/seed/kb.json, kb_demo.json.


def seed_kb(workspace: Workspace) -> None:
    """New workspaces: the category tree (scenario → issue type) and the template entries.

    Templates start as drafts: a brand's script is approved by the brand's own approver."""
    seed = seed_data("kb")
    template_note = seed["template_note"]
    for key, label in vocab.SCENARIOS.items():
        store.add_category(workspace.db, _category_name(label), None, key=key)
    for entry in seed["entries"]:
        path = (
            _category_name(vocab.SCENARIOS[entry["scenario"]])
            + " / "
            + _category_name(vocab.ISSUE_TYPES[entry["issue_type"]])
        )
        tone = entry["tone_note"] + (" " if entry["tone_note"] else "") + template_note
        create_entry(
            workspace,
            {**entry, "category": path, "tone_note": tone},
            check_duplicates=False,
        )
    if workspace.setting("kb_values") is None:
        workspace.set_setting("kb_values", {"热线": ""})


def seed_demo_kb(workspace: Workspace) -> None:
    """Demo workspace: the brand's hotline and contacts, and some usage history."""
    demo = seed_data("kb_demo")
    values = dict(workspace.setting("kb_values") or {})
    values.update(demo["values"])
    workspace.set_setting("kb_values", values)
    with workspace.transaction():
        for title, uses in demo["usage"].items():
            entry_id = store.find_entry(workspace.db, title)
            if entry_id is None:
                continue
            last = f"2026-11-{20 - uses % 10:02d}T{9 + uses % 8:02d}:30:00+08:00"
            store.update_entry(workspace.db, entry_id, {"usage_count": uses, "last_used_at": last})
            workspace.audit("seed-usage", OBJECT_TYPE, entry_id, after={"usage_count": uses})


def approve_demo_kb(workspace: Workspace) -> None:
    """Demo workspace: the Chinese templates approved by the roster's approver.

    Runs after the roster's demo seeder; without an approver in the roster (a branch without
    the roster) the demo marks them approved under a clearly labelled demo name instead."""
    demo = seed_data("kb_demo")
    drafts = store.list_entries(
        workspace.db, EntryFilter(language="zh-CN", status="draft", sort="id")
    )
    people = approvers(workspace)
    for row in drafts:
        if row.title in demo["left_as_draft"]:  # a few stay drafts to show the flow
            continue
        if people:
            approve(
                workspace,
                row.id,
                approvals.ApprovalInput(people[0]["id"], note="演示：模板审批"),
            )
            continue
        with workspace.transaction():
            store.update_entry(
                workspace.db,
                row.id,
                {
                    "status": "approved",
                    "approved_version": row.version,
                    "approved_by": demo["approver_fallback"],
                    "approved_at": "2026-11-01T10:00:00+08:00",
                },
            )
            workspace.audit("seed-approve", OBJECT_TYPE, row.id, after={"version": row.version})
    with workspace.transaction():
        for row in drafts:
            if row.title == demo["in_review"]:
                store.update_entry(workspace.db, row.id, {"status": "in_review"})


# -- attachments and workspace values ---------------------------------------------------------

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


def values(workspace: Workspace) -> dict[str, str]:
    """Workspace values filled into every reply ({热线} …)."""
    stored = workspace.setting("kb_values", {}) or {}
    return {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}


def set_values(workspace: Workspace, new_values: dict[str, str]) -> Changes:
    cleaned = {
        k.strip().strip("{}"): v.strip() for k, v in new_values.items() if k.strip().strip("{}")
    }
    workspace.set_setting("kb_values", cleaned)
    return Changes.of_kb()


def set_deviation_threshold(workspace: Workspace, percent: int) -> Changes:
    if not 0 <= int(percent) <= 100:
        raise UserError("阈值应在 0 到 100 之间。")
    workspace.set_setting("kb_deviation_threshold", int(percent))
    return Changes.of_kb()
