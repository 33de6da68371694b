"""Covering indexes for the 首页 dashboard and the reports (issue 15: every panel ≤ 300 ms on
1M mentions). Without them each panel reads the wide rows of every mention in its range
(~1 s for 30 days of a 1M-mention year, bench/bench_overview.py); with them the counts are
answered from the index alone:

- by posting time: volume by sentiment (with its source and confidence), the reply times
  by platform and owner, and the top authors' mentions in the range;
- by sentiment then time: negatives by issue type and month, and unanswered negatives past
  the response window.

Two indexes, not one per panel: each costs every big import its rebuild (+~0.35 s per 100k
rows each, storage/deferred_indexes).
"""

from sqlite_utils import Database


def apply(db: Database) -> None:
    for statement in (
        "CREATE INDEX mentions_overview_time ON mentions(posted_at, sentiment, sentiment_by,"
        " sentiment_confidence, replied_at, platform, owner, author)",
        "CREATE INDEX mentions_overview_sentiment ON mentions(sentiment, posted_at,"
        " sentiment_by, sentiment_confidence, issue_type, status)",
    ):
        db.execute(statement)
