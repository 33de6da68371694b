"""先处理: rank the unanswered mentions (core.priority's score) for the page and the CLI.

SQL picks the candidates and the counted negatives; NumPy scores all of them at once; the
reasons in words are built only for the rows someone looks at (`QueueRanking.item`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core import priority
from desktop.core.pii import mask_phone_numbers
from desktop.core.priority import Reason, RowFacts
from desktop.core.progress import Progress
from desktop.services.mentions import response_window_hours
from desktop.storage import queue_query
from desktop.storage.workspace import Workspace

__all__ = ["QueueItem", "QueueRanking", "Reason", "rank_queue", "top"]


@dataclass(frozen=True)
class QueueItem:
    """One ranked mention: its place (1 = answer first), score 0–100 and the reasons."""

    rank: int
    id: int
    score: float
    reasons: list[Reason] = field(default_factory=list)

    @property
    def reason_text(self) -> str:
        return priority.reason_line(self.reasons)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "id": self.id,
            "score": round(self.score, 1),
            "reasons": self.reason_text,
            "reason_keys": [
                {"key": reason.key, **reason.data, "text": reason.text} for reason in self.reasons
            ],
        }


class QueueRanking:
    """The whole queue, best first; rows are worded on demand."""

    def __init__(
        self,
        ids: np.ndarray,
        score: np.ndarray,
        facts: dict[str, np.ndarray],
        window_hours: float,
        now: datetime,
        reach_of: Callable[[list[int]], dict[int, tuple[int, int, int]]],
    ) -> None:
        self.ids = [int(i) for i in ids]
        self.reach_of = reach_of  # followers, reposts, comments of the rows being worded
        self.score = score
        self.facts = facts
        self.window_hours = window_hours
        self.now = now
        self._positions: dict[int, int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[QueueItem]:
        return (self.item(position) for position in range(len(self.ids)))

    def position_of(self, mention_id: int) -> int:
        """The 0-based place of a mention; -1 when it is not in the queue."""
        if self._positions is None:
            self._positions = {mention_id: n for n, mention_id in enumerate(self.ids)}
        return self._positions.get(mention_id, -1)

    def item(self, position: int) -> QueueItem:
        return self._items([position])[0]

    def _items(self, positions: list[int]) -> list[QueueItem]:
        reach = self.reach_of([self.ids[p] for p in positions]) if positions else {}
        items = []
        for position in positions:
            mention_id = self.ids[position]
            followers, reposts, comments = reach.get(mention_id, (0, 0, 0))
            sentiment, by = queue_query.LABELS[int(self.facts["label"][position])]
            facts = RowFacts(
                sentiment=sentiment,
                by=by,
                p_negative=float(self.facts["p_negative"][position]),
                followers=float(followers),
                reposts=float(reposts),
                comments=float(comments),
                elapsed_hours=float(self.facts["elapsed_hours"][position]),
                earlier_negatives=int(self.facts["earlier"][position]),
            )
            items.append(
                QueueItem(
                    rank=position + 1,
                    id=mention_id,
                    score=float(self.score[position]),
                    reasons=priority.reasons(facts, self.window_hours),
                )
            )
        return items

    def items(self, limit: int | None = None) -> list[QueueItem]:
        count = len(self.ids) if limit is None else min(limit, len(self.ids))
        return self._items(list(range(count)))


def _floats(values: list[Any]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=np.float64)


@dataclass
class _Columns:
    """What SQL gave (the queue's mentions and the counted negatives), as arrays, and what
    NumPy derived from it; kept while the workspace file is unchanged."""

    ids: np.ndarray
    p_negative: np.ndarray
    reach: np.ndarray
    posted_days: np.ndarray
    authors: np.ndarray  # codes of `codes`, -1 none
    flags: np.ndarray  # storage.queue_query LABEL_CODE + 4 · counted + 8 · in the queue
    codes: dict[str, int]
    in_queue: np.ndarray = field(init=False)
    earlier: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.in_queue = (self.flags & 8) > 0
        negative = (self.flags & 4) > 0
        seconds = self.posted_days * 86400.0
        with_author = negative & (self.authors >= 0)
        self.earlier = priority.earlier_counts(
            self.authors[self.in_queue],
            seconds[self.in_queue],
            negative[self.in_queue],
            self.authors[with_author],
            seconds[with_author],
        )

    @classmethod
    def of(cls, found: queue_query.Candidates, codes: dict[str, int]) -> _Columns:
        authors = [codes.setdefault(k, len(codes)) if k else -1 for k in found.authors]
        return cls(
            ids=np.array(found.ids, dtype=np.int64),
            p_negative=np.array(found.p_negative, dtype=np.float64),
            reach=np.array(found.reach, dtype=np.float64),
            posted_days=_floats(found.posted_days),
            authors=np.array(authors, dtype=np.int64),
            flags=np.array(found.flags, dtype=np.int64),
            codes=codes,
        )

    def replaced(self, changed: Collection[int], fresh: _Columns) -> _Columns:
        """These columns with the rows of `changed` as `fresh` has them now."""
        keep = ~np.isin(self.ids, np.fromiter(changed, dtype=np.int64, count=len(changed)))
        return _Columns(
            ids=np.concatenate([self.ids[keep], fresh.ids]),
            p_negative=np.concatenate([self.p_negative[keep], fresh.p_negative]),
            reach=np.concatenate([self.reach[keep], fresh.reach]),
            posted_days=np.concatenate([self.posted_days[keep], fresh.posted_days]),
            authors=np.concatenate([self.authors[keep], fresh.authors]),
            flags=np.concatenate([self.flags[keep], fresh.flags]),
            codes=fresh.codes,
        )


# workspace path → (data version, columns): re-ranking with the file unchanged (a clock tick,
# switching pages) costs NumPy only, and after a few rows changed only those are read again.
_cache: dict[str, tuple[tuple[int, int], _Columns]] = {}
INCREMENTAL_ROWS = 2_000  # more changed rows than this: read everything again


@dataclass(frozen=True)
class PreparedQueue:
    """The queue's columns read by a worker, to be adopted by the window's connection."""

    path: str
    columns: _Columns


def version(workspace: Workspace) -> tuple[int, int]:
    """Where the workspace's connection stands; `adopt` takes a worker's columns only if
    nothing was written since."""
    return queue_query.data_version(workspace.db)


def prepare(path: str, progress: Progress | None = None) -> PreparedQueue:
    """The SQL half of `rank_queue`, on a worker's own read-only connection."""
    workspace = Workspace.open(Path(path), read_only=True)
    try:
        return PreparedQueue(
            str(workspace.path), _Columns.of(queue_query.candidates(workspace.db), {})
        )
    finally:
        workspace.close()


def adopt(workspace: Workspace, prepared: PreparedQueue, since: tuple[int, int]) -> bool:
    """Keep a worker's columns for this workspace when it is unchanged since `since`."""
    now = version(workspace)
    if str(workspace.path) != prepared.path or now != since:
        return False
    _cache.clear()
    _cache[prepared.path] = (now, prepared.columns)
    return True


def forget_cached() -> None:
    """Drop the kept columns (the bench measures a cold first page with it)."""
    _cache.clear()


def _columns(workspace: Workspace, changed: Collection[int] | None) -> _Columns:
    key = str(workspace.path)
    current = queue_query.data_version(workspace.db)
    cached = _cache.get(key)
    if cached is not None and cached[0] == current:
        return cached[1]
    if (
        cached is not None
        and changed is not None
        and len(changed) <= INCREMENTAL_ROWS
        and cached[0][1] == current[1]  # no other connection wrote: only `changed` differ
    ):
        old = cached[1]
        fresh = _Columns.of(queue_query.candidates(workspace.db, sorted(changed)), old.codes)
        columns = old.replaced(changed, fresh)
    else:
        columns = _Columns.of(queue_query.candidates(workspace.db), {})
    _cache.clear()  # one workspace open at a time: keep one
    _cache[key] = (current, columns)
    return columns


def rank_queue(
    workspace: Workspace, now: datetime | None = None, *, changed: Collection[int] | None = None
) -> QueueRanking:
    """Every unanswered mention not confirmed positive, ranked (the response window is the
    workspace's setting). `changed`: every mention this connection wrote since the last
    ranking, when the caller knows them all (the page collects them from the change bus):
    only those are read again."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    window = response_window_hours(workspace)
    c = _columns(workspace, changed)
    q = c.in_queue
    elapsed_hours = (now.timestamp() / 86400.0 - c.posted_days[q]) * 24.0
    p_negative = c.p_negative[q]
    score = priority.scores(
        p_negative,
        priority.reach_level_of(c.reach[q]),
        priority.urgency(elapsed_hours, window),
        c.earlier,
    )
    order = priority.ranking(score, elapsed_hours)
    facts = {
        "label": (c.flags[q] & 3)[order],
        "p_negative": p_negative[order],
        "elapsed_hours": elapsed_hours[order],
        "earlier": c.earlier[order],
    }
    return QueueRanking(
        c.ids[q][order],
        score[order],
        facts,
        window,
        now,
        lambda ids: queue_query.reach_of(workspace.db, ids),
    )


def top(
    workspace: Workspace, limit: int | None = None, now: datetime | None = None
) -> list[QueueItem]:
    """The first `limit` of the queue, with reasons (the CLI)."""
    return rank_queue(workspace, now).items(limit)


def queue_rows(workspace: Workspace, ids: list[int]) -> dict[int, dict[str, Any]]:
    """What the queue table shows of these mentions (text, author, platform, …); phone
    numbers in the text masked, as in every view."""
    rows = queue_query.queue_rows(workspace.db, ids)
    for row in rows.values():
        row["text"] = mask_phone_numbers(row["text"] or "")
        row["title"] = mask_phone_numbers(row["title"] or "")
    return rows
