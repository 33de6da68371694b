"""先处理: rank the unanswered mentions (core.priority's score) for the page and the CLI.

SQL picks the candidates and the counted negatives; NumPy scores all of them at once; the
reasons in words are built only for the rows someone looks at (`QueueRanking.item`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np

from desktop.core import priority
from desktop.core.priority import Reason, RowFacts
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
    ) -> None:
        self.ids = [int(i) for i in ids]
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
        facts = RowFacts(
            sentiment=str(self.facts["sentiment"][position]),
            by=str(self.facts["by"][position]),
            p_negative=float(self.facts["p_negative"][position]),
            followers=float(self.facts["followers"][position]),
            reposts=float(self.facts["reposts"][position]),
            comments=float(self.facts["comments"][position]),
            elapsed_hours=float(self.facts["elapsed_hours"][position]),
            earlier_negatives=int(self.facts["earlier"][position]),
        )
        return QueueItem(
            rank=position + 1,
            id=self.ids[position],
            score=float(self.score[position]),
            reasons=priority.reasons(facts, self.window_hours),
        )

    def items(self, limit: int | None = None) -> list[QueueItem]:
        count = len(self.ids) if limit is None else min(limit, len(self.ids))
        return [self.item(position) for position in range(count)]


def _floats(values: list[Any]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=np.float64)


def rank_queue(workspace: Workspace, now: datetime | None = None) -> QueueRanking:
    """Every unanswered mention, ranked (the response window is the workspace's setting)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    window = response_window_hours(workspace)
    found = queue_query.candidates(workspace.db)
    neg_authors, neg_times = queue_query.counted_negatives(workspace.db)
    codes: dict[str, int] = {}
    for key in neg_authors:
        codes.setdefault(key, len(codes))
    candidate_codes = np.array(
        [codes.get(key, -1) if key else -1 for key in found.authors], dtype=np.int64
    )
    posted = _floats(found.posted)
    elapsed_hours = (now.timestamp() - posted) / 3600.0
    p_negative = priority.negative_probabilities(
        found.sentiments, found.sources, found.confidences, found.model_probabilities
    )
    followers = np.array(found.followers, dtype=np.float64)
    reposts = np.array(found.reposts, dtype=np.float64)
    comments = np.array(found.comments, dtype=np.float64)
    earlier = priority.earlier_counts(
        candidate_codes,
        posted,
        np.array(found.counted_negative, dtype=np.bool_),
        np.array([codes[key] for key in neg_authors], dtype=np.int64),
        _floats(neg_times),
    )
    score = priority.scores(
        p_negative,
        priority.reach_level(followers, reposts, comments),
        priority.urgency(elapsed_hours, window),
        earlier,
    )
    order = priority.ranking(score, elapsed_hours)
    facts = {
        "sentiment": np.array(found.sentiments, dtype=object)[order],
        "by": np.array(found.sources, dtype=object)[order],
        "p_negative": p_negative[order],
        "followers": followers[order],
        "reposts": reposts[order],
        "comments": comments[order],
        "elapsed_hours": elapsed_hours[order],
        "earlier": earlier[order],
    }
    ids = np.array(found.ids, dtype=np.int64)[order]
    return QueueRanking(ids, score[order], facts, window, now)


def top(
    workspace: Workspace, limit: int | None = None, now: datetime | None = None
) -> list[QueueItem]:
    """The first `limit` of the queue, with reasons (the CLI)."""
    return rank_queue(workspace, now).items(limit)


def queue_rows(workspace: Workspace, ids: list[int]) -> dict[int, dict[str, Any]]:
    """What the queue table shows of these mentions (text, author, platform, …)."""
    return queue_query.queue_rows(workspace.db, ids)
