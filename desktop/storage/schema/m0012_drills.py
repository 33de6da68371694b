"""Tabletop drills (issue 16).

`drills` is the real workspace's record of finished drills: one row per drill, written once
when it is finished (its measures, findings and lessons); nothing of a running drill ever
reaches the real file. `drill_session` has its one row only in a DRILL COPY (a separate file
in the app's data folder): the clock, the injects still to come and the link back to the
real workspace. Its presence is what marks a file as a drill copy.
"""

from sqlite_utils import Database


def apply(db: Database) -> None:
    for statement in (
        """
        CREATE TABLE drills (
            id INTEGER PRIMARY KEY,
            source_kind TEXT NOT NULL,        -- 'case' | 'reference' | 'scenario'
            source_ref TEXT NOT NULL,         -- case id, reference key or scenario key
            title TEXT NOT NULL,
            scenario TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL,
            plan_id INTEGER,                  -- the plan tested (plans table), if any
            speed REAL NOT NULL,
            started_at TEXT NOT NULL,         -- wall time
            finished_at TEXT NOT NULL,        -- wall time
            drill_minutes INTEGER NOT NULL,   -- drill time covered
            injects_total INTEGER NOT NULL,
            injects_delivered INTEGER NOT NULL,
            measures_json TEXT NOT NULL,
            lessons_json TEXT NOT NULL DEFAULT '[]',
            timeline_json TEXT NOT NULL DEFAULT '[]', -- what the team did, in drill time
            participants TEXT NOT NULL DEFAULT '',
            copy_path TEXT NOT NULL DEFAULT '',
            finished_by TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE drill_session (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            real_path TEXT NOT NULL,
            state_json TEXT NOT NULL
        )
        """,
    ):
        db.execute(statement)
