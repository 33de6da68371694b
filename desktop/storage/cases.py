"""Rows of the cases area: cases, case_events, statements, statement_versions, case_actions.

Plain reads and single-row writes with typed rows; the services wrap them in transactions and
audit them. Queries over the mentions of a case live in storage/case_mentions.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NotRequired, TypedDict, cast

from sqlite_utils import Database

CASE_FIELDS = (
    "title",
    "opened_at",
    "detected_at",
    "closed_at",
    "scenario",
    "cause",
    "nature",
    "scope_platforms",
    "scope_regions",
    "scope_media",
    "owner",
    "phase",
    "summary",
    "suggested_severity",
    "severity_factors_json",
    "severity",
    "severity_reason",
    "severity_set_by",
    "severity_set_at",
    "response_target_minutes",
    "outcome",
    "what_worked",
    "what_failed",
    "root_cause",
    "lessons",
    "reference_key",
    "created_by",
    "updated_at",
)


class CaseRow(TypedDict):
    """One row of `cases` (schema m0005)."""

    id: int
    title: str
    opened_at: str
    detected_at: str | None
    closed_at: str | None
    scenario: str
    cause: str
    nature: str
    scope_platforms: str
    scope_regions: str
    scope_media: str
    owner: str
    phase: str
    summary: str
    suggested_severity: str
    # The stored suggestion as JSON; a case shown to the user carries it parsed instead.
    severity_factors_json: NotRequired[str]
    severity: str
    severity_reason: str
    severity_set_by: str
    severity_set_at: str | None
    response_target_minutes: int | None
    outcome: str
    what_worked: str
    what_failed: str
    root_cause: str
    lessons: str
    reference_key: str
    created_by: str
    updated_at: str | None


class CaseSummaryRow(CaseRow):
    """A case in the list, with what it holds counted."""

    mention_count: int
    negative_count: int
    statement_count: int
    event_count: int


class EventRow(TypedDict):
    id: int
    case_id: int
    at: str
    kind: str
    text: str
    by: str
    auto: int
    statement_id: int | None
    approval_id: int | None
    created_at: str | None


class StatementRow(TypedDict):
    id: int
    case_id: int
    channel: str
    kind: str
    title: str
    body: str
    status: str  # draft / approved / published
    version: int
    kb_entry_id: int | None
    created_by: str
    created_at: str | None
    updated_at: str | None
    published_at: str | None
    published_by: str


class StatementVersionRow(TypedDict):
    id: int
    statement_id: int
    version: int
    body: str
    changed_by: str
    changed_at: str


class ActionRow(TypedDict):
    id: int
    case_id: int
    text: str
    owner: str
    due_date: str | None
    done_at: str | None


class TemplateRow(TypedDict):
    """A 问答库 script usable as a statement draft; `scenario` is the key of its category
    tree's root (the scenario the entry is filed under, "" when it is not filed under one)."""

    entry_id: int
    title: str
    status: str
    kind: str
    channel: str
    body: str
    language: str
    scenario: str


class PersonCard(TypedDict):
    """Who to call: a roster person as the case view and report show them."""

    id: int
    name: str
    title: str
    phone: str


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _new_id(cursor: sqlite3.Cursor) -> int:
    if cursor.lastrowid is None:  # pragma: no cover - sqlite always sets it after an INSERT
        raise sqlite3.DatabaseError("the insert returned no row id")
    return int(cursor.lastrowid)


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


# -- cases ------------------------------------------------------------------------------------


def get_case(db: Database, case_id: int) -> CaseRow | None:
    rows = _dicts(db.execute("SELECT * FROM cases WHERE id = ?", [case_id]))
    return cast(CaseRow, rows[0]) if rows else None


def insert_case(db: Database, values: Mapping[str, Any]) -> int:
    columns = [k for k in values if k in CASE_FIELDS]
    cursor = db.execute(
        f"INSERT INTO cases({', '.join(columns)}) VALUES ({_marks(columns)})",
        [values[c] for c in columns],
    )
    return _new_id(cursor)


def update_case(db: Database, case_id: int, values: Mapping[str, Any]) -> None:
    columns = [k for k in values if k in CASE_FIELDS]
    if not columns:
        return
    db.execute(
        f"UPDATE cases SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
        [*(values[c] for c in columns), case_id],
    )


