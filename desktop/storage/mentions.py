"""Reading and writing mention rows (the mention log's storage side).

Reads are shaped for a lazy table: the id list of a filter (SQL filters and sorts), then
pages of rows by id. Writes change triage fields only; imports own inserting rows.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import chain
from typing import Any, TypedDict, cast

from sqlite_utils import Database

from desktop.core.mention_filter import MentionFilter
from desktop.core.vocab import MENTION_SOURCE_FIELDS
from desktop.storage import mention_query, triage
from desktop.storage.bulk_update import indexes_set_aside

# What a mention row holds, in the order the JSON/CLI shows it.
FIELDS: tuple[str, ...] = (
    "id",
    *MENTION_SOURCE_FIELDS,
    "sentiment",
    "sentiment_by",
    "sentiment_user",
    "sentiment_confidence",
    "model_sentiment",
    "negative_probability",
    "issue_type",
    "issue_type_by",
    "issue_type_confidence",
    "nature",
    "status",
    "owner",
    "reply_text",
    "replied_at",
    "follow_up_due",
    "contact",
    "notes",
    "case_id",
    "import_id",
    "imported_at",
    "updated_at",
)


class MentionRow(TypedDict):
    """One mention as `get` and `iter_rows` return it (the keys of FIELDS)."""

    id: int
    platform: str
    author: str
    author_id: str
    followers: int | None
    posted_at: str | None
    title: str
    text: str
    url: str
    reposts: int | None
    comments: int | None
    likes: int | None
    region: str
    external_id: str
    keyword: str
    vendor_sentiment: str
    sentiment: str
    sentiment_by: str
    sentiment_user: str
    sentiment_confidence: float | None
    model_sentiment: str
    negative_probability: float | None
    issue_type: str
    issue_type_by: str
    issue_type_confidence: float | None
    nature: str
    status: str
    owner: str
    reply_text: str
    replied_at: str | None
    follow_up_due: str | None
    contact: str
    notes: str
    case_id: int | None
    import_id: int | None
    imported_at: str | None
    updated_at: str | None


@dataclass(frozen=True)
class ImportBatch:
    """An import as the mention log's batch filter lists it."""

    id: int
    file_name: str
    started_at: str
    inserted: int
    updated: int


# Triage fields a user may change by hand.
TRIAGE_FIELDS: frozenset[str] = frozenset(
    {
        "sentiment",
        "sentiment_by",
        "sentiment_user",
        "issue_type",
        "issue_type_by",
        "nature",
        "status",
        "owner",
        "reply_text",
        "replied_at",
        "follow_up_due",
        "contact",
        "notes",
        "case_id",
    }
)

_CHUNK = 900  # stay under SQLite's variable limit


def check_columns(columns: Iterable[str]) -> list[str]:
    columns = list(columns)
    unknown = [c for c in columns if c not in FIELDS]
    if unknown:
        raise ValueError(f"unknown mention columns: {unknown}")
    return columns


def _row(values: Sequence[Any]) -> MentionRow:
    return cast(MentionRow, dict(zip(FIELDS, values, strict=True)))


def mention_ids(
    db: Database, mention_filter: MentionFilter, limit: int | None = None
) -> array[int]:
    """The ids of the filter's mentions in its order, as a compact array (8 bytes per row)."""
    match = mention_query.search_only_match(mention_filter)
    if match is not None and mention_filter.sort in {"posted_at", "id"}:
        # Typing in the search box: walk the FTS hits and read each date from the narrow
        # (id, posted_at) index instead of the wide mention rows.
        sql = (
            "SELECT m.id FROM mentions_fts AS f"
            " CROSS JOIN mentions AS m INDEXED BY mentions_id_posted ON m.id = f.rowid"
            f" WHERE mentions_fts MATCH ? ORDER BY {mention_query.order_by(mention_filter)}"
        )
        params: list[Any] = [match]
    else:
        where, params = mention_query.where(mention_filter)
        sql = f"SELECT id FROM mentions WHERE {where} ORDER BY {mention_query.order_by(mention_filter)}"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    return array("q", chain.from_iterable(db.conn.execute(sql, params)))


