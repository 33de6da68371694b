"""Near-duplicate typical comments: a new entry whose comment is nearly an existing entry's is
saved all the same, with a warning that names the existing entry (bigram Jaccard ≥ 0.8)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.kb_content import split_examples
from desktop.core.similarity import NearDuplicates
from desktop.storage import kb as store
from desktop.storage.workspace import Workspace

DUPLICATE_THRESHOLD = 0.8
DuplicateKey = tuple[int, str]  # (entry id, title) of an entry's typical comment


@dataclass(frozen=True)
class Duplicate:
    """An existing entry whose typical comment is nearly the same as a new one."""

    id: int
    title: str
    example: str  # the existing entry's comment
    new_example: str  # the comment just saved
    score: float


def duplicate_index(
    workspace: Workspace, exclude_id: int | None = None
) -> NearDuplicates[DuplicateKey]:
    """The typical comments of all entries in use, ready for near-duplicate lookups."""
    index: NearDuplicates[DuplicateKey] = NearDuplicates(DUPLICATE_THRESHOLD)
    for entry in store.examples_in_use(workspace.db, exclude_id):
        for example in split_examples(entry.examples):
            index.add((entry.id, entry.title), example)
    return index


def find_duplicates(
    workspace: Workspace,
    examples: str,
    exclude_id: int | None = None,
    index: NearDuplicates[DuplicateKey] | None = None,
) -> list[Duplicate]:
    """Existing entries with an example near-identical to one of `examples` (bigram Jaccard)."""
    index = index or duplicate_index(workspace, exclude_id)
    found: dict[int, Duplicate] = {}
    for example in split_examples(examples):
        for (entry_id, title), existing, score in index.find(example):
            best = found.get(entry_id)
            if entry_id == exclude_id or score <= (best.score if best else 0):
                continue
            found[entry_id] = Duplicate(entry_id, title, existing, example, round(score, 2))
    return sorted(found.values(), key=lambda d: -d.score)
