"""Export any filtered view of the mention log (and an import's rejected rows) to .xlsx/.csv.

Rows stream from SQLite page by page into the safe writer (desktop/sheets/writer.py), so a
100k-row export never holds the rows in memory. Customers' mobile numbers are masked
(`138****8000`) unless the caller asks for an unmasked export, which is audited first
(RELIABILITY.md E-08); order numbers and platform ids are never touched.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core import messages
from desktop.core.changes import NO_CHANGES, Changes
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.messages import Language, msg
from desktop.core.pii import mask_phone_numbers
from desktop.core.progress import Progress
from desktop.core.vocab import ISSUE_TYPES, NATURES, SENTIMENTS, STATUSES
from desktop.sheets.writer import (
    SheetSpec,
    WriteReport,
    cleanup_orphan_temp_files,
    write_csv,
    write_xlsx,
)
from desktop.storage import imports as import_log
from desktop.storage import mention_export as export_store
from desktop.storage.workspace import Workspace

log = logging.getLogger(__name__)

PAGE = export_store.PAGE_SIZE
SUFFIXES = (".xlsx", ".csv")
SUMMARY_SHEET = "导出摘要"
MENTIONS_SHEET = "舆情台账"
REJECTS_SHEET = "未导入的行"
AUDIT_ACTION = "export-unmasked"

# (column in `mentions`, Chinese header, kind). Kinds: text (masked when it is free text a
# customer may have written a number into), id (never masked), date, int, label:<vocab>.
FIELDS: list[tuple[str, str, str]] = [
    ("id", "编号", "int"),
    ("platform", "平台", "id"),
    ("author", "作者", "text"),
    ("author_id", "作者ID", "id"),
    ("followers", "粉丝数", "int"),
    ("posted_at", "发布时间", "date"),
    ("title", "标题", "text"),
    ("text", "正文", "text"),
    ("url", "链接", "id"),
    ("reposts", "转发", "int"),
    ("comments", "评论", "int"),
    ("likes", "点赞", "int"),
    ("region", "地域", "id"),
    ("external_id", "原帖ID", "id"),
    ("keyword", "关键词", "id"),
    ("vendor_sentiment", "原表情感", "id"),
    ("sentiment", "情感", "label:sentiment"),
    ("sentiment_by", "情感判定人", "id"),
    ("issue_type", "问题类型", "label:issue_type"),
    ("nature", "性质", "label:nature"),
    ("status", "状态", "label:status"),
    ("owner", "负责人", "id"),
    ("reply_text", "回复内容", "text"),
    ("replied_at", "回复时间", "date"),
    ("follow_up_due", "跟进期限", "date"),
    ("contact", "联系方式", "text"),
    ("notes", "备注", "text"),
    ("case_id", "案例编号", "int"),
    ("import_id", "导入批次", "int"),
]
# Original columns whose values are ids or links, not free text: never masked.
_ID_LIKE = ("id", "编号", "订单", "单号", "url", "链接", "网址", "mid", "uid", "号码id")


@dataclass
class ExportResult:
    path: Path
    rows: int
    control_chars_replaced: int = 0
    truncated_cells: int = 0
    formula_like_cells: int = 0
    masked: bool = True
    format: str = "xlsx"
    columns: list[str] = field(default_factory=list)
    by_sentiment: dict[str, int] = field(default_factory=dict)
    by_issue_type: dict[str, int] = field(default_factory=dict)
    # What the export wrote to the workspace: the audit row of an unmasked export (none when
    # the caller audited it already, or for a masked one).
    changes: Changes = NO_CHANGES

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "rows": self.rows,
            "control_chars_replaced": self.control_chars_replaced,
            "truncated_cells": self.truncated_cells,
            "formula_like_cells": self.formula_like_cells,
            "masked": self.masked,
            "format": self.format,
        }


# -- helpers ---------------------------------------------------------------------------------


def output_format(out: Path | str) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(
            msg("export.unsupported_format", suffix=suffix or msg("export.no_suffix")),
            hint=msg("export.unsupported_format.hint"),
        )
    return suffix[1:]


def issue_type_labels(workspace: Workspace) -> dict[str, str]:
    """The built-in issue types plus the workspace's own list, when it keeps one in settings."""
    labels = dict(ISSUE_TYPES)
    try:
        custom = workspace.setting("issue_types")
    except Exception:
        custom = None
    if isinstance(custom, dict):
        labels.update({str(k): str(v) for k, v in custom.items()})
    elif isinstance(custom, list):
        for item in custom:
            if isinstance(item, dict) and "key" in item:
                labels[str(item["key"])] = str(item.get("label") or item["key"])
    return labels


