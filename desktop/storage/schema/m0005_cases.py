"""Crisis cases, their timeline and statements (owned by the cases issue)."""

from sqlite_utils import Database


def apply(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            closed_at TEXT,
            scenario TEXT NOT NULL DEFAULT 'other',
            cause TEXT NOT NULL DEFAULT '',
            nature TEXT NOT NULL DEFAULT '',
            scope TEXT NOT NULL DEFAULT '',
            severity TEXT NOT NULL DEFAULT 'IV',
            severity_reason TEXT NOT NULL DEFAULT '',
            phase TEXT NOT NULL DEFAULT 'detected',
            owner TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT '',
            lessons TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE case_events (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            by TEXT NOT NULL DEFAULT '',
            approval_id INTEGER REFERENCES approvals(id) ON DELETE SET NULL
        )
        """
    )
    db.execute("CREATE INDEX case_events_case ON case_events(case_id, at)")
    db.execute(
        """
        CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'official',
            body TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            version INTEGER NOT NULL DEFAULT 1,
            published_at TEXT
        )
        """
    )
