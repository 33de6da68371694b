"""The one safe way the app writes spreadsheets (.xlsx and .csv) — RELIABILITY.md §5.4.

Everything that leaves the app as a sheet goes through here, so the rules hold everywhere:

- text is always written as text: xlsxwriter with `strings_to_formulas/urls/numbers=False`
  and `write_string`, so `=HYPERLINK(…)` stays a string (E-01); a cell that starts with
  `= + - @`, tab or CR also gets Excel's quotePrefix, so editing it cannot arm it either;
- characters XML cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) become
  U+FFFD and are counted instead of raising (E-03);
- text over Excel's 32,767-character cell limit is cut with a visible marker and counted
  (E-04) instead of being cut silently;
- dates are real Excel dates with a date format; ids longer than 15 digits stay text;
- sheet names are made legal and unique (E-05);
- the file is written to a temp file in the target folder, fsynced and renamed over the target,
  so a crash leaves the old file or the complete new one, never a broken zip (E-06);
  `cleanup_orphan_temp_files(folder)` removes what a killed export left behind.

xlsxwriter runs in constant_memory mode: rows are streamed to disk as they come, so a 100k-row
export needs a few MB whatever its size.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.core.errors import Cancelled, UserError
from desktop.core.progress import Progress

EXCEL_CELL_LIMIT = 32_767
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384
SHEET_NAME_LIMIT = 31
TRUNCATION_MARKER = "…〔超出 Excel 单元格 32767 字上限，已截断〕"
REPLACEMENT = "\ufffd"
# Leading characters that make Excel (or LibreOffice, WPS) read a cell as a formula (OWASP).
FORMULA_LEADERS = ("=", "+", "-", "@", "\t", "\r")
TEMP_PREFIX = ".~crisisdesk-"
TEMP_SUFFIX = ".partial"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"

# XML 1.0 cannot carry these; tab, LF and CR are kept.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_NAME_BAD = re.compile(r"[/\\:\[\]*?]")
_SAMPLE_ROWS = 200  # rows looked at to choose column widths


@dataclass
class SheetSpec:
    """One sheet: a name, header labels and the rows (any iterable; consumed once, in order).

    `date_columns` (0-based) are written as Excel dates when the value is a date, a datetime
    or an ISO 8601 string; `widths` overrides the computed width of a column (in characters).
    """

    name: str
    columns: list[str]
    rows: Iterable[Sequence[Any]]
    date_columns: set[int] = field(default_factory=set)
    widths: dict[int, float] = field(default_factory=dict)
    autofilter: bool = True  # a summary or key-value sheet can do without


@dataclass
class WriteReport:
    """What writing changed on the way out; the export summary shows it to the user.

    `rows` counts the data rows of the first sheet (the main table; a summary sheet after it
    does not count); `sheet_rows` has every sheet's data rows and `sheets` their final names.
    """

    rows: int = 0
    control_chars_replaced: int = 0
    truncated_cells: int = 0
    formula_like_cells: int = 0
    sheets: list[str] = field(default_factory=list)
    sheet_rows: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "control_chars_replaced": self.control_chars_replaced,
            "truncated_cells": self.truncated_cells,
            "formula_like_cells": self.formula_like_cells,
        }


# -- text rules shared by xlsx and csv ---------------------------------------------------------


def clean_text(text: str, report: WriteReport) -> str:
    """Replace what a spreadsheet cannot hold and cut what is too long, counting both."""
    cleaned, replaced = _ILLEGAL.subn(REPLACEMENT, text)
    if replaced:
        report.control_chars_replaced += replaced
    # Excel counts UTF-16 units: an emoji is two. Only long texts can be over the limit.
    if len(cleaned) > EXCEL_CELL_LIMIT // 2 and _utf16_units(cleaned) > EXCEL_CELL_LIMIT:
        room = EXCEL_CELL_LIMIT - _utf16_units(TRUNCATION_MARKER)
        head = cleaned.encode("utf-16-le")[: 2 * room].decode("utf-16-le", errors="ignore")
        cleaned = head + TRUNCATION_MARKER
        report.truncated_cells += 1
    return cleaned


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le", errors="surrogatepass")) // 2


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_LEADERS)


def sanitise_sheet_names(names: Sequence[str]) -> list[str]:
    """Legal, unique sheet names: no `/ \\ : [ ] * ?`, not empty, no edge apostrophes,
    at most 31 characters, unique ignoring case (Excel's rules)."""
    result: list[str] = []
    taken: set[str] = set()
    for raw in names:
        name = _SHEET_NAME_BAD.sub("_", _ILLEGAL.sub("", str(raw or "")))
        name = name.strip().strip("'").strip() or "Sheet"
        if name.lower() == "history":  # reserved by Excel
            name = "History_"
        name = name[:SHEET_NAME_LIMIT]
        candidate, number = name, 2
        while candidate.lower() in taken:
            suffix = f" ({number})"
            candidate = name[: SHEET_NAME_LIMIT - len(suffix)] + suffix
            number += 1
        taken.add(candidate.lower())
        result.append(candidate)
    return result


def _as_datetime(value: Any) -> datetime | date | None:
    """A value for a date column: aware datetimes keep their wall-clock time (Excel has no
    time zones; the workspace stores local times with their offset). None when it is not a
    date Excel can show (Excel's dates start in 1900): the value is then written as text."""
    moment: datetime | date | None = None
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=None)
    elif isinstance(value, date):
        moment = value
    elif isinstance(value, str) and 10 <= len(value.strip()) <= 40:
        text = value.strip()
        try:
            if len(text) == 10:
                moment = date.fromisoformat(text)
            else:
                moment = datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
        except ValueError:
            return None
    if moment is None or moment.year < 1900:
        return None
    return moment


