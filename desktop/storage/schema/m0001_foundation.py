"""Workspace meta, audit trail, attachments and autosave drafts."""

from sqlite_utils import Database


def apply(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE workspace (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            brand TEXT NOT NULL DEFAULT '',
            client TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            settings_json TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute(
        """
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            object_type TEXT NOT NULL,
            object_id TEXT,
            before_json TEXT,
            after_json TEXT
        )
        """
    )
    db.execute("CREATE INDEX audit_object ON audit(object_type, object_id)")
    db.execute(
        """
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            owner_type TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            name TEXT NOT NULL,
            mime TEXT NOT NULL DEFAULT 'application/octet-stream',
            data BLOB NOT NULL,
            added_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX attachments_owner ON attachments(owner_type, owner_id)")
    db.execute(
        """
        CREATE TABLE drafts (
            key TEXT PRIMARY KEY,
            body_json TEXT NOT NULL,
            saved_at TEXT NOT NULL
        )
        """
    )
