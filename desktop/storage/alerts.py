"""Alerts (预警) and the reads their evaluation needs: hourly counts by post time,
the negatives that count (the COUNTING RULE), unanswered negatives, influencer posts.

Hours are UTC buckets computed by SQLite from each mention's own post time (SQLite's date
functions fold a "+08:00" suffix into UTC), so late imports land in the hour they were posted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from desktop.core.triage_vocab import BY_MODEL, CONFIDENT_SUGGESTION, CONFIRMED_SOURCES

HOUR_SQL = "strftime('%Y-%m-%dT%H:00:00Z', m.posted_at)"

# The COUNTING RULE (mentions aliased m): confirmed, or a confident model suggestion.
COUNTED_NEGATIVE_SQL = (
    "m.sentiment = 'neg' AND (m.sentiment_by IN ("
    + ",".join(f"'{source}'" for source in CONFIRMED_SOURCES)
    + f") OR (m.sentiment_by = '{BY_MODEL}' AND m.sentiment_confidence >= {CONFIDENT_SUGGESTION}))"
)
CONFIRMED_NEGATIVE_SQL = (
    "m.sentiment = 'neg' AND m.sentiment_by IN ("
    + ",".join(f"'{source}'" for source in CONFIRMED_SOURCES)
    + ")"
)


@dataclass(frozen=True)
class Alert:
    id: int
    kind: str
    at: str
    reason: str
    mention_ids: list[int] = field(default_factory=list)
    acknowledged_by: str | None = None
    acknowledged_at: str | None = None
    snoozed_until: str | None = None
    dedup_key: str = ""
    raised_at: str = ""
    window_end: str | None = None
    group_id: int | None = None
    case_id: int | None = None
    details: dict[str, Any] = field(default_factory=dict)
    snoozed_by: str | None = None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None


_ALERT_COLUMNS = (
    "id, kind, at, reason, mention_ids_json, acknowledged_by, acknowledged_at, snoozed_until,"
    " dedup_key, raised_at, window_end, group_id, case_id, reason_json, snoozed_by"
)


def _alert(row: Sequence[Any]) -> Alert:
    return Alert(
        id=int(row[0]),
        kind=str(row[1]),
        at=str(row[2]),
        reason=str(row[3] or ""),
        mention_ids=[int(i) for i in json.loads(row[4] or "[]")],
        acknowledged_by=row[5],
        acknowledged_at=row[6],
        snoozed_until=row[7],
        dedup_key=str(row[8]),
        raised_at=str(row[9] or ""),
        window_end=row[10],
        group_id=None if row[11] is None else int(row[11]),
        case_id=None if row[12] is None else int(row[12]),
        details=json.loads(row[13] or "{}"),
        snoozed_by=row[14],
    )


def list_alerts(
    db: Database, *, include_acknowledged: bool = False, snoozed_before: str | None = None
) -> list[Alert]:
    """Newest burst first. `snoozed_before` (now) hides alerts snoozed past that time."""
    clauses = []
    params: list[Any] = []
    if not include_acknowledged:
        clauses.append("acknowledged_at IS NULL")
    if snoozed_before is not None:
        clauses.append("(snoozed_until IS NULL OR snoozed_until <= ?)")
        params.append(snoozed_before)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = db.execute(
        f"SELECT {_ALERT_COLUMNS} FROM alerts{where} ORDER BY at DESC, id DESC", params
    ).fetchall()
    return [_alert(row) for row in rows]


def get_alert(db: Database, alert_id: int) -> Alert | None:
    row = db.execute(f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE id = ?", [alert_id]).fetchone()
    return _alert(row) if row else None


def alert_by_key(db: Database, dedup_key: str) -> Alert | None:
    row = db.execute(
        f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE dedup_key = ?", [dedup_key]
    ).fetchone()
    return _alert(row) if row else None


def overlapping(
    db: Database, kind: str, group_id: int | None, start: str, end: str, *, open_only: bool = False
) -> Alert | None:
    """An alert of this kind (and group) whose burst window touches [start, end]
    (`open_only`: one nobody has acknowledged yet)."""
    still_open = " AND acknowledged_at IS NULL" if open_only else ""
    row = db.execute(
        f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE kind = ? AND group_id IS ?"
        f" AND at <= ? AND coalesce(window_end, at) >= ?{still_open} ORDER BY at LIMIT 1",
        [kind, group_id, end, start],
    ).fetchone()
    return _alert(row) if row else None


def named_mentions(db: Database, kind: str, group_id: int | None) -> set[int]:
    """Every mention an alert of this kind (and group) names already."""
    rows = db.execute(
        "SELECT mention_ids_json FROM alerts WHERE kind = ? AND group_id IS ?", [kind, group_id]
    ).fetchall()
    return {int(i) for (ids_json,) in rows for i in json.loads(ids_json or "[]")}


def insert_alert(
    db: Database,
    *,
    kind: str,
    dedup_key: str,
    at: str,
    window_end: str | None,
    raised_at: str,
    reason: str,
    details: dict[str, Any],
    mention_ids: Sequence[int],
    group_id: int | None = None,
    case_id: int | None = None,
) -> int:
    """The new alert's id, or 0 when one with this dedup key exists already."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO alerts(kind, dedup_key, at, window_end, raised_at, reason,"
        " reason_json, mention_ids_json, group_id, case_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            kind,
            dedup_key,
            at,
            window_end,
            raised_at,
            reason,
            json.dumps(details, ensure_ascii=False),
            json.dumps(sorted(set(mention_ids))),
            group_id,
            case_id,
        ],
    )
    return int(cursor.lastrowid or 0) if cursor.rowcount else 0