# -- temp file + rename ------------------------------------------------------------------------


def _temp_dir_for(target: Path) -> Path:
    """A private folder beside the target (same file system, so the rename is atomic)."""
    return Path(
        tempfile.mkdtemp(
            prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=TEMP_SUFFIX, dir=target.parent
        )
    )


def _fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _friendly_os_error(target: Path, exc: OSError) -> UserError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return UserError(
            f"磁盘空间不足，没能写完 {target.name}。",
            hint="原来的文件（如果有）没有改动。请腾出空间或换一个位置再导出。",
        )
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
        return UserError(
            f"无法写入 {target.name}：文件可能正在 Excel/WPS 中打开，或没有写入权限。",
            hint="请先在 Excel 中关闭这个文件，或换一个文件名/位置再导出；原来的文件没有改动。",
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return UserError(f"保存位置不存在：{target.parent}", hint="请选择一个已有的文件夹。")
    return UserError(
        f"写入 {target.name} 失败（{exc.strerror or type(exc).__name__}）。",
        hint="原来的文件（如果有）没有改动。请换一个位置再试。",
    )


class _AtomicTarget:
    """Write into a temp folder beside `target`; `commit()` fsyncs and renames it into place."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        if self.target.is_dir():
            raise UserError(f"这是一个文件夹：{self.target}", hint="请给导出的文件起个名字。")
        try:
            self.folder = _temp_dir_for(self.target)
        except OSError as exc:
            raise _friendly_os_error(self.target, exc) from exc
        self.temp = self.folder / ("export" + self.target.suffix)

    def commit(self) -> None:
        try:
            _fsync_file(self.temp)
            os.replace(self.temp, self.target)
            _fsync_dir(self.target.parent)
        except OSError as exc:
            raise _friendly_os_error(self.target, exc) from exc

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False  # decided by age on other systems
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def cleanup_orphan_temp_files(folder: Path | str, *, min_age_seconds: float = 3600) -> int:
    """Remove temp folders a killed export left in `folder`; returns how many were removed.

    A temp folder of a process that is still running (another window exporting right now) is
    left alone; where that cannot be asked (Windows), only folders older than an hour go.
    """
    folder = Path(folder)
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not (name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)):
            continue
        pid_text = name[len(TEMP_PREFIX) :].split("-", 1)[0]
        pid = int(pid_text) if pid_text.isdigit() else -1
        if pid == os.getpid():
            continue
        if os.name == "posix" and pid > 0:
            if _pid_alive(pid):
                continue
        else:
            try:
                if time.time() - entry.stat().st_mtime < min_age_seconds:
                    continue
            except OSError:
                continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()
        removed += not entry.exists()
    return removed


# -- xlsx --------------------------------------------------------------------------------------


def _display_width(text: str) -> float:
    """Characters as Excel counts column width: CJK characters are about two wide."""
    return sum(2.0 if ord(ch) > 0x2E7F else 1.0 for ch in text[:80])


def _column_widths(spec: SheetSpec, sample: list[Sequence[Any]]) -> list[float]:
    widths: list[float] = []
    for index, header in enumerate(spec.columns):
        if index in spec.widths:
            widths.append(float(spec.widths[index]))
            continue
        if index in spec.date_columns:
            widths.append(max(19.0, _display_width(str(header)) + 2))
            continue
        longest = _display_width(str(header)) + 2
        for row in sample:
            if index < len(row) and row[index] is not None:
                longest = max(longest, _display_width(str(row[index])) + 1)
        widths.append(min(max(longest, 6.0), 60.0))
    return widths


def write_xlsx(
    path: Path | str,
    sheets: list[SheetSpec],
    progress: Progress | None = None,
    *,
    report: WriteReport | None = None,
    total: int = 0,
) -> WriteReport:
    """Write `sheets` to `path` safely (see the module docstring) and say what was changed.

    `report` may be passed in to watch the counts grow while rows are written (a summary
    sheet's rows can read the data sheet's counts that way); `total` is the expected number of
    rows of the first sheet, for the progress bar.
    """
    import xlsxwriter
    from xlsxwriter.exceptions import FileCreateError

    target = Path(path)
    report = report if report is not None else WriteReport()
    progress = progress or Progress()
    atomic = _AtomicTarget(target)
    workbook = None
    try:
        workbook = xlsxwriter.Workbook(
            str(atomic.temp),
            {
                "constant_memory": True,
                "strings_to_urls": False,
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "tmpdir": str(atomic.folder),
            },
        )
        header_format = workbook.add_format(
            {"bold": True, "bg_color": "#E2E8F0", "border": 1, "valign": "top"}
        )
        header_quoted = workbook.add_format(
            {
                "bold": True,
                "bg_color": "#E2E8F0",
                "border": 1,
                "valign": "top",
                "quote_prefix": True,
            }
        )
        formats = {
            "text": None,  # plain cells carry no style: less XML per cell
            "quoted": workbook.add_format({"quote_prefix": True}),
            "datetime": workbook.add_format({"num_format": DATETIME_FORMAT}),
            "date": workbook.add_format({"num_format": DATE_FORMAT}),
            "number": None,
        }
        names = sanitise_sheet_names([spec.name for spec in sheets])
        report.sheets = names
        message = f"正在写入 {target.name}"

        for name, spec in zip(names, sheets, strict=True):
            if len(spec.columns) > EXCEL_MAX_COLUMNS:
                raise UserError(
                    f"“{name}”有 {len(spec.columns):,} 列，超过 Excel 的 16,384 列上限。",
                    hint="请导出为 .csv。",
                )
            worksheet = workbook.add_worksheet(name)
            rows = iter(spec.rows)
            sample: list[Sequence[Any]] = []
            for row in rows:
                sample.append(row)
                if len(sample) >= _SAMPLE_ROWS:
                    break
            for index, width in enumerate(_column_widths(spec, sample)):
                worksheet.set_column(index, index, width)
            cells = _SheetWriter(worksheet, formats, report)
            counted = report.formula_like_cells
            for col, header in enumerate(spec.columns):
                cells.text(0, col, clean_text(str(header), report), header_format, header_quoted)
            report.formula_like_cells = counted  # headers are not data
            worksheet.freeze_panes(1, 0)
            written = 0
            report.sheet_rows.append(0)
            for row in _chain(sample, rows):
                written += 1
                if written >= EXCEL_MAX_ROWS:
                    raise UserError(
                        f"“{name}”超过 Excel 的 1,048,576 行上限。",
                        hint="请缩小筛选范围，或导出为 .csv。",
                    )
                cells.row(written, row, spec.date_columns)
                report.sheet_rows[-1] = written
                if spec is sheets[0]:
                    report.rows += 1
                if written % 500 == 0:
                    progress.report(report.rows, total, message)
            if spec.columns and spec.autofilter:
                worksheet.autofilter(0, 0, written, len(spec.columns) - 1)
        progress.check()
        try:
            workbook.close()
        except FileCreateError as exc:
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
            raise _friendly_os_error(target, cause or OSError(str(exc))) from exc
        progress.check()
        atomic.commit()
    except OSError as exc:
        _abandon(workbook)
        atomic.discard()
        raise _friendly_os_error(target, exc) from exc
    except BaseException:
        _abandon(workbook)
        atomic.discard()
        raise
    atomic.discard()
    with contextlib.suppress(Cancelled):  # too late to cancel: the file is in place
        progress.report(report.rows, max(total, report.rows), force=True)
    return report


def _abandon(workbook: Any) -> None:
    """Close an unfinished workbook's row files without writing it (no warnings, no leaks)."""
    if workbook is None or workbook.fileclosed:
        return
    workbook.fileclosed = True
    for worksheet in workbook.worksheets():
        handle = getattr(worksheet, "row_data_fh", None)
        if handle is not None and not handle.closed:
            handle.close()


def _chain(first: list[Sequence[Any]], rest: Iterator[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    yield from first
    yield from rest


_OOXML_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")


def _escape_cleaned(data: Any) -> Any:
    """OOXML's `_xHHHH_` escaping for text without control characters (clean_text removed
    them): a literal `_x0041_` is protected as `_x005F_x0041_`, CR is stored as `_x000D_`
    (an XML parser would turn a raw CR into LF)."""
    if not isinstance(data, str):
        return data
    if "_x" in data:
        data = _OOXML_ESCAPE.sub(r"_x005F\1", data)
    if "\r" in data:
        data = data.replace("\r", "_x000D_")
    return data


def _excel_number(value: Any) -> bool:
    """Numbers Excel keeps exactly: ints under 15 digits (longer ids stay text), finite floats."""
    if isinstance(value, int):
        return -(10**15) < value < 10**15
    return isinstance(value, float) and value == value and abs(value) != float("inf")


class _SheetWriter:
    """Writes one worksheet's cells by the rules above.

    Uses xlsxwriter's undecorated `_write_*` methods when present (the public ones only add
    A1-notation parsing, measurable over millions of cells) and never lets a text reach
    xlsxwriter's raw rich-string path: in constant_memory mode a string that starts with
    `<r>` and ends with `</r>` is copied into the sheet XML unescaped, so attacker text could
    inject `<f>` elements. Such a text is written as an escaped three-run rich string instead.
    """

    def __init__(self, worksheet: Any, formats: dict[str, Any], report: WriteReport) -> None:
        if hasattr(worksheet, "_escape_control_characters"):
            # Same output as xlsxwriter's escaping for text clean_text has been through, minus
            # two regex passes per cell (a quarter of the export's time with PySide loaded).
            worksheet._escape_control_characters = _escape_cleaned
        self.string = getattr(worksheet, "_write_string", worksheet.write_string)
        self.number = getattr(worksheet, "_write_number", worksheet.write_number)
        self.datetime = getattr(worksheet, "_write_datetime", worksheet.write_datetime)
        self.boolean = getattr(worksheet, "_write_boolean", worksheet.write_boolean)
        self.rich = getattr(worksheet, "_write_rich_string", worksheet.write_rich_string)
        self.formats = formats
        self.report = report

    def text(self, row: int, col: int, text: str, plain: Any, quoted: Any) -> None:
        """`text` is already cleaned; formula-like text gets the quotePrefix format."""
        cell_format = plain
        if text.startswith(FORMULA_LEADERS):
            self.report.formula_like_cells += 1
            cell_format = quoted
        if text.startswith("<r>") and text.endswith("</r>"):
            runs = (text[0], text[1], text[2:])
            self.rich(row, col, *runs, *(() if cell_format is None else (cell_format,)))
        else:
            self.string(row, col, text, cell_format)

    def row(self, row_index: int, values: Sequence[Any], date_columns: set[int]) -> None:
        formats = self.formats
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            kind = type(value)
            if kind is str and col not in date_columns:
                self.text(
                    row_index,
                    col,
                    clean_text(value, self.report),
                    formats["text"],
                    formats["quoted"],
                )
                continue
            if col in date_columns or isinstance(value, date):
                moment = _as_datetime(value)
                if moment is not None:
                    moment_format = (
                        formats["datetime"] if isinstance(moment, datetime) else formats["date"]
                    )
                    self.datetime(row_index, col, moment, moment_format)
                    continue
            if kind is bool:
                self.boolean(row_index, col, value, formats["text"])
            elif _excel_number(value):
                self.number(row_index, col, value, formats["number"])
            else:
                text = value if isinstance(value, str) else str(value)
                self.text(
                    row_index,
                    col,
                    clean_text(text, self.report),
                    formats["text"],
                    formats["quoted"],
                )


# -- csv ---------------------------------------------------------------------------------------


def csv_field(value: Any, report: WriteReport) -> str:
    """One CSV field's text, neutralised the OWASP way (the quoting is done by the writer)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    text = clean_text(str(value), report)
    if is_formula_like(text):
        report.formula_like_cells += 1
        text = "'" + text
    return text


def write_csv(
    path: Path | str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    progress: Progress | None = None,
    *,
    total: int = 0,
) -> WriteReport:
    """Write a CSV that Excel opens correctly and cannot run, following OWASP's CSV-injection
    advice: every field is quoted, `"` is doubled, and a text field starting with
    `= + - @`, tab or CR gets a leading `'`. UTF-8 with a BOM (so Excel reads Chinese), CRLF.

    OWASP's two examples come out exactly: `=1+2";=1+2` → `"'=1+2"";=1+2"` and
    `=1+2'" ;,=1+2` → `"'=1+2'"" ;,=1+2"`.

    The price: text that only looks like a formula gets the apostrophe too. A phone number
    written `+86 138 0013 8000` is exported as `'+86 138 0013 8000` (and `-` notes as `'-…`);
    Excel and WPS show such a field as text, other tools show the apostrophe, and a program
    reading the CSV back must drop one leading `'` before `= + - @`/tab/CR. Numbers stored
    as numbers (counts, followers) are written unprefixed. Use .xlsx when that matters: there
    the value is kept exactly and protected with quotePrefix instead.
    """
    target = Path(path)
    report = WriteReport(sheets=[target.stem])
    progress = progress or Progress()
    atomic = _AtomicTarget(target)
    try:
        with atomic.temp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
            writer.writerow([csv_field(c, report) for c in columns])
            for row in rows:
                writer.writerow([csv_field(v, report) for v in row])
                report.rows += 1
                if report.rows % 500 == 0:
                    progress.report(report.rows, total, f"正在写入 {target.name}")
            handle.flush()
        progress.check()
        atomic.commit()
    except OSError as exc:
        atomic.discard()
        raise _friendly_os_error(target, exc) from exc
    except BaseException:
        atomic.discard()
        raise
    atomic.discard()
    with contextlib.suppress(Cancelled):  # too late to cancel: the file is in place
        progress.report(report.rows, max(total, report.rows), force=True)
    return report
