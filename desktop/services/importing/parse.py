"""Parsing a sheet into the staging file, mostly in the isolated child (DESIGN.md §8).

The child's side: `parse_to_staging` reads the file (desktop.sheets.sources), converts its rows
(desktop.sheets.convert) into the staging file (desktop.storage.staging), on big files with a
forked second worker; `inspect` is the preview's. Both run in a fresh process started by
`isolation.run_isolated`, so this module imports no workspace code (no sqlite_utils, no Qt).
The app's side is `parse_file`: hand the child the known row hashes, run it, wait.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import UserError
from desktop.core.last_words import LastWords
from desktop.core.messages import msg, said
from desktop.core.progress import Progress
from desktop.core.values import is_fallback_key, occurrence_key, split_occurrence
from desktop.services.importing.isolation import Forked, Limits, run_isolated
from desktop.sheets.convert import (
    Converter,
    RowStager,
    StagedPart,
    flag_warnings,
    hash_base,
    key_digest,
)
from desktop.sheets.preflight import PreflightReport, preflight_xlsx
from desktop.sheets.sources import (
    HEADER_SCAN,
    Options,
    PreflightStarter,
    Source,
    had_sep_line,
    inspect_file,
    open_rows,
    resolve_header,
    too_many,
)
from desktop.storage import staging as staging_file

if TYPE_CHECKING:
    from sqlite_utils import Database

PARSE_LIMITS = Limits(memory_bytes=1536 * 1024 * 1024, timeout_seconds=600.0)
# Processes converting rows in the isolated child (the child forks one more on big files).
PARSE_WORKERS = 2 if (os.cpu_count() or 1) >= 2 else 1
# Below this many data rows a second worker costs more than it saves.
PARALLEL_MIN_ROWS = 20_000
# The forked worker first reads past the rows it skips and the child copies its rows in at
# the end: the child takes a little more than half so both finish together (measured).
FIRST_SHARE = 0.54


@dataclass
class ParseSummary:
    source: Source
    rows_read: int = 0
    staged: int = 0
    rejected: int = 0
    duplicates_in_file: int = 0
    told_apart: int = 0  # rows of the same fallback key kept apart by their occurrence
    blank_rows: int = 0
    flags: dict[str, int] = field(default_factory=dict)


# -- the app's side -----------------------------------------------------------------------------


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
    """Parse into `staging`: a file in the isolated child, a pasted table (text the app made
    itself) here. `known`: hand the child the row hashes the workspace holds first."""
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
            with_last_words=True,
            workers=PARSE_WORKERS,
        )
    progress.check()
    return summary


def stage_known_rows(db: Database, staging: Path) -> None:
    """Rows the workspace imported before are then staged by key only, without converting."""
    staging_file.put_known_rows(db.conn, staging)


# -- the child's side ---------------------------------------------------------------------------


def inspect(
    path: str | None,
    options: Options | None = None,
    *,
    progress: Progress | None = None,
    last_words: LastWords | None = None,
) -> Source:
    """The preview (desktop.sheets.sources.inspect_file), with the structure check in a helper
    while the sheet loads when this is an isolated child given `last_words`."""
    starter = _preflight_starter(last_words)
    return inspect_file(path, options, progress=progress, start_preflight=starter)


def parse_to_staging(
    path: str | None,
    staging: str,
    options: Options,
    *,
    progress: Progress | None = None,
    workers: int = 1,
    parallel_min_rows: int = PARALLEL_MIN_ROWS,
    last_words: LastWords | None = None,
) -> ParseSummary:
    """Read the file, convert every row and write `rows`/`rejects` into the staging file.

    `workers=2` (only in the isolated child, never in the app's own process) converts the
    second half of the rows in a forked worker that writes a staging file of its own, copied
    in at the end; where fork is missing, or the table is small, one process does it all.
    `last_words` (an isolated child's): the structure check of an .xlsx file runs in a helper
    while the sheet loads.
    """
    file = Path(path) if path else None
    source, rows, nul_rows = open_rows(file, options, progress, _preflight_starter(last_words))
    head: list[list[Any]] = []
    for row in rows:
        head.append(list(row))
        if len(head) >= HEADER_SCAN:
            break
    first, reference = resolve_header(source, head, options, file)
    converter = Converter(source, options, reference)
    summary = ParseSummary(source)
    row_offset = source.row_base
    if source.kind == "text" and had_sep_line(file):
        row_offset = 2
    try:
        writer = staging_file.StagingWriter.create(Path(staging))
    except sqlite3.OperationalError as exc:
        raise _disk_full() from exc
    try:
        stager = RowStager(
            source,
            options,
            converter,
            writer.known_rows(),
            hash_base(source, options, reference),
            nul_rows,
            row_offset,
        )

        def items() -> Iterator[tuple[int, list[Any]]]:
            return itertools.chain(
                itertools.islice(enumerate(head), first, None), enumerate(rows, start=len(head))
            )

        # Rows are read as they are converted (never all held as Python lists); the split
        # point comes from the row count the preflight/reader reported.
        expected = max(source.total_rows - source.row_base + 1, len(head))
        if workers > 1 and hasattr(os, "fork") and expected - first >= parallel_min_rows:
            middle = first + int((expected - first) * FIRST_SHARE)
            part = _stage_in_two(writer, Path(staging), stager, items(), middle, progress)
        else:
            part = stager.stage(writer, items(), progress)
        writer.commit()
    except sqlite3.OperationalError as exc:
        raise _disk_full() from exc
    finally:
        writer.close()
    if part.rows_read > options.row_cap:
        raise too_many(max(source.total_rows, part.rows_read), options.row_cap)
    summary.rows_read = part.rows_read
    summary.rejected = part.rejected
    summary.blank_rows = part.blank_rows
    summary.duplicates_in_file = part.duplicates_in_file
    summary.told_apart = part.told_apart
    summary.staged = len(part.seen)
    summary.flags = part.flags
    if summary.blank_rows:
        source.warnings.append(said("import.blank_rows", n=summary.blank_rows))
    source.warnings.extend(flag_warnings(summary.flags))
    if progress is not None:
        progress.report(summary.rows_read, source.total_rows, "读取完成", force=True)
    return summary


def _disk_full() -> UserError:
    return UserError(
        msg("import.disk_full"),
        hint=msg("import.disk_full.hint"),
    )


def _preflight_starter(last_words: LastWords | None) -> PreflightStarter | None:
    """Inside an isolated child that can fork: the check runs in a helper beside the load."""
    if last_words is None or not hasattr(os, "fork"):
        return None
    stopper = last_words

    def start(path: Path) -> Callable[[], PreflightReport]:
        return EarlyPreflight(path, stopper).result

    return start


def _preflight_or_stop(path: Path, last_words: LastWords) -> PreflightReport:
    try:
        return preflight_xlsx(path)
    except UserError as exc:
        last_words.stop_parent_with(exc)


class EarlyPreflight:
    """`preflight_xlsx` in a forked helper, so the sheet loads meanwhile (~0.6 s saved on a
    100k-row sheet). A file the preflight refuses stops this process through its
    `last_words` (an isolated child's, desktop.core.last_words); the report comes back
    through a pipe. If the helper cannot deliver, the preflight runs here instead."""

    def __init__(self, path: Path, last_words: LastWords) -> None:
        self.path = path
        self.helper = Forked(lambda: _preflight_or_stop(path, last_words))

    def result(self) -> PreflightReport:
        outcome = self.helper.outcome()
        if outcome is not None and outcome[0] == "ok" and isinstance(outcome[1], PreflightReport):
            return outcome[1]
        return preflight_xlsx(self.path)


def _stage_in_two(
    writer: staging_file.StagingWriter,
    staging: Path,
    stager: RowStager,
    items: Iterator[tuple[int, list[Any]]],
    middle: int,
    progress: Progress | None,
) -> StagedPart:
    """Rows before `middle` here, the rest in a forked worker writing `<staging>.part` (it
    reads past the first half from its copy of the reader, which shares the loaded sheet);
    then its rows are copied in and keys both halves staged keep only their later row."""
    part_path = staging.with_name(staging.name + ".part")
    parent = os.getpid()

    def second_half() -> StagedPart:
        def alive() -> None:
            if os.getppid() != parent:
                os._exit(1)

        worker_writer = staging_file.StagingWriter.create(part_path)
        try:
            part = stager.stage(
                worker_writer, itertools.dropwhile(lambda x: x[0] < middle, items), alive=alive
            )
            worker_writer.commit()
        finally:
            worker_writer.close()
        part.seen = {}
        part.occurrences = {}
        return part

    worker = Forked(second_half)
    try:
        mine = stager.stage(
            writer, itertools.takewhile(lambda x: x[0] < middle, items), progress, scale=2
        )
        outcome = worker.outcome()
        if outcome is None:
            raise RuntimeError("the second import worker died")
        kind, theirs = outcome
        if kind == "user-error":
            raise UserError(theirs[0], hint=theirs[1])
        if kind == "memory":
            raise MemoryError()
        if kind == "disk":
            raise _disk_full()
        if kind != "ok" or not isinstance(theirs, StagedPart):
            raise RuntimeError(f"the second import worker failed: {theirs}")
        writer.commit()
        with writer.attached_part(part_path):
            # Occurrences count over the whole file: the second half numbered its fallback
            # keys from 1, so they move up by what the first half counted of the same key.
            renamed = []
            moved_first = 0
            if mine.occurrences:
                for key, rowid in writer.part_keys():
                    if is_fallback_key(key):
                        base, occurrence = split_occurrence(key)
                        before = mine.occurrences.get(base, 0)
                        if before:
                            renamed.append((occurrence_key(base, before + occurrence), rowid))
                            moved_first += occurrence == 1
                writer.rename_part_keys(renamed)
            # The later row of a key wins: drop this half's row where the other half has it.
            stale = []
            for key, rowid in writer.part_keys():
                digest = key_digest(key)
                earlier = mine.seen.get(digest)
                if earlier is not None:
                    stale.append((earlier,))
                mine.seen[digest] = rowid
            writer.drop_rows(stale)
            writer.copy_part_in()
            writer.commit()
    finally:
        worker.stop()
        with contextlib.suppress(OSError):
            part_path.unlink()
    mine.rows_read += theirs.rows_read
    mine.rejected += theirs.rejected
    mine.blank_rows += theirs.blank_rows
    mine.duplicates_in_file += theirs.duplicates_in_file + len(stale)
    mine.told_apart += theirs.told_apart + moved_first
    for name, count in theirs.flags.items():
        mine.flags[name] = mine.flags.get(name, 0) + count
    return mine
