"""The .csv writer: UTF-8 with a BOM, CRLF, every field quoted and formula-like text
neutralised the OWASP way, through the rules of sheets/write_rules and the
temp-file-and-rename of sheets/atomic_file."""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.core.errors import Cancelled
from desktop.core.progress import Progress
from desktop.sheets.atomic_file import AtomicTarget, friendly_os_error
from desktop.sheets.write_rules import WriteReport, clean_text, is_formula_like


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
    atomic = AtomicTarget(target)
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
        raise friendly_os_error(target, exc) from exc
    except BaseException:
        atomic.discard()
        raise
    atomic.discard()
    with contextlib.suppress(Cancelled):  # too late to cancel: the file is in place
        progress.report(report.rows, max(total, report.rows), force=True)
    return report
