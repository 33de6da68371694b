"""Author profiles ("user files"): one author's mentions, and the lists of repeat
complainers and influencers. An author is AUTHOR_KEY (platform + user id, or nickname)."""

from __future__ import annotations

import json
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
    usually tens of rows; looked up in the author index)."""
    platform, _, name = key.partition("\x1f")
    cursor = db.conn.execute(
        # two disjoint author-index lookups (an OR of them scans the whole platform)
        f"SELECT {PROFILE_COLUMNS} FROM mentions WHERE id IN ("
        "SELECT id FROM mentions WHERE platform = ? AND author_id = ?"
        " UNION ALL SELECT id FROM mentions WHERE platform = ? AND author_id = '' AND author = ?)"
        " ORDER BY posted_at IS NOT NULL, posted_at DESC, id DESC LIMIT ?",
        [platform, name, platform, name, limit],
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
    found = _summaries(db, keys)
    # as ORDER BY negatives DESC, last_posted DESC would (two stable sorts; no time last)
    found.sort(key=lambda r: str(r["last_posted"] or ""), reverse=True)
    found.sort(key=lambda r: int(r["negatives"] or 0), reverse=True)
    return found[:limit]


_AUTHOR_ROW = (
    "m.platform, m.author, m.author_id, m.followers, m.sentiment, m.sentiment_by,"
    " m.sentiment_confidence, m.reposts, m.posted_at, m.status"
)
# Every mention of the listed authors (platform, name): by user id, or by nickname where the
# sheet has no id; two disjoint joins, each an author-index lookup per author.
_SUMMARIES = (
    "WITH k(platform, name) AS MATERIALIZED (SELECT value ->> 0, value ->> 1 FROM json_each(?))"
    f" SELECT {_LIST_COLUMNS} FROM ("
    f" SELECT {_AUTHOR_ROW} FROM k JOIN mentions m"
    " ON m.platform = k.platform AND m.author_id = k.name"
    f" UNION ALL SELECT {_AUTHOR_ROW} FROM k JOIN mentions m"
    " ON m.platform = k.platform AND m.author_id = '' AND m.author = k.name"
    ") GROUP BY author_key"
)


def _summaries(db: Database, keys: list[str]) -> list[dict[str, Any]]:
    """_LIST_COLUMNS of these authors, in one statement."""
    pairs = [key.split("\x1f", 1) for key in keys]
    cursor = db.conn.execute(_SUMMARIES, [json.dumps(pairs, ensure_ascii=False)])
    names = [d[0] for d in cursor.description]
    wanted = set(keys)
    return [
        row
        for row in (dict(zip(names, r, strict=True)) for r in cursor)
        if row["author_key"] in wanted
    ]


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
