"""The category tree: the seeded scenario → issue-type tree, editing it, and deleting a category
without deleting its entries."""

from __future__ import annotations

from desktop.core.changes import ChangesWithCount
from desktop.services import kb
from tests.support.kb import ENTRY


def test_categories_can_be_edited_and_deleting_keeps_entries(workspace) -> None:
    parent = kb.add_category(workspace, "门店专项").id
    child = kb.add_category(workspace, "徐汇店", parent).id
    entry_id = kb.create_entry(workspace, {**ENTRY, "category": ""}).entry_id
    kb.move_entry(workspace, entry_id, child)
    assert kb.get_entry(workspace, entry_id).category == "门店专项 / 徐汇店"
    found = kb.list_entries(workspace, kb.EntryFilter(category_id=parent))
    assert [e.id for e in found] == [entry_id]
    kb.rename_category(workspace, child, "徐汇旗舰店")
    assert kb.get_entry(workspace, entry_id).category == "门店专项 / 徐汇旗舰店"
    assert kb.delete_category(workspace, parent).count == 1
    assert kb.get_entry(workspace, entry_id).category == ""


def test_category_writes_say_what_they_changed(workspace) -> None:
    entry_id = kb.create_entry(workspace, {**ENTRY, "category": ""}).entry_id
    category = kb.add_category(workspace, "门店专项")
    assert category.kb and category.id
    assert kb.move_entry(workspace, entry_id, category.id).kb_ids == {entry_id}
    assert kb.rename_category(workspace, category.id, "门店").kb
    assert kb.delete_category(workspace, category.id) == ChangesWithCount(
        kb=True, audit=True, count=1
    )
    assert kb.category_counts(workspace).get(None, 0) >= 1
