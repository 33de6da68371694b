"""The merge's statements: staged rows (the staging file attached as `stage`) into mentions.

Each runs inside the merge's one transaction (desktop.services.importing.merge). A staged row
is 'new' (its key is not in the workspace), 'changed' (its source fields differ), 'same', or
'known' (the child recognised its row hash and staged only its key). Changed rows take the
new source fields and never the user's triage; the search index of changed text is the
business of desktop.storage.mention_index.
"""

from __future__ import annotations

from sqlite_utils import Database

from desktop.core.vocab import MENTION_SOURCE_FIELDS

SOURCE_FIELDS = (*MENTION_SOURCE_FIELDS, "extra_json")
# What the search index holds (desktop.storage.mention_index): a changed row is re-indexed
# only when one of these changed.
INDEXED_FIELDS = ("title", "text", "author")

# The staging table the import's model readings go in (storage.triage.write_staged_scores).
STAGED_SCORES = "model_scores"
STAGED_SCORES_COLUMNS = (
    "(row INTEGER PRIMARY KEY, label TEXT, conf REAL, p_neg REAL, issue TEXT, issue_conf REAL)"
)


def _differs(fields: tuple[str, ...]) -> str:
    return " OR ".join(f"m.{c} IS NOT r.{c}" for c in fields)


def classify_staged(db: Database) -> dict[str, int]:
    """Match staged keys with mentions ('changed' or 'same', and whether the indexed text
    changed); returns how many staged rows are in each state."""
    conn = db.conn
    conn.execute(
        "UPDATE stage.rows AS r SET mention_id = m.id, state = CASE WHEN "
        + _differs(SOURCE_FIELDS)
        + " THEN 'changed' ELSE 'same' END, reindex = ("
        + _differs(INDEXED_FIELDS)
        + ") FROM main.mentions AS m WHERE m.key = r.key AND r.state = 'new'"
    )
    return dict(conn.execute("SELECT state, count(*) FROM stage.rows GROUP BY state"))


def known_rows_changed(db: Database) -> bool:
    """Whether a row staged as 'known' no longer matches its mention (it was deleted, or
    changed by another import, while the file was parsed)."""
    return (
        db.conn.execute(
            "SELECT 1 FROM stage.rows AS r WHERE r.state = 'known' AND NOT EXISTS ("
            " SELECT 1 FROM main.mentions AS m WHERE m.id = r.mention_id"
            " AND m.key = r.key AND m.row_hash = r.row_hash) LIMIT 1"
        ).fetchone()
        is not None
    )


def mention_count(db: Database) -> int:
    count: int = db.conn.execute("SELECT count(*) FROM main.mentions").fetchone()[0]
    return count


def insert_new(db: Database, import_id: int, *, at: str, expected: int) -> int | None:
    """Insert the 'new' rows in file order; returns the id of the first, or None when the
    `expected` rows did not get consecutive ids after the largest one."""
    conn = db.conn
    columns = ", ".join(SOURCE_FIELDS)
    last_id = conn.execute("SELECT coalesce(max(id), 0) FROM main.mentions").fetchone()[0]
    # The model read the new rows before the merge (desktop.services.triage.score_staged):
    # its reading goes in with them, shown where the sheet had no sentiment of its own. When
    # it did not (it failed), the table is empty and the after-import step reads them.
    conn.execute(f"CREATE TABLE IF NOT EXISTS stage.{STAGED_SCORES} {STAGED_SCORES_COLUMNS}")
    conn.execute(
        f"INSERT INTO main.mentions (key, {columns}, sentiment, sentiment_by,"
        " sentiment_confidence, model_sentiment, negative_probability, issue_type,"
        " issue_type_by, issue_type_confidence, contact, row_hash, import_id,"
        " imported_at, updated_at)"
        f" SELECT r.key, {', '.join(f'r.{c}' for c in SOURCE_FIELDS)},"
        " CASE WHEN r.sentiment = 'unknown' AND s.label IS NOT NULL THEN s.label"
        " ELSE r.sentiment END,"
        " CASE WHEN r.sentiment != 'unknown' THEN 'import'"
        " WHEN s.label IS NOT NULL THEN 'model' ELSE '' END,"
        " CASE WHEN r.sentiment = 'unknown' THEN s.conf END,"
        " coalesce(s.label, ''), s.p_neg, coalesce(s.issue, ''),"
        " CASE WHEN coalesce(s.issue, '') != '' THEN 'model' ELSE '' END,"
        " CASE WHEN coalesce(s.issue, '') != '' THEN s.issue_conf END,"
        " r.contact, r.row_hash, ?, ?, ?"
        f" FROM stage.rows AS r LEFT JOIN stage.{STAGED_SCORES} AS s ON s.row = r.rowid"
        " WHERE r.state = 'new' ORDER BY r.rowid",  # = row_number order
        [import_id, at, at],
    )
    # New rows take the ids after the largest (rowid order = file order), so the index can
    # number their tokens without looking each key up again.
    if conn.execute("SELECT max(id) FROM main.mentions").fetchone()[0] != last_id + expected:
        return None
    first_id: int = last_id + 1
    return first_id


def changed_to_reindex(db: Database) -> list[int]:
    """Mentions whose indexed text the staged rows change."""
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT mention_id FROM stage.rows WHERE state = 'changed' AND reindex"
        )
    ]


def update_changed(db: Database, *, at: str) -> None:
    """Changed rows take their new source fields; the sentiment and contact only where the
    user left them empty (a person's label stays; a model suggestion stays unless the sheet
    now has a value of its own)."""
    assignments = ", ".join(f"{c} = r.{c}" for c in SOURCE_FIELDS)
    db.conn.execute(
        f"UPDATE main.mentions AS m SET {assignments}, sentiment = CASE"
        " WHEN m.sentiment_by = 'person' THEN m.sentiment"
        " WHEN m.sentiment_by = 'model' AND r.sentiment = 'unknown' THEN m.sentiment"
        " ELSE r.sentiment END,"
        " sentiment_by = CASE WHEN m.sentiment_by = 'person' THEN m.sentiment_by"
        " WHEN m.sentiment_by = 'model' AND r.sentiment = 'unknown' THEN m.sentiment_by"
        " WHEN r.sentiment != 'unknown' THEN 'import' ELSE '' END,"
        " contact = CASE WHEN m.contact = '' THEN r.contact ELSE m.contact END,"
        # New words, or the sheet took its value back: the model reads the mention again
        # (after_import scores unread rows).
        " model_sentiment = CASE WHEN m.text IS NOT r.text OR m.title IS NOT r.title"
        " OR (m.sentiment_by = 'import' AND r.sentiment = 'unknown')"
        " THEN '' ELSE m.model_sentiment END,"
        " row_hash = r.row_hash, updated_at = ?"
        " FROM stage.rows AS r WHERE r.state = 'changed' AND m.id = r.mention_id",
        [at],
    )


def copy_rejects(db: Database, import_id: int) -> None:
    """The staged rejects, kept with the import."""
    db.conn.execute(
        "INSERT INTO main.import_rejects(import_id, row_number, reason, raw_json)"
        " SELECT ?, row_number, reason, raw_json FROM stage.rejects ORDER BY row_number",
        [import_id],
    )
