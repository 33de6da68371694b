"""Which 问答库 entries the list shows, as values: the page builds one, storage/kb turns it
into SQL, so searching, filtering and sorting happen in SQLite."""

from __future__ import annotations

from dataclasses import dataclass

# How the list may be ordered; anything else sorts by title.
SORTS: tuple[str, ...] = ("title", "most_used", "least_recent", "updated", "id")


@dataclass
class EntryFilter:
    search: str = ""
    category_id: int | None = None  # this category and its children
    status: str = ""  # '' all, a status, or "active" = not retired
    language: str = ""
    usage: str = ""  # '' all, "unused", "used"
    sort: str = "title"  # one of SORTS; "id" is creation order
