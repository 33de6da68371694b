"""The dashboard's and the reports' figures as SQL: every figure is asked with the WHERE of
the very `MentionFilter` its click opens (storage/mention_query.where), so the number shown
and the rows of the log it opens cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.core.mention_filter import MentionFilter
from desktop.storage import mention_query
from desktop.storage.mention_query import CONFIRMED_SQL, COUNTED_SQL, SUGGESTED_SQL

# Each mention falls in exactly one of these (the stacked bars of the volume chart).
CATEGORY_SQL = (
    "CASE"
    f" WHEN sentiment = 'neg' AND {CONFIRMED_SQL} THEN 'neg_confirmed'"
    f" WHEN sentiment = 'neg' AND {SUGGESTED_SQL} THEN 'neg_suggested'"
    f" WHEN sentiment IN ('neu', 'pos') AND {COUNTED_SQL} THEN sentiment"
    " ELSE 'other' END"
)
CATEGORIES = ("neg_confirmed", "neg_suggested", "neu", "pos", "other")
TOP_AUTHOR_SCAN = 400  # the biggest accounts looked at for the top authors
SMALL_RANGE = 20_000  # up to this many rows the top authors are grouped directly


def _where(mention_filter: MentionFilter) -> tuple[str, list[Any]]:
    return mention_query.where(mention_filter)


# What each category counts beyond the filter (CATEGORY_SQL's branches, one by one).
_CATEGORY_CONDITIONS = {
    "neg_confirmed": f"sentiment = 'neg' AND {CONFIRMED_SQL}",
    "neg_suggested": f"sentiment = 'neg' AND {SUGGESTED_SQL}",
    "neu": f"sentiment = 'neu' AND {COUNTED_SQL}",
    "pos": f"sentiment = 'pos' AND {COUNTED_SQL}",
}


def category_counts(db: Database, mention_filter: MentionFilter) -> dict[str, int]:
    """How many mentions of the filter fall in each category (all categories present).

    One count per category, each a range of the (sentiment, posted_at, …) index, plus the
    total; 'other' is the rest. A GROUP BY over CATEGORY_SQL evaluates the whole CASE and
    sorts every row of the range (3× the time on 30 days of a 1M-mention year)."""
    where, params = _where(mention_filter)
    counts = {
        category: int(
            db.execute(
                f"SELECT count(*) FROM mentions WHERE {where} AND {condition}", params
            ).fetchone()[0]
        )
        for category, condition in _CATEGORY_CONDITIONS.items()
    }
    counts["other"] = count(db, mention_filter) - sum(counts.values())
    return counts


def confirmed_and_suggested(db: Database, mention_filter: MentionFilter) -> tuple[int, int]:
    """(confirmed, suggested) among the filter's mentions in one pass (the filter says
    sentiment_source="counted"; each part is what that filter with "confirmed" or
    "suggested" counts)."""
    where, params = _where(mention_filter)
    row = db.execute(
        f"SELECT sum({CONFIRMED_SQL}), sum({SUGGESTED_SQL}) FROM mentions WHERE {where}", params
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0)


def volume(
    db: Database, mention_filter: MentionFilter, bucket_chars: int
) -> list[tuple[str, str, int]]:
    """(bucket, category, count): the bucket is posted_at's first characters as written (13 for
    the hour, 10 for the day, 7 for the month): the sheet's own local time, no conversion."""
    where, params = _where(mention_filter)
    rows = db.execute(
        f"SELECT substr(posted_at, 1, {int(bucket_chars)}), {CATEGORY_SQL}, count(*)"
        f" FROM mentions WHERE {where} AND posted_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1",
        params,
    )
    return [(str(bucket), str(category), int(count)) for bucket, category, count in rows]


def monthly(db: Database, mention_filter: MentionFilter, column: str) -> list[tuple[str, str, int]]:
    """(month, value of `column`, count) for the filter's mentions."""
    if column not in {"issue_type", "platform"}:
        raise ValueError(column)
    where, params = _where(mention_filter)
    rows = db.execute(
        f"SELECT substr(posted_at, 1, 7), {column}, count(*) FROM mentions"
        f" WHERE {where} AND posted_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1",
        params,
    )
    return [(str(month), str(value or ""), int(count)) for month, value, count in rows]


def counts_by(db: Database, mention_filter: MentionFilter, column: str) -> dict[str, int]:
    """count(*) per value of `column`, biggest first."""
    if column not in {"issue_type", "platform", "owner", "author"}:
        raise ValueError(column)
    where, params = _where(mention_filter)
    return {
        str(value or ""): int(count)
        for value, count in db.execute(
            f"SELECT {column}, count(*) FROM mentions WHERE {where}"
            f" GROUP BY {column} ORDER BY count(*) DESC, {column}",
            params,
        )
    }


