"""The category tree (scenario → issue type, and the user's own): add, rename, delete, file an
entry elsewhere."""

from __future__ import annotations

from desktop.core.changes import Changes, ChangesWithCount, ChangesWithId
from desktop.core.errors import UserError
from desktop.services.kb.entries import OBJECT_TYPE, get_entry
from desktop.storage import kb as store
from desktop.storage.kb import Category
from desktop.storage.workspace import Workspace


def categories(workspace: Workspace) -> list[Category]:
    return store.categories(workspace.db)


def category_counts(workspace: Workspace) -> dict[int | None, int]:
    """Entries filed directly under each category (None: uncategorised)."""
    return store.entry_counts_by_category(workspace.db)


def category_name(label: str) -> str:
    """A category name cannot hold the path separator."""
    return label.strip().replace("/", "／")


def add_category(workspace: Workspace, name: str, parent_id: int | None = None) -> ChangesWithId:
    name = category_name(name)
    if not name:
        raise UserError("请填写分类名称。")
    with workspace.transaction():
        category_id = store.add_category(workspace.db, name, parent_id)
        workspace.audit(
            "create", "kb_category", category_id, after={"name": name, "parent_id": parent_id}
        )
    return ChangesWithId(kb=True, audit=True, id=category_id)


def rename_category(workspace: Workspace, category_id: int, name: str) -> Changes:
    name = category_name(name)
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
