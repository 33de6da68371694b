"""Listening (issue 15): watch groups (keyword rules), which mentions each group matches,
and alerts (预警).

`mention_watch` is kept by the matcher: after every import for the new mentions, and for all
mentions when a group's rule changes, so the log can filter by group with one indexed join.
An alert's `dedup_key` (kind + group + burst window start) is UNIQUE: the same burst is never
raised twice, however often evaluation runs. `at` is the post time of the burst (imports are
late batches), `raised_at` the wall time the app noticed it.
"""

from sqlite_utils import Database


def apply(db: Database) -> None:
    for statement in (
        """
        CREATE TABLE watch_groups (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'topic',
            rule TEXT NOT NULL DEFAULT '',
            enabled INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            matched_at TEXT               -- when every mention was last matched against it
        )
        """,
        """
        CREATE TABLE mention_watch (
            group_id INTEGER NOT NULL REFERENCES watch_groups(id) ON DELETE CASCADE,
            mention_id INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
            PRIMARY KEY (group_id, mention_id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX mention_watch_mention ON mention_watch(mention_id)",
        """
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            dedup_key TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,              -- post time of the burst (window start)
            window_end TEXT,               -- post time the burst window ends
            raised_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            reason_json TEXT NOT NULL DEFAULT '{}',
            mention_ids_json TEXT NOT NULL DEFAULT '[]',
            group_id INTEGER REFERENCES watch_groups(id) ON DELETE SET NULL,
            case_id INTEGER,
            acknowledged_by TEXT,
            acknowledged_at TEXT,
            snoozed_until TEXT,
            snoozed_by TEXT
        )
        """,
        "CREATE INDEX alerts_at ON alerts(at)",
        "CREATE INDEX alerts_open ON alerts(acknowledged_at, at)",
    ):
        db.execute(statement)