def list_cases(
    db: Database,
    *,
    search: str = "",
    phases: Sequence[str] = (),
    scenario: str = "",
    open_only: bool = False,
) -> list[CaseSummaryRow]:
    """Open cases first, newest first; `search` looks in title, summary, owner and cause."""
    clauses: list[str] = []
    params: list[Any] = []
    if search.strip():
        like = f"%{search.strip()}%"
        clauses.append("(c.title LIKE ? OR c.summary LIKE ? OR c.owner LIKE ? OR c.cause LIKE ?)")
        params += [like] * 4
    if phases:
        clauses.append(f"c.phase IN ({_marks(phases)})")
        params += list(phases)
    if open_only:
        clauses.append("c.phase != 'closed'")
    if scenario:
        clauses.append("c.scenario = ?")
        params.append(scenario)
    rows = _dicts(
        db.execute(
            "SELECT c.*,"
            " (SELECT count(*) FROM mentions m WHERE m.case_id = c.id) AS mention_count,"
            " (SELECT count(*) FROM mentions m WHERE m.case_id = c.id AND m.sentiment = 'neg')"
            "   AS negative_count,"
            " (SELECT count(*) FROM statements s WHERE s.case_id = c.id) AS statement_count,"
            " (SELECT count(*) FROM case_events e WHERE e.case_id = c.id) AS event_count"
            f" FROM cases c WHERE {' AND '.join(clauses) or '1'}"
            " ORDER BY (c.phase = 'closed'), c.opened_at DESC, c.id DESC",
            params,
        )
    )
    return cast(list[CaseSummaryRow], rows)


def open_case_ids(db: Database) -> list[int]:
    return [int(r[0]) for r in db.execute("SELECT id FROM cases WHERE phase != 'closed'")]


