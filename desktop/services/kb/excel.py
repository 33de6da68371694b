"""Excel import and export of the whole 问答库 (one row per reply variant)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.core import vocab
from desktop.core.changes import Changes
from desktop.core.errors import UserError
from desktop.core.kb_content import split_examples
from desktop.core.kb_vocab import KIND_LABELS, STATUS_LABELS
from desktop.core.progress import Progress
from desktop.services.kb.duplicates import Duplicate, duplicate_index
from desktop.services.kb.entries import create_entry, edit_entry, get_entry
from desktop.sheets import kb_sheet
from desktop.storage import kb as store
from desktop.storage.worker_workspace import open_writer
from desktop.storage.workspace import Workspace

KIND_BY_LABEL = {label: key for key, label in KIND_LABELS.items()}
CHANNEL_BY_LABEL = {label: key for key, label in vocab.CHANNELS.items()}


@dataclass
class KbExportResult:
    path: str
    entries: int
    rows: int
    control_chars_replaced: int = 0
    truncated_cells: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class KbImportResult:
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """Any import writes its audit row; the entries it created or updated are drafts."""
        return Changes.of_kb()

    def as_dict(self) -> dict[str, Any]:
        """Plain values (the CLI's JSON): duplicates as dicts."""
        return asdict(self)


def export_rows(workspace: Workspace) -> tuple[int, list[list[Any]]]:
    """(entries, sheet rows): one row per reply variant, the entry's columns repeated."""
    ids = store.entry_ids(workspace.db)
    rows: list[list[Any]] = []
    for entry_id in ids:
        entry = get_entry(workspace, entry_id)
        head = [
            entry_id,
            entry.category,
            entry.title,
            entry.examples,
            entry.keywords,
            entry.language,
            entry.tone_note,
        ]
        info = [
            STATUS_LABELS.get(entry.status, entry.status),
            entry.version,
            entry.approved_by,
            entry.approved_at or "",
            entry.usage_count,
            entry.last_used_at or "",
        ]
        if not entry.replies:
            rows.append([*head, "", "", "", *info])
        for reply in entry.replies:
            rows.append(
                [
                    *head,
                    KIND_LABELS.get(reply.kind, reply.kind),
                    vocab.CHANNELS.get(reply.channel, reply.channel),
                    reply.body,
                    *info,
                ]
            )
    return len(ids), rows


def export_kb(
    workspace: Workspace, path: Path | str, progress: Progress | None = None
) -> KbExportResult:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError("问答库只能导出为 .xlsx 文件。", hint="请把文件名改为以 .xlsx 结尾。")
    entries, rows = export_rows(workspace)
    if progress is not None:
        progress.report(0, len(rows), "写入 Excel")
    summary = kb_sheet.write_kb(path, rows)
    return KbExportResult(
        str(path), entries, summary.rows, summary.control_chars_replaced, summary.truncated_cells
    )


def _kind(text: str | None) -> str:
    text = (text or "").strip()
    return KIND_BY_LABEL.get(text, text or "public")


def _channel(text: str | None) -> str:
    text = (text or "").strip()
    return CHANNEL_BY_LABEL.get(text, text or "generic")


def import_kb(
    workspace: Workspace, path: Path | str, progress: Progress | None = None
) -> KbImportResult:
    """Entries matched by title + language are updated (a new draft version when the content
    differs); others are created as drafts. Status, approver and usage columns are ignored:
    an imported script still needs this workspace's approver."""
    sheet = kb_sheet.read_kb(path)
    result = KbImportResult(rows_read=len(sheet.rows), problems=list(sheet.problems))
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in sheet.rows:
        language = (row.get("language") or "zh-CN").strip()
        key = (row.get("entry", "").strip(), row["title"].strip(), language)
        groups.setdefault(key, []).append(row)
    duplicates_in = duplicate_index(workspace)
    claimed: set[int] = set()  # entries this import already wrote: two rows groups never merge
    with workspace.transaction():
        for done, ((number, title, language), rows) in enumerate(groups.items()):
            if progress is not None:
                progress.report(done, len(groups), "导入问答库")
            first = rows[0]
            data = {
                "title": title,
                "category": first.get("category", ""),
                "examples": first.get("examples", ""),
                "keywords": first.get("keywords", ""),
                "language": language,
                "tone_note": first.get("tone_note", ""),
                "replies": [
                    {
                        "kind": _kind(r.get("kind")),
                        "channel": _channel(r.get("channel")),
                        "body": r["body"],
                    }
                    for r in rows
                    if (r.get("body") or "").strip()
                ],
            }
            existing = _matching_entry(workspace, number, title, language, claimed)
            try:
                if existing is None:
                    created = create_entry(workspace, data, duplicates_in=duplicates_in)
                    claimed.add(created.entry_id)
                    result.created += 1
                    result.duplicates += created.duplicates
                    for example in split_examples(first.get("examples", "")):
                        duplicates_in.add((created.entry_id, title), example)
                else:
                    claimed.add(existing)
                    edited = edit_entry(workspace, existing, data, note="从 Excel 导入")
                    if edited.changed:
                        result.updated += 1
                    else:
                        result.unchanged += 1
            except UserError as exc:
                result.skipped += 1
                result.problems.append(f"第 {first['row_number']} 行（{title}）：{exc}")
        workspace.audit(
            "import",
            "kb",
            None,
            after={k: v for k, v in result.as_dict().items() if k not in ("duplicates",)},
        )
    return result


def _matching_entry(
    workspace: Workspace, number: str, title: str, language: str, claimed: set[int]
) -> int | None:
    """The entry a row group updates: the one its 条目编号 names when that entry has the same
    title and language (a file exported from this workspace), else the first entry with the
    title and language that this import has not written yet. Two entries with one title
    (one per product line, say) so stay two, in a fresh workspace too."""

    def free_match(entry_id: int) -> bool:
        entry = store.get_entry(workspace.db, entry_id)
        same = entry is not None and (entry.title, entry.language) == (title, language)
        return same and entry_id not in claimed

    if number.isdigit() and free_match(int(number)):
        return int(number)
    candidate = store.find_entry(workspace.db, title, language)
    if candidate is None or candidate not in claimed:
        return candidate
    return next((i for i in store.entry_ids(workspace.db) if free_match(i)), None)


# -- for worker threads: each opens its own connection ------------------------------------------


def import_kb_file(
    workspace_path: str | Path, file: str | Path, *, user: str, progress: Progress | None = None
) -> KbImportResult:
    """`import_kb` on a connection of the worker's own (the window keeps the lock)."""
    own = open_writer(workspace_path, user=user)
    try:
        return import_kb(own, file, progress)
    finally:
        own.close()


def export_kb_file(
    workspace_path: str | Path, out: str | Path, progress: Progress | None = None
) -> KbExportResult:
    with Workspace.open(workspace_path, read_only=True, check=False) as own:
        return export_kb(own, out, progress)
