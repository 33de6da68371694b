"""Parsing a sheet into the staging file: in an isolated child with limits (DESIGN.md §8)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlite_utils import Database

from desktop.core.progress import Progress
from desktop.services.importing.isolation import Limits, run_isolated
from desktop.sheets.pipeline import KNOWN_TABLE, Options, ParseSummary, parse_to_staging

PARSE_LIMITS = Limits(memory_bytes=1536 * 1024 * 1024, timeout_seconds=600.0)
# Processes converting rows in the isolated child (the child forks one more on big files).
PARSE_WORKERS = 2 if (os.cpu_count() or 1) >= 2 else 1


def parse_file(
    db: Database,
    path_arg: str | None,
    staging: Path,
    options: Options,
    progress: Progress,
    limits: Limits | None,
    *,
    known: bool,
) -> ParseSummary:
    if known:
        stage_known_rows(db, staging)
    if options.pasted_rows is not None:
        summary = parse_to_staging(path_arg, str(staging), options, progress=progress)
    else:
        summary = run_isolated(
            parse_to_staging,
            path_arg,
            str(staging),
            options,
            progress=progress,
            limits=limits or PARSE_LIMITS,
            workers=PARSE_WORKERS,
        )
    progress.check()
    return summary


def stage_known_rows(db: Database, staging: Path) -> None:
    """Hand the child the row hashes the workspace holds (hash → key, id), in the staging
    file: rows it has imported before are then staged by key only, without converting."""
    conn = db.conn
    conn.execute("ATTACH DATABASE ? AS stage", [str(staging)])
    try:
        conn.execute("PRAGMA stage.journal_mode = OFF")
        conn.execute("PRAGMA stage.synchronous = OFF")
        conn.execute(f"CREATE TABLE stage.{KNOWN_TABLE} (hash INTEGER, key TEXT, id INTEGER)")
        conn.execute(
            f"INSERT INTO stage.{KNOWN_TABLE} SELECT row_hash, key, id FROM main.mentions"
            " WHERE row_hash IS NOT NULL"
        )
    finally:
        conn.execute("DETACH DATABASE stage")