def count(db: Database, mention_filter: MentionFilter | None = None) -> int:
    if mention_filter is None:
        return int(db.execute("SELECT count(*) FROM mentions").fetchone()[0])
    where, params = mention_query.where(mention_filter)
    return int(db.execute(f"SELECT count(*) FROM mentions WHERE {where}", params).fetchone()[0])


def rows_by_ids(
    db: Database, ids: Sequence[int], columns: Iterable[str]
) -> dict[int, tuple[Any, ...]]:
    """id → values of `columns` (always led by the id) for the ids that exist."""
    columns = check_columns(columns)
    select = ", ".join(["id", *columns])
    found: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        for row in db.conn.execute(f"SELECT {select} FROM mentions WHERE id IN ({marks})", chunk):
            found[row[0]] = row[1:]
    return found


def get(db: Database, mention_id: int) -> MentionRow | None:
    row = db.conn.execute(
        f"SELECT {', '.join(FIELDS)} FROM mentions WHERE id = ?", [mention_id]
    ).fetchone()
    return _row(row) if row else None


def iter_rows(
    db: Database, mention_filter: MentionFilter, limit: int | None = None
) -> Iterator[MentionRow]:
    where, params = mention_query.where(mention_filter)
    sql = (
        f"SELECT {', '.join(FIELDS)} FROM mentions WHERE {where}"
        f" ORDER BY {mention_query.order_by(mention_filter)}"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    for row in db.conn.execute(sql, params):
        yield _row(row)


def distinct_values(db: Database, column: str) -> list[str]:
    if column not in {"platform", "owner", "issue_type", "region"}:
        raise ValueError(column)
    return [
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT {column} FROM mentions WHERE {column} != '' ORDER BY {column}"
        )
    ]


def import_batches(db: Database) -> list[ImportBatch]:
    """Every import batch, the newest first."""
    return [
        ImportBatch(*row)
        for row in db.execute(
            "SELECT id, file_name, started_at, inserted, updated FROM imports ORDER BY id DESC"
        )
    ]


def counts_by(db: Database, column: str, mention_filter: MentionFilter) -> dict[str, int]:
    if column not in {"sentiment", "status", "platform", "issue_type"}:
        raise ValueError(column)
    where, params = mention_query.where(mention_filter)
    return {
        r[0]: r[1]
        for r in db.execute(
            f"SELECT {column}, count(*) FROM mentions WHERE {where} GROUP BY {column}", params
        )
    }


def overdue_count(db: Database, posted_before_utc: datetime) -> int:
    """Negative mentions still unanswered (new / to_reply) posted before the given UTC time;
    negative by the counting rule (storage/triage.COUNTED_NEGATIVE: confirmed, or a confident
    model suggestion).

    All unanswered negatives (one index range) minus the few still inside the window; the
    window's rows are narrowed by date text first (offsets are within ±14 h, so a day
    earlier is safe) and then compared exactly with julianday(), which reads the offsets.
    """
    unanswered = (
        f"{triage.COUNTED_NEGATIVE} AND status IN ('new', 'to_reply') AND posted_at IS NOT NULL"
    )
    total = int(db.execute(f"SELECT count(*) FROM mentions WHERE {unanswered}").fetchone()[0])
    day_before = (posted_before_utc - timedelta(days=1)).strftime("%Y-%m-%d")
    recent = db.execute(
        f"SELECT count(*) FROM mentions WHERE {unanswered} AND posted_at >= ?"
        " AND (julianday(posted_at) >= julianday(?) OR julianday(posted_at) IS NULL)",
        [day_before, posted_before_utc.strftime("%Y-%m-%d %H:%M:%S")],
    ).fetchone()[0]
    return int(total - recent)


