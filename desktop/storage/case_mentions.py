"""The mentions of a case: which mentions a case links (`mentions.case_id`), linking and
unlinking them, and the figures the case shows about them (facts for the severity suggestion,
volume by time, sentiment counts, reach, platforms).

The mentions table belongs to storage/mentions.py; this module only reads and writes its
`case_id` link and reads what the cases area shows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, TypedDict, cast

from sqlite_utils import Database

from desktop.core.mention_filter import MentionFilter
from desktop.core.severity import MentionFacts
from desktop.storage import mention_query

# SQLite allows 999 parameters in older builds: ids go in chunks.
CHUNK = 500

LINKED_COLUMNS = (
    "id",
    "platform",
    "author",
    "followers",
    "posted_at",
    "title",
    "text",
    "url",
    "reposts",
    "comments",
    "likes",
    "region",
    "sentiment",
    "issue_type",
    "status",
    "contact",
)


class LinkedMentionRow(TypedDict):
    """A linked mention as the case view, `case show` and the report list it."""

    id: int
    platform: str | None
    author: str | None
    followers: int | None
    posted_at: str | None
    title: str | None
    text: str | None
    url: str | None
    reposts: int | None
    comments: int | None
    likes: int | None
    region: str | None
    sentiment: str | None
    issue_type: str | None
    status: str | None
    contact: str | None


class MentionReach(TypedDict):
    """How far the case's mentions went."""

    followers_sum: int
    followers_max: int
    reposts_sum: int
    first_posted_at: str | None
    last_posted_at: str | None


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _int_or_none(value: object) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(cast(Any, value))
    except (TypeError, ValueError):
        return None


# -- links ------------------------------------------------------------------------------------


def current_links(db: Database, mention_ids: Sequence[int]) -> list[tuple[int, int | None]]:
    """(mention id, the case it is linked to or None) for the mentions that exist."""
    links: list[tuple[int, int | None]] = []
    for chunk in _chunks(mention_ids):
        links += [
            (int(r[0]), None if r[1] is None else int(r[1]))
            for r in db.execute(
                f"SELECT id, case_id FROM mentions WHERE id IN ({_marks(chunk)})", chunk
            )
        ]
    return links


def link(db: Database, case_id: int, mention_ids: Sequence[int]) -> None:
    for chunk in _chunks(mention_ids):
        db.execute(
            f"UPDATE mentions SET case_id = ? WHERE id IN ({_marks(chunk)})", [case_id, *chunk]
        )


def unlink(db: Database, case_id: int, mention_ids: Sequence[int]) -> list[int]:
    """Unlink those of these mentions that this case links; returns their ids."""
    unlinked: list[int] = []
    for chunk in _chunks(mention_ids):
        params = [case_id, *chunk]
        where = f"case_id = ? AND id IN ({_marks(chunk)})"
        unlinked += [
            int(r[0]) for r in db.execute(f"SELECT id FROM mentions WHERE {where}", params)
        ]
        db.execute(f"UPDATE mentions SET case_id = NULL WHERE {where}", params)
    return sorted(unlinked)


def unlink_all(db: Database, case_id: int) -> list[int]:
    """Unlink every mention of the case (it is being deleted); returns their ids."""
    ids = linked_ids(db, case_id)
    db.execute("UPDATE mentions SET case_id = NULL WHERE case_id = ?", [case_id])
    return ids


def linked_ids(db: Database, case_id: int) -> list[int]:
    return [
        int(r[0])
        for r in db.execute("SELECT id FROM mentions WHERE case_id = ? ORDER BY id", [case_id])
    ]


def posted_times(db: Database, mention_ids: Sequence[int]) -> list[str]:
    """When these mentions were posted (as stored: ISO text); mentions without a time are
    left out."""
    times: list[str] = []
    for chunk in _chunks(mention_ids):
        times += [
            str(r[0])
            for r in db.execute(
                f"SELECT posted_at FROM mentions WHERE id IN ({_marks(chunk)})"
                " AND posted_at IS NOT NULL AND posted_at != ''",
                chunk,
            )
        ]
    return times


