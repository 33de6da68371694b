"""The ordered list of schema migrations; `PRAGMA user_version` records how far a file is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.storage.schema import (
    m0001_foundation,
    m0002_mentions,
    m0003_kb,
    m0004_roster,
    m0005_cases,
    m0006_search_index,
    m0007_deferred_indexes,
    m0008_triage,
    m0009_listening,
    m0010_overview_indexes,
    m0011_plans,
    m0012_drills,
    m0013_perf_indexes,
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Database], None]


MIGRATIONS: list[Migration] = [
    Migration(1, "foundation", m0001_foundation.apply),
    Migration(2, "mentions", m0002_mentions.apply),
    Migration(3, "knowledge base", m0003_kb.apply),
    Migration(4, "roster", m0004_roster.apply),
    Migration(5, "cases", m0005_cases.apply),
    Migration(6, "search index without a copy of its tokens", m0006_search_index.apply),
    Migration(7, "indexes built again after a big import", m0007_deferred_indexes.apply),
    Migration(8, "triage: sentiment sources, suggestions, models", m0008_triage.apply),
    Migration(9, "listening: watch groups and alerts", m0009_listening.apply),
    Migration(10, "overview: covering indexes for the dashboard", m0010_overview_indexes.apply),
    Migration(11, "contingency plans, their drills and activation on a case", m0011_plans.apply),
    Migration(12, "drills: finished drills, a drill copy's session", m0012_drills.apply),
    Migration(
        13,
        "indexes on the author and on negatives by issue type (speed)",
        m0013_perf_indexes.apply,
    ),
]


def latest_version(migrations: list[Migration] | None = None) -> int:
    return (migrations or MIGRATIONS)[-1].version


def pending(current: int, migrations: list[Migration] | None = None) -> list[Migration]:
    return [m for m in (migrations or MIGRATIONS) if m.version > current]


def migrate(db: Database, migrations: list[Migration] | None = None) -> list[Migration]:
    """Apply each pending migration in its own transaction, version bump included.

    A kill in the middle leaves the file at the old version with the old schema intact.
    """
    current = db.execute("PRAGMA user_version").fetchone()[0]
    applied = []
    for migration in pending(current, migrations):
        with db.atomic():
            migration.apply(db)
            db.execute(f"PRAGMA user_version = {int(migration.version)}")
        applied.append(migration)
    return applied
