"""The SQL of the 先处理 queue: the unanswered candidates and the counted negatives, as
columns (NumPy scores them; SQL only filters and converts times to epoch seconds)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.core.response_window import UNANSWERED
from desktop.core.triage_vocab import BY_MODEL, CONFIDENT_SUGGESTION, CONFIRMED_SOURCES

_CHUNK = 900

# Who wrote a mention: the platform's user id when the sheet has one, else the nickname,
# within one platform (the same nickname on two platforms may be two people). An unnamed
# author has no key (''), so unnamed complaints are never summed up as one "repeat" author.
AUTHOR_KEY = (
    "CASE WHEN author_id != '' THEN platform || char(31) || author_id"
    " WHEN author != '' THEN platform || char(31) || author ELSE '' END"
)

_CONFIRMED = ",".join(f"'{source}'" for source in CONFIRMED_SOURCES)

# The counting rule of common.md / core.triage_vocab, as SQL.
COUNTED_NEGATIVE = (
    f"(sentiment = 'neg' AND (sentiment_by IN ({_CONFIRMED})"
    f" OR (sentiment_by = '{BY_MODEL}' AND sentiment_confidence >= {CONFIDENT_SUGGESTION})))"
)
SUGGESTED_NEGATIVE = (
    f"(sentiment = 'neg' AND sentiment_by = '{BY_MODEL}'"
    f" AND sentiment_confidence >= {CONFIDENT_SUGGESTION})"
)

_UNANSWERED = ",".join(f"'{status}'" for status in sorted(UNANSWERED))
EPOCH = "CAST(strftime('%s', posted_at) AS REAL)"


@dataclass(frozen=True)
class Candidates:
    """The unanswered mentions, column by column (same order in every list)."""

    ids: list[int]
    sentiments: list[str]
    sources: list[str]
    confidences: list[float | None]
    model_probabilities: list[float | None]
    followers: list[float]
    reposts: list[float]
    comments: list[float]
    posted: list[float | None]  # epoch seconds
    authors: list[str]  # AUTHOR_KEY ('' none)
    counted_negative: list[int]


def candidates(db: Database) -> Candidates:
    """Every unanswered mention (status new / to_reply; the `mentions_status` index)."""
    sql = (
        "SELECT id, sentiment, sentiment_by, sentiment_confidence, negative_probability,"
        " coalesce(followers, 0), coalesce(reposts, 0), coalesce(comments, 0),"
        f" {EPOCH}, {AUTHOR_KEY}, {COUNTED_NEGATIVE}"
        f" FROM mentions WHERE status IN ({_UNANSWERED})"
    )
    rows = db.conn.execute(sql).fetchall()
    if not rows:
        return Candidates([], [], [], [], [], [], [], [], [], [], [])
    columns: list[Any] = [list(column) for column in zip(*rows, strict=True)]
    return Candidates(*columns)


def counted_negatives(db: Database) -> tuple[list[str], list[float | None]]:
    """(author key, epoch seconds) of every counted negative with an author."""
    sql = (
        f"SELECT {AUTHOR_KEY} AS author_key, {EPOCH} FROM mentions"
        f" WHERE {COUNTED_NEGATIVE} AND (author != '' OR author_id != '')"
    )
    rows = db.conn.execute(sql).fetchall()
    if not rows:
        return [], []
    authors, times = zip(*rows, strict=True)
    return list(authors), list(times)


def queue_rows(db: Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """What a queue row shows, for the ids of one page."""
    columns = (
        "id, platform, author, author_id, followers, reposts, comments, posted_at, title,"
        " text, sentiment, sentiment_by, sentiment_confidence, negative_probability, status"
    )
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        cursor = db.conn.execute(f"SELECT {columns} FROM mentions WHERE id IN ({marks})", chunk)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            found[row[0]] = dict(zip(names, row, strict=True))
    return found


def plain_order(db: Database, limit: int) -> list[int]:
    """The baseline the bench compares with: unanswered, negatives first, by followers."""
    sql = (
        f"SELECT id FROM mentions WHERE status IN ({_UNANSWERED})"
        " ORDER BY sentiment = 'neg' DESC, coalesce(followers, 0) DESC, posted_at LIMIT ?"
    )
    return [row[0] for row in db.conn.execute(sql, [limit])]
