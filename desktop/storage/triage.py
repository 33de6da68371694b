"""The triage columns' SQL: model suggestions written in bulk, the person's labels read as
training data, the per-workspace models (`triage_models`) and the counts by source.

Every write here is one or a few statements over a temporary table, whatever the number of
mentions (100,000 scored in well under a second of SQL); the caller holds the transaction.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop.core.severity import MentionFacts
from desktop.core.triage_vocab import BY_MODEL, BY_PERSON
from desktop.storage.bulk_update import REBUILD_FROM_ROWS, indexes_set_aside
from desktop.storage.mention_merge import STAGED_SCORES, STAGED_SCORES_COLUMNS
from desktop.storage.mention_query import (
    CONFIRMED_NEGATIVE_SQL,
    COUNTED_NEGATIVE_SQL,
    COUNTED_SQL,
    SUGGESTED_NEGATIVE_SQL,
)

# The counting rule, as the one SQL of it in storage/mention_query says it.
COUNTED = COUNTED_SQL
COUNTED_SUGGESTED_NEGATIVE = SUGGESTED_NEGATIVE_SQL
COUNTED_NEGATIVE = COUNTED_NEGATIVE_SQL
# Rows whose shown sentiment the model may (re)write: its own, or nobody said anything.
MODEL_MAY_WRITE = f"(sentiment_by = '{BY_MODEL}' OR (sentiment_by = '' AND sentiment = 'unknown'))"
ISSUE_MODEL_MAY_WRITE = f"(issue_type = '' OR issue_type_by = '{BY_MODEL}')"


# What the model reads of a row: the title leads the text.
_BODY = (
    "CASE WHEN coalesce(title, '') = '' THEN coalesce(text, '')"
    " ELSE title || ' ' || coalesce(text, '') END"
)


def _ids_clause(ids: Sequence[int] | None) -> tuple[str, list[Any]]:
    if ids is None:
        return "1", []
    listed = ids.tolist() if isinstance(ids, array) else [int(i) for i in ids]
    return "id IN (SELECT value FROM json_each(?))", [json.dumps(listed)]


def texts(
    db: Database, ids: Sequence[int] | None = None, *, unread_only: bool = False
) -> tuple[array[int], list[str]]:
    """(ids, text) of the mentions to read, in id order; the title leads the text.
    `unread_only`: only mentions the model has not read yet (new or with changed words)."""
    where, params = _ids_clause(ids)
    if unread_only:
        where += " AND model_sentiment = ''"
    rows = db.conn.execute(
        f"SELECT id, {_BODY} FROM mentions WHERE {where} ORDER BY id",
        params,
    ).fetchall()
    if not rows:
        return array("q"), []
    found, bodies = zip(*rows, strict=True)
    return array("q", found), list(bodies)


def staged_texts(staging: Path) -> tuple[list[int], list[str]]:
    """(rowid, text) of the staged rows that carry words (rows known from an earlier import
    are staged by key only), title first as in `texts`."""
    conn = sqlite3.connect(staging)
    try:
        rows = conn.execute(
            f"SELECT rowid, {_BODY} FROM rows"
            " WHERE coalesce(text, '') != '' OR coalesce(title, '') != '' ORDER BY rowid"
        ).fetchall()
    finally:
        conn.close()
    if not rows:
        return [], []
    found, bodies = zip(*rows, strict=True)
    return list(found), list(bodies)


def write_staged_scores(
    staging: Path,
    rows: Sequence[int],
    labels: Sequence[str],
    confidence: Sequence[float],
    p_negative: Sequence[float],
    issue_types: Sequence[str] | None = None,
    issue_confidence: Sequence[float | None] | None = None,
) -> None:
    """The model's readings of staged rows, kept in the staging file (not the workspace), so
    the merge inserts new mentions with them instead of rewriting 100,000 fresh rows after."""
    no_issues = issue_types is None or issue_confidence is None
    conn = sqlite3.connect(staging)
    try:
        conn.execute(f"DROP TABLE IF EXISTS {STAGED_SCORES}")
        conn.execute(f"CREATE TABLE {STAGED_SCORES} {STAGED_SCORES_COLUMNS}")
        conn.executemany(
            f"INSERT INTO {STAGED_SCORES} VALUES (?, ?, ?, ?, ?, ?)",
            zip(
                rows,
                labels,
                confidence,
                p_negative,
                [None] * len(rows) if no_issues else issue_types,  # type: ignore[arg-type]
                [None] * len(rows) if no_issues else issue_confidence,  # type: ignore[arg-type]
                strict=True,
            ),
        )
        conn.commit()
    finally:
        conn.close()


def unread_count(db: Database) -> int:
    """Mentions the model has not read yet (new, changed words, or from before it existed)."""
    return int(
        db.conn.execute("SELECT count(*) FROM mentions WHERE model_sentiment = ''").fetchone()[0]
    )


@dataclass(frozen=True)
class ScoreWrite:
    """What `write_scores` changed."""

    read: int  # mentions whose stored reading of the model changed
    suggested: int  # of them, mentions whose shown sentiment is now a new suggestion
    issue_types: int = 0  # mentions whose suggested issue type changed


# Per row of `mentions AS m` joined with `temp.triage_scores AS s`: what differs.
_READING_DIFFERS = "(m.model_sentiment IS NOT s.label OR m.negative_probability IS NOT s.p_neg)"
_SUGGESTION_DIFFERS = (
    f"({MODEL_MAY_WRITE} AND (m.sentiment IS NOT s.label OR NOT m.sentiment_by IS '{BY_MODEL}'"
    " OR m.sentiment_confidence IS NOT s.conf))"
)
_ISSUE_DIFFERS = (
    f"(s.issue IS NOT NULL AND {ISSUE_MODEL_MAY_WRITE} AND (m.issue_type IS NOT s.issue"
    " OR m.issue_type_confidence IS NOT s.issue_conf))"
)


def write_scores(
    db: Database,
    ids: Sequence[int],
    labels: Sequence[str],
    confidence: Sequence[float],
    p_negative: Sequence[float],
    updated_at: str,
    issue_types: Sequence[str] | None = None,
    issue_confidence: Sequence[float | None] | None = None,
) -> ScoreWrite:
    """Store the model's reading of every mention; show it as the mention's sentiment where
    no person and no sheet said anything (a label or the vendor's value is never
    overwritten); with `issue_types`, suggest those where the mention has none or only the
    model's ('' clears an old suggestion; its confidence is None then).

    One UPDATE … FROM a temporary table touches each changed row once (three passes over
    100,000 rows cost a second more), and only rows whose values differ are written; a big
    change of the shown sentiment rebuilds its indexes instead of moving 100,000 entries."""
    listed = ids.tolist() if isinstance(ids, array) else list(ids)
    no_issues = issue_types is None or issue_confidence is None
    db.execute("DROP TABLE IF EXISTS temp.triage_scores")
    db.execute(
        "CREATE TEMP TABLE triage_scores(id INTEGER PRIMARY KEY, label TEXT, conf REAL,"
        " p_neg REAL, issue TEXT, issue_conf REAL)"
    )
    db.conn.executemany(
        "INSERT INTO temp.triage_scores VALUES (?, ?, ?, ?, ?, ?)",
        zip(
            listed,
            labels,
            confidence,
            p_negative,
            [None] * len(listed) if no_issues else issue_types,  # type: ignore[arg-type]
            [None] * len(listed) if no_issues else issue_confidence,  # type: ignore[arg-type]
            strict=True,
        ),
    )
    read, suggested, issues = db.conn.execute(
        f"SELECT sum({_READING_DIFFERS}), sum({_SUGGESTION_DIFFERS}), sum({_ISSUE_DIFFERS})"
        " FROM temp.triage_scores AS s JOIN mentions AS m ON m.id = s.id"
    ).fetchone()
    read, suggested, issues = int(read or 0), int(suggested or 0), int(issues or 0)
    if read or suggested or issues:
        rebuilt = (("sentiment", suggested), ("issue_type", issues))
        columns = [column for column, rows in rebuilt if rows >= REBUILD_FROM_ROWS]
        with indexes_set_aside(db, "mentions", columns, max(suggested, issues)):
            db.conn.execute(
                "UPDATE mentions AS m SET model_sentiment = s.label,"
                " negative_probability = s.p_neg,"
                f" sentiment = CASE WHEN {_SUGGESTION_DIFFERS} THEN s.label ELSE m.sentiment END,"
                f" sentiment_by = CASE WHEN {_SUGGESTION_DIFFERS} THEN '{BY_MODEL}'"
                " ELSE m.sentiment_by END,"
                f" sentiment_confidence = CASE WHEN {_SUGGESTION_DIFFERS} THEN s.conf"
                " ELSE m.sentiment_confidence END,"
                f" issue_type = CASE WHEN {_ISSUE_DIFFERS} THEN s.issue ELSE m.issue_type END,"
                f" issue_type_by = CASE WHEN NOT {_ISSUE_DIFFERS} THEN m.issue_type_by"
                f" WHEN s.issue = '' THEN '' ELSE '{BY_MODEL}' END,"
                f" issue_type_confidence = CASE WHEN {_ISSUE_DIFFERS} THEN s.issue_conf"
                " ELSE m.issue_type_confidence END,"
                f" updated_at = CASE WHEN {_SUGGESTION_DIFFERS} OR {_ISSUE_DIFFERS} THEN ?"
                " ELSE m.updated_at END"
                " FROM temp.triage_scores AS s WHERE m.id = s.id AND"
                f" ({_READING_DIFFERS} OR {_SUGGESTION_DIFFERS} OR {_ISSUE_DIFFERS})",
                [updated_at],
            )
    db.execute("DROP TABLE temp.triage_scores")
    return ScoreWrite(read, suggested, issues)


# -- a person's labels: the training data -----------------------------------------------------


def person_sentiment_labels(db: Database, per_label: int) -> tuple[list[str], list[str]]:
    """(texts, labels) of the newest `per_label` mentions a person labelled with each of
    neg/neu/pos: a select-all keypress on 60,000 rows does not drown the other labels."""
    texts: list[str] = []
    labels: list[str] = []
    for label in ("neg", "neu", "pos"):
        for title, text in db.conn.execute(
            "SELECT title, text FROM mentions"
            f" WHERE sentiment_by = '{BY_PERSON}' AND sentiment = ?"
            " ORDER BY updated_at DESC NULLS LAST, id DESC LIMIT ?",
            [label, per_label],
        ):
            texts.append(f"{title} {text}" if title else (text or ""))
            labels.append(label)
    return texts, labels


def person_sentiment_label_count(db: Database) -> int:
    return int(
        db.conn.execute(
            "SELECT count(*) FROM mentions"
            f" WHERE sentiment_by = '{BY_PERSON}' AND sentiment IN ('neg', 'neu', 'pos')"
        ).fetchone()[0]
    )


def person_issue_type_labels(db: Database, limit: int) -> tuple[list[str], list[str]]:
    """(texts, issue type) of the newest mentions a person gave an issue type."""
    rows = db.conn.execute(
        "SELECT title, text, issue_type FROM mentions"
        f" WHERE issue_type_by = '{BY_PERSON}' AND issue_type != ''"
        " ORDER BY updated_at DESC NULLS LAST, id DESC LIMIT ?",
        [limit],
    ).fetchall()
    return (
        [f"{title} {text}" if title else (text or "") for title, text, _ in rows],
        [str(issue) for _, _, issue in rows],
    )


# -- triage_models: one adaptation per kind ------------------------------------------------------


@dataclass(frozen=True)
class StoredModel:
    kind: str
    trained_at: str
    labels_used: int
    labels_at_training: int
    agreement: float | None
    agreement_labels: int
    weights: bytes | None


def stored_model(db: Database, kind: str) -> StoredModel | None:
    row = db.conn.execute(
        "SELECT kind, trained_at, labels_used, labels_at_training, agreement,"
        " agreement_labels, weights FROM triage_models WHERE kind = ?",
        [kind],
    ).fetchone()
    if row is None:
        return None
    return StoredModel(
        str(row[0]),
        str(row[1]),
        int(row[2]),
        int(row[3]),
        None if row[4] is None else float(row[4]),
        int(row[5]),
        None if row[6] is None else bytes(row[6]),
    )


def save_model(db: Database, model: StoredModel) -> None:
    db.conn.execute(
        "INSERT OR REPLACE INTO triage_models(kind, trained_at, labels_used,"
        " labels_at_training, agreement, agreement_labels, weights) VALUES (?,?,?,?,?,?,?)",
        [
            model.kind,
            model.trained_at,
            model.labels_used,
            model.labels_at_training,
            model.agreement,
            model.agreement_labels,
            model.weights,
        ],
    )


# -- counts ----------------------------------------------------------------------------------


def sentiment_counts_by_source(db: Database) -> list[tuple[str, str, bool, int]]:
    """(sentiment, source, counted, n): source is person/import/model/'' and `counted` says
    whether the counting rule counts it (always for a person's or the sheet's value)."""
    return [
        (str(sentiment), str(by), bool(counted), int(n))
        for sentiment, by, counted, n in db.conn.execute(
            f"SELECT sentiment, sentiment_by, {COUNTED}, count(*) FROM mentions"
            f" GROUP BY sentiment, sentiment_by, {COUNTED}"
        )
    ]


def case_negative_sources(db: Database, case_id: int) -> tuple[int, int, int]:
    """(confirmed, confident suggested, weak suggested) negatives linked to a case."""
    row = db.conn.execute(
        "SELECT"
        f" sum({CONFIRMED_NEGATIVE_SQL}),"
        f" sum({COUNTED_SUGGESTED_NEGATIVE}),"
        f" sum(sentiment = 'neg' AND sentiment_by = '{BY_MODEL}' AND NOT {COUNTED_SUGGESTED_NEGATIVE})"
        " FROM mentions WHERE case_id = ?",
        [case_id],
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)


def case_counting_facts(db: Database, case_id: int) -> list[MentionFacts]:
    """What the severity suggestion weighs for each linked mention, with the counting rule
    applied: a model's negative without the confidence to be counted weighs as unknown."""
    return [
        MentionFacts(
            sentiment=str(sentiment or "unknown") if counted else "unknown",
            followers=None if followers in (None, "") else int(followers),
            author=str(author or ""),
            posted_at=None if posted_at is None else str(posted_at),
            text=str(text or ""),
            title=str(title or ""),
        )
        for sentiment, counted, followers, author, posted_at, text, title in db.conn.execute(
            f"SELECT sentiment, {COUNTED}, followers, author, posted_at, text, title"
            " FROM mentions WHERE case_id = ?",
            [case_id],
        )
    ]


def kb_issue_examples(db: Database) -> list[tuple[str, str, str]]:
    """(category name, examples, keywords) of the 问答库 entries in use: the category a
    seeded entry is filed under is its issue type's label (scenario → issue type)."""
    return [
        (str(name or ""), str(examples or ""), str(keywords or ""))
        for name, examples, keywords in db.conn.execute(
            "SELECT c.name, e.examples, e.keywords FROM kb_entries AS e"
            " JOIN kb_categories AS c ON c.id = e.category_id WHERE e.status != 'retired'"
        )
    ]


def issue_type_setting(db: Database) -> list[dict[str, str]] | None:
    """The workspace's issue-type list as stored in its settings (None: the default list)."""
    row = db.conn.execute("SELECT settings_json FROM workspace WHERE id = 1").fetchone()
    settings = json.loads(row[0]) if row and row[0] else {}
    stored = settings.get("issue_types") if isinstance(settings, dict) else None
    return stored if isinstance(stored, list) else None
