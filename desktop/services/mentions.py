"""The mention log's use cases: list, read, triage (one transaction + audit rows per change),
and the workspace's own lists (issue types) and response window.

Qt-free; the page and `crisisdesk mentions` call only these.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple, cast

from desktop.core import response_window
from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.pii import mask_contact, mask_phone_numbers
from desktop.core.progress import Progress, silent
from desktop.core.triage_vocab import BY_MODEL, BY_PERSON
from desktop.core.vocab import ISSUE_TYPES, NATURES, SENTIMENTS, STATUSES
from desktop.services.seed_files import seed_data
from desktop.storage import mentions as store
from desktop.storage.mentions import ImportBatch, MentionRow
from desktop.storage.worker_workspace import open_writer
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
    "TriageUndo",
]

ISSUE_TYPES_SETTING = "issue_types"
RESPONSE_WINDOW_SETTING = "response_window_hours"
DEFAULT_RESPONSE_WINDOW_HOURS = response_window.DEFAULT_WINDOW_HOURS
PER_ROW_AUDIT = 100  # a bigger edit is audited as one row that lists its ids compactly
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


@dataclass(frozen=True)
class TriageUndo:
    """What puts an edit back: the values it replaced, grouped (a keypress on 100,000 rows
    replaces a handful of distinct values), and the values it set."""

    columns: tuple[str, ...]
    groups: tuple[tuple[tuple[Any, ...], array[int]], ...]  # values before → their ids
    edited: dict[str, Any]  # what the edit set; a row still holding it is put back
    count: int

    @classmethod
    def of(cls, written: store.TriageWrite, edited: dict[str, Any]) -> TriageUndo:
        return cls(
            written.columns,
            tuple(written.groups),
            dict(edited),
            sum(len(i) for _, i in written.groups),
        )

    def rows(self) -> Iterator[tuple[Any, ...]]:
        for values, ids in self.groups:
            for mention_id in ids:
                yield (mention_id, *values)

    def case_ids(self) -> set[int]:
        at = self.columns.index("case_id")
        cases = {values[at] for values, _ids in self.groups if values[at]}
        return cases | ({self.edited["case_id"]} if self.edited.get("case_id") else set())


@dataclass
class TriageResult:
    """What a triage action changed: the mentions whose values really differ now."""

    changed_ids: list[int] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    # Cases a mention was linked to or unlinked from by this edit (their counts change).
    case_ids: set[int] = field(default_factory=set)
    undo: TriageUndo | None = None  # what puts this edit back (None when nothing changed)
    skipped: int = 0  # an undo: mentions changed again since, left as they are

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
    workspace: Workspace,
    mention_ids: Iterable[int],
    changes: dict[str, Any],
    progress: Progress | None = None,
) -> TriageResult:
    """Apply the same changes to one or many mentions: one transaction, one UPDATE over the
    selection. A few changed mentions get one audit row each (before/after of the changed
    fields, with the user name); past `PER_ROW_AUDIT` one row records them all compactly.
    The result holds what undoes it (`undo_triage`)."""
    ids = mention_ids if isinstance(mention_ids, array) else array("q", mention_ids)
    clean = _clean(workspace, changes)
    if not ids or not clean:
        return TriageResult([], clean)
    progress = progress or silent()
    now = now_iso()
    writes = _writes(clean, workspace.user, now)
    progress.report(0, 0, "正在写入…", force=True)
    with workspace.transaction():
        written = store.write_triage(workspace.db, ids, writes, now)
        if written.missing:
            missing = written.missing
            raise UserError(
                f"找不到舆情 #{missing[0]}"
                + (f" 等 {len(missing)} 条" if len(missing) > 1 else "")
                + "。",
                hint="列表可能已过期；请刷新后再试。",
            )
        progress.check()
        undo = TriageUndo.of(written, clean)
        _audit_triage(workspace, written, undo)
        progress.check()
    progress.committed()
    result = TriageResult(written.ids.tolist(), clean)
    if written.groups:
        result.undo = undo
        if "case_id" in clean:
            result.case_ids = undo.case_ids()
    return result


def confirm_suggestions(
    workspace: Workspace, mention_ids: Iterable[int], progress: Progress | None = None
) -> TriageResult:
    """A person confirms the model's suggestion on these mentions (Space in the table): each
    keeps the sentiment shown and becomes the person's label — training data, counted as
    confirmed. Mentions without a suggestion are left as they are. Audited and undone like
    any triage edit."""
    ids = mention_ids if isinstance(mention_ids, array) else array("q", mention_ids)
    if not ids:
        return TriageResult([], {})
    progress = progress or silent()
    now = now_iso()
    confirm = (BY_MODEL,)
    writes = {
        "sentiment_by": store.FieldWrite(BY_PERSON, only_if_in=confirm),
        "sentiment_user": store.FieldWrite(
            workspace.user, only_if_in=confirm, when_column="sentiment_by"
        ),
    }
    edited = {"sentiment_by": BY_PERSON, "sentiment_user": workspace.user}
    progress.report(0, 0, "正在写入…", force=True)
    with workspace.transaction():
        written = store.write_triage(workspace.db, ids, writes, now)
        if written.missing:
            raise UserError(
                f"找不到舆情 #{written.missing[0]}。", hint="列表可能已过期；请刷新后再试。"
            )
        undo = TriageUndo.of(written, edited)
        _audit_triage(workspace, written, undo)
    progress.committed()
    result = TriageResult(written.ids.tolist(), edited)
    if written.groups:
        result.undo = undo
    return result


def confirm_suggestions_in_file(
    workspace_path: Path | str,
    user: str,
    mention_ids: Sequence[int],
    progress: Progress | None = None,
) -> TriageResult:
    """`confirm_suggestions` on a worker thread's own connection."""
    own = open_writer(workspace_path, user=user)
    try:
        return confirm_suggestions(own, mention_ids, progress)
    finally:
        own.close()