def update_fields(db: Database, mention_id: int, fields: dict[str, Any], updated_at: str) -> None:
    """Change triage fields of one mention (the caller holds the transaction and audits)."""
    unknown = set(fields) - TRIAGE_FIELDS
    if unknown:
        raise ValueError(f"not triage fields: {sorted(unknown)}")
    if not fields:
        return
    assignments = ", ".join(f"{name} = ?" for name in fields)
    db.execute(
        f"UPDATE mentions SET {assignments}, updated_at = ? WHERE id = ?",
        [*fields.values(), updated_at, mention_id],
    )


# -- triage over many rows: one statement, whatever the selection's size ---------------------


@dataclass(frozen=True)
class FieldWrite:
    """A triage column's new value and the rows it applies to (every row unless narrowed)."""

    value: Any
    only_if_empty: bool = False  # keep a value the row already has (replied_at)
    only_if_in: tuple[str, ...] = ()  # only rows whose value is one of these (status)
    # With only_if_in: the column whose value decides (default: this column itself), e.g.
    # the user's name only on rows whose sentiment_by is 'model' (confirming a suggestion).
    when_column: str = ""


@dataclass(frozen=True)
class TriageWrite:
    """What `write_triage` did: the rows that changed, with their values from before —
    grouped, as a keypress on 100,000 rows replaces a handful of distinct values."""

    columns: tuple[str, ...]
    groups: list[tuple[tuple[Any, ...], array[int]]]  # values before → their ids (ascending)
    missing: list[int]  # ids of the selection that are not in the workspace (nothing written)
    ids: array[int] = field(default_factory=lambda: array("q"))  # every changed id, ascending

    @property
    def before(self) -> list[tuple[Any, ...]]:
        """(id, *values of columns) per changed row, in id order (for a few rows)."""
        return sorted((mention_id, *values) for values, ids in self.groups for mention_id in ids)


