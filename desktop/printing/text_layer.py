"""Repair the text layer of the PDFs Qt writes, so that searching or copying a PDF gives the
Chinese text that was drawn.

Qt's PDF writer maps each embedded glyph back to text (the font's ToUnicode CMap) by the
LOWEST code point the font's cmap sends to that glyph. A CJK font draws a Kangxi radical and
its ideograph with the same glyph (⿅ U+2FC5 and 鹿 U+9E7F in Noto Sans CJK; ⻝ and 食; some
CJK Extension A characters too: 㬵 and 胶), and the radical's code point is the lower one, so
about one Chinese character in eight came out as a radical and "鹿角巷" could not be found.

The repair: for each font in the written PDF, every code point below the CJK Unified
Ideographs (U+2E80–U+4DBF: the radical blocks, CJK symbols, Extension A) that the font draws
with the glyph of a unified ideograph (U+4E00–U+9FFF) is mapped to that ideograph instead. The
font's own cmap decides (⼾ is 户 in a Simplified Chinese font, 戶 in a Traditional one); for
a PDF font that cannot be matched to a font the document was laid out with, the Unicode
equivalents are used (NFKC for the Kangxi radicals, SUPPLEMENT below). Only the ToUnicode
streams change, appended as an incremental update: pages, fonts and images stay as Qt wrote
them.
"""

from __future__ import annotations

import io
import os
import re
import struct
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

from pypdf import PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject, IndirectObject, StreamObject
from PySide6.QtGui import QRawFont, QTextDocument

# Code points a shared glyph can be misread as (all lower than the unified ideographs).
SHADOWED = "".join(chr(c) for c in range(0x2E80, 0x4DC0))
IDEOGRAPHS = "".join(chr(c) for c in range(0x4E00, 0xA000))

# CJK Radicals Supplement → the unified ideograph it stands for (Unicode's
# EquivalentUnifiedIdeograph.txt), for the forms that are characters in running text; the
# Kangxi radicals need no table: NFKC gives their ideograph.
SUPPLEMENT = {
    "⺠": "民", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻑": "長", "⻓": "长",
    "⻔": "门", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食",
    "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦",
    "⻩": "黄", "⻪": "黾", "⻬": "齐", "⻮": "齿", "⻰": "龙", "⻱": "龜",
}  # fmt: skip


def unicode_equivalents() -> dict[str, str]:
    """Radical → ideograph from Unicode data alone (when the font is not known)."""
    table = {
        chr(c): unicodedata.normalize("NFKC", chr(c))
        for c in range(0x2F00, 0x2FD6)  # Kangxi Radicals
    }
    table.update(SUPPLEMENT)
    return table


# What a failed repair raises (a PDF pypdf cannot read or write back, a full disk): the caller
# keeps the PDF as Qt wrote it.
REPAIR_ERRORS = (PyPdfError, ValueError, OSError)

_FONT_MAPS: dict[str, dict[str, str]] = {}


def _key(name: str) -> str:
    """A PostScript name compared loosely: no subset tag, case, spaces or punctuation."""
    name = re.sub(r"^[A-Z]{6}\+", "", name.lstrip("/"))
    return re.sub(r"[^0-9a-z]", "", name.lower())


def postscript_name(font: QRawFont) -> str:
    """The font's PostScript name (name id 6 of its 'name' table), "" when it has none."""
    table = bytes(font.fontTable("name").data())
    if len(table) < 6:
        return ""
    count, strings = struct.unpack_from(">HH", table, 2)
    for index in range(count):
        offset = 6 + 12 * index
        if offset + 12 > len(table):
            break
        platform, _encoding, _language, name_id, length, start = struct.unpack_from(
            ">6H", table, offset
        )
        if name_id != 6:
            continue
        raw = table[strings + start : strings + start + length]
        return raw.decode("utf-16-be" if platform in (0, 3) else "latin-1", "replace")
    return ""


def shared_glyph_map(font: QRawFont) -> dict[str, str]:
    """Each SHADOWED code point the font draws with a unified ideograph's glyph → that
    ideograph (the first such in code point order)."""
    ideograph_glyphs = font.glyphIndexesForString(IDEOGRAPHS)
    shadowed_glyphs = font.glyphIndexesForString(SHADOWED)
    if len(ideograph_glyphs) != len(IDEOGRAPHS) or len(shadowed_glyphs) != len(SHADOWED):
        return {}
    first: dict[int, str] = {}
    for char, glyph in zip(IDEOGRAPHS, ideograph_glyphs, strict=True):
        if glyph:
            first.setdefault(glyph, char)
    return {
        char: first[glyph]
        for char, glyph in zip(SHADOWED, shadowed_glyphs, strict=True)
        if glyph and glyph in first
    }


def font_maps(document: QTextDocument) -> dict[str, dict[str, str]]:
    """The shared-glyph map of every font the laid-out document draws with, by PostScript
    name (compared loosely). Cached per font: a scan takes some 15 ms."""
    document.pageCount()  # lays the whole document out
    maps: dict[str, dict[str, str]] = {}
    seen: set[tuple[str, str]] = set()
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        # glyphRuns() of the whole layout is empty for a document's block: ask each line
        lines = (layout.lineAt(i) for i in range(layout.lineCount())) if layout else ()
        for font in (run.rawFont() for line in lines for run in line.glyphRuns()):
            face = (font.familyName(), font.styleName())
            if face in seen or not font.isValid():
                continue
            seen.add(face)
            key = _key(postscript_name(font))
            if not key:
                continue
            if key not in _FONT_MAPS:
                _FONT_MAPS[key] = shared_glyph_map(font)
            maps[key] = _FONT_MAPS[key]
        block = block.next()
    return maps


