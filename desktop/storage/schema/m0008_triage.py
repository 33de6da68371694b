"""Triage intelligence (issue 14): who said what about a mention's sentiment and issue type.

`sentiment_by` becomes the *source* of the value — `person`, `import` (the sheet's own
column) or `model` — and the person's name moves to `sentiment_user`. The model's own reading
is kept beside a person's label (`model_sentiment`, `negative_probability`), so the queue can
rank and the app can say how often it agreed. `triage_models` holds each per-workspace
adaptation (weights as a blob) with the honest figures behind it.
"""

from sqlite_utils import Database


def apply(db: Database) -> None:
    for statement in (
        "ALTER TABLE mentions ADD COLUMN sentiment_user TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE mentions ADD COLUMN sentiment_confidence REAL",
        "ALTER TABLE mentions ADD COLUMN model_sentiment TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE mentions ADD COLUMN negative_probability REAL",
        "ALTER TABLE mentions ADD COLUMN issue_type_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE mentions ADD COLUMN issue_type_confidence REAL",
        "ALTER TABLE mentions ADD COLUMN nature_flags TEXT NOT NULL DEFAULT ''",
        # A hand-set sentiment was marked with the user's name; it is now marked `person`.
        "UPDATE mentions SET sentiment_user = sentiment_by, sentiment_by = 'person'"
        " WHERE sentiment_by != ''",
        "UPDATE mentions SET sentiment_by = 'import'"
        " WHERE sentiment_by = '' AND sentiment != 'unknown'",
        "UPDATE mentions SET issue_type_by = 'person' WHERE issue_type != ''",
        """
        CREATE TABLE triage_models (
            kind TEXT PRIMARY KEY,            -- 'sentiment' | 'issue_type'
            trained_at TEXT NOT NULL,
            labels_used INTEGER NOT NULL DEFAULT 0,
            labels_at_training INTEGER NOT NULL DEFAULT 0,
            agreement REAL,                   -- on labels it was not trained on
            agreement_labels INTEGER NOT NULL DEFAULT 0,
            weights BLOB
        )
        """,
    ):
        db.execute(statement)
