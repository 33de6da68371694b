"""The 问答库 (response knowledge base): entries with reply variants, versions, review and
approval through the roster, categories, attachments, workspace values and the seed.

One module per concern; this package re-exports the public API, so callers write
`from desktop.services import kb` and `kb.create_entry(...)`. The Excel import and export is
`desktop.services.kb.excel` (imported on use: it pulls in the spreadsheet libraries).

Rules the modules share:
- every save of changed content is a new version (a snapshot in `kb_versions`);
- editing an approved entry makes the new version a draft while the approved version stays in
  use (suggestions and the composer read `in_use`) until the new one is approved;
- approval goes through `services.approvals.approve` (activity "approve_kb");
- every change is audited in the same transaction, and every write returns its `Changes`.
"""

from desktop.core.kb_content import Content, Reply
from desktop.core.kb_filter import EntryFilter
from desktop.core.kb_vocab import KIND_LABELS, LANGUAGE_LABELS, STATUS_LABELS
from desktop.services.kb.approval import (
    ACTIVITY,
    approve,
    approvers,
    reactivate,
    retire,
    submit_for_review,
)
from desktop.services.kb.attachments import (
    ATTACHMENT_LIMIT,
    add_attachment,
    attachment_data,
    attachments,
    remove_attachment,
)
from desktop.services.kb.categories import (
    add_category,
    categories,
    category_counts,
    delete_category,
    move_entry,
    rename_category,
)
from desktop.services.kb.duplicates import Duplicate, duplicate_index, find_duplicates
from desktop.services.kb.entries import (
    OBJECT_TYPE,
    EntryResult,
    InUse,
    create_entry,
    edit_entry,
    get_entry,
    in_use,
    list_entries,
    usage_summary,
)
from desktop.services.kb.seeding import approve_demo_kb, seed_demo_kb, seed_kb
from desktop.services.kb.values import (
    save_reply_settings,
    set_deviation_threshold,
    set_values,
    threshold,
    values,
)
from desktop.services.kb.versions import diff, restore_version, versions
from desktop.storage.kb import Attachment, Category, Entry, EntryRow, UsageSummary, Version

__all__ = [
    "ACTIVITY",
    "ATTACHMENT_LIMIT",
    "KIND_LABELS",
    "LANGUAGE_LABELS",
    "OBJECT_TYPE",
    "STATUS_LABELS",
    "Attachment",
    "Category",
    "Content",
    "Duplicate",
    "Entry",
    "EntryFilter",
    "EntryResult",
    "EntryRow",
    "InUse",
    "Reply",
    "UsageSummary",
    "Version",
    "add_attachment",
    "add_category",
    "approve",
    "approve_demo_kb",
    "approvers",
    "attachment_data",
    "attachments",
    "categories",
    "category_counts",
    "create_entry",
    "delete_category",
    "diff",
    "duplicate_index",
    "edit_entry",
    "find_duplicates",
    "get_entry",
    "in_use",
    "list_entries",
    "move_entry",
    "reactivate",
    "remove_attachment",
    "rename_category",
    "restore_version",
    "retire",
    "save_reply_settings",
    "seed_demo_kb",
    "seed_kb",
    "set_deviation_threshold",
    "set_values",
    "submit_for_review",
    "threshold",
    "usage_summary",
    "values",
    "versions",
]
