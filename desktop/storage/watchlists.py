"""Watch groups (keyword rules) and which mentions each one matches (`mention_watch`).

The matcher itself is pure (core/watch_rules); this module stores groups, hands the matcher
mention texts in id order, and writes what it found.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

CHUNK = 500


@dataclass(frozen=True)
class WatchGroup:
    """A group as lists show it: its rule and how many mentions it matches now."""

    id: int
    name: str
    kind: str
    rule: str
    enabled: bool
    mention_count: int = 0
    created_at: str = ""
    updated_at: str = ""
    matched_at: str | None = None


_GROUP_COLUMNS = (
    "g.id, g.name, g.kind, g.rule, g.enabled, g.created_at, g.updated_at, g.matched_at,"
    " (SELECT count(*) FROM mention_watch w WHERE w.group_id = g.id)"
)


def _group(row: Sequence[object]) -> WatchGroup:
    return WatchGroup(
        id=int(str(row[0])),
        name=str(row[1]),
        kind=str(row[2]),
        rule=str(row[3]),
        enabled=bool(row[4]),
        created_at=str(row[5] or ""),
        updated_at=str(row[6] or ""),
        matched_at=None if row[7] is None else str(row[7]),
        mention_count=int(str(row[8] or 0)),
    )


def list_groups(db: Database) -> list[WatchGroup]:
    rows = db.execute(f"SELECT {_GROUP_COLUMNS} FROM watch_groups g ORDER BY g.id").fetchall()
    return [_group(row) for row in rows]


def get_group(db: Database, group_id: int) -> WatchGroup | None:
    row = db.execute(
        f"SELECT {_GROUP_COLUMNS} FROM watch_groups g WHERE g.id = ?", [group_id]
    ).fetchone()
    return _group(row) if row else None


def group_by_name(db: Database, name: str) -> WatchGroup | None:
    row = db.execute(
        f"SELECT {_GROUP_COLUMNS} FROM watch_groups g WHERE g.name = ?", [name]
    ).fetchone()
    return _group(row) if row else None


def insert_group(db: Database, *, name: str, kind: str, rule: str, enabled: bool, at: str) -> int:
    cursor = db.execute(
        "INSERT INTO watch_groups(name, kind, rule, enabled, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [name, kind, rule, int(enabled), at, at],
    )
    return int(cursor.lastrowid or 0)


def update_group(
    db: Database, group_id: int, *, name: str, kind: str, rule: str, enabled: bool, at: str
) -> None:
    db.execute(
        "UPDATE watch_groups SET name = ?, kind = ?, rule = ?, enabled = ?, updated_at = ?"
        " WHERE id = ?",
        [name, kind, rule, int(enabled), at, group_id],
    )


def delete_group(db: Database, group_id: int) -> None:
    db.execute("DELETE FROM mention_watch WHERE group_id = ?", [group_id])
    db.execute("DELETE FROM watch_groups WHERE id = ?", [group_id])


def mention_texts(
    db: Database, *, after_id: int = 0, ids: Sequence[int] | None = None, batch: int = 5000
) -> Iterator[list[tuple[int, str]]]:
    """(id, title + text) in id order, in batches: what a rule is matched against."""
    if ids is not None:
        ordered = sorted(set(ids))
        for start in range(0, len(ordered), CHUNK):
            part = ordered[start : start + CHUNK]
            rows = db.execute(
                "SELECT id, title, text FROM mentions"
                f" WHERE id IN ({','.join('?' * len(part))}) ORDER BY id",
                part,
            ).fetchall()
            yield [(int(r[0]), _joined(r[1], r[2])) for r in rows]
        return
    last = after_id
    while True:
        rows = db.execute(
            "SELECT id, title, text FROM mentions WHERE id > ? ORDER BY id LIMIT ?", [last, batch]
        ).fetchall()
        if not rows:
            return
        last = int(rows[-1][0])
        yield [(int(r[0]), _joined(r[1], r[2])) for r in rows]


def _joined(title: object, text: object) -> str:
    title_text, body = str(title or ""), str(text or "")
    if not title_text or title_text in body:
        return body
    return f"{title_text}\n{body}"


def clear_matches(db: Database, group_id: int) -> None:
    db.execute("DELETE FROM mention_watch WHERE group_id = ?", [group_id])


def clear_matches_of(db: Database, mention_ids: Sequence[int]) -> None:
    """Forget these mentions' matches (one statement over a temporary list of the ids)."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS rematch_ids(id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.rematch_ids")
    db.conn.executemany(
        "INSERT OR IGNORE INTO temp.rematch_ids(id) VALUES (?)", ((i,) for i in mention_ids)
    )
    db.execute("DELETE FROM mention_watch WHERE mention_id IN (SELECT id FROM temp.rematch_ids)")
    db.execute("DELETE FROM temp.rematch_ids")


