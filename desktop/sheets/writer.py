"""The one safe way the app writes spreadsheets (.xlsx and .csv) — RELIABILITY.md §5.4.

Everything that leaves the app as a sheet goes through here, so the rules hold everywhere:

- text is always written as text: xlsxwriter with `strings_to_formulas/urls/numbers=False`
  and `write_string`, so `=HYPERLINK(…)` stays a string (E-01); a cell that starts with
  `= + - @`, tab or CR also gets Excel's quotePrefix, so editing it cannot arm it either;
- characters XML cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) become
  U+FFFD and are counted instead of raising (E-03);
- text over Excel's 32,767-character cell limit is cut with a visible marker and counted
  (E-04) instead of being cut silently;
- a cell that is one plain http(s) URL is written as a hyperlink, explicitly (xlsxwriter's
  `strings_to_urls` stays off): no other scheme, no user@host, no spaces or control
  characters, within Excel's 2,079 characters and 65,530 links a sheet (then plain text);
- dates are real Excel dates with a date format; ids longer than 15 digits stay text;
- sheet names are made legal and unique (E-05);
- the file is written to a temp file in the target folder, fsynced and renamed over the target,
  so a crash leaves the old file or the complete new one, never a broken zip (E-06);
  `cleanup_orphan_temp_files(folder)` removes what a killed export left behind.

xlsxwriter runs in constant_memory mode: rows are streamed to disk as they come, so a 100k-row
export needs a few MB whatever its size.

This module is the entry point the rest of the app imports; the parts live beside it:
write_rules (the text rules, SheetSpec, WriteReport), atomic_file (temp file + rename,
cleanup), xlsx_writer and csv_writer.
"""

from __future__ import annotations

from desktop.sheets.atomic_file import TEMP_PREFIX, TEMP_SUFFIX, cleanup_orphan_temp_files
from desktop.sheets.csv_writer import csv_field, write_csv
from desktop.sheets.write_rules import (
    EXCEL_CELL_LIMIT,
    EXCEL_MAX_COLUMNS,
    EXCEL_MAX_ROWS,
    FORMULA_LEADERS,
    REPLACEMENT,
    TRUNCATION_MARKER,
    SheetSpec,
    WriteReport,
    clean_text,
    is_formula_like,
    sanitise_sheet_names,
)
from desktop.sheets.xlsx_writer import write_xlsx

__all__ = [
    "EXCEL_CELL_LIMIT",
    "EXCEL_MAX_COLUMNS",
    "EXCEL_MAX_ROWS",
    "FORMULA_LEADERS",
    "REPLACEMENT",
    "TEMP_PREFIX",
    "TEMP_SUFFIX",
    "TRUNCATION_MARKER",
    "SheetSpec",
    "WriteReport",
    "clean_text",
    "cleanup_orphan_temp_files",
    "csv_field",
    "is_formula_like",
    "sanitise_sheet_names",
    "write_csv",
    "write_xlsx",
]
