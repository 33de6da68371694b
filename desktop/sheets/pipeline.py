"""The child-process side of an import: read, map, convert, and write a staging SQLite file.

`parse_to_staging` and `inspect_file` are module-level so `services.isolation.run_isolated`
can call them in a fresh process; both only ever read the untrusted file and write the
staging file they are given.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import operator
import os
import pickle
import re
import signal
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core import last_words
from desktop.core.errors import UserError
from desktop.core.progress import Progress
from desktop.core.text import index_texts, mention_search_text
from desktop.core.values import (
    looks_like_formula,
    mention_key,
    parse_count,
    parse_datetime,
    parse_id,
    parse_list,
    parse_sentiment,
    parse_timezone,
)
from desktop.core.vocab import MENTION_SOURCE_FIELDS
from desktop.sheets import mapping as mp
from desktop.sheets import readers
from desktop.sheets.preflight import PreflightReport, preflight_xlsx, sniff

DEFAULT_ROW_CAP = 300_000
EXCEL_CELL_LIMIT = 32_767
HEADER_SCAN = 20
BATCH = 5000
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INDEX_PREFIX = re.compile(r"^\s*\d+\s*[:：]\s*")
COUNT_FIELDS = ("followers", "reposts", "comments", "likes")
ID_FIELDS = ("external_id", "author_id")
TEXT_FIELDS = ("platform", "author", "title", "text", "url", "region", "keyword", "contact")
STAGED_COLUMNS = ("row_number", "key", *MENTION_SOURCE_FIELDS, "sentiment", "contact", "extra_json")


@dataclass
class Options:
    sheet: str | None = None
    preset: str | None = None
    mapping: dict[str, str] | None = None
    encoding: str | None = None
    header_row: int | None = None  # 1-based; 0 = the first row is data (no header)
    timezone: str = "UTC"
    row_cap: int = DEFAULT_ROW_CAP
    pasted_rows: list[list[str]] | None = None  # a clipboard table instead of a file


@dataclass
class Source:
    """What was read: sheets, the header, the mapping; shared by the preview and the import."""

    kind: str = ""
    sheets: list[readers.SheetInfo] = field(default_factory=list)
    sheet: str = ""
    encoding: str = ""
    delimiter: str = ""
    header_row: int | None = None  # 1-based, None = none
    headers: list[str] = field(default_factory=list)
    preset: str = ""
    mapping: dict[str, str] = field(default_factory=dict)
    dropped_columns: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    preview: list[list[str]] = field(default_factory=list)
    total_rows: int = 0
    row_base: int = 1  # file row number of the first row read


@dataclass
class ParseSummary:
    source: Source
    rows_read: int = 0
    staged: int = 0
    rejected: int = 0
    duplicates_in_file: int = 0
    blank_rows: int = 0
    flags: dict[str, int] = field(default_factory=dict)


# -- reading ----------------------------------------------------------------------------------


def _open_rows(
    path: Path | None, options: Options, progress: Progress | None
) -> tuple[Source, Iterator[list[Any]], set[int]]:
    source = Source()
    if options.pasted_rows is not None:
        source.kind = "paste"
        return source, iter(options.pasted_rows), set()
    assert path is not None
    sniffed = sniff(path)
    if sniffed.kind == "xlsx":
        source.kind = "xlsx"
        early = _EarlyPreflight(path) if last_words.available() and hasattr(os, "fork") else None
        if early is None:
            report = preflight_xlsx(path, progress)
            workbook = readers.open_workbook(path)
            loaded: tuple[str, Iterator[list[Any]], list[Any] | None, int] | None = None
        else:
            # The structure check runs in a forked helper while this process loads the
            # sheet it will most likely import; the helper stops this process at once if
            # the file is hostile (core.last_words), else its report decides below.
            if progress is not None:
                progress.report(0, 0, "检查文件结构", force=True)
            loaded = None
            try:
                workbook = readers.open_workbook(path)
                likely = _likely_sheet(path, options, workbook)
                if likely is not None:
                    loaded = _load_sheet(path, likely, progress, workbook)
            except Exception:
                early.result()  # a file the preflight refuses stops here with its reason
                raise
            report = early.result()
        source.sheets = readers.list_sheets(path, report.rows_by_name, workbook=workbook)
        if not source.sheets:
            raise UserError("工作簿里没有工作表。")
        names = [s.name for s in source.sheets]
        if options.sheet:
            if options.sheet not in names:
                raise UserError(
                    f"工作簿里没有名为“{options.sheet}”的工作表。",
                    hint="可选：" + "、".join(names),
                )
            source.sheet = options.sheet
        else:
            source.sheet = readers.default_sheet(source.sheets)
        info = next(s for s in source.sheets if s.name == source.sheet)
        source.total_rows = info.rows or max((r for r, _c in report.sheets.values()), default=0)
        if source.total_rows > options.row_cap + HEADER_SCAN:
            raise _too_many(source.total_rows, options.row_cap)
        if loaded is None or loaded[0] != source.sheet:
            loaded = _load_sheet(path, source.sheet, progress, workbook)
        _name, rows, first, start = loaded
        source.row_base = start + 1
        chained = iter(()) if first is None else itertools.chain((first,), rows)
        return source, chained, set()
    table = readers.read_text_file(path, options.encoding)
    source.kind = "text"
    source.encoding = table.encoding
    source.delimiter = table.delimiter
    source.total_rows = len(table.rows)
    if sniffed.encoding_hint == "renamed":
        source.warnings.append("文件名是 .xlsx，但内容其实是 CSV/文本表格：已按文本表格读取。")
    if len(table.rows) > options.row_cap + HEADER_SCAN:
        raise _too_many(len(table.rows), options.row_cap)
    return source, iter(table.rows), table.nul_rows


def _likely_sheet(path: Path, options: Options, workbook: Any) -> str | None:
    """The sheet to load before the preflight's row counts are known: the one asked for,
    else the first visible one (the default unless it is empty). None when the sheet asked
    for is not there: that is reported once the sheet list is known."""
    sheets = readers.list_sheets(path, count_rows=False, workbook=workbook)
    names = [s.name for s in sheets]
    if options.sheet:
        return options.sheet if options.sheet in names else None
    return next((s.name for s in sheets if s.visible), names[0] if names else None)


def _load_sheet(
    path: Path, sheet: str, progress: Progress | None, workbook: Any
) -> tuple[str, Iterator[list[Any]], list[Any] | None, int]:
    """Load `sheet` (the first row pulls it in): name, the rest of the rows, the first row,
    and the 0-based sheet row of that first row."""
    start = [0]
    rows = readers.iter_xlsx_rows(path, sheet, progress, start, workbook)
    first = next(rows, None)
    return sheet, rows, first, start[0]


def _too_many(rows: int, cap: int) -> UserError:
    return UserError(
        f"文件有约 {rows:,} 行，超过单次导入上限 {cap:,} 行，没有导入任何数据。",
        hint="请把文件拆成几个较小的文件分批导入，或在设置中调高上限（import_row_cap）。",
    )


def _cell_text(value: Any) -> str:
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return str(value)


def _resolve_header(
    source: Source, head: list[list[Any]], options: Options, path: Path | None
) -> tuple[int, datetime | None]:
    """Fill header, preset and mapping; return the index of the first data row."""
    reference: datetime | None = None
    tz = parse_timezone(options.timezone)
    if options.header_row is None and options.mapping:
        wanted = set(options.mapping)
        header_index = next(
            (
                i
                for i, row in enumerate(head[:HEADER_SCAN])
                if len(wanted & {str(c).strip() for c in row}) >= max(1, len(wanted) // 2)
            ),
            None,
        )
        if header_index is None:
            header_index = mp.detect_header(head, HEADER_SCAN).row
    elif options.header_row is None:
        guess = mp.detect_header(head, HEADER_SCAN)
        header_index = guess.row
        if guess.reference_text:
            reference = parse_datetime(guess.reference_text, tz)
    elif options.header_row == 0:
        header_index = None
    else:
        header_index = options.header_row - 1
        if header_index >= len(head):
            raise UserError(f"标题行 {options.header_row} 超出了表格范围。")
    source.header_row = None if header_index is None else header_index + 1
    source.headers = mp.header_names(head, header_index)
    first_data = 0 if header_index is None else header_index + 1
    preset = None
    if options.preset:
        preset = mp.PRESETS_BY_NAME.get(options.preset)
        if preset is None and options.mapping is None:
            raise UserError(
                f"没有名为“{options.preset}”的预设。",
                hint="内置预设：" + "、".join(p.name for p in mp.PRESETS),
            )
    elif header_index is not None:
        preset = mp.detect_preset(source.headers)
    source.preset = preset.name if preset else (options.preset or "")
    if options.mapping is not None:
        source.mapping = {h: options.mapping.get(h, mp.EXTRA) for h in source.headers}
    elif header_index is None:
        source.mapping = mp.guess_by_content(source.headers, head[first_data:])
    else:
        source.mapping = mp.build_mapping(source.headers, preset)
    for header in source.headers:
        if mp.SENSITIVE.search(mp.norm_header(header)):
            source.mapping[header] = mp.IGNORE
    source.dropped_columns = [h for h, f in source.mapping.items() if f == mp.IGNORE]
    if source.dropped_columns:
        source.warnings.append(
            "以下列含个人敏感信息或被设为忽略，没有保存：" + "、".join(source.dropped_columns)
        )
    if not any(f in {"text", "title", "url"} for f in source.mapping.values()):
        source.warnings.append("没有列被对应到“正文/标题/链接”：所有行都会被拒绝，请调整列对应。")
    if reference is None and path is not None:
        try:
            reference = datetime.fromtimestamp(os.path.getmtime(path), tz)
        except OSError:
            reference = None
    return first_data, reference


def inspect_file(
    path: str | None, options: Options | None = None, *, preview_rows: int = 30, progress=None
) -> Source:
    """Sheets, encoding, header, preset, mapping and the first rows (for the import dialog)."""
    options = options or Options()
    file = Path(path) if path else None
    source, rows, _nul = _open_rows(file, options, progress)
    head: list[list[Any]] = []
    for row in rows:
        head.append(list(row))
        if len(head) >= HEADER_SCAN + preview_rows:
            break
    first, _reference = _resolve_header(source, head, options, file)
    width = len(source.headers)
    hidden = {i for i, h in enumerate(source.headers) if mp.SENSITIVE.search(mp.norm_header(h))}
    source.preview = [
        [
            ("•••" if v not in ("", None) else "") if i in hidden else _cell_text(v)[:300]
            for i, v in enumerate((list(r) + [""] * width)[:width])
        ]
        for r in head[first : first + preview_rows]
    ]
    return source


# -- converting -------------------------------------------------------------------------------


_EXTRA, _TEXT, _COUNT, _DATE, _ID, _URL = range(6)
_MISSING = object()
_CACHE_SIZE = 50_000  # distinct date / count texts remembered per import


def _kind(target: str) -> int:
    if not target:
        return _EXTRA
    if target == "posted_at":
        return _DATE
    if target in COUNT_FIELDS:
        return _COUNT
    if target in ID_FIELDS:
        return _ID
    if target == "url":
        return _URL
    return _TEXT


class _Converter:
    def __init__(self, source: Source, options: Options, reference: datetime | None) -> None:
        self.tz = parse_timezone(options.timezone)
        self.reference = reference
        self.preset = mp.PRESETS_BY_NAME.get(source.preset)
        self.plan = []
        for index, header in enumerate(source.headers):
            target = source.mapping.get(header, mp.EXTRA)
            if target == mp.IGNORE:
                continue
            self.plan.append((index, header, target, _kind(target)))
        self.flags: dict[str, int] = {}
        self.counts: dict[str, Any] = {}
        self.dates: dict[str, Any] = {}

    def flag(self, flags: list[str], name: str) -> None:
        flags.append(name)
        self.flags[name.split(":")[0]] = self.flags.get(name.split(":")[0], 0) + 1

    def convert(self, row: list[Any], had_nul: bool) -> tuple[dict[str, Any] | None, str]:
        record: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        flags: list[str] = []
        if had_nul:
            self.flag(flags, "nul_removed")
        width = len(row)
        for index, header, target, kind in self.plan:
            if index >= width:
                continue
            value = row[index]
            if value.__class__ is str:
                if not value:
                    continue
                if len(value) > EXCEL_CELL_LIMIT:
                    self.flag(flags, f"long_field:{header}")
                    if len(value) > readers.TEXT_CELL_CAP:
                        value = value[: readers.TEXT_CELL_CAP]
                        self.flag(flags, f"truncated:{header}")
                value = value.strip()
                if not value:
                    continue
            elif value is None:
                continue
            if kind == _EXTRA:
                as_list = parse_list(value)
                extra[header] = as_list if as_list is not None else _cell_text(value)
                continue
            if target in record:  # two columns mapped to one field: keep the first
                extra[header] = _cell_text(value)
                continue
            if kind == _TEXT:
                record[target] = value if value.__class__ is str else _cell_text(value)
            elif kind == _COUNT:
                cls = value.__class__
                if cls is float and value == value:  # a number cell (not NaN): as parse_count
                    count = round(value)
                elif cls is int:
                    count = value
                elif cls is str:
                    count = self.counts.get(value, _MISSING)
                    if count is _MISSING:
                        count = parse_count(value)
                        if len(self.counts) < _CACHE_SIZE:
                            self.counts[value] = count
                else:
                    count = parse_count(value)
                if count is None:
                    self.flag(flags, f"invalid_count:{target}")
                    extra[f"{header}（原值）"] = _cell_text(value)
                else:
                    record[target] = count
            elif kind == _DATE:
                # Exports repeat date texts (minute resolution): each is parsed once. The
                # result depends only on the text, the time zone and the reference, which
                # are fixed for this converter.
                posted = self.dates.get(value, _MISSING) if value.__class__ is str else _MISSING
                if posted is _MISSING:
                    parsed = parse_datetime(value, self.tz, self.reference)
                    posted = None if parsed is None else parsed.isoformat(timespec="seconds")
                    if value.__class__ is str and len(self.dates) < _CACHE_SIZE:
                        self.dates[value] = posted
                if posted is None:
                    self.flag(flags, "invalid_date")
                    extra[f"{header}（原值）"] = _cell_text(value)
                else:
                    record["posted_at"] = posted
            elif kind == _ID:
                text, damaged = parse_id(value)
                if damaged:
                    self.flag(flags, f"damaged_id:{target}")
                    extra[f"{header}（已损坏的ID）"] = text
                else:
                    record[target] = text
            else:  # url
                text = _cell_text(value)
                urls = parse_list(text)
                if urls:
                    record["url"] = urls[0]
                    extra[header] = urls
                elif urls is None:
                    record["url"] = text
        if not record and not extra:
            return None, "blank"
        text = record.get("text", "")
        if self.preset is not None and self.preset.strip_index and text:
            text = _INDEX_PREFIX.sub("", text, count=1)
            record["text"] = text
        if not (text or record.get("title") or record.get("url")):
            return None, "没有正文也没有链接"
        for name in ("text", "title"):
            value = record.get(name, "")
            if value and looks_like_formula(value):
                self.flag(flags, f"formula_like:{name}")
            if value and _CONTROL.search(value):
                self.flag(flags, f"control_chars:{name}")
        platform = record.get("platform") or (self.preset.platform if self.preset else "")
        record["platform"] = platform
        if (
            not record.get("url")
            and self.preset is not None
            and self.preset.weibo_url
            and record.get("external_id", "").isdigit()
        ):
            record["url"] = f"https://m.weibo.cn/detail/{record['external_id']}"
        record["sentiment"] = parse_sentiment(record.get("vendor_sentiment"))
        record["key"] = mention_key(
            platform,
            record.get("url", ""),
            record.get("author", ""),
            record.get("posted_at"),
            text,
            record.get("external_id", ""),
        )
        if flags:
            extra["_import_flags"] = flags
        record["extra_json"] = json.dumps(extra, ensure_ascii=False) if extra else "{}"
        return record, ""


# -- staging ----------------------------------------------------------------------------------

# The parent may put this table into the staging file before the child starts: the row hashes
# the workspace already holds (hash → key, mention id). A row whose hash is known converts to
# exactly what the mention holds, so the child stages only its key (state 'known').
KNOWN_TABLE = "known"
# Bump when conversion changes what a row becomes (the hashes then stop matching).
CONVERT_VERSION = "2"


def create_staging(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path))
    # The staging file is a scratch file (never the workspace): no journal, no fsync.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    columns = ", ".join(
        f"{c} TEXT"
        if c not in {"row_number", "followers", "reposts", "comments", "likes"}
        else f"{c} INTEGER"
        for c in STAGED_COLUMNS
    )
    # No index on key: duplicates within the file are resolved in the child (the last row of
    # a key wins, as INSERT OR REPLACE did), and the merge looks keys up in the workspace.
    conn.execute(
        f"CREATE TABLE rows ({columns}, tokens TEXT, row_hash INTEGER,"
        " state TEXT NOT NULL DEFAULT 'new', mention_id INTEGER, reindex INTEGER)"
    )
    conn.execute("CREATE TABLE rejects (row_number INTEGER, reason TEXT, raw_json TEXT)")
    return conn


def _known_rows(conn: sqlite3.Connection) -> dict[int, tuple[str, int]]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [KNOWN_TABLE]
    ).fetchone()
    if not exists:
        return {}
    return {h: (k, i) for h, k, i in conn.execute(f"SELECT hash, key, id FROM {KNOWN_TABLE}")}


def _hash_base(source: Source, options: Options, reference: datetime | None) -> Any:
    from desktop import __version__

    context = repr(
        (
            CONVERT_VERSION,
            __version__,
            source.headers,
            sorted(source.mapping.items()),
            source.preset,
            options.timezone,
            reference.isoformat() if reference else "",
        )
    )
    return hashlib.blake2b(context.encode(), digest_size=8)


# Below this many data rows a second worker costs more than it saves.
PARALLEL_MIN_ROWS = 20_000
# The forked worker first reads past the rows it skips and the child copies its rows in at
# the end: the child takes a little more than half so both finish together (measured).
FIRST_SHARE = 0.54


@dataclass
class _Part:
    """What one worker staged: its counts and the key → rowid of the rows it kept."""

    rows_read: int = 0
    rejected: int = 0
    blank_rows: int = 0
    duplicates_in_file: int = 0
    flags: dict[str, int] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)


@dataclass
class _Stager:
    """Converts rows (index, cells) and writes them to one staging connection."""

    source: Source
    options: Options
    converter: _Converter
    known: dict[int, tuple[str, int]]
    hash_base: Any
    nul_rows: set[int]
    row_offset: int

    def stage(
        self,
        conn: sqlite3.Connection,
        items: Iterator[tuple[int, list[Any]]],
        progress: Progress | None = None,
        scale: int = 1,
        alive: Any = None,
    ) -> _Part:
        """Stage `items`; each row's rowid is its index + 1, so rowid order is file order
        whatever worker wrote it."""
        part = _Part()
        options, converter, known = self.options, self.converter, self.known
        headers = self.source.headers
        total = self.source.total_rows
        columns = (*STAGED_COLUMNS, "row_hash", "rowid", "tokens")
        insert = f"INSERT INTO rows ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        insert_known = (
            "INSERT INTO rows (row_number, key, row_hash, state, mention_id, rowid)"
            " VALUES (?, ?, ?, 'known', ?, ?)"
        )
        batch: list[list[Any]] = []
        texts: list[str] = []  # the search text of each row in `batch`
        known_batch: list[tuple] = []
        stale: list[tuple[int]] = []  # staged rows replaced by a later row of the same key
        rejects: list[tuple] = []
        seen = part.seen
        defaults = {c: _default(c) for c in STAGED_COLUMNS}
        pick = operator.itemgetter(*STAGED_COLUMNS)

        def flush() -> None:
            if batch:
                # Search tokens a batch at a time (core.text.index_texts works on arrays).
                for values, tokens in zip(batch, index_texts(texts), strict=True):
                    values.append(tokens)
                conn.executemany(insert, batch)
                batch.clear()
                texts.clear()
            if known_batch:
                conn.executemany(insert_known, known_batch)
                known_batch.clear()
            if stale:  # after the inserts: the earlier row may sit in the batch just written
                conn.executemany("DELETE FROM rows WHERE rowid = ?", stale)
                stale.clear()

        for index, row in items:
            part.rows_read += 1
            if part.rows_read > options.row_cap:
                raise _too_many(max(total, part.rows_read), options.row_cap)
            had_nul = index in self.nul_rows
            digest = self.hash_base.copy()
            # The cells with their types (a number and its text differ). pickle is the
            # fastest such serialisation (~40 % less than repr); equal bytes mean equal
            # cells, and bytes that differ for equal cells (another Python, shared objects)
            # only make a row convert again, never match wrongly.
            digest.update(b"N" if had_nul else b"R")
            digest.update(pickle.dumps(row, protocol=5))
            row_hash = int.from_bytes(digest.digest(), "big", signed=True)
            row_number = index + self.row_offset
            hit = known.get(row_hash) if known else None
            if hit is not None:
                key = hit[0]
                record = None
            else:
                record, reason = converter.convert(row, had_nul)
                if record is None:
                    if reason == "blank":
                        part.blank_rows += 1
                        part.rows_read -= 1
                    else:
                        part.rejected += 1
                        raw = {h: _cell_text(v) for h, v in zip(headers, row, strict=False)}
                        rejects.append((row_number, reason, json.dumps(raw, ensure_ascii=False)))
                    continue
                key = record["key"]
            rowid = index + 1
            earlier = seen.get(key)
            if earlier is not None:
                part.duplicates_in_file += 1
                stale.append((earlier,))
            seen[key] = rowid
            if record is None:
                known_batch.append((row_number, key, row_hash, hit[1], rowid))
            else:
                record["row_number"] = row_number
                batch.append([*pick({**defaults, **record}), row_hash, rowid])
                texts.append(
                    mention_search_text(
                        record.get("title", ""), record.get("text", ""), record.get("author", "")
                    )
                )
            if len(batch) + len(known_batch) >= BATCH:
                flush()
                if alive is not None:
                    alive()
                if progress is not None:
                    progress.report(part.rows_read * scale, total, "读取并转换")
        flush()
        if rejects:
            conn.executemany("INSERT INTO rejects VALUES (?, ?, ?)", rejects)
        part.flags = dict(converter.flags)
        return part


def parse_to_staging(
    path: str | None,
    staging: str,
    options: Options,
    *,
    progress: Progress | None = None,
    workers: int = 1,
    parallel_min_rows: int = PARALLEL_MIN_ROWS,
) -> ParseSummary:
    """Read the file, convert every row and write `rows`/`rejects` into the staging file.

    `workers=2` (only in the isolated child, never in the app's own process) converts the
    second half of the rows in a forked worker that writes a staging file of its own, copied
    in at the end; where fork is missing, or the table is small, one process does it all.
    """
    file = Path(path) if path else None
    source, rows, nul_rows = _open_rows(file, options, progress)
    head: list[list[Any]] = []
    for row in rows:
        head.append(list(row))
        if len(head) >= HEADER_SCAN:
            break
    first, reference = _resolve_header(source, head, options, file)
    converter = _Converter(source, options, reference)
    summary = ParseSummary(source)
    row_offset = source.row_base
    if source.kind == "text" and _had_sep_line(file):
        row_offset = 2
    try:
        conn = create_staging(Path(staging))
    except sqlite3.OperationalError as exc:
        raise _disk_full() from exc
    try:
        stager = _Stager(
            source,
            options,
            converter,
            _known_rows(conn),
            _hash_base(source, options, reference),
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
            part = _stage_in_two(conn, Path(staging), stager, items(), middle, progress)
        else:
            part = stager.stage(conn, items(), progress)
        conn.commit()
    except sqlite3.OperationalError as exc:
        raise _disk_full() from exc
    finally:
        conn.close()
    if part.rows_read > options.row_cap:
        raise _too_many(max(source.total_rows, part.rows_read), options.row_cap)
    summary.rows_read = part.rows_read
    summary.rejected = part.rejected
    summary.blank_rows = part.blank_rows
    summary.duplicates_in_file = part.duplicates_in_file
    summary.staged = len(part.seen)
    summary.flags = part.flags
    if summary.blank_rows:
        source.warnings.append(f"跳过了 {summary.blank_rows:,} 个空行。")
    for name, label in (
        ("invalid_date", "日期无法识别（原值保存在附加字段，已标记）"),
        ("damaged_id", "ID 已被 Excel 损坏（如 5.70306E+17，未作为 ID 保存，已标记）"),
        ("formula_like", "内容以 = + - @ 开头，按文本保存（已标记）"),
        ("long_field", "单元格超过 32,767 个字符（Excel 上限，已标记）"),
        ("truncated", "单元格超过 1,000,000 个字符，已截断"),
        ("nul_removed", "含 NUL 字符，已去除"),
        ("control_chars", "含控制字符（导出时会替换）"),
        ("invalid_count", "数量无法识别（已标记）"),
    ):
        if summary.flags.get(name):
            source.warnings.append(f"{summary.flags[name]:,} 行{label}。")
    if progress is not None:
        progress.report(summary.rows_read, source.total_rows, "读取完成", force=True)
    return summary


def _disk_full() -> UserError:
    return UserError(
        "写入临时文件失败（磁盘已满或无法写入），没有导入任何数据。",
        hint="请腾出磁盘空间后重试。",
    )


def _die_with_parent(parent: int) -> None:
    """The worker must not outlive the child that forked it (a cancel kills that child)."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


class _Forked:
    """`work()` in a forked helper that dies with this process; what it returned or raised
    comes back pickled through a pipe. The helper touches only what `work` does and the
    pipe, then `_exit`s."""

    def __init__(self, work: Callable[[], Any]) -> None:
        parent = os.getpid()
        read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            status = 1
            try:
                os.close(read_end)
                _die_with_parent(parent)
                try:
                    payload: tuple[str, Any] = ("ok", work())
                except UserError as exc:
                    payload = ("user-error", (exc.message, exc.hint))
                except MemoryError:
                    payload = ("memory", None)
                except sqlite3.OperationalError:
                    payload = ("disk", None)
                except BaseException as exc:
                    payload = ("crash", type(exc).__name__)
                with os.fdopen(write_end, "wb") as out:
                    pickle.dump(payload, out)
                status = 0
            finally:
                os._exit(status)
        os.close(write_end)
        self._read_end = read_end
        self._reaped = False

    def outcome(self) -> tuple[str, Any] | None:
        """Wait for the helper: (kind, value), or None when it died without a word."""
        try:
            with os.fdopen(self._read_end, "rb") as incoming:
                data = incoming.read()
        finally:
            self._read_end = -1
            with contextlib.suppress(OSError):
                os.waitpid(self.pid, 0)
            self._reaped = True
        return pickle.loads(data) if data else None

    def stop(self) -> None:
        """Kill the helper if it was not waited for (this side failed first)."""
        if self._read_end != -1:
            with contextlib.suppress(OSError):
                os.close(self._read_end)
            self._read_end = -1
        if not self._reaped:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(self.pid, 0)
            self._reaped = True


def _preflight_or_stop(path: Path) -> PreflightReport:
    try:
        return preflight_xlsx(path)
    except UserError as exc:
        last_words.stop_parent_with(exc)


class _EarlyPreflight:
    """`preflight_xlsx` in a forked helper, so the sheet loads meanwhile (~0.6 s saved on a
    100k-row sheet). A file the preflight refuses stops this process through
    `core.last_words` (only available inside an isolated child); the report comes back
    through a pipe. If the helper cannot deliver, the preflight runs here instead."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.helper = _Forked(lambda: _preflight_or_stop(path))

    def result(self) -> PreflightReport:
        outcome = self.helper.outcome()
        if outcome is not None and outcome[0] == "ok":
            return outcome[1]
        return preflight_xlsx(self.path)


def _stage_in_two(
    conn: sqlite3.Connection,
    staging: Path,
    stager: _Stager,
    items: Iterator[tuple[int, list[Any]]],
    middle: int,
    progress: Progress | None,
) -> _Part:
    """Rows before `middle` here, the rest in a forked worker writing `<staging>.part` (it
    reads past the first half from its copy of the reader, which shares the loaded sheet);
    then its rows are copied in and keys both halves staged keep only their later row."""
    part_path = staging.with_name(staging.name + ".part")
    parent = os.getpid()

    def second_half() -> _Part:
        def alive() -> None:
            if os.getppid() != parent:
                os._exit(1)

        worker_conn = create_staging(part_path)
        try:
            part = stager.stage(
                worker_conn, itertools.dropwhile(lambda x: x[0] < middle, items), alive=alive
            )
            worker_conn.commit()
        finally:
            worker_conn.close()
        part.seen = {}
        return part

    worker = _Forked(second_half)
    try:
        mine = stager.stage(
            conn, itertools.takewhile(lambda x: x[0] < middle, items), progress, scale=2
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
        if kind != "ok":
            raise RuntimeError(f"the second import worker failed: {theirs}")
        conn.commit()
        conn.execute("ATTACH DATABASE ? AS part", [str(part_path)])
        try:
            # The later row of a key wins: drop this half's row where the other half has it.
            stale = []
            for key, rowid in conn.execute("SELECT key, rowid FROM part.rows"):
                earlier = mine.seen.get(key)
                if earlier is not None:
                    stale.append((earlier,))
                mine.seen[key] = rowid
            conn.executemany("DELETE FROM rows WHERE rowid = ?", stale)
            names = ", ".join(
                ["rowid", *(r[1] for r in conn.execute("PRAGMA main.table_info(rows)"))]
            )
            conn.execute(f"INSERT INTO rows ({names}) SELECT {names} FROM part.rows")
            conn.execute("INSERT INTO rejects SELECT * FROM part.rejects")
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE part")
    finally:
        worker.stop()
        with contextlib.suppress(OSError):
            part_path.unlink()
    mine.rows_read += theirs.rows_read
    mine.rejected += theirs.rejected
    mine.blank_rows += theirs.blank_rows
    mine.duplicates_in_file += theirs.duplicates_in_file + len(stale)
    for name, count in theirs.flags.items():
        mine.flags[name] = mine.flags.get(name, 0) + count
    return mine


def _default(column: str) -> Any:
    if column in {"followers", "reposts", "comments", "likes", "posted_at", "row_number"}:
        return None
    if column == "extra_json":
        return "{}"
    return ""


def _had_sep_line(file: Path | None) -> bool:
    if file is None:
        return False
    try:
        with file.open("rb") as handle:
            head = handle.read(16).lstrip(b"\xef\xbb\xbf").lower()
    except OSError:
        return False
    return head.startswith(b"sep=")
