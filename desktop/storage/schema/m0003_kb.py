"""The response knowledge base (问答库) (owned by the knowledge-base issue)."""

from sqlite_utils import Database


def apply(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE kb_entries (
            id INTEGER PRIMARY KEY,
            category TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            examples TEXT NOT NULL DEFAULT '',
            keywords TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            language TEXT NOT NULL DEFAULT 'zh-CN',
            approved_by TEXT NOT NULL DEFAULT '',
            approved_at TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            usage_count INTEGER NOT NULL DEFAULT 0,
            last_used_at TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE kb_replies (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES kb_entries(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT 'generic',
            body TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX kb_replies_entry ON kb_replies(entry_id)")
    db.execute(
        """
        CREATE TABLE kb_versions (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES kb_entries(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            snapshot_json TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            UNIQUE(entry_id, version)
        )
        """
    )
