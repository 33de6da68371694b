"""Near-duplicate typical comments are flagged with the entry they repeat."""

from __future__ import annotations

from desktop.services import kb
from tests.support.kb import ENTRY


def test_duplicate_examples_are_flagged(workspace) -> None:
    first = kb.create_entry(workspace, ENTRY)
    assert first.duplicates == []
    again = kb.create_entry(
        workspace, {**ENTRY, "title": "退款太慢了", "examples": "退款一直没到账！"}
    )
    assert [d.id for d in again.duplicates] == [first.entry_id]
