"""Crisis cases, their timeline, statements, review and follow-up actions (owned by the cases
issue). Linked mentions are `mentions.case_id`."""

from sqlite_utils import Database


def apply(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            detected_at TEXT,
            closed_at TEXT,
            scenario TEXT NOT NULL DEFAULT 'other',
            cause TEXT NOT NULL DEFAULT '',
            nature TEXT NOT NULL DEFAULT '',
            scope_platforms TEXT NOT NULL DEFAULT '',
            scope_regions TEXT NOT NULL DEFAULT '',
            scope_media TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            phase TEXT NOT NULL DEFAULT 'detected',
            summary TEXT NOT NULL DEFAULT '',
            suggested_severity TEXT NOT NULL DEFAULT '',
            severity_factors_json TEXT NOT NULL DEFAULT '[]',
            severity TEXT NOT NULL DEFAULT '',
            severity_reason TEXT NOT NULL DEFAULT '',
            severity_set_by TEXT NOT NULL DEFAULT '',
            severity_set_at TEXT,
            response_target_minutes INTEGER,
            outcome TEXT NOT NULL DEFAULT '',
            what_worked TEXT NOT NULL DEFAULT '',
            what_failed TEXT NOT NULL DEFAULT '',
            root_cause TEXT NOT NULL DEFAULT '',
            lessons TEXT NOT NULL DEFAULT '',
            reference_key TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL DEFAULT '',
            updated_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX cases_phase ON cases(phase)")
    db.execute(
        """
        CREATE TABLE case_events (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            by TEXT NOT NULL DEFAULT '',
            auto INTEGER NOT NULL DEFAULT 0,
            statement_id INTEGER,
            approval_id INTEGER REFERENCES approvals(id) ON DELETE SET NULL,
            created_at TEXT
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
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'approved', 'published')),
            version INTEGER NOT NULL DEFAULT 1,
            kb_entry_id INTEGER,
            created_by TEXT NOT NULL DEFAULT '',
            created_at TEXT,
            updated_at TEXT,
            published_at TEXT,
            published_by TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX statements_case ON statements(case_id)")
    db.execute(
        """
        CREATE TABLE statement_versions (
            id INTEGER PRIMARY KEY,
            statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            body TEXT NOT NULL,
            changed_by TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL,
            UNIQUE(statement_id, version)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE case_actions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            done_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX case_actions_case ON case_actions(case_id)")