def _writes(clean: dict[str, Any], user: str, now: str) -> dict[str, store.FieldWrite]:
    """The triage rules as column writes: a hand-set sentiment is marked as the user's (a
    re-import keeps it), replied stamps replied_at once, a reply answers an open mention."""
    writes = {name: store.FieldWrite(value) for name, value in clean.items()}
    if "sentiment" in clean:
        writes["sentiment_by"] = store.FieldWrite(BY_PERSON)
        writes["sentiment_user"] = store.FieldWrite(user)
    if "issue_type" in clean:  # a person's type: the model's suggestion never replaces it
        writes["issue_type_by"] = store.FieldWrite(BY_PERSON if clean["issue_type"] else "")
    if clean.get("status") == "replied":
        writes["replied_at"] = store.FieldWrite(now, only_if_empty=True)
    if clean.get("reply_text") and "status" not in clean:
        writes["status"] = store.FieldWrite(
            "replied", only_if_in=tuple(sorted(response_window.UNANSWERED))
        )
        writes["replied_at"] = store.FieldWrite(now, only_if_empty=True)
    return writes


def _audit_triage(workspace: Workspace, written: store.TriageWrite, undo: TriageUndo) -> None:
    columns = written.columns
    if len(written.ids) <= PER_ROW_AUDIT:
        ids = written.ids.tolist()
        after_rows = store.rows_by_ids(workspace.db, ids, columns)
        for row in written.before:
            before = dict(zip(columns, row[1:], strict=True))
            after = dict(zip(columns, after_rows[row[0]], strict=True))
            diff = {k: v for k, v in after.items() if before[k] != v}
            workspace.audit(
                "triage", "mention", row[0], before={k: before[k] for k in diff}, after=diff
            )
        return
    # Each distinct set of values from before and how many rows had it (which rows those
    # were, the undo stack keeps while the window is open).
    workspace.audit(
        "bulk-triage",
        "mention",
        None,
        before=[
            {"values": dict(zip(columns, values, strict=True)), "count": len(ids)}
            for values, ids in undo.groups
        ],
        after={
            "count": len(written.ids),
            "ids": id_ranges(written.ids),
            "set": undo.edited,
        },
    )


def id_ranges(ids: Iterable[int]) -> str:
    """Ids as short text: "3-7,9,12-40" (ascending, runs joined)."""
    parts: list[str] = []
    start = last = None
    for mention_id in sorted(ids):
        if last is not None and mention_id == last + 1:
            last = mention_id
            continue
        if start is not None:
            parts.append(str(start) if start == last else f"{start}-{last}")
        start = last = mention_id
    if start is not None:
        parts.append(str(start) if start == last else f"{start}-{last}")
    return ",".join(parts)


def undo_triage(
    workspace: Workspace, undo: TriageUndo, progress: Progress | None = None
) -> TriageResult:
    """Put back the values an edit replaced, in one statement, audited as "undo". A mention
    changed again since then (by anyone) keeps its newer value; `TriageResult.skipped` says
    how many."""
    progress = progress or silent()
    progress.report(0, 0, "正在撤销…", force=True)
    now = now_iso()
    with workspace.transaction():
        restored = store.restore_triage(workspace.db, undo.columns, undo.groups, undo.edited, now)
        progress.check()
        if restored:
            workspace.audit(
                "undo",
                "mention",
                restored[0] if len(restored) == 1 else None,
                before={"set": undo.edited},
                after={
                    "count": len(restored),
                    "ids": id_ranges(restored),
                    "skipped": undo.count - len(restored),
                },
            )
    progress.committed()
    result = TriageResult(restored, dict(undo.edited), skipped=undo.count - len(restored))
    if "case_id" in undo.columns:
        result.case_ids = undo.case_ids()
    return result


def update_mentions_in_file(
    workspace_path: Path | str,
    user: str,
    mention_ids: Sequence[int],
    changes: dict[str, Any],
    progress: Progress | None = None,
) -> TriageResult:
    """`update_mentions` on a worker thread's own connection (the window keeps the lock)."""
    own = open_writer(workspace_path, user=user)
    try:
        return update_mentions(own, mention_ids, changes, progress)
    finally:
        own.close()


def undo_triage_in_file(
    workspace_path: Path | str, user: str, undo: TriageUndo, progress: Progress | None = None
) -> TriageResult:
    """`undo_triage` on a worker thread's own connection."""
    own = open_writer(workspace_path, user=user)
    try:
        return undo_triage(own, undo, progress)
    finally:
        own.close()


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
