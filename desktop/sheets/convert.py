"""Converting rows: cells → a mention's fields, its key and row hash, handed to a staging sink.

`RowStager` converts rows (index, cells) and writes them through a `StagingSink`; the staging
file itself (its schema, its statements) belongs to desktop.storage.staging, which the
services hand in. Runs where the file is parsed (the isolated child; a pasted table in the app).
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from hashlib import blake2b
from typing import Any, Protocol

from desktop.core.messages import said
from desktop.core.progress import Progress
from desktop.core.text import index_texts, mention_search_text
from desktop.core.values import (
    is_fallback_key,
    looks_like_formula,
    mention_key,
    occurrence_key,
    parse_count,
    parse_datetime,
    parse_id,
    parse_list,
    parse_sentiment,
    parse_timezone,
)
from desktop.sheets import mapping as mp
from desktop.sheets import readers
from desktop.sheets.sources import Options, Source, cell_text, too_many

EXCEL_CELL_LIMIT = 32_767
BATCH = 5000  # rows converted between two writes to the sink (and two progress reports)
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INDEX_PREFIX = re.compile(r"^\s*\d+\s*[:：]\s*")
COUNT_FIELDS = ("followers", "reposts", "comments", "likes")
ID_FIELDS = ("external_id", "author_id")
# Bump when conversion changes what a row becomes (the hashes then stop matching).
CONVERT_VERSION = "2"
# What the conversion flags, as the import's warnings say it (count first).
FLAG_WARNINGS = (
    ("invalid_date", "日期无法识别（原值保存在附加字段，已标记）"),
    ("damaged_id", "ID 已被 Excel 损坏（如 5.70306E+17，未作为 ID 保存，已标记）"),
    ("formula_like", "内容以 = + - @ 开头，按文本保存（已标记）"),
    ("long_field", "单元格超过 32,767 个字符（Excel 上限，已标记）"),
    ("truncated", "单元格超过 1,000,000 个字符，已截断"),
    ("nul_removed", "含 NUL 字符，已去除"),
    ("control_chars", "含控制字符（导出时会替换）"),
    ("invalid_count", "数量无法识别（已标记）"),
)

KnownRows = dict[int, tuple[str, int]]  # row hash → (key, mention id) of rows imported before


class StagingSink(Protocol):
    """Where converted rows go (desktop.storage.staging.StagingWriter writes the file).

    `add_rows` takes `record_columns` values, then row_hash, rowid, tokens; `add_known` takes
    (row_number, key, row_hash, mention_id, rowid) of rows staged by their key only."""

    @property
    def record_columns(self) -> Sequence[str]: ...

    def add_rows(self, rows: list[list[Any]]) -> None: ...

    def add_known(self, rows: list[tuple[int, str, int, int, int]]) -> None: ...

    def drop_rows(self, rowids: list[tuple[int]]) -> None: ...

    def add_rejects(self, rejects: list[tuple[int, str, str]]) -> None: ...


def key_digest(key: str) -> bytes:
    """What the rows staged so far are remembered by: 16 bytes instead of the key (a str of
    ~150 bytes: 1,048,576 rows hold ~120 MB less); a collision is as likely as two keys'
    SHA-1 (a fallback key is one) agreeing."""
    return blake2b(key.encode(), digest_size=16).digest()


def flag_warnings(flags: dict[str, int]) -> list[str]:
    """The warnings the conversion's flags give, in a fixed order (catalogue messages
    `import.flag.<name>`: FLAG_WARNINGS' Chinese, and English)."""
    return [
        said(f"import.flag.{name}", n=flags[name]) for name, _ in FLAG_WARNINGS if flags.get(name)
    ]


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


class Converter:
    """Cells of one row → a mention record (or a reason to reject it), for one mapping."""

    def __init__(self, source: Source, options: Options, reference: datetime | None) -> None:
        self.tz = parse_timezone(options.timezone)
        self.reference = reference
        self.preset = mp.PRESETS_BY_NAME.get(source.preset)
        self.plan = []
        targets = [source.mapping.get(header, mp.EXTRA) for header in source.headers]
        for index, header in enumerate(source.headers):
            target = targets[index]
            if target == mp.IGNORE:
                continue
            # `shared`: another column maps to the same field, so the first non-empty one
            # wins and the rest go to the extra fields; only these need the look-up per cell.
            shared = bool(target) and targets.count(target) > 1
            self.plan.append((index, header, target, _kind(target), shared))
        self.flags: dict[str, int] = {}
        self.counts: dict[str, Any] = {}
        self.dates: dict[Any, Any] = {}  # date text or date cell → posted_at
        self.sentiments: dict[str, str] = {}  # vendor sentiment text → pos/neu/neg/unknown

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
        for index, header, target, kind, shared in self.plan:
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
                if kind == _TEXT and not shared:  # most cells: a text for its own field
                    record[target] = value
                    continue
            elif value is None:
                continue
            if kind == _EXTRA:
                as_list = parse_list(value)
                extra[header] = as_list if as_list is not None else cell_text(value)
                continue
            if shared and target in record:  # two columns mapped to one field: keep the first
                extra[header] = cell_text(value)
                continue
            if kind == _TEXT:
                record[target] = value if value.__class__ is str else cell_text(value)
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
                    extra[f"{header}（原值）"] = cell_text(value)
                else:
                    record[target] = count
            elif kind == _DATE:
                # Exports repeat date texts (minute resolution): each is parsed once. The
                # result depends only on the text, the time zone and the reference, which
                # are fixed for this converter.
                # Date cells (datetime values, as openpyxl and Excel write them) repeat too.
                cacheable = value.__class__ is str or value.__class__ is datetime
                posted = self.dates.get(value, _MISSING) if cacheable else _MISSING
                if posted is _MISSING:
                    parsed = parse_datetime(value, self.tz, self.reference)
                    posted = None if parsed is None else parsed.isoformat(timespec="seconds")
                    if cacheable and len(self.dates) < _CACHE_SIZE:
                        self.dates[value] = posted
                if posted is None:
                    self.flag(flags, "invalid_date")
                    extra[f"{header}（原值）"] = cell_text(value)
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
                text = cell_text(value)
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
            if not value:
                continue
            if value[0] in "=+-@" and looks_like_formula(value):
                self.flag(flags, f"formula_like:{name}")
            if _CONTROL.search(value):
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
        vendor = record.get("vendor_sentiment")
        if vendor.__class__ is str:  # a handful of words repeated on every row: parsed once
            sentiment = self.sentiments.get(vendor)
            if sentiment is None:
                sentiment = self.sentiments[vendor] = parse_sentiment(vendor)
        else:
            sentiment = parse_sentiment(vendor)
        record["sentiment"] = sentiment
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


