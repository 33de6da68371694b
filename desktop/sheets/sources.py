"""Reading a sheet: a file (or a pasted table) opened as rows, its header, preset and mapping.

Runs where the file is parsed (the isolated child; a pasted table in the app): it only ever
reads the untrusted file. `inspect_file` is what the import dialog previews; the import goes on
from `open_rows` and `resolve_header` to the conversion (desktop.sheets.convert).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.messages import msg, said
from desktop.core.progress import Progress
from desktop.core.values import parse_datetime, parse_timezone
from desktop.sheets import mapping as mp
from desktop.sheets import readers
from desktop.sheets.preflight import PreflightReport, preflight_xlsx, sniff

# A guard against absurd files only, far above Excel's own 1,048,576 rows (a sheet of that
# many rows imports, streamed).
DEFAULT_ROW_CAP = 5_000_000
HEADER_SCAN = 20

# Starts the structure check of an .xlsx file and returns how to wait for its report. The
# isolated child passes one that checks in a forked helper while the sheet loads
# (desktop.services.importing.parse); without one, the check runs first, here.
PreflightStarter = Callable[[Path], Callable[[], PreflightReport]]


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


def open_rows(
    path: Path | None,
    options: Options,
    progress: Progress | None,
    start_preflight: PreflightStarter | None = None,
) -> tuple[Source, Iterator[list[Any]], set[int]]:
    """The source read so far, its rows (read as they are iterated) and the indexes of the
    rows that had NUL characters removed."""
    source = Source()
    if options.pasted_rows is not None:
        source.kind = "paste"
        return source, iter(options.pasted_rows), set()
    if path is None:
        raise ValueError("open_rows needs a path or pasted rows")
    sniffed = sniff(path)
    if sniffed.kind == "xlsx":
        source.kind = "xlsx"
        early = start_preflight(path) if start_preflight is not None else None
        if early is None:
            report = preflight_xlsx(path, progress)
            workbook = readers.open_workbook(path)
            loaded: tuple[str, Iterator[list[Any]], list[Any] | None, int] | None = None
        else:
            # The structure check runs meanwhile (in a forked helper of the isolated child)
            # while this process loads the sheet it will most likely import; the helper
            # stops this process at once if the file is hostile, else its report decides.
            if progress is not None:
                progress.report(0, 0, "检查文件结构", force=True)
            loaded = None
            try:
                workbook = readers.open_workbook(path)
                likely = _likely_sheet(path, options, workbook)
                if likely is not None:
                    loaded = _load_sheet(path, likely, progress, workbook)
            except Exception:
                early()  # a file the preflight refuses stops here with its reason
                raise
            report = early()
        source.sheets = readers.list_sheets(path, report.rows_by_name, workbook=workbook)
        if not source.sheets:
            raise UserError(msg("import.no_sheets"))
        names = [s.name for s in source.sheets]
        if options.sheet:
            if options.sheet not in names:
                raise UserError(
                    msg("import.no_such_sheet", sheet=options.sheet),
                    hint=msg("import.sheets_available", names=names),
                )
            source.sheet = options.sheet
        else:
            source.sheet = readers.default_sheet(source.sheets)
        info = next(s for s in source.sheets if s.name == source.sheet)
        source.total_rows = info.rows or max((r for r, _c in report.sheets.values()), default=0)
        if source.total_rows > options.row_cap + HEADER_SCAN:
            raise too_many(source.total_rows, options.row_cap)
        if loaded is None or loaded[0] != source.sheet:
            loaded = _load_sheet(path, source.sheet, progress, workbook)
        _name, rows, first, start = loaded
        source.row_base = start + 1
        chained = iter(()) if first is None else itertools.chain((first,), rows)
        return source, chained, set()
    stream = readers.open_text_file(path, options.encoding)
    source.kind = "text"
    source.encoding = stream.encoding.label
    source.delimiter = stream.delimiter
    # Read as the rows are converted (never all held): the count is the file's lines, which
    # a cell with line breaks makes more than its rows (progress and the split take it so).
    source.total_rows = stream.estimated_rows
    if sniffed.encoding_hint == "renamed":
        source.warnings.append(said("import.renamed_csv"))
    if stream.estimated_rows > options.row_cap + HEADER_SCAN:
        raise too_many(stream.estimated_rows, options.row_cap)
    if stream.encoding.replaced:
        source.warnings.append(
            replaced_warning(
                stream.encoding.label,
                stream.encoding.replaced,
                stream.replaced_rows(),
                2 if stream.sep_line else 1,
            )
        )
    return source, stream.rows(), stream.nul_rows


ROWS_NAMED = 20  # rows a warning names before "…"


def replaced_warning(encoding: str, replaced: int, rows: list[int], row_offset: int) -> str:
    """The warning of a file read with U+FFFD for a few invalid byte sequences (`rows`:
    0-based table rows, `row_offset` makes them file rows)."""
    numbers = [f"{index + row_offset:,}" for index in rows[:ROWS_NAMED]]
    more = msg("import.more") if len(rows) > ROWS_NAMED else ""
    where = (
        msg("import.replaced_where", rows=numbers, more=more, count=len(rows)) if numbers else ""
    )
    return said("import.replaced", replaced=replaced, encoding=encoding, where=where)


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


def too_many(rows: int, cap: int) -> UserError:
    return UserError(
        msg("import.too_many_rows", rows=rows, cap=cap),
        hint=msg("import.too_many_rows.hint"),
    )


def cell_text(value: Any) -> str:
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return str(value)


def resolve_header(
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
            raise UserError(msg("import.header_row_outside", row=options.header_row))
    source.header_row = None if header_index is None else header_index + 1
    source.headers = mp.header_names(head, header_index)
    first_data = 0 if header_index is None else header_index + 1
    preset = None
    if options.preset:
        preset = mp.PRESETS_BY_NAME.get(options.preset)
        if preset is None and options.mapping is None:
            raise UserError(
                msg("import.no_such_preset", preset=options.preset),
                hint=msg("import.presets_available", names=[p.name for p in mp.PRESETS]),
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
        source.warnings.append(said("import.dropped_columns", names=source.dropped_columns))
    if not any(f in {"text", "title", "url"} for f in source.mapping.values()):
        source.warnings.append(said("import.no_text_column"))
    if reference is None and path is not None:
        try:
            reference = datetime.fromtimestamp(os.path.getmtime(path), tz)
        except OSError:
            reference = None
    return first_data, reference


def inspect_file(
    path: str | None,
    options: Options | None = None,
    *,
    preview_rows: int = 30,
    progress: Progress | None = None,
    start_preflight: PreflightStarter | None = None,
) -> Source:
    """Sheets, encoding, header, preset, mapping and the first rows (for the import dialog)."""
    options = options or Options()
    file = Path(path) if path else None
    source, rows, _nul = open_rows(file, options, progress, start_preflight)
    head: list[list[Any]] = []
    for row in rows:
        head.append(list(row))
        if len(head) >= HEADER_SCAN + preview_rows:
            break
    first, _reference = resolve_header(source, head, options, file)
    width = len(source.headers)
    hidden = {i for i, h in enumerate(source.headers) if mp.SENSITIVE.search(mp.norm_header(h))}
    source.preview = [
        [
            ("•••" if v not in ("", None) else "") if i in hidden else cell_text(v)[:300]
            for i, v in enumerate((list(r) + [""] * width)[:width])
        ]
        for r in head[first : first + preview_rows]
    ]
    return source


def had_sep_line(file: Path | None) -> bool:
    if file is None:
        return False
    try:
        with file.open("rb") as handle:
            head = handle.read(16).lstrip(b"\xef\xbb\xbf").lower()
    except OSError:
        return False
    return head.startswith(b"sep=")