def widen_alert(
    db: Database,
    alert_id: int,
    *,
    at: str,
    window_end: str | None,
    reason: str,
    details: dict[str, Any],
    mention_ids: Sequence[int],
) -> None:
    """The same burst seen again with more of it (a later import): one alert, wider."""
    db.execute(
        "UPDATE alerts SET at = ?, window_end = ?, reason = ?, reason_json = ?,"
        " mention_ids_json = ? WHERE id = ?",
        [
            at,
            window_end,
            reason,
            json.dumps(details, ensure_ascii=False),
            json.dumps(sorted(set(mention_ids))),
            alert_id,
        ],
    )


def acknowledge(db: Database, alert_id: int, *, by: str, at: str) -> None:
    db.execute(
        "UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ?",
        [by, at, alert_id],
    )


def snooze(db: Database, alert_id: int, *, by: str, until: str) -> None:
    db.execute(
        "UPDATE alerts SET snoozed_by = ?, snoozed_until = ? WHERE id = ?", [by, until, alert_id]
    )


def set_case(db: Database, alert_id: int, case_id: int) -> None:
    db.execute("UPDATE alerts SET case_id = ? WHERE id = ?", [case_id, alert_id])


# -- what evaluation reads ------------------------------------------------------------------


def _posted_since(hour: str) -> str:
    """A text bound for `posted_at >= ?` that the posted_at index can use: the day before
    the UTC hour, so a post of that hour written with any UTC offset (±14 h) is inside."""
    day = datetime.strptime(hour[:10], "%Y-%m-%d") - timedelta(days=1)
    return day.strftime("%Y-%m-%d")


