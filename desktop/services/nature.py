"""Nature hints for a page of mentions (the queue, an author profile, later the mention
detail): `hints_for(ws, ids)` → {id: [Hint(flag, reason)]}, flags with their reasons, never
verdicts. Batch queries: one read of the page, one search-index statement per 50 phrases,
one read of the posts those phrases found."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core import nature
from desktop.core.nature import CopyMember, Hint
from desktop.core.text import search_tokens
from desktop.core.triage_vocab import CONFIRMED_SOURCES
from desktop.storage import nature_query
from desktop.storage.workspace import Workspace

__all__ = ["Hint", "hints_for"]

PHRASE_TOKENS = 5  # five overlapping bigrams: six characters in a row
HITS_PER_PHRASE = 400  # more copies than this say nothing new


def _phrase(text: str) -> str | None:
    """An FTS phrase from the middle of the text's longest run of search tokens."""
    tokens = [t for t in search_tokens(text) if len(t) == 2]
    if len(tokens) < PHRASE_TOKENS:
        return None
    middle = (len(tokens) - PHRASE_TOKENS) // 2
    picked = tokens[middle : middle + PHRASE_TOKENS]
    return '"' + " ".join(t.replace('"', '""') for t in picked) + '"'


def hints_for(workspace: Workspace, ids: Sequence[int]) -> dict[int, list[Hint]]:
    """Every id given gets a list (empty when nothing stands out)."""
    page = nature_query.rows(workspace.db, ids)
    result: dict[int, list[Hint]] = {int(i): [] for i in ids}
    prints = {row["id"]: nature.fingerprint(row["text"]) for row in page}
    copy_rows = [row for row in page if len(prints[row["id"]]) >= nature.MIN_COPY_CHARS]
    phrases = [(row, _phrase(row["text"])) for row in copy_rows]
    searchable = [(row, phrase) for row, phrase in phrases if phrase is not None]
    hits = nature_query.phrase_hits(
        workspace.db, [phrase for _row, phrase in searchable], HITS_PER_PHRASE
    )
    wanted = sorted(set().union(*hits)) if hits else []
    others = {row["id"]: row for row in nature_query.rows(workspace.db, wanted)}
    other_prints = {i: nature.fingerprint(row["text"]) for i, row in others.items()}
    for (row, _phrase_text), found in zip(searchable, hits, strict=True):
        mine = prints[row["id"]]
        members = [
            CopyMember(others[i]["author_key"], others[i]["followers"], others[i]["posted"])
            for i in found
            if i in others and nature.near_identical(mine, other_prints[i])
        ]
        hint = nature.coordinated_hint(members)
        if hint is not None:
            result[row["id"]].append(hint)
    for row in page:
        confirmed_positive = row["sentiment"] == "pos" and row["sentiment_by"] in CONFIRMED_SOURCES
        for hint in nature.text_hints(f"{row['title']} {row['text']}"):
            if confirmed_positive and hint.flag != nature.POSSIBLE_RUMOUR:
                continue  # "质量很好" praised is no defect
            result[row["id"]].append(hint)
    return result
