"""Readers that turn a file (or pasted text) into rows of raw cell values.

.xlsx: python-calamine (only after the preflight, and only in the child process), openpyxl
read-only + defusedxml as the fallback; cached values of formulas; sheets listed with their
visibility. Text tables: BOM → strict UTF-8 → GB18030, then a handful of invalid sequences
read as U+FFFD and reported by row (never a silent `errors='replace'`), UTF-16 with BOM, delimiter sniffing incl. `sep=;`, huge fields, NUL stripped and counted.
"""

from __future__ import annotations

import codecs
import collections
import csv
import html.parser
import io
import itertools
import os
import sys
import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.core.progress import Progress
from desktop.sheets.preflight import UnsupportedFile

TEXT_CELL_CAP = 1_000_000  # characters; longer cells are cut and flagged (I-14)
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be")


@dataclass
class SheetInfo:
    name: str
    visible: bool
    state: str  # "visible", "hidden", "veryhidden"
    rows: int = 0


@dataclass
class TextTable:
    rows: list[list[str]]
    encoding: str
    delimiter: str
    nul_rows: set[int]  # 0-based row indexes that had NUL characters stripped
    replaced: int = 0  # invalid byte sequences read as U+FFFD
    replaced_rows: list[int] = field(default_factory=list)  # 0-based rows that have U+FFFD


# -- .xlsx ------------------------------------------------------------------------------------


def open_workbook(path: Path) -> Any | None:
    """The calamine workbook, to share between `list_sheets` and `iter_xlsx_rows` (opening
    parses the shared strings: ~0.15 s for 100k rows each time); None when calamine cannot
    open it (those functions then fall back to openpyxl)."""
    try:
        return _calamine_open(path)
    except UserError:
        raise
    except Exception:
        return None


def list_sheets(
    path: Path,
    rows_by_name: dict[str, int] | None = None,
    *,
    count_rows: bool = True,
    workbook: Any | None = None,
) -> list[SheetInfo]:
    """Sheets with visibility (calamine). Row counts come from the preflight's scan (loading
    every sheet just to count would double the cost); `count_rows=False` leaves them -1.
    A `workbook` from `open_workbook` is used and left open."""
    owned = workbook is None
    if owned:
        workbook = open_workbook(path)
    if workbook is None:
        return _openpyxl_sheets(path)
    try:
        sheets = []
        for meta in workbook.sheets_metadata:
            if "work" not in str(meta.typ).lower():
                continue
            state = str(meta.visible).lower().split(".")[-1]
            state = (
                "veryhidden" if "very" in state else "hidden" if "hidden" in state else "visible"
            )
            if rows_by_name is not None and meta.name in rows_by_name:
                rows = rows_by_name[meta.name]
            elif not count_rows:
                rows = -1  # not counted (names and visibility only)
            else:
                try:
                    rows = workbook.get_sheet_by_name(meta.name).total_height
                except Exception:
                    rows = 0
            sheets.append(SheetInfo(meta.name, state == "visible", state, rows))
        return sheets
    finally:
        if owned:
            workbook.close()


def default_sheet(sheets: list[SheetInfo]) -> str:
    """The first visible non-empty sheet (hidden sheets are never the default)."""
    for sheet in sheets:
        if sheet.visible and sheet.rows > 0:
            return sheet.name
    for sheet in sheets:
        if sheet.visible:
            return sheet.name
    raise UserError(msg("import.no_visible_sheet"), hint=msg("import.no_visible_sheet.hint"))


def _calamine_open(path: Path) -> Any:
    import python_calamine

    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as exc:
        raise UnsupportedFile(
            f"这是受密码保护的工作簿：{path.name}", hint="请在 Excel/WPS 中取消密码后再导入。"
        ) from exc


