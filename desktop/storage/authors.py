"""Author profiles ("user files"): one author's mentions, and the lists of repeat
complainers and influencers. An author is AUTHOR_KEY (platform + user id, or nickname)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from desktop.storage.queue_query import AUTHOR_KEY, COUNTED_NEGATIVE, SUGGESTED_NEGATIVE

PROFILE_COLUMNS = (
    "id, platform, author, author_id, followers, reposts, comments, likes, posted_at, title,"
    " text, url, sentiment, sentiment_by, sentiment_confidence, status, reply_text, replied_at,"
    " follow_up_due, contact, issue_type"
)


def author_key(platform: str, author: str, author_id: str = "") -> str:
    """The key AUTHOR_KEY gives in SQL, built from a row's values."""
    if author_id:
        return f"{platform}\x1f{author_id}"
    return f"{platform}\x1f{author}" if author else ""


def key_of_mention(db: Database, mention_id: int) -> str | None:
    row = db.conn.execute(
        f"SELECT {AUTHOR_KEY} FROM mentions WHERE id = ?", [mention_id]
    ).fetchone()
    return None if row is None else str(row[0])


def mentions_of(db: Database, key: str, limit: int = 2000) -> list[dict[str, Any]]:
    """One author's mentions, oldest first: all of them, or the newest `limit` (a profile:
    usually tens of rows; one scan of the platform's rows)."""
    platform, _, name = key.partition("\x1f")
    cursor = db.conn.execute(
        f"SELECT {PROFILE_COLUMNS} FROM mentions WHERE platform = ?"
        " AND (author_id = ? OR (author_id = '' AND author = ?))"
        " ORDER BY posted_at IS NOT NULL, posted_at DESC, id DESC LIMIT ?",
        [platform, name, name, limit],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor][::-1]


_LIST_COLUMNS = (
    f"{AUTHOR_KEY} AS author_key, platform, max(author) AS author, max(followers) AS followers,"
    " count(*) AS mentions,"
    f" sum({COUNTED_NEGATIVE}) AS negatives, sum({SUGGESTED_NEGATIVE}) AS suggested,"
    " sum(coalesce(reposts, 0)) AS reposts, max(posted_at) AS last_posted,"
    " sum(status IN ('new', 'to_reply')) AS unanswered"
)


def repeat_complainers(db: Database, min_negatives: int, limit: int) -> list[dict[str, Any]]:
    """Authors with at least `min_negatives` counted negatives, most first.

    The counted negatives alone are grouped (a fraction of the table), then only the authors
    that can make the list are summed over all their rows, through the author index."""
    rows = db.conn.execute(
        f"SELECT {AUTHOR_KEY} AS author_key, count(*) AS negatives FROM mentions"
        f" WHERE {COUNTED_NEGATIVE} AND (author != '' OR author_id != '')"
        " GROUP BY author_key HAVING negatives >= ? ORDER BY negatives DESC",
        [min_negatives],
    ).fetchall()
    if not rows:
        return []
    # ties with the last place decide on last_posted (of every mention): keep them all
    cut = rows[min(limit, len(rows)) - 1][1]
    keys = [str(key) for key, negatives in rows if negatives >= cut]
    found = [summary for key in keys if (summary := _summary(db, key)) is not None]
    # as ORDER BY negatives DESC, last_posted DESC would (two stable sorts; no time last)
    found.sort(key=lambda r: str(r["last_posted"] or ""), reverse=True)
    found.sort(key=lambda r: int(r["negatives"] or 0), reverse=True)
    return found[:limit]


def _summary(db: Database, key: str) -> dict[str, Any] | None:
    """_LIST_COLUMNS of one author (index lookups on platform, author_id, author)."""
    platform, _, name = key.partition("\x1f")
    cursor = db.conn.execute(
        f"SELECT {_LIST_COLUMNS} FROM mentions WHERE platform = ?"
        " AND (author_id = ? OR (author_id = '' AND author = ?)) GROUP BY author_key",
        [platform, name, name],
    )
    names = [d[0] for d in cursor.description]
    for row in cursor:
        if row[0] == key:
            return dict(zip(names, row, strict=True))
    return None


def influencers(db: Database, min_followers: int, limit: int) -> list[dict[str, Any]]:
    """Authors with at least `min_followers` followers, largest first (the followers index);
    their counts are of those rows (an account this big keeps its size between posts)."""
    cursor = db.conn.execute(
        f"SELECT {_LIST_COLUMNS} FROM mentions"
        " WHERE followers >= ? AND (author != '' OR author_id != '')"
        " GROUP BY author_key ORDER BY max(followers) DESC LIMIT ?",
        [min_followers, limit],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]