def add_matches(db: Database, pairs: Iterable[tuple[int, int]]) -> None:
    """(group_id, mention_id) pairs; a pair already there is kept."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO mention_watch(group_id, mention_id) VALUES (?, ?)", pairs
    )


def mark_matched(db: Database, group_id: int, at: str) -> None:
    db.execute("UPDATE watch_groups SET matched_at = ? WHERE id = ?", [at, group_id])


def group_counts(db: Database, since: str | None, until: str | None) -> dict[int, int]:
    """Matched mentions per group, posted in [since, until] (ISO strings; None = open)."""
    clauses, params = _posted_between(since, until)
    if not clauses:
        rows = db.execute(
            "SELECT group_id, count(*) FROM mention_watch GROUP BY group_id"
        ).fetchall()
    else:
        rows = db.execute(
            "SELECT w.group_id, count(*) FROM mention_watch w JOIN mentions m"
            f" ON m.id = w.mention_id WHERE {' AND '.join(clauses)} GROUP BY w.group_id",
            params,
        ).fetchall()
    counts = {int(r[0]): int(r[1]) for r in rows}
    for (group_id,) in db.execute("SELECT id FROM watch_groups").fetchall():
        counts.setdefault(int(group_id), 0)
    return counts


def _posted_between(since: str | None, until: str | None) -> tuple[list[str], list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    if since:
        clauses.append("m.posted_at >= ?")
        params.append(since)
    if until:
        clauses.append("m.posted_at <= ?")
        params.append(until + ("T23:59:59~" if len(until) == 10 else ""))
    return clauses, params


def daily_counts(
    db: Database, group_id: int, since: str | None = None, until: str | None = None
) -> list[tuple[str, int]]:
    """(day, matched mentions posted that day) in day order, the day as the post's own date."""
    clauses, params = _posted_between(since, until)
    where = " AND ".join(["w.group_id = ?", "m.posted_at IS NOT NULL", *clauses])
    rows = db.execute(
        "SELECT substr(m.posted_at, 1, 10) AS day, count(*) FROM mention_watch w"
        f" JOIN mentions m ON m.id = w.mention_id WHERE {where} GROUP BY day ORDER BY day",
        [group_id, *params],
    ).fetchall()
    return [(str(r[0]), int(r[1])) for r in rows]


def groups_of_mention(db: Database, mention_id: int) -> list[WatchGroup]:
    rows = db.execute(
        f"SELECT {_GROUP_COLUMNS} FROM watch_groups g JOIN mention_watch w"
        " ON w.group_id = g.id WHERE w.mention_id = ? ORDER BY g.id",
        [mention_id],
    ).fetchall()
    return [_group(row) for row in rows]


def group_names_of(db: Database, mention_ids: Sequence[int]) -> dict[int, list[str]]:
    """The names of the groups that match each of these mentions (in group order); a
    mention no group matches is left out. An old file without watch tables: {}."""
    if "mention_watch" not in db.table_names():
        return {}
    names: dict[int, list[str]] = {}
    ids = list(mention_ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows = db.execute(
            "SELECT w.mention_id, g.name FROM mention_watch w JOIN watch_groups g"
            f" ON g.id = w.group_id WHERE w.mention_id IN ({','.join('?' * len(chunk))})"
            " ORDER BY w.mention_id, g.id",
            chunk,
        ).fetchall()
        for mention_id, name in rows:
            names.setdefault(int(mention_id), []).append(str(name))
    return names


def matched_ids(db: Database, group_id: int) -> list[int]:
    rows = db.execute(
        "SELECT mention_id FROM mention_watch WHERE group_id = ? ORDER BY mention_id", [group_id]
    ).fetchall()
    return [int(r[0]) for r in rows]


def max_mention_id(db: Database) -> int:
    return int(db.execute("SELECT coalesce(max(id), 0) FROM mentions").fetchone()[0])


_OF_IMPORT = "import_id = ?1 OR updated_at >= (SELECT started_at FROM imports WHERE id = ?1)"


def mentions_of_import(db: Database, import_id: int) -> list[int]:
    """Mentions an import added or changed: its own rows, and older rows it updated."""
    rows = db.execute(f"SELECT id FROM mentions WHERE {_OF_IMPORT} ORDER BY id", [import_id])
    return [int(r[0]) for r in rows.fetchall()]


def texts_of_import(db: Database, import_id: int) -> list[tuple[int, str]]:
    """(id, title + text) of the mentions an import added or changed, in one read."""
    rows = db.execute(
        f"SELECT id, title, text FROM mentions WHERE {_OF_IMPORT} ORDER BY id", [import_id]
    ).fetchall()
    return [(int(r[0]), _joined(r[1], r[2])) for r in rows]


@dataclass(frozen=True)
class BriefRow:
    """A matched mention as the rule tester lists it."""

    id: int
    posted_at: str
    author: str
    platform: str
    text: str


def brief_rows(db: Database, *, newest_of: Sequence[int], limit: int) -> list[BriefRow]:
    """The newest `limit` of these mentions by post time, with their title + text."""
    found: list[BriefRow] = []
    ordered = list(newest_of)
    for start in range(0, len(ordered), CHUNK):
        part = ordered[start : start + CHUNK]
        rows = db.execute(
            "SELECT id, coalesce(posted_at, ''), author, platform, title, text FROM mentions"
            f" WHERE id IN ({','.join('?' * len(part))})",
            part,
        ).fetchall()
        found += [
            BriefRow(int(r[0]), str(r[1]), str(r[2] or ""), str(r[3] or ""), _joined(r[4], r[5]))
            for r in rows
        ]
        found = sorted(found, key=lambda row: (row.posted_at, row.id), reverse=True)[:limit]
    return found