def _load_id_table(db: Database, ids: Iterable[int]) -> None:
    """temp.triage_ids holds exactly these ids (one connection's own scratch table); they
    travel as one JSON array, which SQLite reads faster than 100,000 bound inserts."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS triage_ids(id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.triage_ids")
    listed = ids.tolist() if isinstance(ids, array) else [int(i) for i in ids]
    db.execute(
        "INSERT OR IGNORE INTO temp.triage_ids(id) SELECT value FROM json_each(?)",
        [json.dumps(listed)],
    )


def _new_value(column: str, write: FieldWrite) -> tuple[str, list[Any]]:
    if write.only_if_empty:
        return f"CASE WHEN {column} IS NULL OR {column} = '' THEN ? ELSE {column} END", [
            write.value
        ]
    if write.only_if_in:
        marks = ",".join("?" * len(write.only_if_in))
        decides = write.when_column or column
        if decides not in TRIAGE_FIELDS:
            raise ValueError(f"not a triage field: {decides}")
        return f"CASE WHEN {decides} IN ({marks}) THEN ? ELSE {column} END", [
            *write.only_if_in,
            write.value,
        ]
    return "?", [write.value]


def write_triage(
    db: Database, ids: Iterable[int], writes: dict[str, FieldWrite], updated_at: str
) -> TriageWrite:
    """Set `writes` on the mentions `ids` whose values differ, in one UPDATE over a temporary
    table of the ids (the caller holds the transaction and audits). Nothing is written when
    any id is missing."""
    columns = tuple(writes)
    unknown = set(columns) - TRIAGE_FIELDS
    if unknown:
        raise ValueError(f"not triage fields: {sorted(unknown)}")
    _load_id_table(db, ids)
    if not columns:
        missing = [
            int(r[0])
            for r in db.execute(
                "SELECT t.id FROM temp.triage_ids AS t"
                " WHERE NOT EXISTS (SELECT 1 FROM mentions AS m WHERE m.id = t.id) ORDER BY t.id"
            )
        ]
        return TriageWrite(columns, [], missing)
    expressions = [_new_value(column, writes[column]) for column in columns]
    differs = " OR ".join(
        f"{c} IS NOT ({e})" for c, (e, _) in zip(columns, expressions, strict=True)
    )
    differs_params = [p for _, params in expressions for p in params]
    chosen = f"id IN (SELECT id FROM temp.triage_ids) AND ({differs})"
    # One pass finds the missing ids and reads the values an edit replaces, grouped by
    # those values (each id looked up once; ids travel back as one JSON array per group):
    # a missing id comes back in the group whose m.id IS NULL.
    cols = ", ".join(f"m.{c}" for c in columns)
    found = db.conn.execute(
        f"SELECT m.id IS NULL, json_group_array(t.id), {cols}"
        " FROM temp.triage_ids AS t LEFT JOIN mentions AS m ON m.id = t.id"
        f" WHERE m.id IS NULL OR ({differs}) GROUP BY 1, {cols}",
        differs_params,
    ).fetchall()
    missing = sorted(i for row in found if row[0] for i in json.loads(row[1]))
    if missing:
        db.execute("DELETE FROM temp.triage_ids")
        return TriageWrite(columns, [], missing)
    groups = [(tuple(row[2:]), array("q", sorted(json.loads(row[1])))) for row in found]
    changed = array("q", sorted(i for _, ids in groups for i in ids))
    before = len(changed)
    if before:
        assignments = ", ".join(
            f"{c} = {e}" for c, (e, _) in zip(columns, expressions, strict=True)
        )
        with indexes_set_aside(db, "mentions", columns, before):
            db.execute(
                f"UPDATE mentions SET {assignments}, updated_at = ? WHERE {chosen}",
                [*differs_params, updated_at, *differs_params],
            )
    db.execute("DELETE FROM temp.triage_ids")
    return TriageWrite(columns, groups, [], changed)


def restore_triage(
    db: Database,
    columns: Sequence[str],
    groups: Iterable[tuple[tuple[Any, ...], Sequence[int]]],
    still: dict[str, Any],
    updated_at: str,
) -> list[int]:
    """Put back the values of `columns` — `groups` of (values, the ids that had them) — in
    one UPDATE … FROM a temporary table, on the rows that still hold the values `still` (a
    later edit is not overwritten); their ids. Each group's ids travel as one JSON array (a
    keypress on 100,000 rows replaced a handful of distinct values)."""
    unknown = (set(columns) | set(still)) - TRIAGE_FIELDS
    if unknown or not columns:
        raise ValueError(f"not triage fields: {sorted(unknown)}")
    names = [f"v{i}" for i in range(len(columns))]
    db.execute("DROP TABLE IF EXISTS temp.triage_restore")
    db.execute(f"CREATE TEMP TABLE triage_restore(id INTEGER PRIMARY KEY, {', '.join(names)})")
    for values, ids in groups:
        listed = ids.tolist() if isinstance(ids, array) else [int(i) for i in ids]
        db.conn.execute(
            "INSERT OR REPLACE INTO temp.triage_restore"
            f" SELECT value, {','.join('?' * len(names))} FROM json_each(?)",
            [*values, json.dumps(listed)],
        )
    assignments = ", ".join(f"{c} = r.{n}" for c, n in zip(columns, names, strict=True))
    guard = "".join(f" AND mentions.{c} IS ?" for c in still)
    count = db.conn.execute("SELECT count(*) FROM temp.triage_restore").fetchone()[0]
    with indexes_set_aside(db, "mentions", columns, count):
        restored = db.conn.execute(
            f"UPDATE mentions SET {assignments}, updated_at = ? FROM temp.triage_restore AS r"
            f" WHERE mentions.id = r.id{guard} RETURNING mentions.id",
            [updated_at, *still.values()],
        ).fetchall()
    db.execute("DROP TABLE temp.triage_restore")
    return sorted(int(r[0]) for r in restored)


def existing_ids(db: Database, ids: Sequence[int]) -> list[int]:
    return sorted(rows_by_ids(db, ids, []))


# -- whole rows (the demo workspace; an import has its own merge) ----------------------------


def insert_rows(db: Database, rows: list[dict[str, Any]]) -> None:
    """Insert complete mention rows as given (the caller indexes them for search)."""
    db.table("mentions").insert_all(rows)
