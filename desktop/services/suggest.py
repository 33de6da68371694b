"""Reply suggestions: the best knowledge-base entries and the most similar answered mentions.

`suggest(workspace, text, limit)` ranks entries (not retired; the version in use) by their
typical comments, keywords and title, and past mentions that got a reply by their text. The
indexes are built once per workspace and kept on the open workspace object; a cheap signature
(row counts, last change) tells when to rebuild. New replies are added to a small side index
instead of rebuilding the big one, so marking a mention replied never costs seconds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desktop.core.similarity import SimilarityIndex, shared_terms, top_k
from desktop.core.text import normalise
from desktop.storage.kb import split_keywords
from desktop.storage.workspace import Workspace

CACHE_ATTRIBUTE = "_crisisdesk_suggest_cache"
TITLE_WEIGHT = 0.6  # the title + keywords document counts a little less than a typical comment
KEYWORD_BONUS = 0.5  # per keyword found literally in the text
DELTA_LIMIT = 2000  # past this many new replies, rebuild the mention index


@dataclass
class _KbIndex:
    signature: tuple
    entries: list[dict[str, Any]]
    doc_entry: np.ndarray  # entry position of each example document
    examples: SimilarityIndex
    meta: SimilarityIndex  # one document per entry: title + keywords
    keywords: dict[str, list[int]]  # normalised keyword -> entry positions
    longest_keyword: int


@dataclass
class _MentionIndex:
    signature: tuple
    max_id: int
    max_replied: str
    ids: np.ndarray
    index: SimilarityIndex
    delta_ids: list[int] = field(default_factory=list)
    delta_index: SimilarityIndex | None = None
    excluded: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


@dataclass
class _Cache:
    kb: _KbIndex | None = None
    mentions: _MentionIndex | None = None
    # (PRAGMA data_version, connection total_changes) when the signatures were last checked:
    # while both are unchanged nothing was written by anyone, so the checks are skipped.
    kb_seen: tuple = ()
    mentions_seen: tuple = ()


def _write_mark(workspace: Workspace) -> tuple:
    data_version = workspace.db.execute("PRAGMA data_version").fetchone()[0]
    return (data_version, workspace.db.conn.total_changes)


def _cache(workspace: Workspace) -> _Cache:
    cache = getattr(workspace, CACHE_ATTRIBUTE, None)
    if cache is None:
        cache = _Cache()
        setattr(workspace, CACHE_ATTRIBUTE, cache)
    return cache


def invalidate(workspace: Workspace, area: str = "") -> None:
    """Forget the cached indexes (all, or "kb" / "mentions"); the next call rebuilds."""
    cache = _cache(workspace)
    if area in ("", "kb"):
        cache.kb = None
    if area in ("", "mentions"):
        cache.mentions = None


def note_replied(workspace: Workspace, mention_id: int) -> None:
    """A mention's reply changed: index it again at the next suggestion (side index)."""
    current = _cache(workspace).mentions
    if current is not None:
        if mention_id not in current.delta_ids:
            current.delta_ids.append(mention_id)
        current.signature = ()


# -- knowledge base -------------------------------------------------------------------------------


def _kb_signature(workspace: Workspace) -> tuple:
    return tuple(
        workspace.db.execute(
            "SELECT count(*), max(updated_at), total(version), total(approved_version),"
            " total(status = 'retired') FROM kb_entries"
        ).fetchone()
    )


def _pick_reply(replies: list[dict[str, str]], kind: str = "public") -> str:
    for wanted in (kind, "public", "holding", "private", "statement"):
        for reply in replies:
            if reply["kind"] == wanted:
                return reply["body"]
    return ""


def _load_entries(workspace: Workspace) -> list[dict[str, Any]]:
    rows = workspace.db.execute(
        "SELECT e.id, e.status, e.version, e.approved_version, e.title, e.examples, e.keywords,"
        " v.snapshot_json FROM kb_entries e LEFT JOIN kb_versions v"
        " ON v.entry_id = e.id AND v.version = e.approved_version"
        " WHERE e.status != 'retired' ORDER BY e.id"
    ).fetchall()
    replies: dict[int, list[dict[str, str]]] = {}
    for entry_id, kind, channel, body in workspace.db.execute(
        "SELECT entry_id, kind, channel, body FROM kb_replies ORDER BY entry_id, position, id"
    ):
        replies.setdefault(entry_id, []).append({"kind": kind, "channel": channel, "body": body})
    entries = []
    for entry_id, status, version, approved_version, title, examples, keywords, snap in rows:
        if snap:  # the approved version stays in use while a newer draft is edited
            data = json.loads(snap)
            entry = {
                "id": entry_id,
                "title": data["title"],
                "examples": data["examples"],
                "keywords": data["keywords"],
                "replies": data["replies"],
                "version": approved_version,
                "approved": True,
                "status": status,
            }
        else:
            entry = {
                "id": entry_id,
                "title": title,
                "examples": examples,
                "keywords": keywords,
                "replies": replies.get(entry_id, []),
                "version": version,
                "approved": False,
                "status": status,
            }
        entry["keyword_list"] = [k for k in split_keywords(entry["keywords"]) if len(k) > 1]
        entries.append(entry)
    return entries


