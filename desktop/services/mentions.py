"""The mention log's use cases: list, read, triage (one transaction + audit rows per change),
and the workspace's own lists (issue types) and response window.

Qt-free; the page and `crisisdesk mentions` call only these.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple, cast

from desktop.core import response_window
from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.pii import mask_contact, mask_phone_numbers
from desktop.core.vocab import ISSUE_TYPES, NATURES, SENTIMENTS, STATUSES
from desktop.services.seed_files import seed_data
from desktop.storage import mentions as store
from desktop.storage.mentions import ImportBatch, MentionRow
from desktop.storage.workspace import Workspace, now_iso

# The front ends take these types from here (they may not import storage).
__all__ = [
    "ImportBatch",
    "IssueTypeList",
    "MentionFilter",
    "MentionList",
    "MentionRow",
    "RevealedContact",
    "TriageResult",
]

ISSUE_TYPES_SETTING = "issue_types"
RESPONSE_WINDOW_SETTING = "response_window_hours"
DEFAULT_RESPONSE_WINDOW_HOURS = response_window.DEFAULT_WINDOW_HOURS
NEW_LISTS = "new_lists"  # resources/seed/new_lists.json

# What each editable field accepts; values are checked before anything is written.
EDITABLE = (
    "sentiment",
    "issue_type",
    "nature",
    "status",
    "owner",
    "follow_up_due",
    "contact",
    "notes",
    "reply_text",
    "case_id",
)


@dataclass
class TriageResult:
    """What a triage action changed: the mentions whose values really differ now."""

    changed_ids: list[int] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    # Cases a mention was linked to or unlinked from by this edit (their counts change).
    case_ids: set[int] = field(default_factory=set)

    @property
    def changed(self) -> int:
        return len(self.changed_ids)

    @property
    def changes(self) -> Changes:
        """Values of these mentions (rows and order stay); nothing when nothing differed."""
        if not self.changed_ids:
            return NO_CHANGES
        changes = Changes.of_mentions(self.changed_ids)
        if self.case_ids:
            changes |= Changes.of_cases(*self.case_ids)
        return changes


@dataclass(frozen=True)
class IssueTypeList:
    """The workspace's issue types after an edit: key → label, in the list's order."""

    labels: dict[str, str]
    changes: Changes = field(default_factory=lambda: Changes(mentions=True))


@dataclass(frozen=True)
class RevealedContact:
    """An unmasked contact, shown after an explicit click (the reveal is audited)."""

    contact: str
    changes: Changes = NO_CHANGES


class MentionList(NamedTuple):
    """A filter's mentions as the CLI lists them: how many match, and the rows shown."""

    total: int
    rows: list[MentionRow]


# -- reading ----------------------------------------------------------------------------------


def open_for_reading(path: Path | str, user: str) -> Workspace:
    """A read-only workspace for listing (works while the app holds the file open)."""
    return Workspace.open(Path(path), read_only=True, user=user)


def list_ids(
    workspace: Workspace, mention_filter: MentionFilter, limit: int | None = None
) -> array[int]:
    return store.mention_ids(workspace.db, mention_filter, limit)


def count(workspace: Workspace, mention_filter: MentionFilter | None = None) -> int:
    return store.count(workspace.db, mention_filter)


def fetch_rows(
    workspace: Workspace, ids: Sequence[int], columns: Iterable[str]
) -> dict[int, tuple[Any, ...]]:
    return store.rows_by_ids(workspace.db, ids, columns)


def get_mention(workspace: Workspace, mention_id: int) -> MentionRow:
    row = store.get(workspace.db, mention_id)
    if row is None:
        raise UserError(f"找不到舆情 #{mention_id}。", hint="它可能已被删除；请刷新列表。")
    return row


def platforms(workspace: Workspace) -> list[str]:
    return store.distinct_values(workspace.db, "platform")


def owners(workspace: Workspace) -> list[str]:
    return store.distinct_values(workspace.db, "owner")


def import_batches(workspace: Workspace) -> list[ImportBatch]:
    return store.import_batches(workspace.db)


def sentiment_counts(workspace: Workspace, mention_filter: MentionFilter) -> dict[str, int]:
    return store.counts_by(workspace.db, "sentiment", mention_filter)


def overdue_count(workspace: Workspace, now: datetime | None = None) -> int:
    now = now or datetime.now(UTC)
    limit = now.astimezone(UTC) - timedelta(hours=response_window_hours(workspace))
    return store.overdue_count(workspace.db, limit)