def describe_filter(
    mention_filter: MentionFilter,
    limit: int | None = None,
    issue_labels: dict[str, str] | None = None,
    language: Language = "zh",
) -> str:
    """The filter in words, for the summary sheet and the audit trail (in Chinese, the
    workspace's record), and for the export dialog (in the window's language)."""
    f = mention_filter
    issue_labels = issue_labels or ISSUE_TYPES

    def say(message_id: str, **params: Any) -> str:
        return messages.text(message_id, language, **params)

    def words(vocabulary: dict[str, str], keys: Iterable[str]) -> list[str]:
        return [messages.label(vocabulary, key, language) for key in keys]

    parts: list[str] = []
    if f.search.strip():
        parts.append(say("filter.search", text=f.search.strip()))
    if f.sentiments:
        parts.append(say("filter.sentiments", labels=words(SENTIMENTS, f.sentiments)))
    if f.statuses:
        parts.append(say("filter.statuses", labels=words(STATUSES, f.statuses)))
    if f.platforms:
        parts.append(say("filter.platforms", labels=list(f.platforms)))
    if f.owner:
        parts.append(say("filter.owner", owner=f.owner))
    if f.issue_type:
        issue = issue_labels.get(f.issue_type, f.issue_type)
        parts.append(say("filter.issue_type", label=messages.word(issue, language)))
    if f.has_case is True:
        parts.append(say("filter.has_case"))
    elif f.has_case is False:
        parts.append(say("filter.no_case"))
    if f.case_id is not None:
        parts.append(say("filter.case", id=f.case_id))
    if f.import_id is not None:
        parts.append(say("filter.import", id=f.import_id))
    if f.min_followers is not None:
        parts.append(say("filter.min_followers", n=f.min_followers))
    if f.posted_from or f.posted_to:
        parts.append(say("filter.posted", start=f.posted_from or "…", end=f.posted_to or "…"))
    if limit is not None:
        parts.append(say("filter.limit", n=limit))
    return say("filter.separator").join(parts) if parts else say("filter.everything")


def _mask(value: Any) -> Any:
    return mask_phone_numbers(value) if isinstance(value, str) and value else value


def _is_id_like(header: str) -> bool:
    lowered = header.lower()
    return any(marker in lowered for marker in _ID_LIKE)


def _extra_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _now_label() -> str:
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %z")


# -- mentions --------------------------------------------------------------------------------


def count_mentions(workspace: Workspace, mention_filter: MentionFilter, limit: int | None) -> int:
    """How many rows an export of this view writes (shown in the dialog, audited)."""
    return export_store.count(workspace.db, mention_filter, limit)


def record_unmasked_export(
    workspace: Workspace,
    *,
    out: Path | str,
    mention_filter: MentionFilter | None = None,
    rows: int,
    what: str = "mentions",
    limit: int | None = None,
) -> Changes:
    """Audit an export that shows full contact details: who (the workspace user), when, what
    (file, filter) and how many rows. Written before the file, so even a crash leaves a trace."""
    if workspace.read_only:
        raise UserError(
            msg("export.read_only_contacts"),
            hint=msg("export.read_only_contacts.hint"),
        )
    details = {
        "file": str(Path(out)),
        "what": what,
        "filter": describe_filter(mention_filter, limit) if mention_filter else "",
        "rows": rows,
        "contacts": "unmasked",
    }
    with workspace.transaction():
        workspace.audit(AUDIT_ACTION, what, None, after=details)
    return Changes(audit=True)


