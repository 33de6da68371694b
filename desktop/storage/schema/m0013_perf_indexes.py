"""An index on who wrote a mention (issue 14: author profiles and the repeat-complainer list
on 100k mentions). Without it a profile scans every row of the author's platform
(platform = ? AND (author_id = ? OR (author_id = '' AND author = ?))) and the list groups the
whole table; with it both are index lookups per author (bench/bench_queue.py).

One index, not more: each costs every big import its rebuild (storage/deferred_indexes).
"""

from sqlite_utils import Database


def apply(db: Database) -> None:
    db.execute("CREATE INDEX mentions_author ON mentions(platform, author_id, author)")
