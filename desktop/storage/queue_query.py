"""The SQL of the 先处理 queue: the unanswered candidates and the counted negatives, as
columns (NumPy scores them; SQL only filters and converts times to epoch seconds)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.core.priority import (
    COMMENT_WEIGHT,
    P_CONFIRMED_NEGATIVE,
    P_CONFIRMED_NEUTRAL,
    P_CONFIRMED_POSITIVE,
    P_UNKNOWN,
    REPOST_WEIGHT,
)
from desktop.core.response_window import UNANSWERED
from desktop.core.triage_vocab import BY_MODEL
from desktop.storage.mention_query import (
    CONFIRMED_POSITIVE_SQL,
    CONFIRMED_SQL,
    COUNTED_NEGATIVE_SQL,
    SUGGESTED_NEGATIVE_SQL,
)

_CHUNK = 900

# Who wrote a mention: the platform's user id when the sheet has one, else the nickname,
# within one platform (the same nickname on two platforms may be two people). An unnamed
# author has no key (''), so unnamed complaints are never summed up as one "repeat" author.
AUTHOR_KEY = (
    "CASE WHEN author_id != '' THEN platform || char(31) || author_id"
    " WHEN author != '' THEN platform || char(31) || author ELSE '' END"
)

# The counting rule: storage/mention_query is its one home.
COUNTED_NEGATIVE = COUNTED_NEGATIVE_SQL
SUGGESTED_NEGATIVE = SUGGESTED_NEGATIVE_SQL

_UNANSWERED = ",".join(f"'{status}'" for status in sorted(UNANSWERED))
# Days since 1970 as SQLite reads an ISO time (NULL when unreadable); cheaper than strftime.
POSTED_DAYS = "(julianday(posted_at) - 2440587.5)"
EPOCH_SECONDS = f"({POSTED_DAYS} * 86400.0)"
CONFIRMED_POSITIVE = CONFIRMED_POSITIVE_SQL

# core.priority.negative_probability as SQL (the same constants): computing it here spares
# building 100k Python strings for the sentiment columns. Nested so that each row asks "who
# said so" once (SQLite evaluates these expressions on every row: they are most of a cold
# ranking's time, bench_queue).
P_NEGATIVE = (
    f"CASE WHEN {CONFIRMED_SQL} AND sentiment IN ('neg', 'neu', 'pos') THEN"
    f"  CASE sentiment WHEN 'neg' THEN {P_CONFIRMED_NEGATIVE} WHEN 'neu' THEN {P_CONFIRMED_NEUTRAL}"
    f"  ELSE {P_CONFIRMED_POSITIVE} END"
    " WHEN negative_probability IS NOT NULL THEN max(0.0, min(1.0, negative_probability))"
    f" WHEN sentiment_by = '{BY_MODEL}' AND sentiment_confidence IS NOT NULL THEN"
    "  CASE sentiment WHEN 'neg' THEN max(0.0, min(1.0, sentiment_confidence))"
    "   WHEN 'pos' THEN 1.0 - max(0.0, min(1.0, sentiment_confidence))"
    "   WHEN 'neu' THEN (1.0 - max(0.0, min(1.0, sentiment_confidence))) / 2"
    f"   ELSE {P_UNKNOWN} END"
    f" ELSE {P_UNKNOWN} END"
)


@dataclass(frozen=True)
class Candidates:
    """The queue's mentions and the counted negatives, column by column. Few columns on
    purpose: each value of each row becomes a Python object, the bulk of the fetch's time."""

    ids: list[int]
    p_negative: list[float]
    reach: list[float]  # REACH_RAW
    posted_days: list[float | None]  # days since 1970 (UTC)
    authors: list[str]  # AUTHOR_KEY ('' none)
    flags: list[int]  # LABEL_CODE + 4 · counted negative + 8 · in the queue (small ints)


# Where the shown sentiment came from, as a number (see LABELS).
LABELS = {0: ("unknown", ""), 1: ("neg", "person"), 2: ("neu", "person"), 3: ("neg", BY_MODEL)}
LABEL_CODE = (
    f"CASE WHEN {CONFIRMED_SQL} AND sentiment IN ('neg', 'neu') THEN"
    "  CASE sentiment WHEN 'neg' THEN 1 ELSE 2 END"
    f" WHEN sentiment_by = '{BY_MODEL}' OR negative_probability IS NOT NULL THEN 3 ELSE 0 END"
)


# core.priority.reach_level's input: followers + reposts · 10 + comments · 3.
REACH_RAW = (
    f"coalesce(followers, 0) + {REPOST_WEIGHT} * coalesce(reposts, 0)"
    f" + {COMMENT_WEIGHT} * coalesce(comments, 0)"
)
IN_QUEUE = f"(status IN ({_UNANSWERED}) AND NOT {CONFIRMED_POSITIVE})"


_CANDIDATE_COLUMNS = (
    f"id, {P_NEGATIVE}, {REACH_RAW}, {POSTED_DAYS}, {AUTHOR_KEY},"
    f" {LABEL_CODE} + 4 * {COUNTED_NEGATIVE} + 8 * {IN_QUEUE}"
)


def candidates(db: Database, ids: Sequence[int] | None = None) -> Candidates:
    """Every mention in the queue — unanswered (status new / to_reply) and not called
    positive by a person or the sheet: praise needs no answer first — and every counted
    negative (the earlier complaints of their authors), in one scan; `flags` tells them
    apart. With `ids`, only those of these mentions (a few rows that just changed)."""
    if ids is None:
        sql = (
            f"SELECT {_CANDIDATE_COLUMNS} FROM mentions NOT INDEXED"
            f" WHERE {IN_QUEUE} OR {COUNTED_NEGATIVE}"
        )
        rows = db.conn.execute(sql).fetchall()
    else:
        rows = []
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            marks = ",".join("?" * len(chunk))
            sql = (
                f"SELECT {_CANDIDATE_COLUMNS} FROM mentions"
                f" WHERE id IN ({marks}) AND ({IN_QUEUE} OR {COUNTED_NEGATIVE})"
            )
            rows += db.conn.execute(sql, chunk).fetchall()
    if not rows:
        return Candidates([], [], [], [], [], [])
    columns: list[Any] = [list(column) for column in zip(*rows, strict=True)]
    return Candidates(*columns)


def data_version(db: Database) -> tuple[int, int]:
    """Changes since: this connection's writes and any other connection's (a worker's)."""
    other = int(db.conn.execute("PRAGMA data_version").fetchone()[0])
    return db.conn.total_changes, other


def reach_of(db: Database, ids: Sequence[int]) -> dict[int, tuple[int, int, int]]:
    """id → (followers, reposts, comments), 0 when unknown: the reasons of a page."""
    found: dict[int, tuple[int, int, int]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        for row in db.conn.execute(
            "SELECT id, coalesce(followers, 0), coalesce(reposts, 0), coalesce(comments, 0)"
            f" FROM mentions WHERE id IN ({marks})",
            chunk,
        ):
            found[row[0]] = (row[1], row[2], row[3])
    return found


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
        f"SELECT id FROM mentions WHERE status IN ({_UNANSWERED}) AND NOT {CONFIRMED_POSITIVE}"
        " ORDER BY sentiment = 'neg' DESC, coalesce(followers, 0) DESC, posted_at LIMIT ?"
    )
    return [row[0] for row in db.conn.execute(sql, [limit])]