def export_mentions(
    workspace: Workspace,
    out: Path | str,
    mention_filter: MentionFilter,
    *,
    unmask_contacts: bool = False,
    limit: int | None = None,
    progress: Progress | None = None,
    audit_recorded: bool = False,
) -> ExportResult:
    """Write the mentions `mention_filter` selects (in its order) to `out` (.xlsx or .csv).

    Our fields first (Chinese headers and labels), then the original sheet's columns kept in
    `extra_json`; .xlsx gets a second sheet 导出摘要. Mobile numbers in free-text fields are
    masked unless `unmask_contacts`; such an export is audited through `workspace` before the
    file is written, unless the caller already did (`audit_recorded`, the UI does it on its
    own connection because its worker reads through a read-only one).
    """
    out = Path(out)
    fmt = output_format(out)
    if limit is not None and limit < 0:
        raise UserError(msg("export.limit_negative"))
    progress = progress or Progress()
    started = time.monotonic()
    user = workspace.user
    labels = {
        "sentiment": SENTIMENTS,
        "issue_type": issue_type_labels(workspace),
        "nature": NATURES,
        "status": STATUSES,
    }
    changes = NO_CHANGES
    with export_store.ReadSnapshot(workspace.db) as snapshot:
        total = count_mentions(workspace, mention_filter, limit)
        if unmask_contacts and not audit_recorded:
            with snapshot.released():
                changes = record_unmasked_export(
                    workspace, out=out, mention_filter=mention_filter, rows=total, limit=limit
                )
        extra_keys = export_store.extra_keys(workspace.db, mention_filter, limit)
        ours = [header for _c, header, _k in FIELDS]
        taken = set(ours)
        extra_headers = []
        for key in extra_keys:
            header = key if key not in taken else f"{key}（原表）"
            taken.add(header)
            extra_headers.append(header)
        extra_masked = [not _is_id_like(key) for key in extra_keys]
        columns = ours + extra_headers
        date_columns = {i for i, (_c, _h, kind) in enumerate(FIELDS) if kind == "date"}
        by_sentiment: Counter[str] = Counter()
        by_issue: Counter[str] = Counter()
        kinds = [kind for _c, _h, kind in FIELDS]
        mask = not unmask_contacts
        sentiment_at = next(i for i, f in enumerate(FIELDS) if f[0] == "sentiment")
        issue_at = next(i for i, f in enumerate(FIELDS) if f[0] == "issue_type")
        field_names = [name for name, _h, _k in FIELDS]

        def rows() -> Iterator[list[Any]]:
            pages = export_store.mention_pages(
                workspace.db, field_names, mention_filter, limit, PAGE
            )
            for page in pages:
                for record in page:
                    by_sentiment[record[sentiment_at] or "unknown"] += 1
                    by_issue[record[issue_at] or ""] += 1
                    row: list[Any] = []
                    for value, kind in zip(record, kinds, strict=False):
                        if kind.startswith("label:"):
                            vocab = labels[kind[6:]]
                            row.append(vocab.get(value, value) if value else "")
                        elif kind == "text" and mask:
                            row.append(_mask(value))
                        else:
                            row.append(value)
                    row.extend(_extras(record[-1], extra_keys, extra_masked, mask))
                    yield row
                progress.check()  # the writer reports how far it is

        report = WriteReport()
        if fmt == "csv":
            report = write_csv(out, columns, rows(), progress, total=total)
        else:
            context = {
                "workspace": workspace,
                "filter": describe_filter(mention_filter, limit, labels["issue_type"]),
                "user": user,
                "masked": mask,
                "by_sentiment": by_sentiment,
                "by_issue": by_issue,
                "issue_labels": labels["issue_type"],
                "report": report,
            }
            write_xlsx(
                out,
                [
                    SheetSpec(MENTIONS_SHEET, columns, rows(), date_columns=date_columns),
                    SheetSpec(
                        SUMMARY_SHEET,
                        ["项目", "内容"],
                        _summary_rows(context),
                        widths={0: 30, 1: 70},
                        autofilter=False,
                    ),
                ],
                progress,
                report=report,
                total=total,
            )
    # Counts only: never file names, filters or text (they may quote customers; P-06).
    log.info(
        "mentions exported: %d rows, %s, masked=%s, replaced=%d, truncated=%d, %.1f s",
        report.rows,
        fmt,
        mask,
        report.control_chars_replaced,
        report.truncated_cells,
        time.monotonic() - started,
    )
    return ExportResult(
        path=out,
        rows=report.rows,
        control_chars_replaced=report.control_chars_replaced,
        truncated_cells=report.truncated_cells,
        formula_like_cells=report.formula_like_cells,
        masked=mask,
        format=fmt,
        columns=columns,
        by_sentiment=dict(by_sentiment),
        by_issue_type=dict(by_issue),
        changes=changes,
    )