def linked_posted_times(db: Database, case_id: int) -> list[str]:
    """When the case's linked mentions were posted (those with a time)."""
    return [
        str(r[0])
        for r in db.execute(
            "SELECT posted_at FROM mentions WHERE case_id = ?"
            " AND posted_at IS NOT NULL AND posted_at != ''",
            [case_id],
        )
    ]


def matching_ids(db: Database, mention_filter: MentionFilter) -> list[int]:
    """Every mention the filter matches (linking all mentions of a search)."""
    where, params = mention_query.where(mention_filter)
    return [int(r[0]) for r in db.execute(f"SELECT id FROM mentions WHERE {where}", params)]


# -- what the case shows about its mentions -------------------------------------------------------


def linked_mentions(
    db: Database, case_id: int, limit: int | None = None, order: str = "posted_at"
) -> list[LinkedMentionRow]:
    if order not in LINKED_COLUMNS:
        raise ValueError(f"cannot order linked mentions by {order!r}")
    sql = (
        f"SELECT {', '.join(LINKED_COLUMNS)} FROM mentions WHERE case_id = ?"
        f" ORDER BY {order} NULLS LAST, id"
    )
    params: list[Any] = [case_id]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    cursor: sqlite3.Cursor = db.execute(sql, params)
    return [
        cast(LinkedMentionRow, dict(zip(LINKED_COLUMNS, row, strict=True)))
        for row in cursor.fetchall()
    ]


def mention_facts(db: Database, case_id: int) -> list[MentionFacts]:
    """What the severity suggestion weighs, for each linked mention."""
    return [
        MentionFacts(
            sentiment=str(sentiment or "unknown"),
            followers=_int_or_none(followers),
            author=str(author or ""),
            posted_at=None if posted_at is None else str(posted_at),
            text=str(text or ""),
            title=str(title or ""),
        )
        for sentiment, followers, author, posted_at, text, title in db.execute(
            "SELECT sentiment, followers, author, posted_at, text, title FROM mentions"
            " WHERE case_id = ?",
            [case_id],
        )
    ]


def posted_sentiments(db: Database, case_id: int) -> list[tuple[str, str | None]]:
    """(posted_at, sentiment) of the linked mentions that have a time: the chart's points."""
    return [
        (str(at), None if sentiment is None else str(sentiment))
        for at, sentiment in db.execute(
            "SELECT posted_at, sentiment FROM mentions WHERE case_id = ? AND posted_at IS NOT NULL",
            [case_id],
        )
    ]


def sentiment_counts(db: Database, case_id: int) -> dict[str, int]:
    """Linked mentions per sentiment as stored (a missing sentiment counts as "")."""
    return {
        str(sentiment or ""): int(count)
        for sentiment, count in db.execute(
            "SELECT sentiment, count(*) FROM mentions WHERE case_id = ? GROUP BY sentiment",
            [case_id],
        )
    }


def reach(db: Database, case_id: int) -> MentionReach:
    row = db.execute(
        "SELECT coalesce(sum(followers), 0), coalesce(max(followers), 0),"
        " coalesce(sum(reposts), 0), min(posted_at), max(posted_at)"
        " FROM mentions WHERE case_id = ?",
        [case_id],
    ).fetchone()
    return {
        "followers_sum": int(row[0]),
        "followers_max": int(row[1]),
        "reposts_sum": int(row[2]),
        "first_posted_at": row[3],
        "last_posted_at": row[4],
    }


def platform_counts(db: Database, case_id: int) -> dict[str, int]:
    """Linked mentions per platform, most first."""
    return {
        str(platform or ""): int(count)
        for platform, count in db.execute(
            "SELECT platform, count(*) FROM mentions WHERE case_id = ? GROUP BY platform"
            " ORDER BY count(*) DESC",
            [case_id],
        )
    }
