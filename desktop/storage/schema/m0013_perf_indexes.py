"""Two indexes for speed on big workspaces (issues 14 and 15):

- who wrote a mention: without it an author profile scans every row of the author's platform
  and the repeat-complainer list sums the whole table; with it both are index lookups per
  author (bench/bench_queue.py);
- negatives by issue type, then time (with the counting rule's columns): the dashboard's
  12-month trend counts each issue type's month as one index range instead of summing a
  dozen issue types on every negative of the year (bench/bench_overview.py).

And one made wider, not added: `mentions_triage` (sentiment, status, posted_at) gains the
counting rule's columns, so the 首页's "unanswered negatives past the window" is read from the
index alone (it looked up every old unanswered negative's row, or scanned all negatives).

Only these: each index costs every big import its rebuild (storage/deferred_indexes).
"""

from sqlite_utils import Database


def apply(db: Database) -> None:
    for statement in (
        "CREATE INDEX mentions_author ON mentions(platform, author_id, author)",
        "CREATE INDEX mentions_issue_month ON mentions(sentiment, issue_type, posted_at,"
        " sentiment_by, sentiment_confidence)",
        "DROP INDEX IF EXISTS mentions_triage",
        "CREATE INDEX mentions_triage ON mentions(sentiment, status, posted_at, sentiment_by,"
        " sentiment_confidence)",
    ):
        db.execute(statement)