def public_row(row: MentionRow, *, unmask_contacts: bool = False) -> MentionRow:
    """A mention as the CLI/JSON shows it: contacts and phone numbers in text masked."""
    shown: dict[str, Any] = dict(row)
    if not unmask_contacts:
        shown["contact"] = mask_contact(row.get("contact") or "")
        for key in ("text", "title", "notes", "reply_text"):
            if shown.get(key):
                shown[key] = mask_phone_numbers(shown[key])
    return cast(MentionRow, shown)


def list_mentions(
    workspace: Workspace, mention_filter: MentionFilter, limit: int | None = None
) -> MentionList:
    """(total matching, rows up to `limit`) with contacts masked."""
    total = store.count(workspace.db, mention_filter)
    rows = [public_row(r) for r in store.iter_rows(workspace.db, mention_filter, limit)]
    return MentionList(total, rows)


# -- workspace lists and settings -----------------------------------------------------------


def issue_types(workspace: Workspace) -> dict[str, str]:
    """key → label of the workspace's issue types (seeded from core/vocab.ISSUE_TYPES)."""
    stored = workspace.setting(ISSUE_TYPES_SETTING)
    if not stored:
        return dict(ISSUE_TYPES)
    return {item["key"]: item["label"] for item in stored if item.get("key")}


def set_issue_types(workspace: Workspace, labels: Sequence[str]) -> IssueTypeList:
    """Replace the list by labels (in order); known labels keep their key, new ones get a key.

    Mentions already tagged with a removed type keep it (shown by its key), so nothing is lost.
    Every view of mentions shows the new labels (no single rows to name: `mentions` only).
    """
    current = issue_types(workspace)
    by_label = {label: key for key, label in current.items()}
    seen: set[str] = set()
    items: list[dict[str, str]] = []
    for raw in labels:
        label = raw.strip()
        if not label or label in seen:
            continue
        seen.add(label)
        key = by_label.get(label) or _new_key(label, {i["key"] for i in items} | set(current))
        items.append({"key": key, "label": label})
    if not items:
        raise UserError("问题类型列表不能为空。", hint="至少保留一个类型，例如“其他”。")
    workspace.set_setting(ISSUE_TYPES_SETTING, items)
    return IssueTypeList({i["key"]: i["label"] for i in items})


def _new_key(label: str, taken: set[str]) -> str:
    base = "custom_" + "".join(f"{ord(c):x}" for c in label)[:24]
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def response_window_hours(workspace: Workspace) -> float:
    value = workspace.setting(RESPONSE_WINDOW_SETTING, DEFAULT_RESPONSE_WINDOW_HOURS)
    try:
        hours = float(value)
    except (TypeError, ValueError):
        return DEFAULT_RESPONSE_WINDOW_HOURS
    return hours if hours > 0 else DEFAULT_RESPONSE_WINDOW_HOURS


def set_response_window_hours(workspace: Workspace, hours: float) -> Changes:
    """Every mention's response state (and the overdue count) is measured against it."""
    if not 0 < hours <= 24 * 14:
        raise UserError("响应时限应在 0 到 336 小时之间。")
    workspace.set_setting(RESPONSE_WINDOW_SETTING, hours)
    return Changes(mentions=True)


def seed_workspace_lists(workspace: Workspace) -> None:
    """A new workspace starts with the issue types of resources/seed/new_lists.json (keys of
    core/vocab.ISSUE_TYPES, labelled from there) and the default response window."""
    settings = workspace.settings()
    if ISSUE_TYPES_SETTING not in settings:
        keys: list[str] = seed_data(NEW_LISTS)["issue_types"]
        workspace.set_setting(
            ISSUE_TYPES_SETTING, [{"key": key, "label": ISSUE_TYPES[key]} for key in keys]
        )
    if RESPONSE_WINDOW_SETTING not in settings:
        workspace.set_setting(RESPONSE_WINDOW_SETTING, DEFAULT_RESPONSE_WINDOW_HOURS)


# -- triage -----------------------------------------------------------------------------------


