"""The response knowledge base (问答库) (owned by the knowledge-base issue).

An entry's working copy lives in `kb_entries` + `kb_replies`; every save is also a row of
`kb_versions` (a JSON snapshot). `approved_version` points at the snapshot that is in use while
a newer draft is edited, so an approved script never changes under the user's feet.
"""

from sqlite_utils import Database


def apply(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE kb_categories (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES kb_categories(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            key TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX kb_categories_parent ON kb_categories(parent_id)")
    db.execute(
        """
        CREATE TABLE kb_entries (
            id INTEGER PRIMARY KEY,
            category_id INTEGER REFERENCES kb_categories(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            examples TEXT NOT NULL DEFAULT '',
            keywords TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'zh-CN'
                CHECK (language IN ('zh-CN', 'zh-TW', 'en')),
            tone_note TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'in_review', 'approved', 'retired')),
            version INTEGER NOT NULL DEFAULT 1,
            approved_version INTEGER,
            approved_by TEXT NOT NULL DEFAULT '',
            approved_at TEXT,
            approval_id INTEGER,
            usage_count INTEGER NOT NULL DEFAULT 0,
            last_used_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT ''
        )
        """
    )
    for column in ("category_id", "status", "language", "usage_count", "last_used_at"):
        db.execute(f"CREATE INDEX kb_entries_{column} ON kb_entries({column})")
    db.execute("CREATE INDEX kb_entries_title ON kb_entries(title, language)")  # Excel import
    db.execute(
        """
        CREATE TABLE kb_replies (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES kb_entries(id) ON DELETE CASCADE,
            kind TEXT NOT NULL
                CHECK (kind IN ('public', 'private', 'holding', 'statement')),
            channel TEXT NOT NULL DEFAULT 'generic',
            body TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
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
            note TEXT NOT NULL DEFAULT '',
            UNIQUE(entry_id, version)
        )
        """
    )
    # Search tokens (CJK bigrams + words, desktop.core.text) over title, examples, keywords and
    # replies of the working copy; rowid = kb_entries.id.
    db.execute("CREATE VIRTUAL TABLE kb_fts USING fts5(tokens, tokenize = 'unicode61')")
    # The reply composer records which script a reply came from (DESIGN.md §2).
    db.execute("ALTER TABLE mentions ADD COLUMN reply_entry_id INTEGER")
    db.execute("ALTER TABLE mentions ADD COLUMN reply_version INTEGER")
    db.execute(
        "ALTER TABLE mentions ADD COLUMN reply_is_approved_script INTEGER NOT NULL DEFAULT 0"
    )
    db.execute("ALTER TABLE mentions ADD COLUMN reply_channel TEXT NOT NULL DEFAULT ''")
    # Cheap change detection for the suggestion index (services/suggest.py).
    db.execute("CREATE INDEX mentions_replied_at ON mentions(replied_at)")
