"""Drills' storage: the real workspace's finished-drill rows and a drill copy's session row,
plus what preparing a drill copy needs (taking a replayed case's mentions out of it)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any, TypedDict, cast

from sqlite_utils import Database

from desktop.storage.mention_index import remove_from_index

_CHUNK = 900


class DrillRow(TypedDict):
    id: int
    source_kind: str
    source_ref: str
    title: str
    scenario: str
    level: str
    plan_id: int | None
    speed: float
    started_at: str
    finished_at: str
    drill_minutes: int
    injects_total: int
    injects_delivered: int
    measures: dict[str, Any]
    lessons: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    participants: str
    copy_path: str
    finished_by: str


_COLUMNS = (
    "id",
    "source_kind",
    "source_ref",
    "title",
    "scenario",
    "level",
    "plan_id",
    "speed",
    "started_at",
    "finished_at",
    "drill_minutes",
    "injects_total",
    "injects_delivered",
    "measures_json",
    "lessons_json",
    "timeline_json",
    "participants",
    "copy_path",
    "finished_by",
)


def _drill(values: Sequence[Any]) -> DrillRow:
    row = dict(zip(_COLUMNS, values, strict=True))
    row["measures"] = json.loads(row.pop("measures_json") or "{}")
    row["lessons"] = json.loads(row.pop("lessons_json") or "[]")
    row["timeline"] = json.loads(row.pop("timeline_json") or "[]")
    return cast(DrillRow, row)


def has_drills_table(db: Database) -> bool:
    return "drills" in db.table_names()


def insert_drill(db: Database, values: dict[str, Any]) -> int:
    """One finished drill; `measures`, `lessons` and `timeline` are stored as JSON."""
    row = {k: v for k, v in values.items() if k not in ("measures", "lessons", "timeline")}
    row["measures_json"] = json.dumps(values["measures"], ensure_ascii=False)
    row["lessons_json"] = json.dumps(values.get("lessons", []), ensure_ascii=False)
    row["timeline_json"] = json.dumps(values.get("timeline", []), ensure_ascii=False)
    names = list(row)
    cursor = db.execute(
        f"INSERT INTO drills ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [row[n] for n in names],
    )
    return int(cursor.lastrowid or 0)


def get_drill(db: Database, drill_id: int) -> DrillRow | None:
    found = db.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM drills WHERE id = ?", [drill_id]
    ).fetchone()
    return _drill(found) if found else None


def list_drills(db: Database) -> list[DrillRow]:
    """Newest first."""
    if not has_drills_table(db):
        return []
    cursor = db.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM drills ORDER BY finished_at DESC, id DESC"
    )
    return [_drill(values) for values in cursor.fetchall()]


def set_lessons(db: Database, drill_id: int, lessons: list[dict[str, Any]]) -> None:
    db.execute(
        "UPDATE drills SET lessons_json = ? WHERE id = ?",
        [json.dumps(lessons, ensure_ascii=False), drill_id],
    )


# -- a drill copy's session ---------------------------------------------------------------


def session(db: Database) -> tuple[str, dict[str, Any]] | None:
    """(real workspace path, state) of a drill copy; None for any other workspace."""
    try:
        found = db.execute(
            "SELECT real_path, state_json FROM drill_session WHERE id = 1"
        ).fetchone()
    except sqlite3.DatabaseError:  # a file from before drills, or a damaged one opened to look
        return None
    return (str(found[0]), json.loads(found[1])) if found else None


def save_session(db: Database, real_path: str, state: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO drill_session(id, real_path, state_json) VALUES (1, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET real_path = excluded.real_path,"
        " state_json = excluded.state_json",
        [real_path, json.dumps(state, ensure_ascii=False, default=str)],
    )


def clear_copied_drills(db: Database) -> None:
    """A drill copy does not carry the real workspace's drill history."""
    db.execute("DELETE FROM drills")


def take_out_mentions(db: Database, mention_ids: Sequence[int]) -> None:
    """Delete mentions from a DRILL COPY (and its search index): the replay brings them
    back one by one as injects. Never called on a real workspace."""
    ids = sorted(set(mention_ids))
    remove_from_index(db, ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        db.execute(f"DELETE FROM mentions WHERE id IN ({', '.join('?' * len(chunk))})", chunk)


def mention_rows(db: Database, mention_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Whole rows (every column but id) of mentions to replay, in posting order."""
    found: list[dict[str, Any]] = []
    ids = sorted(set(mention_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        cursor = db.execute(
            f"SELECT * FROM mentions WHERE id IN ({', '.join('?' * len(chunk))})", chunk
        )
        names = [d[0] for d in cursor.description]
        found += [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    found.sort(key=lambda r: (str(r.get("posted_at") or ""), r["id"]))
    return found


def mention_columns(db: Database) -> list[str]:
    """The mentions table's columns in this file (a replayed row keeps only these)."""
    return [str(c[1]) for c in db.execute("PRAGMA table_info(mentions)").fetchall()]


def insert_mention(db: Database, row: dict[str, Any]) -> int:
    """One replayed mention (the caller indexes it and links it to the drill case)."""
    names = list(row)
    cursor = db.execute(
        f"INSERT INTO mentions ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [row[n] for n in names],
    )
    return int(cursor.lastrowid or 0)
