"""Indexes a big import builds again after its merge (desktop.storage.deferred_indexes)."""

from sqlite_utils import Database


def apply(db: Database) -> None:
    db.execute("CREATE TABLE deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL)")