def iter_xlsx_rows(
    path: Path,
    sheet: str,
    progress: Progress | None = None,
    start: list[int] | None = None,
    workbook: Any | None = None,
) -> Iterator[list[Any]]:
    """Rows of cached values; calamine first, openpyxl read-only (defusedxml) on its errors.
    `start[0]` is set to the 0-based sheet row of the first row yielded. A `workbook` from
    `open_workbook` is used and left open."""
    import python_calamine

    owned = workbook is None
    book: Any = workbook
    try:
        if owned:
            book = _calamine_open(path)
        try:
            worksheet = book.get_sheet_by_name(sheet)
            if start is not None and worksheet.start:
                start[0] = worksheet.start[0]
            rows = worksheet.iter_rows()
        except python_calamine.WorksheetNotFound as exc:
            raise UserError(msg("import.no_such_sheet", sheet=sheet)) from exc
    except UserError:
        raise
    except Exception:
        yield from _openpyxl_rows(path, sheet)
        return
    try:
        yield from rows
    except Exception as exc:
        raise UserError(
            f"Excel 文件已损坏，读取中断：{path.name}（{type(exc).__name__}）",
            hint="请在 Excel/WPS 中打开并重新保存，或重新导出后再导入。",
        ) from exc
    finally:
        if owned:
            book.close()


def _openpyxl_workbook(path: Path) -> Any:
    import openpyxl

    from desktop.sheets.safety import assert_safe_xml

    assert_safe_xml()
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise UserError(
            f"Excel 文件无法读取：{path.name}（{type(exc).__name__}）",
            hint="请在 Excel/WPS 中打开并另存为 .xlsx 后再导入。",
        ) from exc


def _openpyxl_sheets(path: Path) -> list[SheetInfo]:
    workbook = _openpyxl_workbook(path)
    try:
        return [
            SheetInfo(
                ws.title, ws.sheet_state == "visible", ws.sheet_state.lower(), ws.max_row or 0
            )
            for ws in workbook.worksheets
        ]
    finally:
        workbook.close()


def _openpyxl_rows(path: Path, sheet: str) -> Iterator[list[Any]]:
    workbook = _openpyxl_workbook(path)
    try:
        if sheet not in workbook.sheetnames:
            raise UserError(msg("import.no_such_sheet", sheet=sheet))
        try:
            for row in workbook[sheet].iter_rows(values_only=True):
                yield ["" if v is None else v for v in row]
        except (ValueError, IndexError, KeyError, OSError) as exc:
            raise UserError(
                f"Excel 文件中有无法读取的单元格：{path.name}（{type(exc).__name__}）",
                hint="请在 Excel/WPS 中打开并重新保存后再导入。",
            ) from exc
    finally:
        workbook.close()


# -- text tables ------------------------------------------------------------------------------

# A file that decodes but for a handful of invalid byte sequences (two truncated emoji in
# 14,640 rows) is read with U+FFFD in their place and a warning naming the rows; more than
# this, and the encoding is taken to be wrong (DESIGN.md §8: never a silent replacement).
LENIENT_MAX_SEQUENCES = 1_000
LENIENT_MAX_SHARE = 0.001  # of the file's bytes
LENIENT_MIN_BYTES = 4  # (a small file may still have one broken character)
CHUNK = 8 * 1024 * 1024  # bytes decoded at a time: a text file is never held whole


class _TooManyErrors(Exception):
    pass


class _BadByte(Exception):
    def __init__(self, position: int) -> None:
        super().__init__(position)
        self.position = position


class _Counting(threading.local):
    """The limits and counts of the decoding running in this thread."""

    max_sequences = 0
    max_bytes = 0
    sequences = 0
    bytes = 0


_counting = _Counting()


def _count_and_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    state = _counting
    state.sequences += 1
    state.bytes += exc.end - exc.start
    if state.sequences > state.max_sequences or state.bytes > state.max_bytes:
        raise _TooManyErrors()
    return "\ufffd", exc.end


codecs.register_error("crisisdesk-count", _count_and_replace)