def count_cases(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM cases").fetchone()[0])


def delete_case(db: Database, case_id: int) -> None:
    """The case row; its events, statements and actions go with it (ON DELETE CASCADE)."""
    db.execute("DELETE FROM cases WHERE id = ?", [case_id])


# -- timeline ---------------------------------------------------------------------------------


def events(db: Database, case_id: int) -> list[EventRow]:
    return cast(
        list[EventRow],
        _dicts(
            db.execute("SELECT * FROM case_events WHERE case_id = ? ORDER BY at, id", [case_id])
        ),
    )


def get_event(db: Database, event_id: int) -> EventRow | None:
    rows = _dicts(db.execute("SELECT * FROM case_events WHERE id = ?", [event_id]))
    return cast(EventRow, rows[0]) if rows else None


def insert_event(
    db: Database,
    case_id: int,
    kind: str,
    text: str,
    *,
    at: str,
    by: str,
    auto: bool,
    created_at: str,
    statement_id: int | None = None,
    approval_id: int | None = None,
) -> int:
    cursor = db.execute(
        "INSERT INTO case_events(case_id, at, kind, text, by, auto, statement_id, approval_id,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [case_id, at, kind, text, by, int(auto), statement_id, approval_id, created_at],
    )
    return _new_id(cursor)


def move_detected_events(db: Database, case_id: int, at: str) -> None:
    """The case's automatic "detected" event follows the case's detection time."""
    db.execute(
        "UPDATE case_events SET at = ? WHERE case_id = ? AND kind = 'detected' AND auto = 1",
        [at, case_id],
    )


def delete_event(db: Database, event_id: int) -> None:
    db.execute("DELETE FROM case_events WHERE id = ?", [event_id])


def event_times(db: Database, case_id: int, kinds: Iterable[str]) -> list[str]:
    """When the case's events of these kinds happened (as stored: ISO text)."""
    wanted = list(kinds)
    return [
        str(r[0])
        for r in db.execute(
            f"SELECT at FROM case_events WHERE case_id = ? AND kind IN ({_marks(wanted)})",
            [case_id, *wanted],
        )
    ]


# -- statements -------------------------------------------------------------------------------


def statements(db: Database, case_id: int) -> list[StatementRow]:
    return cast(
        list[StatementRow],
        _dicts(db.execute("SELECT * FROM statements WHERE case_id = ? ORDER BY id", [case_id])),
    )


def get_statement(db: Database, statement_id: int) -> StatementRow | None:
    rows = _dicts(db.execute("SELECT * FROM statements WHERE id = ?", [statement_id]))
    return cast(StatementRow, rows[0]) if rows else None


def insert_statement(
    db: Database,
    case_id: int,
    *,
    channel: str,
    kind: str,
    title: str,
    body: str,
    kb_entry_id: int | None,
    by: str,
    at: str,
) -> int:
    """A new draft, version 1, with its first version row."""
    cursor = db.execute(
        "INSERT INTO statements(case_id, channel, kind, title, body, status, version,"
        " kb_entry_id, created_by, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, 'draft', 1, ?, ?, ?, ?)",
        [case_id, channel, kind, title, body, kb_entry_id, by, at, at],
    )
    statement_id = _new_id(cursor)
    add_statement_version(db, statement_id, 1, body, by=by, at=at)
    return statement_id


def add_statement_version(
    db: Database, statement_id: int, version: int, body: str, *, by: str, at: str
) -> None:
    db.execute(
        "INSERT INTO statement_versions(statement_id, version, body, changed_by, changed_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [statement_id, version, body, by, at],
    )


def rewrite_statement_version(
    db: Database, statement_id: int, version: int, body: str, *, by: str, at: str
) -> None:
    """A draft's edit replaces the text of its current version."""
    db.execute(
        "UPDATE statement_versions SET body = ?, changed_by = ?, changed_at = ?"
        " WHERE statement_id = ? AND version = ?",
        [body, by, at, statement_id, version],
    )


def set_statement_draft(
    db: Database,
    statement_id: int,
    *,
    body: str,
    title: str,
    version: int,
    was_draft: bool,
    at: str,
) -> None:
    """The statement's text at `version`, back in draft; a statement that was approved or
    published loses its publication time."""
    db.execute(
        "UPDATE statements SET body = ?, title = ?, version = ?, status = 'draft',"
        " published_at = CASE WHEN ? THEN published_at ELSE NULL END,"
        " updated_at = ? WHERE id = ?",
        [body, title, version, int(was_draft), at, statement_id],
    )


def mark_statement_approved(db: Database, statement_id: int, *, at: str) -> None:
    db.execute(
        "UPDATE statements SET status = 'approved', updated_at = ? WHERE id = ?",
        [at, statement_id],
    )


def mark_statement_published(
    db: Database, statement_id: int, *, published_at: str, by: str, at: str
) -> None:
    db.execute(
        "UPDATE statements SET status = 'published', published_at = ?, published_by = ?,"
        " updated_at = ? WHERE id = ?",
        [published_at, by, at, statement_id],
    )


def delete_statement(db: Database, statement_id: int) -> None:
    db.execute("DELETE FROM statements WHERE id = ?", [statement_id])


def statement_versions(db: Database, statement_id: int) -> list[StatementVersionRow]:
    return cast(
        list[StatementVersionRow],
        _dicts(
            db.execute(
                "SELECT * FROM statement_versions WHERE statement_id = ? ORDER BY version",
                [statement_id],
            )
        ),
    )


# -- follow-up actions ------------------------------------------------------------------------


def actions(db: Database, case_id: int) -> list[ActionRow]:
    return cast(
        list[ActionRow],
        _dicts(
            db.execute(
                "SELECT * FROM case_actions WHERE case_id = ? ORDER BY due_date NULLS LAST, id",
                [case_id],
            )
        ),
    )


def get_action(db: Database, action_id: int) -> ActionRow | None:
    rows = _dicts(db.execute("SELECT * FROM case_actions WHERE id = ?", [action_id]))
    return cast(ActionRow, rows[0]) if rows else None


def insert_action(
    db: Database, case_id: int, text: str, *, owner: str, due_date: str | None
) -> int:
    cursor = db.execute(
        "INSERT INTO case_actions(case_id, text, owner, due_date) VALUES (?, ?, ?, ?)",
        [case_id, text, owner, due_date],
    )
    return _new_id(cursor)


def set_action_done_at(db: Database, action_id: int, done_at: str | None) -> None:
    db.execute("UPDATE case_actions SET done_at = ? WHERE id = ?", [done_at, action_id])


def delete_action(db: Database, action_id: int) -> None:
    db.execute("DELETE FROM case_actions WHERE id = ?", [action_id])


# -- what cases read from the other areas -------------------------------------------------------


def statement_templates(db: Database) -> list[TemplateRow]:
    """The KB's official-statement and holding-reply scripts with the entry's language and
    scenario (its category's root key), read defensively: the KB's schema may name the kinds
    differently, or the tables may be missing."""
    try:
        rows = _dicts(
            db.execute(
                "WITH RECURSIVE up(start, id, parent_id, key) AS ("
                "  SELECT id, id, parent_id, key FROM kb_categories"
                "  UNION ALL SELECT up.start, c.id, c.parent_id, c.key FROM kb_categories c"
                "  JOIN up ON c.id = up.parent_id),"
                " roots AS (SELECT start, key FROM up WHERE parent_id IS NULL)"
                " SELECT e.id AS entry_id, e.title AS title, e.status AS status, r.kind AS kind,"
                " r.channel AS channel, r.body AS body, e.language AS language,"
                " coalesce(roots.key, '') AS scenario FROM kb_replies r"
                " JOIN kb_entries e ON e.id = r.entry_id"
                " LEFT JOIN roots ON roots.start = e.category_id"
                " WHERE lower(r.kind) LIKE '%statement%' OR lower(r.kind) LIKE '%holding%'"
                " OR r.kind IN ('声明', '暂缓回复', '官方声明')"
                " ORDER BY e.title, r.id"
            )
        )
    except sqlite3.Error:
        return []
    kept = [r for r in rows if str(r.get("status") or "") != "retired" and r.get("body")]
    for row in kept:
        row["language"] = str(row.get("language") or "zh-CN")
        row["scenario"] = str(row.get("scenario") or "")
    return cast(list[TemplateRow], kept)


def person_cards(db: Database, person_ids: Iterable[int]) -> list[PersonCard]:
    """Roster people by id, in the order given, each once; unknown ids are left out."""
    cards: list[PersonCard] = []
    for person_id in dict.fromkeys(person_ids):
        row = db.execute(
            "SELECT id, name, title, phone FROM people WHERE id = ?", [person_id]
        ).fetchone()
        if row:
            cards.append({"id": row[0], "name": row[1], "title": row[2], "phone": row[3]})
    return cards