@dataclass(frozen=True)
class AuthorReach:
    author: str
    platform: str
    followers: int
    mentions: int
    negative: int  # counted negatives (confirmed or confidently suggested)


def top_authors(db: Database, mention_filter: MentionFilter, limit: int) -> list[AuthorReach]:
    """Authors of the filter's mentions by reach (their largest follower count).

    The biggest accounts come from the followers index, newest range or not (a few hundred
    index steps instead of every row of the range); their counts then from the author index.
    """
    where, params = _where(mention_filter)
    authors: list[str] = []
    in_range = count(db, mention_filter)
    rows = (
        []
        if in_range <= SMALL_RANGE
        else db.execute(
            f"SELECT author FROM mentions INDEXED BY mentions_followers WHERE {where}"
            " AND author != '' AND followers IS NOT NULL ORDER BY followers DESC LIMIT ?",
            [*params, TOP_AUTHOR_SCAN],
        ).fetchall()
    )
    for (author,) in rows:
        if author not in authors:
            authors.append(str(author))
    if len(authors) < limit:  # a small range (or few follower counts): group every row
        authors = [
            str(a)
            for (a,) in db.execute(
                f"SELECT author FROM mentions WHERE {where} AND author != ''"
                " GROUP BY author ORDER BY max(coalesce(followers, 0)) DESC, count(*) DESC,"
                " author LIMIT ?",
                [*params, int(limit)],
            )
        ]
    authors = authors[:limit]
    if not authors:
        return []
    marks = ",".join("?" * len(authors))
    found = db.execute(
        "SELECT author, max(platform), max(coalesce(followers, 0)), count(*),"
        f" sum(sentiment = 'neg' AND {COUNTED_SQL})"
        f" FROM mentions WHERE {where} AND author IN ({marks}) GROUP BY author",
        [*params, *authors],
    ).fetchall()
    reach = [
        AuthorReach(str(a), str(p or ""), int(f or 0), int(n), int(neg or 0))
        for a, p, f, n, neg in found
    ]
    return sorted(reach, key=lambda r: (-r.followers, -r.mentions, r.author))


@dataclass(frozen=True)
class TopPost:
    id: int
    posted_at: str
    platform: str
    author: str
    followers: int
    reposts: int
    comments: int
    likes: int
    sentiment: str
    text: str


def top_posts(
    db: Database, mention_filter: MentionFilter, limit: int, *, by: str = "followers"
) -> list[TopPost]:
    """The filter's mentions that reached most people (followers, then reposts)."""
    order = {
        "followers": "coalesce(followers, 0) DESC, coalesce(reposts, 0) DESC",
        "engagement": "coalesce(reposts, 0) + coalesce(comments, 0) DESC",
    }[by]
    where, params = _where(mention_filter)
    rows = db.execute(
        "SELECT id, posted_at, platform, author, followers, reposts, comments, likes,"
        f" sentiment, CASE WHEN title != '' THEN title || ' ' ELSE '' END || text"
        f" FROM mentions WHERE {where} ORDER BY {order}, id LIMIT ?",
        [*params, int(limit)],
    )
    return [
        TopPost(
            int(r[0]),
            str(r[1] or ""),
            str(r[2] or ""),
            str(r[3] or ""),
            int(r[4] or 0),
            int(r[5] or 0),
            int(r[6] or 0),
            int(r[7] or 0),
            str(r[8] or ""),
            str(r[9] or ""),
        )
        for r in rows
    ]


def reply_delays(db: Database, mention_filter: MentionFilter) -> list[tuple[str, str, float]]:
    """(platform, owner, seconds from posting to the first reply) of the filter's replied
    mentions; julianday() reads each time's own offset."""
    where, params = _where(mention_filter)
    rows = db.execute(
        "SELECT platform, owner, (julianday(replied_at) - julianday(posted_at)) * 86400.0"
        f" FROM mentions WHERE {where} AND replied_at IS NOT NULL AND posted_at IS NOT NULL",
        params,
    )
    return [(str(p or ""), str(o or ""), float(s)) for p, o, s in rows if s is not None and s >= 0]


def count(db: Database, mention_filter: MentionFilter) -> int:
    where, params = _where(mention_filter)
    return int(db.execute(f"SELECT count(*) FROM mentions WHERE {where}", params).fetchone()[0])