def lenient_limit(size: int) -> int:
    """How many invalid bytes a file of `size` bytes may have and still be read."""
    return max(LENIENT_MIN_BYTES, int(size * LENIENT_MAX_SHARE))


@dataclass
class Encoding:
    """How a text file decodes: its label, the codec, the BOM bytes to skip, how many invalid
    sequences it has (read as U+FFFD) and how many lines."""

    label: str
    codec: str
    skip: int = 0
    replaced: int = 0
    lines: int = 0


def _chunks(path: Path, skip: int) -> Iterator[bytes]:
    """The file's bytes from `skip`, a chunk at a time. With pread, a forked worker reading
    its own copy of this generator never moves the other process's file position."""
    fd = os.open(str(path), os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        offset = skip
        if not hasattr(os, "pread"):
            os.lseek(fd, skip, os.SEEK_SET)
        while True:
            chunk = os.pread(fd, CHUNK, offset) if hasattr(os, "pread") else os.read(fd, CHUNK)
            if not chunk:
                return
            offset += len(chunk)
            yield chunk
    finally:
        os.close(fd)


def _decode_pass(path: Path, skip: int, codec: str, errors: str) -> int:
    """Decode the whole file (the text is dropped as it goes); returns its lines (a last
    one without a line end counts). Raises _BadByte (strict) or _TooManyErrors (counting)."""
    decoder = codecs.getincrementaldecoder(codec)(errors)
    newlines = returns = 0
    last = ""
    done = skip
    for chunk in _chunks(path, skip):
        try:
            text = decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            raise _BadByte(done + exc.start) from exc
        done += len(chunk)
        newlines += text.count("\n")
        returns += text.count("\r")
        last = text[-1:] or last
    try:
        text = decoder.decode(b"", True)
    except UnicodeDecodeError as exc:
        raise _BadByte(done) from exc
    newlines += text.count("\n")
    last = text[-1:] or last
    return (newlines or returns) + (last not in ("", "\n", "\r"))


def _strict_pass(path: Path, skip: int, codec: str, label: str) -> Encoding:
    return Encoding(label, codec, skip, 0, _decode_pass(path, skip, codec, "strict"))


def _lenient_pass(
    path: Path, skip: int, codec: str, label: str, max_sequences: int
) -> Encoding | None:
    """The file decoded with U+FFFD for invalid sequences, or None past the limits."""
    if max_sequences < 1:
        return None
    state = _counting
    state.max_sequences = max_sequences
    state.max_bytes = lenient_limit(path.stat().st_size)
    state.sequences = state.bytes = 0
    try:
        lines = _decode_pass(path, skip, codec, "crisisdesk-count")
    except _TooManyErrors:
        return None
    return Encoding(label, codec, skip, state.sequences, lines)


def detect_encoding(path: Path, encoding: str | None = None) -> Encoding:
    """BOM → strict UTF-8 → GB18030; then the one of them with a handful of invalid sequences
    (fewest wins); else a UserError naming the fix. `encoding`: the one the user chose."""
    path = Path(path)
    if encoding:
        name = encoding.lower().replace("_", "-")
        try:
            codecs.lookup(name)
        except LookupError as exc:
            raise UserError(
                msg("import.unknown_encoding", encoding=encoding),
                hint=msg("import.encodings_available", names=list(ENCODINGS)),
            ) from exc
        try:
            return _strict_pass(path, 0, name, name)
        except _BadByte as exc:
            lenient = _lenient_pass(path, 0, name, name, LENIENT_MAX_SEQUENCES)
            if lenient is not None:
                return lenient
            raise UserError(
                msg("import.wrong_encoding", encoding=encoding, position=exc.position),
                hint=msg("import.wrong_encoding.hint"),
            ) from exc
    with path.open("rb") as handle:
        start = handle.read(3)
    for bom, codec, label in (
        (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
        (b"\xff\xfe", "utf-16-le", "utf-16"),
        (b"\xfe\xff", "utf-16-be", "utf-16-be"),
    ):
        if start.startswith(bom):
            try:
                return _strict_pass(path, len(bom), codec, label)
            except _BadByte as exc:
                lenient = _lenient_pass(path, len(bom), codec, label, LENIENT_MAX_SEQUENCES)
                if lenient is not None:
                    return lenient
                raise UserError(
                    msg("import.declared_encoding_invalid", encoding=label, position=exc.position),
                    hint=msg("import.declared_encoding_invalid.hint"),
                ) from exc
    for codec in ("utf-8", "gb18030"):
        try:
            return _strict_pass(path, 0, codec, codec)
        except _BadByte:
            pass
    best = _lenient_pass(path, 0, "utf-8", "utf-8", LENIENT_MAX_SEQUENCES)
    # GB18030 wins only with fewer invalid sequences than UTF-8 (a UTF-8 file read as
    # GB18030 breaks at about every other cell; a GBK file read as UTF-8 at every character).
    limit = LENIENT_MAX_SEQUENCES if best is None else best.replaced - 1
    best = _lenient_pass(path, 0, "gb18030", "gb18030", limit) or best
    if best is not None:
        return best
    raise UserError(
        msg("import.encoding_unknown"),
        hint=msg("import.encoding_unknown.hint"),
    )


def _text_lines(path: Path, encoding: Encoding) -> Generator[str, None, None]:
    """The file's lines with their ends (\\r\\n, \\n or \\r, as csv wants them), decoded a
    chunk at a time; invalid sequences (counted by detect_encoding) as U+FFFD."""
    decoder = codecs.getincrementaldecoder(encoding.codec)("replace")
    pending = ""
    first = True
    for chunk in itertools.chain(_chunks(path, encoding.skip), [b""]):
        text = pending + decoder.decode(chunk, not chunk)
        if first and text:
            text = text.removeprefix("\ufeff")
            first = False
        if not chunk:
            if text:
                yield from io.StringIO(text, newline="")
            return
        cut = text.rfind("\n")
        if cut < 0:
            pending = text
            continue
        pending = text[cut + 1 :]
        yield from io.StringIO(text[: cut + 1], newline="")


def _is_sep_line(line: str) -> bool:
    stripped = line.strip()
    return stripped.lower().startswith("sep=") and len(stripped) <= 6


@dataclass
class TextStream:
    """A text table read as it is iterated (never held whole): `rows()` gives its rows from
    the start each time; `nul_rows` fills in as they are read."""

    path: Path
    encoding: Encoding
    delimiter: str
    sep_line: bool
    estimated_rows: int  # lines (a cell with line breaks makes it more than the rows)
    nul_rows: set[int] = field(default_factory=set)

    def rows(self) -> Iterator[list[str]]:
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        lines = _text_lines(self.path, self.encoding)
        if self.sep_line:
            next(lines, None)
        nul_lines: collections.deque[int] = collections.deque()

        def feed() -> Iterator[str]:
            for number, line in enumerate(lines, start=1):
                if "\x00" in line:
                    nul_lines.append(number)
                    line = line.replace("\x00", "")
                yield line

        reader = csv.reader(feed(), delimiter=self.delimiter)
        nul_rows = self.nul_rows
        for index, row in enumerate(reader):
            if nul_lines and nul_lines[0] <= reader.line_num:
                while nul_lines and nul_lines[0] <= reader.line_num:
                    nul_lines.popleft()
                nul_rows.add(index)
            yield row

    def replaced_rows(self) -> list[int]:
        """0-based rows with U+FFFD (a pass of its own: only for a file with invalid bytes)."""
        return [i for i, row in enumerate(self.rows()) if any("\ufffd" in c for c in row)]


def open_text_file(path: Path, encoding: str | None = None) -> TextStream:
    """Detect the encoding (a decoding pass), the `sep=` line and the delimiter."""
    path = Path(path)
    detected = detect_encoding(path, encoding)
    sample: list[str] = []
    size = 0
    lines = _text_lines(path, detected)
    for line in lines:
        sample.append(line)
        size += len(line)
        if len(sample) > 21 or size >= 65536:
            break
    lines.close()
    sep_line = bool(sample) and _is_sep_line(sample[0])
    if sep_line:
        delimiter = sample[0].strip()[4:5] or ","
        sample = sample[1:]
    else:
        delimiter = sniff_delimiter([line.rstrip("\r\n") for line in sample][:21])
    return TextStream(path, detected, delimiter, sep_line, max(detected.lines - sep_line, 0))


def sniff_delimiter(lines: list[str]) -> str:
    """Tab, comma, semicolon or pipe: the one that splits the first lines most consistently."""
    best, best_score = ",", -1.0
    sample = [line for line in lines if line.strip()][:20]
    if not sample:
        return ","
    for delimiter in ("\t", ",", ";", "|"):
        counts = [_count_outside_quotes(line, delimiter) for line in sample]
        if not counts or max(counts) == 0:
            continue
        first = counts[0]
        same = sum(1 for c in counts if c == first) / len(counts)
        score = same * 10 + min(first, 50) / 50 + (0.5 if delimiter == "\t" else 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def parse_text_table(
    text: str, delimiter: str | None = None
) -> tuple[list[list[str]], str, set[int]]:
    """Rows of strings from delimited text; NUL removed (rows noted), huge fields allowed."""
    nul_rows: set[int] = set()
    has_nul = "\x00" in text
    if text.startswith("\ufeff"):
        text = text[1:]
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) <= 6:
        delimiter = first_line.strip()[4:5] or ","
        text = rest
    if delimiter is None:
        delimiter = sniff_delimiter(text[:65536].splitlines()[:21])
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.reader(
        io.StringIO(text.replace("\x00", "") if has_nul else text, newline=""), delimiter=delimiter
    )
    rows = [row for row in reader]
    if has_nul:
        # Find which records had NULs: parse the original again and compare cell by cell.
        original = csv.reader(
            io.StringIO(text.replace("\x00", "\ue000"), newline=""), delimiter=delimiter
        )
        for index, row in enumerate(original):
            if any("\ue000" in cell for cell in row):
                nul_rows.add(index)
    return rows, delimiter, nul_rows


def read_text_file(path: Path, encoding: str | None = None) -> TextTable:
    """The whole table at once (small files, tests); the import streams (open_text_file)."""
    stream = open_text_file(path, encoding)
    rows = list(stream.rows())
    table = TextTable(
        rows, stream.encoding.label, stream.delimiter, stream.nul_rows, stream.encoding.replaced
    )
    if stream.encoding.replaced:
        table.replaced_rows = [i for i, row in enumerate(rows) if any("\ufffd" in c for c in row)]
    return table


# -- pasted tables (clipboard) ----------------------------------------------------------------


class _TableParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._tables = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._tables += 1
        elif tag == "tr" and self._tables:
            self._row = []
        elif tag in {"td", "th"} and self._row is not None:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"td", "th"} and self._row is not None and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split(" ")).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if any(self._row):
                self.rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parse_html_table(markup: str) -> list[list[str]]:
    parser = _TableParser()
    parser.feed(markup)
    parser.close()
    return parser.rows


def parse_pasted(text: str = "", markup: str = "") -> list[list[str]]:
    """A table copied from Excel (TSV) or a web page (HTML); HTML wins when it has a table."""
    if markup and "<table" in markup.lower():
        rows = parse_html_table(markup)
        if rows:
            return rows
    if not text.strip():
        raise UserError(msg("import.clipboard_empty"), hint=msg("import.clipboard_empty.hint"))
    rows, _delimiter, _nul = parse_text_table(text.replace("\r\n", "\n"), None)
    return rows
