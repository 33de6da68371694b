"""Entries: create, edit (a new version only when the content changed), validation, audit, the
list's search, filters and sorts, and what each write says it changed."""

from __future__ import annotations

import json

import pytest

from desktop.core.changes import Changes, changes_of
from desktop.core.errors import UserError
from desktop.services import kb
from tests.support.kb import ENTRY


def test_saving_unchanged_content_makes_no_version(workspace) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    result = kb.edit_entry(workspace, entry_id, {"title": "退款慢"})
    assert not result.changed
    assert len(kb.versions(workspace, entry_id)) == 1


def test_validation_errors_are_user_errors(workspace) -> None:
    with pytest.raises(UserError):
        kb.create_entry(workspace, {**ENTRY, "title": " "})
    with pytest.raises(UserError):
        kb.create_entry(workspace, {**ENTRY, "language": "fr"})
    with pytest.raises(UserError):
        kb.create_entry(
            workspace, {**ENTRY, "replies": [{"kind": "poem", "channel": "generic", "body": "x"}]}
        )


def test_every_edit_is_audited_with_before_and_after(workspace) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    kb.edit_entry(workspace, entry_id, {"tone_note": "更口语"})
    row = workspace.db.execute(
        "SELECT user, before_json, after_json FROM audit WHERE action = 'edit' AND object_id = ?",
        [str(entry_id)],
    ).fetchone()
    assert row[0] == workspace.user
    assert json.loads(row[1])["tone_note"] == ""
    assert json.loads(row[2])["tone_note"] == "更口语"


def test_list_search_filters_and_sorts(workspace) -> None:
    hits = kb.list_entries(workspace, kb.EntryFilter(search="退款"))
    titles = [e.title for e in hits]
    assert "退款迟迟不到账" in titles
    assert all(
        e.language == "en" for e in kb.list_entries(workspace, kb.EntryFilter(language="en"))
    )
    one = kb.list_entries(workspace, kb.EntryFilter(search="辟"))  # one character: LIKE
    assert isinstance(one, list)
    entry_id = hits[0].id
    workspace.db.execute("UPDATE kb_entries SET usage_count = 99 WHERE id = ?", [entry_id])
    most = kb.list_entries(workspace, kb.EntryFilter(sort="most_used"))
    assert most[0].id == entry_id
    used = kb.list_entries(workspace, kb.EntryFilter(usage="used"))
    assert [e.id for e in used] == [entry_id]
    least = kb.list_entries(workspace, kb.EntryFilter(sort="least_recent", usage="unused"))
    assert entry_id not in [e.id for e in least]


def test_saves_say_what_they_changed(workspace) -> None:
    created = kb.create_entry(workspace, ENTRY)
    assert changes_of(created) == Changes.of_kb(created.entry_id)
    assert not changes_of(kb.edit_entry(workspace, created.entry_id, {"title": "退款慢"}))
    edited = kb.edit_entry(workspace, created.entry_id, {"title": "退款太慢"})
    assert changes_of(edited).kb_ids == {created.entry_id}


def test_in_use_is_the_working_draft_until_something_is_approved(workspace) -> None:
    entry_id = kb.create_entry(workspace, ENTRY).entry_id
    in_use = kb.in_use(workspace, entry_id)
    assert (in_use.version, in_use.approved) == (1, False)
    assert in_use.content == kb.get_entry(workspace, entry_id).content()
