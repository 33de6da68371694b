"""Mentions, import batches and rejected rows (owned by the mention-sheets issue)."""

from sqlite_utils import Database


def apply(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            sha256 TEXT,
            sheet TEXT,
            preset TEXT,
            mapping_json TEXT NOT NULL DEFAULT '{}',
            rows_read INTEGER NOT NULL DEFAULT 0,
            inserted INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'done',
            started_at TEXT NOT NULL,
            finished_at TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            platform TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            author_id TEXT NOT NULL DEFAULT '',
            followers INTEGER,
            posted_at TEXT,
            title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            reposts INTEGER,
            comments INTEGER,
            likes INTEGER,
            region TEXT NOT NULL DEFAULT '',
            external_id TEXT NOT NULL DEFAULT '',
            keyword TEXT NOT NULL DEFAULT '',
            vendor_sentiment TEXT NOT NULL DEFAULT '',
            sentiment TEXT NOT NULL DEFAULT 'unknown',
            sentiment_by TEXT NOT NULL DEFAULT '',
            issue_type TEXT NOT NULL DEFAULT '',
            nature TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'new',
            owner TEXT NOT NULL DEFAULT '',
            reply_text TEXT NOT NULL DEFAULT '',
            replied_at TEXT,
            follow_up_due TEXT,
            contact TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            case_id INTEGER,
            import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            extra_json TEXT NOT NULL DEFAULT '{}',
            row_hash INTEGER,  -- the source row it came from (imports skip rows seen before)
            imported_at TEXT,
            updated_at TEXT
        )
        """
    )
    # No index on sentiment alone: mentions_sentiment_posted below starts with it and serves
    # every sentiment filter (one index fewer to maintain on each imported row).
    for column in (
        "posted_at",
        "status",
        "platform",
        "case_id",
        "import_id",
        "owner",
        "issue_type",
        "followers",
    ):
        db.execute(f"CREATE INDEX mentions_{column} ON mentions({column})")
    # The triage queue: negative mentions still waiting for an answer, newest first.
    db.execute("CREATE INDEX mentions_sentiment_posted ON mentions(sentiment, posted_at)")
    db.execute("CREATE INDEX mentions_triage ON mentions(sentiment, status, posted_at)")
    # Search hits are ids from the FTS index; their dates come from this narrow covering index
    # instead of the wide rows (fewer pages per hit when sorting newest first).
    db.execute("CREATE INDEX mentions_id_posted ON mentions(id, posted_at)")
    db.execute(
        """
        CREATE TABLE import_rejects (
            id INTEGER PRIMARY KEY,
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            row_number INTEGER NOT NULL,
            reason TEXT NOT NULL,
            raw_json TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute("CREATE INDEX import_rejects_import ON import_rejects(import_id)")
    db.execute(
        """
        CREATE TABLE import_presets (
            name TEXT PRIMARY KEY,
            mapping_json TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )
    # Search tokens (CJK bigrams + words, desktop.core.text) kept by mention_index.py. The
    # tokens arrive already split, lower-cased and separated by single spaces, so the `ascii`
    # tokenizer (splits on ASCII spaces/punctuation only) yields exactly those tokens and
    # builds ~40 % faster than unicode61; queries go through the same desktop.core.text code.
    db.execute("CREATE VIRTUAL TABLE mentions_fts USING fts5(tokens, tokenize = 'ascii')")