def hash_base(source: Source, options: Options, reference: datetime | None) -> Any:
    """What every row hash of this import starts from: a row converts to the same record
    only under the same headers, mapping, preset, time zone, reference and version."""
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


@dataclass
class StagedPart:
    """What one worker staged: its counts and the key → rowid of the rows it kept."""

    rows_read: int = 0
    rejected: int = 0
    blank_rows: int = 0
    duplicates_in_file: int = 0
    # Rows whose fallback (hash) key an earlier row of the file has: kept as mentions of
    # their own, keyed with their occurrence number (desktop.core.values.occurrence_key).
    told_apart: int = 0
    flags: dict[str, int] = field(default_factory=dict)
    seen: dict[bytes, int] = field(default_factory=dict)  # key_digest(key) → rowid
    # Fallback key → how many rows of this part had it, in file order.
    occurrences: dict[str, int] = field(default_factory=dict)


@dataclass
class RowStager:
    """Converts rows (index, cells) and writes them to a staging sink."""

    source: Source
    options: Options
    converter: Converter
    known: KnownRows
    hash_base: Any
    nul_rows: set[int]
    row_offset: int

    def stage(
        self,
        sink: StagingSink,
        items: Iterator[tuple[int, list[Any]]],
        progress: Progress | None = None,
        scale: int = 1,
        alive: Callable[[], None] | None = None,
    ) -> StagedPart:
        """Stage `items`; each row's rowid is its index + 1, so rowid order is file order
        whatever worker wrote it."""
        part = StagedPart()
        options, converter, known = self.options, self.converter, self.known
        headers = self.source.headers
        total = self.source.total_rows
        columns = sink.record_columns
        batch: list[list[Any]] = []
        texts: list[str] = []  # the search text of each row in `batch`
        known_batch: list[tuple[int, str, int, int, int]] = []
        stale: list[tuple[int]] = []  # staged rows replaced by a later row of the same key
        rejects: list[tuple[int, str, str]] = []
        seen = part.seen
        occurrences = part.occurrences
        column_defaults = [(c, _default(c)) for c in columns]

        def flush() -> None:
            if batch:
                # Search tokens a batch at a time (core.text.index_texts works on arrays).
                for values, tokens in zip(batch, index_texts(texts), strict=True):
                    values.append(tokens)
                sink.add_rows(batch)
                batch.clear()
                texts.clear()
            if known_batch:
                sink.add_known(known_batch)
                known_batch.clear()
            if stale:  # after the inserts: the earlier row may sit in the batch just written
                sink.drop_rows(stale)
                stale.clear()

        for index, row in items:
            part.rows_read += 1
            if part.rows_read > options.row_cap:
                raise too_many(max(total, part.rows_read), options.row_cap)
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
                key, known_id = hit
                record = None
            else:
                record, reason = converter.convert(row, had_nul)
                if record is None:
                    if reason == "blank":
                        part.blank_rows += 1
                        part.rows_read -= 1
                    else:
                        part.rejected += 1
                        raw = {h: cell_text(v) for h, v in zip(headers, row, strict=False)}
                        rejects.append((row_number, reason, json.dumps(raw, ensure_ascii=False)))
                    continue
                key = record["key"]
                if "|h:" in key and is_fallback_key(key):
                    # Same platform, author, time and words (often: no author or time
                    # column at all) is another person saying the same, not a repeat.
                    occurrence = occurrences.get(key, 0) + 1
                    occurrences[key] = occurrence
                    if occurrence > 1:
                        key = record["key"] = occurrence_key(key, occurrence)
                        part.told_apart += 1
            rowid = index + 1
            digest_of_key = blake2b(key.encode(), digest_size=16).digest()
            earlier = seen.get(digest_of_key)
            if earlier is not None:
                part.duplicates_in_file += 1
                stale.append((earlier,))
            seen[digest_of_key] = rowid
            if record is None:
                known_batch.append((row_number, key, row_hash, known_id, rowid))
            else:
                record["row_number"] = row_number
                get = record.get
                values = [get(c, default) for c, default in column_defaults]
                values += (row_hash, rowid)
                batch.append(values)
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
            sink.add_rejects(rejects)
        part.flags = dict(converter.flags)
        return part


def _default(column: str) -> Any:
    if column in {"followers", "reposts", "comments", "likes", "posted_at", "row_number"}:
        return None
    if column == "extra_json":
        return "{}"
    return ""