def _kb_index(workspace: Workspace) -> _KbIndex:
    cache = _cache(workspace)
    mark = _write_mark(workspace)
    if cache.kb is not None and cache.kb_seen == mark:
        return cache.kb
    signature = _kb_signature(workspace)
    cache.kb_seen = mark
    if cache.kb is not None and cache.kb.signature == signature:
        return cache.kb
    entries = _load_entries(workspace)
    docs: list[str] = []
    owners: list[int] = []
    for position, entry in enumerate(entries):
        lines = [line for line in entry["examples"].splitlines() if line.strip()]
        for line in lines or [entry["title"]]:
            docs.append(line)
            owners.append(position)
    meta = [f"{e['title']} {e['keywords'].replace('，', ' ')}" for e in entries]
    keywords: dict[str, list[int]] = {}
    for position, entry in enumerate(entries):
        for keyword in entry["keyword_list"]:
            keywords.setdefault(normalise(keyword), []).append(position)
    cache.kb = _KbIndex(
        signature,
        entries,
        np.asarray(owners, dtype=np.int64),
        SimilarityIndex(docs),
        SimilarityIndex(meta),
        keywords,
        max((len(k) for k in keywords), default=0),
    )
    return cache.kb


def _keywords_in(text: str, index: _KbIndex) -> set[str]:
    """The entries' keywords that occur literally in `text` (every substring looked up)."""
    found: set[str] = set()
    longest = min(index.longest_keyword, 24)
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + longest) + 1):
            piece = text[start:end]
            if piece in index.keywords:
                found.add(piece)
    return found


def suggest_entries(workspace: Workspace, text: str, limit: int = 5) -> list[dict[str, Any]]:
    index = _kb_index(workspace)
    if not index.entries or not text.strip():
        return []
    example_scores = index.examples.scores(text)
    best = np.zeros(len(index.entries), dtype=np.float32)
    np.maximum.at(best, index.doc_entry, example_scores)
    scores = best + TITLE_WEIGHT * index.meta.scores(text)
    for keyword in _keywords_in(normalise(text), index):
        for position in index.keywords[keyword]:
            scores[position] += KEYWORD_BONUS
    results = []
    for hit in top_k(scores, limit):
        entry = index.entries[hit.position]
        haystack = f"{entry['title']}\n{entry['examples']}\n{entry['keywords']}"
        results.append(
            {
                "id": entry["id"],
                "title": entry["title"],
                "score": round(hit.score, 3),
                "reply": _pick_reply(entry["replies"]),
                "approved": entry["approved"],
                "version": entry["version"],
                "status": entry["status"],
                "matched": shared_terms(text, haystack),
            }
        )
    return results


# -- answered mentions ----------------------------------------------------------------------------


def _mention_state(workspace: Workspace) -> tuple[int, str]:
    max_id = workspace.db.execute("SELECT coalesce(max(id), 0) FROM mentions").fetchone()[0]
    max_replied = workspace.db.execute(
        "SELECT coalesce(max(replied_at), '') FROM mentions"
    ).fetchone()[0]
    return max_id, max_replied


def _answered(workspace: Workspace, where: str = "", params: list | None = None) -> list[tuple]:
    sql = "SELECT id, title, text FROM mentions WHERE reply_text != ''"
    return workspace.db.execute(
        sql + (f" AND ({where})" if where else "") + " ORDER BY id", params or []
    ).fetchall()


