"""The text rules every sheet the app writes follows, in .xlsx and .csv alike (RELIABILITY.md
§5.4): what a cell cannot hold is replaced and counted, what is too long is cut with a marker,
formula-like text is recognised, sheet names are made legal, date columns become real dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

EXCEL_CELL_LIMIT = 32_767
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384
SHEET_NAME_LIMIT = 31
TRUNCATION_MARKER = "…〔超出 Excel 单元格 32767 字上限，已截断〕"
REPLACEMENT = "\ufffd"
# Leading characters that make Excel (or LibreOffice, WPS) read a cell as a formula (OWASP).
FORMULA_LEADERS = ("=", "+", "-", "@", "\t", "\r")
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"

# XML 1.0 cannot carry these; tab, LF and CR are kept.
ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_NAME_BAD = re.compile(r"[/\\:\[\]*?]")
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# Hyperlinks: Excel's limits (a longer link is not opened; past the count it reports damage).
EXCEL_URL_LIMIT = 2_079
EXCEL_LINKS_PER_SHEET = 65_530
_LINKABLE = re.compile(
    r"https?://[^\s\"<>\\^`{}|\ufffd@/?#]+(?:[/?#][^\s\"<>\\^`{}|\ufffd]*)?", re.I
)


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
    links: int = 0  # cells written as clickable hyperlinks
    links_as_text: int = 0  # links past Excel's 65,530 per sheet, written as plain text
    sheets: list[str] = field(default_factory=list)
    sheet_rows: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "control_chars_replaced": self.control_chars_replaced,
            "truncated_cells": self.truncated_cells,
            "formula_like_cells": self.formula_like_cells,
            "links": self.links,
            "links_as_text": self.links_as_text,
        }


def clean_text(text: str, report: WriteReport) -> str:
    """Replace what a spreadsheet cannot hold and cut what is too long, counting both."""
    cleaned, replaced = ILLEGAL_XML.subn(REPLACEMENT, text)
    if replaced:
        report.control_chars_replaced += replaced
    # Excel counts UTF-16 units: an emoji is two. Only long texts can be over the limit.
    if len(cleaned) > EXCEL_CELL_LIMIT // 2 and utf16_units(cleaned) > EXCEL_CELL_LIMIT:
        room = EXCEL_CELL_LIMIT - utf16_units(TRUNCATION_MARKER)
        head = cleaned.encode("utf-16-le")[: 2 * room].decode("utf-16-le", errors="ignore")
        cleaned = head + TRUNCATION_MARKER
        report.truncated_cells += 1
    return cleaned


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le", errors="surrogatepass")) // 2


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_LEADERS)


def sanitise_sheet_names(names: Sequence[str]) -> list[str]:
    """Legal, unique sheet names: no `/ \\ : [ ] * ?`, not empty, no edge apostrophes,
    at most 31 characters, unique ignoring case (Excel's rules)."""
    result: list[str] = []
    taken: set[str] = set()
    for raw in names:
        name = _SHEET_NAME_BAD.sub("_", ILLEGAL_XML.sub("", str(raw or "")))
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


def as_excel_date(value: Any) -> datetime | date | None:
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


def unescape_ooxml(text: str) -> str:
    """A cell's text as Excel shows it: openpyxl leaves OOXML's `_xHHHH_` escapes in inline
    strings (the writer stores a CR as `_x000D_` and a literal `_x0041_` as `_x005F_x0041_`),
    so the app's readers undo them here and an export reads back as it was written."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)


def is_plain_web_link(text: str) -> bool:
    """True for a cell that is one plain http(s) URL and nothing else, within Excel's 2,079
    characters: no other scheme (javascript:, file:, mailto:…), no user@ before the host, no
    spaces, quotes, angle brackets or control characters (clean_text has replaced those with
    U+FFFD, which does not pass either). Only such a cell is written as a hyperlink."""
    if len(text) > EXCEL_URL_LIMIT or not text[:8].lower().startswith(("http://", "https://")):
        return False
    if _LINKABLE.fullmatch(text) is None:
        return False
    host = text.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return bool(host.split(":", 1)[0].strip(".")) and utf16_units(text) <= EXCEL_URL_LIMIT
