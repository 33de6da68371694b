"""The .xlsx writer: xlsxwriter in constant_memory mode (rows stream to disk as they come, so
a 100k-row export needs a few MB), text always written as text (`strings_to_formulas/urls/
numbers=False`, `write_string`; formula-like text also gets Excel's quotePrefix), through the
rules of sheets/write_rules and the temp-file-and-rename of sheets/atomic_file.

Links are written explicitly, never guessed by xlsxwriter (`strings_to_urls` stays off): a
data cell that is one plain http(s) URL (`write_rules.is_plain_web_link`: no other scheme, no
user@host, no spaces or control characters, at most 2,079 characters) becomes a clickable
hyperlink showing the same text; past Excel's 65,530 links in a sheet the rest stay plain text
(counted in `WriteReport.links_as_text`)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.core.errors import Cancelled, UserError
from desktop.core.progress import Progress
from desktop.sheets.atomic_file import AtomicTarget, friendly_os_error
from desktop.sheets.write_rules import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    EXCEL_LINKS_PER_SHEET,
    EXCEL_MAX_COLUMNS,
    EXCEL_MAX_ROWS,
    FORMULA_LEADERS,
    SheetSpec,
    WriteReport,
    as_excel_date,
    clean_text,
    is_plain_web_link,
    sanitise_sheet_names,
)

SAMPLE_ROWS = 200  # rows looked at to choose column widths


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
    atomic = AtomicTarget(target)
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
            "link": workbook.get_default_url_format(),
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
                if len(sample) >= SAMPLE_ROWS:
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
            raise friendly_os_error(target, cause or OSError(str(exc))) from exc
        progress.check()
        atomic.commit()
    except OSError as exc:
        _abandon(workbook)
        atomic.discard()
        raise friendly_os_error(target, exc) from exc
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
            # Deliberate speed work on xlsxwriter's private hook; tests/sheets/test_writer.py
            # (ooxml escapes and line breaks) checks such text reads back unchanged.
            worksheet._escape_control_characters = _escape_cleaned  # noqa: SLF001
        self.string = getattr(worksheet, "_write_string", worksheet.write_string)
        self.number = getattr(worksheet, "_write_number", worksheet.write_number)
        self.datetime = getattr(worksheet, "_write_datetime", worksheet.write_datetime)
        self.boolean = getattr(worksheet, "_write_boolean", worksheet.write_boolean)
        self.rich = getattr(worksheet, "_write_rich_string", worksheet.write_rich_string)
        self.url = getattr(worksheet, "_write_url", worksheet.write_url)
        self.formats = formats
        self.report = report
        self.links = 0  # hyperlinks written in this sheet (Excel holds 65,530)

    def link(self, row: int, col: int, text: str) -> bool:
        """`text` (cleaned) as a clickable hyperlink when it is a plain web link and the
        sheet has room; False when it must be written as plain text instead."""
        if not is_plain_web_link(text):
            return False
        if self.links >= EXCEL_LINKS_PER_SHEET:
            self.report.links_as_text += 1
            return False
        if self.url(row, col, text, self.formats["link"], text) != 0:
            return False  # xlsxwriter refused it (it warns): the text is written instead
        self.links += 1
        self.report.links += 1
        return True

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
                text = clean_text(value, self.report)
                if text[:4].lower() == "http" and self.link(row_index, col, text):
                    continue
                self.text(row_index, col, text, formats["text"], formats["quoted"])
                continue
            if col in date_columns or isinstance(value, date):
                moment = as_excel_date(value)
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