def _clean(workspace: Workspace, changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise UserError(f"不能修改这些字段：{', '.join(sorted(unknown))}")
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "sentiment":
            if value not in SENTIMENTS:
                raise UserError(f"未知的情感：{value}", hint="可选：pos、neu、neg、unknown。")
        elif name == "status":
            if value not in STATUSES:
                raise UserError(f"未知的状态：{value}", hint=f"可选：{'、'.join(STATUSES)}。")
        elif name == "nature":
            value = value or ""
            if value and value not in NATURES:
                raise UserError(f"未知的性质：{value}", hint=f"可选：{'、'.join(NATURES)}。")
        elif name == "issue_type":
            value = value or ""
            if value and value not in issue_types(workspace):
                raise UserError(f"未知的问题类型：{value}", hint="请先在问题类型列表里添加它。")
        elif name == "follow_up_due":
            value = _clean_due(value)
        elif name == "case_id":
            value = None if value in (None, "") else int(value)
        else:
            value = (value or "").strip() if isinstance(value, str) or value is None else value
        clean[name] = value
    return clean


def _clean_due(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat(timespec="minutes")
    except ValueError as exc:
        raise UserError(
            f"跟进日期看不懂：{text}", hint="请用 2026-11-20 或 2026-11-20T15:00 的格式。"
        ) from exc


def update_mentions(
    workspace: Workspace, mention_ids: Iterable[int], changes: dict[str, Any]
) -> TriageResult:
    """Apply the same changes to one or many mentions: one transaction, one audit row per
    mention that really changed (before/after of the changed fields, with the user name)."""
    ids = sorted({int(i) for i in mention_ids})
    clean = _clean(workspace, changes)
    if not ids or not clean:
        return TriageResult([], clean)
    result = TriageResult([], clean)
    now = now_iso()
    columns = sorted(set(clean) | {"sentiment_by", "replied_at", "status"})
    with workspace.transaction():
        current = store.rows_by_ids(workspace.db, ids, columns)
        missing = [i for i in ids if i not in current]
        if missing:
            raise UserError(
                f"找不到舆情 #{missing[0]}"
                + (f" 等 {len(missing)} 条" if len(missing) > 1 else "")
                + "。",
                hint="列表可能已过期；请刷新后再试。",
            )
        for mention_id in ids:
            before_row = dict(zip(columns, current[mention_id], strict=True))
            new_values = dict(clean)
            if "sentiment" in clean:
                new_values["sentiment_by"] = workspace.user  # by hand: re-import keeps it
            if clean.get("status") == "replied" and not before_row["replied_at"]:
                new_values["replied_at"] = now
            if clean.get("reply_text") and "status" not in clean:
                if before_row["status"] in response_window.UNANSWERED:
                    new_values["status"] = "replied"
                if not before_row["replied_at"]:
                    new_values["replied_at"] = now
            diff = {k: v for k, v in new_values.items() if before_row.get(k) != v}
            if not diff:
                continue
            store.update_fields(workspace.db, mention_id, diff, now)
            workspace.audit(
                "triage",
                "mention",
                mention_id,
                before={k: before_row.get(k) for k in diff},
                after=diff,
            )
            result.changed_ids.append(mention_id)
            if "case_id" in diff:
                result.case_ids |= {c for c in (before_row["case_id"], diff["case_id"]) if c}
    return result


def set_sentiment(workspace: Workspace, mention_ids: Iterable[int], sentiment: str) -> TriageResult:
    return update_mentions(workspace, mention_ids, {"sentiment": sentiment})


def set_status(workspace: Workspace, mention_ids: Iterable[int], status: str) -> TriageResult:
    return update_mentions(workspace, mention_ids, {"status": status})


def set_issue_type(workspace: Workspace, mention_ids: Iterable[int], key: str) -> TriageResult:
    return update_mentions(workspace, mention_ids, {"issue_type": key})


def set_nature(workspace: Workspace, mention_ids: Iterable[int], key: str) -> TriageResult:
    return update_mentions(workspace, mention_ids, {"nature": key})


def set_owner(workspace: Workspace, mention_ids: Iterable[int], owner: str) -> TriageResult:
    return update_mentions(workspace, mention_ids, {"owner": owner})


def set_follow_up_due(
    workspace: Workspace, mention_ids: Iterable[int], due: str | date | None
) -> TriageResult:
    return update_mentions(workspace, mention_ids, {"follow_up_due": due})


def set_contact(workspace: Workspace, mention_id: int, contact: str) -> TriageResult:
    return update_mentions(workspace, [mention_id], {"contact": contact})


def set_notes(workspace: Workspace, mention_id: int, notes: str) -> TriageResult:
    return update_mentions(workspace, [mention_id], {"notes": notes})


def record_reply(workspace: Workspace, mention_id: int, reply_text: str) -> TriageResult:
    """The reply given (from the composer or typed): status becomes replied if unanswered."""
    if not reply_text.strip():
        raise UserError("回复内容是空的。")
    return update_mentions(workspace, [mention_id], {"reply_text": reply_text})


def reveal_contact(workspace: Workspace, mention_id: int) -> RevealedContact:
    """The unmasked contact, shown after an explicit click; the reveal itself is audited."""
    row = get_mention(workspace, mention_id)
    contact = str(row["contact"] or "")
    if not contact or workspace.read_only:
        return RevealedContact(contact)
    with workspace.transaction():
        workspace.audit("reveal-contact", "mention", mention_id)
    return RevealedContact(contact, Changes(audit=True))
