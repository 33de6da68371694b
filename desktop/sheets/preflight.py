"""Magic-byte sniffing and the .xlsx preflight of RELIABILITY.md §2.5.

Cheap checks that run before any parser touches an untrusted file: what kind of file it really
is (never trust the extension), zip entry count, declared sizes and ratios, no DTD/ENTITY in
any XML part, and the real bounding box of every worksheet (a regex over the `r="A1"` refs).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.progress import Progress

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
MAX_ENTRIES = 10_000
MAX_TOTAL_UNCOMPRESSED = 512 * 1024 * 1024
RATIO_THRESHOLD_SIZE = 10 * 1024 * 1024
MAX_RATIO = 200
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELLS = 20_000_000
# Cell refs (letters + digits) and row numbers (digits only) of the r="…" attributes; a plain
# scan is ~10× faster than anchoring on the tags, and over-counting is impossible because only
# <c> and <row> carry r= in sheetData.
_CELL_COL = re.compile(rb' r="([A-Z]{1,4})\d')
_CELL_ROW = re.compile(rb' r="[A-Z]{1,4}(\d{1,9})"')
_ROW_REF = re.compile(rb' r="(\d{1,9})"')
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.I)
CHUNK = 1024 * 1024


class UnsupportedFile(UserError):
    """The file is not something we import (or not what its name says)."""


class HostileFile(UserError):
    """The file is built to hurt the reader (entities, bombs, absurd sizes)."""


@dataclass
class Sniffed:
    kind: str  # "xlsx", "text"
    encoding_hint: str = ""


@dataclass
class PreflightReport:
    sheets: dict[str, tuple[int, int]] = field(default_factory=dict)  # part → (rows, columns)
    rows_by_name: dict[str, int] = field(default_factory=dict)  # sheet name → last used row


_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)/?>")
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)/?>")
_ATTR = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')


def _attrs(raw: bytes) -> dict[str, str]:
    import html

    return {
        k.decode().split(":")[-1]: html.unescape(v.decode("utf-8", "replace"))
        for k, v in _ATTR.findall(raw)
    }


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """sheet name → worksheet part, from workbook.xml and its rels (already DTD-checked)."""
    try:
        workbook = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {}
    for raw in _REL_TAG.findall(rels):
        attrs = _attrs(raw)
        target = attrs.get("Target", "").lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        targets[attrs.get("Id", "")] = target
    parts = {}
    for raw in _SHEET_TAG.findall(workbook):
        attrs = _attrs(raw)
        if "name" in attrs and attrs.get("id") in targets:
            parts[attrs["name"]] = targets[attrs["id"]]
    return parts


def sniff(path: Path) -> Sniffed:
    """Decide by magic bytes what the file is; raise a specific message for what we refuse."""
    path = Path(path)
    if not path.exists():
        raise UnsupportedFile(f"找不到文件：{path}")
    if path.is_dir():
        raise UnsupportedFile(f"这是一个文件夹，不是表格文件：{path.name}")
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        raise UnsupportedFile(f"文件是空的：{path.name}", hint="请确认导出已完成后再导入。")
    if head.startswith(OLE_MAGIC):
        if path.suffix.lower() == ".xls":
            raise UnsupportedFile(
                f"这是旧版 Excel 97-2003 (.xls) 文件：{path.name}",
                hint="请在 Excel/WPS 中“另存为” .xlsx 或 .csv 后再导入。",
            )
        raise UnsupportedFile(
            f"这是受密码保护的工作簿或旧版 .xls 文件：{path.name}",
            hint="如有密码，请在 Excel/WPS 中取消密码保护；旧版 .xls 请另存为 .xlsx 后再导入。",
        )
    if head.startswith(b"PK"):
        return Sniffed("xlsx")
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml", b"<meta")):
        if b"<html" in lowered or b"<table" in lowered or b"<!doctype html" in lowered:
            raise UnsupportedFile(
                f"这是一个网页（HTML）文件，不是 Excel 表格：{path.name}",
                hint="有些系统把网页表格存成 .xls/.xlsx；请在浏览器里复制表格，用“从剪贴板粘贴表格”导入，或在 Excel 中另存为 .xlsx。",
            )
        raise UnsupportedFile(f"这是 XML 文件，不是表格：{path.name}")
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        if b"\x00" in head[:64] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise UnsupportedFile(
                f"文件已损坏或不是 Excel 表格：{path.name}",
                hint="请重新导出或下载这个文件。",
            )
        # Text renamed .xlsx: read it as the CSV it is, but say so.
        return Sniffed("text", encoding_hint="renamed")
    return Sniffed("text")


def _damaged(path: Path, detail: str = "") -> UserError:
    return UserError(
        f"Excel 文件已损坏，无法读取：{path.name}" + (f"（{detail}）" if detail else ""),
        hint="文件可能没有下载完整；请重新导出或下载后再导入。",
    )


def preflight_xlsx(path: Path, progress: Progress | None = None) -> PreflightReport:
    """RELIABILITY.md §2.5 checks 2–6; raises HostileFile / UserError, else the sheet sizes."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise _damaged(path, "压缩结构不完整") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise HostileFile(
                f"文件包含 {len(infos):,} 个内部部件，超过 {MAX_ENTRIES:,} 的上限，已拒绝：{path.name}",
                hint="这不是正常的表格文件。",
            )
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise HostileFile(
                f"文件解压后超过 {MAX_TOTAL_UNCOMPRESSED // 2**20} MB（压缩炸弹？），已拒绝：{path.name}",
                hint="请把数据拆成几个较小的文件再导入。",
            )
        for info in infos:
            if info.file_size > RATIO_THRESHOLD_SIZE and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise HostileFile(
                    f"文件压缩比异常（{info.file_size // max(info.compress_size, 1):,}:1，"
                    f"疑似压缩炸弹），已拒绝：{path.name}",
                    hint="正常的表格不会这样；请向文件来源确认。",
                )
        names = {i.filename for i in infos}
        if "[Content_Types].xml" not in names or not any(
            n.startswith("xl/worksheets/") for n in names
        ):
            raise UnsupportedFile(
                f"这个压缩文件不是 Excel 工作簿：{path.name}",
                hint="请选择 .xlsx、.csv 或 .tsv 表格文件。",
            )
        report = PreflightReport()
        try:
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    with archive.open(info) as member:
                        if _DTD.search(member.read(4096)):
                            raise HostileFile(
                                f"文件包含不受支持的 XML（DTD/实体声明），已拒绝：{path.name}",
                                hint="正常导出的表格不含这些内容；文件可能被恶意构造。",
                            )
            sheets = [
                i
                for i in infos
                if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")
            ]
            total_bytes = sum(i.file_size for i in sheets) or 1
            done_bytes = 0
            for info in sheets:
                rows, columns = _bounding_box(archive, info, progress, done_bytes, total_bytes)
                done_bytes += info.file_size
                if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
                    raise HostileFile(
                        f"工作表的范围异常（{rows:,} 行 × {columns:,} 列），已拒绝：{path.name}",
                        hint="Excel 最多 1,048,576 行 × 16,384 列；本程序最多读取 2,000 万个单元格的范围。",
                    )
                report.sheets[info.filename] = (rows, columns)
            for name, part in _sheet_parts(archive).items():
                report.rows_by_name[name] = report.sheets.get(part, (0, 0))[0]
        except zipfile.BadZipFile as exc:
            raise _damaged(path, "内部数据校验失败") from exc
        except (EOFError, OSError, RuntimeError) as exc:
            raise _damaged(path) from exc
        return report


def column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number


def _bounding_box(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    progress: Progress | None,
    done_before: int,
    total: int,
) -> tuple[int, int]:
    max_row = 0
    max_col = 0
    read = 0
    tail = b""
    with archive.open(info) as member:
        while True:
            chunk = member.read(CHUNK)
            if not chunk:
                break
            read += len(chunk)
            data = tail + chunk
            columns = set(_CELL_COL.findall(data))
            if columns:
                max_col = max(max_col, *map(column_number, columns))
            rows = _CELL_ROW.findall(data)
            rows += _ROW_REF.findall(data)
            if rows:
                max_row = max(max_row, *map(int, rows))
            if max_row > MAX_ROWS or max_col > MAX_COLUMNS:
                return max_row, max_col  # no need to read the rest
            tail = data[-256:]
            if progress is not None:
                progress.report(done_before + read, total, "检查文件结构")
    return max_row, max_col