def has_tables(db: Database, *names: str) -> bool:
    """True when the file has every table (a panel of a feature an old file lacks hides)."""
    present = set(db.table_names())
    return all(name in present for name in names)


def has_rows(db: Database, table: str) -> bool:
    """At least one row (a new workspace's dashboard says what to do instead of zeros)."""
    if table not in {"mentions", "watch_groups"} or not has_tables(db, table):
        return False
    return db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None


def watch_group_counts(db: Database, mention_filter: MentionFilter) -> list[tuple[int, str, int]]:
    """(group id, name, mentions of the filter in the group), biggest first; [] without the
    watchlist tables. Driven from the filter's mentions (a covering index range) into
    mention_watch's mention index."""
    if not has_tables(db, "watch_groups", "mention_watch"):
        return []
    where, params = _where(mention_filter)
    counts = dict(
        db.execute(
            "SELECT w.group_id, count(*) FROM mentions"
            f" JOIN mention_watch w ON w.mention_id = mentions.id WHERE {where}"
            " GROUP BY w.group_id",
            params,
        ).fetchall()
    )
    names = dict(db.execute("SELECT id, name FROM watch_groups").fetchall())
    rows = [(int(i), str(names[i]), int(counts.get(i, 0))) for i in names]
    return sorted(rows, key=lambda r: (-r[2], r[1]))


def _watch_join(db: Database, mention_filter: MentionFilter) -> str:
    """Mentions joined with their groups, driven from the smaller side: a year of negatives
    probing mention_watch row by row costs ~0.2 s on 1M mentions when few are matched; from
    mention_watch each match is one primary-key lookup (CROSS JOIN fixes SQLite's order)."""
    watched = int(db.execute("SELECT count(*) FROM mention_watch").fetchone()[0])
    if watched < count(db, mention_filter):
        return "mention_watch w CROSS JOIN mentions ON mentions.id = w.mention_id"
    return "mentions JOIN mention_watch w ON w.mention_id = mentions.id"


def watch_group_monthly(
    db: Database, mention_filter: MentionFilter
) -> list[tuple[str, int, str, int]]:
    """(month, group id, group name, mentions of the filter in the group); [] without the
    tables."""
    if not has_tables(db, "watch_groups", "mention_watch"):
        return []
    where, params = _where(mention_filter)
    rows = db.execute(
        "SELECT substr(mentions.posted_at, 1, 7), g.id, g.name, count(*)"
        f" FROM {_watch_join(db, mention_filter)}"
        " JOIN watch_groups g ON g.id = w.group_id"
        f" WHERE {where} AND mentions.posted_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1",
        params,
    )
    return [(str(month), int(i), str(name), int(c)) for month, i, name, c in rows]


def counts_by_value(
    db: Database, mention_filter: MentionFilter, column: str, values: list[str]
) -> dict[str, int]:
    """Count per listed value of `column` among the filter's mentions.

    One count per value, each a range of its own in the (sentiment, issue_type, posted_at, …)
    index (m0013): every row is stepped over once in all, with no sum per listed value on each
    row (a month of negatives × a dozen issue types was most of the trend's time)."""
    if column not in {"issue_type"}:
        raise ValueError(column)
    where, params = _where(mention_filter)
    return {
        value: int(
            db.execute(
                f"SELECT count(*) FROM mentions WHERE {where} AND {column} = ?", [*params, value]
            ).fetchone()[0]
        )
        for value in values
    }


def statements_in(db: Database, start: str, end: str) -> list[dict[str, Any]]:
    """Case statements published (or approved) between two ISO times (text range)."""
    if not has_tables(db, "statements", "cases"):
        return []
    rows = db.execute(
        "SELECT s.id, s.case_id, c.title, s.channel, s.kind, s.status, s.published_at"
        " FROM statements s JOIN cases c ON c.id = s.case_id"
        " WHERE s.published_at >= ? AND s.published_at <= ? ORDER BY s.published_at",
        [start, end],
    )
    keys = ("id", "case_id", "case_title", "channel", "kind", "status", "published_at")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def case_events_in(db: Database, start: str, end: str) -> list[dict[str, Any]]:
    """Case actions (timeline events) between two ISO times, for the chart's markers."""
    if not has_tables(db, "case_events", "cases"):
        return []
    rows = db.execute(
        "SELECT e.case_id, c.title, e.kind, e.at FROM case_events e"
        " JOIN cases c ON c.id = e.case_id WHERE e.at >= ? AND e.at <= ? ORDER BY e.at",
        [start, end],
    )
    return [dict(zip(("case_id", "case_title", "kind", "at"), r, strict=True)) for r in rows]