def _mention_index(workspace: Workspace) -> _MentionIndex:
    cache = _cache(workspace)
    current = cache.mentions
    mark = _write_mark(workspace)
    if current is not None and current.signature and cache.mentions_seen == mark:
        return current
    max_id, max_replied = _mention_state(workspace)
    signature = (max_id, max_replied)
    cache.mentions_seen = mark
    if current is not None and current.signature == signature:
        return current
    if current is not None and max_id >= current.max_id and max_replied >= current.max_replied:
        # Only newer rows or newer replies: a side index over those, the big one unchanged.
        delta = _answered(
            workspace,
            "id > ? OR replied_at > ? OR id IN (SELECT value FROM json_each(?))",
            [current.max_id, current.max_replied, json.dumps(current.delta_ids)],
        )
        if len(delta) <= DELTA_LIMIT:
            ids = [r[0] for r in delta]
            current.signature = signature
            current.delta_ids = ids
            current.delta_index = SimilarityIndex([f"{r[1]} {r[2]}" for r in delta])
            current.excluded = np.nonzero(np.isin(current.ids, ids))[0]
            return current
    rows = _answered(workspace)
    cache.mentions = _MentionIndex(
        signature,
        max_id,
        max_replied,
        np.asarray([r[0] for r in rows], dtype=np.int64),
        SimilarityIndex([f"{r[1]} {r[2]}" for r in rows]),
    )
    return cache.mentions


def similar_mentions(
    workspace: Workspace, text: str, limit: int = 5, exclude_id: int | None = None
) -> list[dict[str, Any]]:
    if not text.strip():
        return []
    index = _mention_index(workspace)
    candidates: list[tuple[float, int]] = []
    excluded = index.excluded
    if exclude_id is not None:
        own = np.nonzero(index.ids == exclude_id)[0]
        excluded = np.concatenate([excluded, own]) if len(own) else excluded
    for hit in index.index.top(text, limit, exclude=excluded):
        candidates.append((hit.score, int(index.ids[hit.position])))
    if index.delta_index is not None:
        for hit in index.delta_index.top(text, limit + 1):
            mention_id = index.delta_ids[hit.position]
            if mention_id != exclude_id:
                candidates.append((hit.score, mention_id))
    candidates.sort(key=lambda c: -c[0])
    candidates = candidates[:limit]
    if not candidates:
        return []
    marks = ", ".join("?" * len(candidates))
    rows = {
        r[0]: r
        for r in workspace.db.execute(
            f"SELECT id, text, reply_text, reply_entry_id, platform, author FROM mentions"
            f" WHERE id IN ({marks})",
            [c[1] for c in candidates],
        )
    }
    results = []
    for score, mention_id in candidates:
        row = rows.get(mention_id)
        if row is None or not row[2]:
            continue
        results.append(
            {
                "mention_id": mention_id,
                "text": row[1],
                "reply": row[2],
                "score": round(score, 3),
                "entry_id": row[3],
                "platform": row[4],
                "author": row[5],
                "matched": shared_terms(text, row[1]),
            }
        )
    return results


def suggest(
    workspace: Workspace, text: str, limit: int = 5, *, exclude_mention_id: int | None = None
) -> dict[str, list[dict[str, Any]]]:
    """{"entries": [...], "similar": [...]} for any text (DESIGN.md §6)."""
    return {
        "entries": suggest_entries(workspace, text, limit),
        "similar": similar_mentions(workspace, text, limit, exclude_mention_id),
    }


# -- building off the UI thread -------------------------------------------------------------------


def needs_warming(workspace: Workspace, threshold: int = 2000) -> bool:
    """True when building the indexes would take long enough to be noticed (≈ 50 ms per 1k)."""
    cache = _cache(workspace)
    if cache.kb is not None and cache.mentions is not None:
        return False
    answered = workspace.db.execute(
        "SELECT count(*) FROM mentions WHERE replied_at IS NOT NULL"
    ).fetchone()[0]
    return answered + workspace.count("kb_entries") >= threshold


def prepare_indexes(path: str, progress: Any = None) -> _Cache:
    """Build both indexes from a read-only connection of its own (for a worker thread)."""
    from desktop.storage.workspace import Workspace as _Workspace

    with _Workspace.open(path, read_only=True, check=False) as own:
        _kb_index(own)
        if progress is not None:
            progress.check()
        _mention_index(own)
        cache = _cache(own)
    cache.kb_seen = ()
    cache.mentions_seen = ()
    return cache


def adopt(workspace: Workspace, prepared: _Cache) -> bool:
    """Use indexes built elsewhere (their signatures are checked again on first use)."""
    if workspace.closed:
        return False
    cache = _cache(workspace)
    adopted = False
    if cache.kb is None and prepared.kb is not None:
        cache.kb, cache.kb_seen, adopted = prepared.kb, (), True
    if cache.mentions is None and prepared.mentions is not None:
        cache.mentions, cache.mentions_seen, adopted = prepared.mentions, (), True
    return adopted