def earliest_post(db: Database) -> str | None:
    """The UTC hour of the earliest post. Read from the posted_at index: the first post that
    parses, then the few days of text after it (an offset of up to ±14 h can make a later
    text an earlier UTC hour), instead of converting every mention's time."""
    first = db.execute(
        "SELECT posted_at FROM mentions WHERE posted_at IS NOT NULL"
        " AND julianday(posted_at) IS NOT NULL ORDER BY posted_at LIMIT 1"
    ).fetchone()
    if first is None:
        return None
    row = db.execute(
        f"SELECT min({HOUR_SQL}) FROM mentions m WHERE m.posted_at IS NOT NULL"
        " AND m.posted_at < date(?, '+3 day')",
        [first[0]],
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def import_posted_since(db: Database, import_id: int, since: str) -> bool:
    """Whether a mention the import added or changed was posted in or after the UTC hour
    `since` (the posted_at index walks only the recent posts, not the whole import)."""
    row = db.execute(
        f"SELECT 1 FROM mentions m WHERE m.posted_at >= ?2 AND {HOUR_SQL} >= ?3"
        " AND (m.import_id = ?1 OR m.updated_at >= (SELECT started_at FROM imports WHERE id = ?1))"
        " LIMIT 1",
        [import_id, _posted_since(since), since],
    ).fetchone()
    return row is not None


def hourly_negatives(db: Database, since: str) -> dict[str, int]:
    """Counted negatives per UTC hour posted at or after `since` (an hour bucket)."""
    rows = db.execute(
        f"SELECT {HOUR_SQL} AS hour, count(*) FROM mentions m WHERE {COUNTED_NEGATIVE_SQL}"
        f" AND m.posted_at >= ? AND {HOUR_SQL} >= ? GROUP BY hour",
        [_posted_since(since), since],
    ).fetchall()
    return {str(r[0]): int(r[1]) for r in rows if r[0]}


def hourly_group_volume(db: Database, group_id: int, since: str) -> dict[str, int]:
    return hourly_group_volumes(db, since).get(group_id, {})


def hourly_group_volumes(db: Database, since: str) -> dict[int, dict[str, int]]:
    """Every group's matched mentions per UTC hour posted at or after `since`, in one pass
    over the posts of the window (posted_at index) and their matches (mention index)."""
    rows = db.execute(
        # CROSS JOIN keeps mentions the outer loop (SQLite's planner would scan every match)
        f"SELECT w.group_id, {HOUR_SQL} AS hour, count(*) FROM mentions m"
        " CROSS JOIN mention_watch w ON w.mention_id = m.id"
        f" WHERE m.posted_at >= ? AND {HOUR_SQL} >= ? GROUP BY w.group_id, hour",
        [_posted_since(since), since],
    ).fetchall()
    volumes: dict[int, dict[str, int]] = {}
    for group_id, hour, count in rows:
        if hour:
            volumes.setdefault(int(group_id), {})[str(hour)] = int(count)
    return volumes


def negative_ids_between(db: Database, start: str, end: str) -> tuple[list[int], int]:
    """Counted negatives posted in UTC hours [start, end]; and how many are confirmed."""
    rows = db.execute(
        f"SELECT m.id, {CONFIRMED_NEGATIVE_SQL} FROM mentions m WHERE {COUNTED_NEGATIVE_SQL}"
        f" AND m.posted_at >= ? AND {HOUR_SQL} BETWEEN ? AND ? ORDER BY m.id",
        [_posted_since(start), start, end],
    ).fetchall()
    return [int(r[0]) for r in rows], sum(1 for r in rows if r[1])


def group_ids_between(db: Database, group_id: int, start: str, end: str) -> list[int]:
    rows = db.execute(
        f"SELECT m.id FROM mention_watch w JOIN mentions m ON m.id = w.mention_id"
        f" WHERE w.group_id = ? AND m.posted_at >= ? AND {HOUR_SQL} BETWEEN ? AND ?"
        " ORDER BY m.id",
        [group_id, _posted_since(start), start, end],
    ).fetchall()
    return [int(r[0]) for r in rows]


@dataclass(frozen=True)
class MentionBrief:
    """What an alert's reason names about one mention."""

    id: int
    hour: str
    author: str
    platform: str
    followers: int | None
    confirmed: bool
    extra: dict[str, Any]


def negatives_since(db: Database, since: str) -> list[MentionBrief]:
    """Counted negatives posted in or after the hour `since`, with author and extra columns."""
    rows = db.execute(
        f"SELECT m.id, {HOUR_SQL}, m.author, m.platform, m.followers, {CONFIRMED_NEGATIVE_SQL},"
        f" m.extra_json FROM mentions m WHERE {COUNTED_NEGATIVE_SQL}"
        f" AND m.posted_at >= ? AND {HOUR_SQL} >= ? ORDER BY m.id",
        [_posted_since(since), since],
    ).fetchall()
    return [_brief(row) for row in rows]


def unanswered_negatives(db: Database, *, since: str, posted_before: str) -> list[MentionBrief]:
    """Counted negatives still new / to_reply, posted in [since hour, posted_before]."""
    rows = db.execute(
        f"SELECT m.id, {HOUR_SQL}, m.author, m.platform, m.followers, {CONFIRMED_NEGATIVE_SQL},"
        f" m.extra_json FROM mentions m WHERE {COUNTED_NEGATIVE_SQL}"
        " AND m.status IN ('new', 'to_reply') AND m.posted_at >= ?"
        f" AND {HOUR_SQL} >= ? AND julianday(m.posted_at) <= julianday(?) ORDER BY m.id",
        [_posted_since(since), since, posted_before],
    ).fetchall()
    return [_brief(row) for row in rows]


def _brief(row: Sequence[Any]) -> MentionBrief:
    try:
        extra = json.loads(row[6] or "{}")
    except ValueError:
        extra = {}
    return MentionBrief(
        id=int(row[0]),
        hour=str(row[1]),
        author=str(row[2] or ""),
        platform=str(row[3] or ""),
        followers=None if row[4] is None else int(row[4]),
        confirmed=bool(row[5]),
        extra=extra if isinstance(extra, dict) else {},
    )


def group_hits_since(db: Database, group_id: int, since: str) -> list[tuple[int, str]]:
    """(mention id, UTC hour) of a group's matches posted in or after the hour `since`."""
    rows = db.execute(
        f"SELECT m.id, {HOUR_SQL} FROM mention_watch w JOIN mentions m ON m.id = w.mention_id"
        f" WHERE w.group_id = ? AND m.posted_at >= ? AND {HOUR_SQL} >= ? ORDER BY m.id",
        [group_id, _posted_since(since), since],
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


def file_of(db: Database) -> str:
    """The file a bare connection has open (an import's own connection)."""
    row = db.execute("PRAGMA database_list").fetchone()
    return str(row[2] or "") if row else ""