def export_mentions_from_file(
    workspace_path: Path,
    user: str,
    out: Path | str,
    mention_filter: MentionFilter,
    *,
    unmask_contacts: bool = False,
    audit_recorded: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """`export_mentions` on a read-only connection of its own, for a worker thread: the
    window's connection stays free for edits while the file is written. An unmasked export
    must be audited on a writable connection first (`record_unmasked_export`)."""
    if unmask_contacts and not audit_recorded:
        raise UserError("导出完整联系方式之前要先记入审计日志。")
    with Workspace.open(Path(workspace_path), read_only=True, check=False, user=user) as reader:
        return export_mentions(
            reader,
            out,
            mention_filter,
            unmask_contacts=unmask_contacts,
            progress=progress,
            audit_recorded=audit_recorded,
        )


def open_for_export(path: Path | str, user: str, *, unmask_contacts: bool) -> Workspace:
    """The workspace to export from: writable only when the audit log needs a row (an
    unmasked export), else a read-only look that works while the app holds the file."""
    found = Path(path).expanduser()
    if not found.exists():
        raise UserError(msg("export.workspace_missing", path=path))
    return Workspace.open(found, read_only=not unmask_contacts, user=user)


def clean_export_folders(folders: Iterable[Path | str]) -> int:
    """Remove the temp files of exports killed mid-write (RELIABILITY.md E-06) from the
    folders exported to; returns how many went."""
    return sum(cleanup_orphan_temp_files(Path(folder)) for folder in folders)


def _extras(extra_json: str | None, keys: list[str], masked: list[bool], mask: bool) -> list[Any]:
    if not keys:
        return []
    try:
        extra = json.loads(extra_json or "{}")
    except ValueError:
        extra = {}
    if not isinstance(extra, dict):
        extra = {}
    values = []
    for key, maskable in zip(keys, masked, strict=True):
        value = _extra_value(extra.get(key))
        values.append(_mask(value) if mask and maskable else value)
    return values


def _summary_rows(context: dict[str, Any]) -> Iterator[list[Any]]:
    """Rows of 导出摘要; a generator, so the counts are read after the data sheet is written."""
    workspace: Workspace = context["workspace"]
    report: WriteReport = context["report"]
    info = workspace.info()
    yield ["工作区", info.get("name", "")]
    if info.get("brand"):
        yield ["品牌", info["brand"]]
    if info.get("client"):
        yield ["客户", info["client"]]
    yield ["导出时间", _now_label()]
    yield ["导出人", context["user"]]
    yield ["筛选条件", context["filter"]]
    yield ["导出条数", report.rows]
    yield [
        "联系方式",
        "已打码（手机号显示为 138****8000）"
        if context["masked"]
        else "未打码：含完整联系方式（已记入审计日志，请妥善保管）",
    ]
    yield ["替换的控制字符", report.control_chars_replaced]
    yield ["超长截断的单元格", report.truncated_cells]
    yield ["以公式符号开头的文本（已按文本写入）", report.formula_like_cells]
    yield [None, None]
    yield ["按情感", "条数"]
    by_sentiment: Counter[str] = context["by_sentiment"]
    for key, label in SENTIMENTS.items():
        if by_sentiment.get(key):
            yield [label, by_sentiment[key]]
    for key, count in by_sentiment.items():
        if key not in SENTIMENTS:
            yield [key, count]
    yield [None, None]
    yield ["按问题类型", "条数"]
    issue_labels: dict[str, str] = context["issue_labels"]
    for key, count in sorted(context["by_issue"].items(), key=lambda kv: (-kv[1], kv[0])):
        yield [issue_labels.get(key, key) if key else "（未分类）", count]


# -- rejected rows of an import ----------------------------------------------------------------


def export_rejects(
    workspace: Workspace,
    import_id: int,
    out: Path | str,
    progress: Progress | None = None,
    *,
    unmask_contacts: bool = False,
) -> ExportResult:
    """The rows an import rejected: row number, reason, then the raw columns as read."""
    out = Path(out)
    fmt = output_format(out)
    progress = progress or Progress()
    if not import_log.import_exists(workspace.db, import_id):
        raise UserError(msg("export.import_missing", id=import_id))
    mask = not unmask_contacts
    changes = NO_CHANGES
    with export_store.ReadSnapshot(workspace.db) as snapshot:
        total = import_log.reject_count(workspace.db, import_id)
        if unmask_contacts:
            with snapshot.released():
                changes = record_unmasked_export(
                    workspace, out=out, rows=total, what="import_rejects"
                )
        keys = _raw_keys(import_log.reject_raw_json(workspace.db, import_id))
        maskable = [not _is_id_like(k) for k in keys]
        columns = ["行号", "原因", *keys]

        def rows() -> Iterator[list[Any]]:
            for page in import_log.reject_pages(workspace.db, import_id, PAGE):
                for row_number, reason, raw_json in page:
                    yield [row_number, reason, *_raw_values(raw_json, keys, maskable, mask)]
                progress.check()

        if fmt == "csv":
            report = write_csv(out, columns, rows(), progress, total=total)
        else:
            report = write_xlsx(
                out, [SheetSpec(REJECTS_SHEET, columns, rows())], progress, total=total
            )
    return ExportResult(
        path=out,
        rows=report.rows,
        control_chars_replaced=report.control_chars_replaced,
        truncated_cells=report.truncated_cells,
        formula_like_cells=report.formula_like_cells,
        masked=mask,
        format=fmt,
        columns=columns,
        changes=changes,
    )


def _raw_keys(raw_rows: Iterable[str | None]) -> list[str]:
    """Column names of the raw rows: object keys in first-seen order, or 列1…N for lists."""
    keys: list[str] = []
    seen: set[str] = set()
    width = 0
    for raw_json in raw_rows:
        raw = _load(raw_json)
        if isinstance(raw, dict):
            for key in raw:
                if str(key) not in seen:
                    seen.add(str(key))
                    keys.append(str(key))
        elif isinstance(raw, list):
            width = max(width, len(raw))
    for index in range(width):
        name = f"列{index + 1}"
        if name not in seen:
            seen.add(name)
            keys.append(name)
    return keys


def _load(raw_json: str | None) -> Any:
    try:
        return json.loads(raw_json or "{}")
    except ValueError:
        return {}


def _raw_values(
    raw_json: str | None, keys: list[str], maskable: list[bool], mask: bool
) -> list[Any]:
    raw = _load(raw_json)
    if isinstance(raw, list):
        raw = {f"列{i + 1}": v for i, v in enumerate(raw)}
    if not isinstance(raw, dict):
        raw = {}
    values = []
    for key, can_mask in zip(keys, maskable, strict=True):
        value = _extra_value(raw.get(key))
        values.append(_mask(value) if mask and can_mask else value)
    return values