_SECTION = re.compile(rb"(\d+)\s+begin(bfchar|bfrange)(.*?)end\2", re.S)
_HEX = rb"<([0-9A-Fa-f\s]*)>"
_CHAR = re.compile(_HEX + rb"\s*" + _HEX)
_RANGE = re.compile(_HEX + rb"\s*" + _HEX + rb"\s*(?:" + _HEX + rb"|\[([^\]]*)\])")


def _hex(token: bytes) -> bytes:
    return re.sub(rb"\s", b"", token).upper()


def _text(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", "replace")


def parse_cmap(data: bytes) -> tuple[bytes, dict[bytes, str], bytes] | None:
    """A ToUnicode CMap as (header, {source code as hex: text}, trailer); None if it has no
    bfchar/bfrange section this parser understands."""
    sections = list(_SECTION.finditer(data))
    if not sections:
        return None
    mapping: dict[bytes, str] = {}
    for section in sections:
        body = section.group(3)
        if section.group(2) == b"bfchar":
            for source, target in _CHAR.findall(body):
                mapping[_hex(source)] = _text(_hex(target))
            continue
        for match in _RANGE.finditer(body):
            start, end = _hex(match.group(1)), _hex(match.group(2))
            width = len(start)
            low, high = int(start, 16), int(end, 16)
            if match.group(4) is not None:
                targets = [_hex(t) for t in re.findall(_HEX, match.group(4))]
                for offset, target in enumerate(targets[: high - low + 1]):
                    mapping[b"%0*X" % (width, low + offset)] = _text(target)
            else:
                first = bytes.fromhex(_hex(match.group(3)).decode())
                for offset in range(high - low + 1):
                    # the last byte counts up (PDF 32000 §9.10.3)
                    code = first[:-1] + bytes([(first[-1] + offset) & 0xFF]) if first else b""
                    mapping[b"%0*X" % (width, low + offset)] = code.decode("utf-16-be", "replace")
    return data[: sections[0].start()], mapping, data[sections[-1].end() :]


def write_cmap(header: bytes, mapping: Mapping[bytes, str], trailer: bytes) -> bytes:
    """The CMap again, as bfchar sections of at most 100 entries (the PDF limit)."""
    entries = [
        b"<%s> <%s>" % (source, text.encode("utf-16-be").hex().upper().encode())
        for source, text in sorted(mapping.items(), key=lambda item: int(item[0], 16))
    ]
    sections = [
        b"%d beginbfchar\n%s\nendbfchar\n"
        % (len(entries[i : i + 100]), b"\n".join(entries[i : i + 100]))
        for i in range(0, len(entries), 100)
    ]
    return header + b"".join(sections) + trailer.lstrip(b"\n")


def repaired_cmap(data: bytes, table: Mapping[str, str]) -> tuple[bytes, int]:
    """The CMap with each shadowed code point replaced by its ideograph from `table`, and how
    many entries changed. An ideograph the CMap already gives another glyph is a different
    glyph: that entry is left alone."""
    parsed = parse_cmap(data)
    if parsed is None:
        return data, 0
    header, mapping, trailer = parsed
    present = set(mapping.values())
    changed = 0
    for source, text in mapping.items():
        repaired = "".join(
            table[ch] if ch in table and table[ch] not in present else ch for ch in text
        )
        if repaired != text:
            mapping[source] = repaired
            changed += 1
    if not changed:
        return data, 0
    return write_cmap(header, mapping, trailer), changed


def _fonts(writer: PdfWriter) -> Iterable[DictionaryObject]:
    """Each font dictionary of the pages, once."""
    seen: set[int] = set()
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for reference in fonts.get_object().values():
            if isinstance(reference, IndirectObject):
                if reference.idnum in seen:
                    continue
                seen.add(reference.idnum)
            font = reference.get_object()
            if isinstance(font, DictionaryObject):
                yield font


def repair_text_layer(path: Path, maps: Mapping[str, Mapping[str, str]]) -> int:
    """Rewrite the ToUnicode CMaps of the PDF at `path` (an incremental update, renamed over
    it); return how many entries changed (0: the file is left as it was)."""
    path = Path(path)
    writer = PdfWriter(io.BytesIO(path.read_bytes()), incremental=True)
    fallback = unicode_equivalents()
    changed = 0
    for font in _fonts(writer):
        stream = font.get("/ToUnicode")
        stream = stream.get_object() if stream is not None else None
        if not isinstance(stream, StreamObject):
            continue
        table = maps.get(_key(str(font.get("/BaseFont", ""))), fallback)
        data, count = repaired_cmap(stream.get_data(), table)
        if count:
            stream.set_data(data)
            changed += count
    if changed:
        # a file of its own, then renamed: a full disk leaves the PDF as Qt wrote it
        fixed = path.with_name(f"{path.name}.text")
        try:
            with fixed.open("wb") as stream_out:
                writer.write(stream_out)
            os.replace(fixed, path)
        finally:
            fixed.unlink(missing_ok=True)
    return changed
