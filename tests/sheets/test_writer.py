"""The safe sheet writer: what a user opening the exported file in Excel would notice."""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from desktop.core.errors import Cancelled, UserError
from desktop.core.progress import Progress
from desktop.sheets import atomic_file, writer
from desktop.sheets.writer import (
    EXCEL_CELL_LIMIT,
    TRUNCATION_MARKER,
    SheetSpec,
    cleanup_orphan_temp_files,
    sanitise_sheet_names,
    write_csv,
    write_xlsx,
)
from tests.support.exports import PAYLOADS, sheet_xml, unescape_ooxml


def _quote_prefixed_styles(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("xl/styles.xml").decode()
    cell_xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S).group(1)
    xfs = re.findall(r"<xf [^>]*?(?:/>|>.*?</xf>)", cell_xfs, re.S)
    return {str(i) for i, xf in enumerate(xfs) if 'quotePrefix="1"' in xf}


def test_formula_payloads_stay_text_with_quote_prefix(tmp_path: Path) -> None:
    path = tmp_path / "payloads.xlsx"
    rows = [[i, payload] for i, payload in enumerate(PAYLOADS)]
    report = write_xlsx(path, [SheetSpec("舆情", ["编号", "正文"], rows)])
    xml = sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    cells = dict(re.findall(r'<c r="B(\d+)"([^>]*)>', xml))
    quoted = _quote_prefixed_styles(path)
    for row_number in range(2, 2 + len(PAYLOADS)):
        attributes = cells[str(row_number)]
        assert 't="inlineStr"' in attributes or 't="s"' in attributes
        assert re.search(r's="(\d+)"', attributes).group(1) in quoted
    assert report.formula_like_cells == len(PAYLOADS)
    # Reloaded values equal the originals (calamine decodes _x000D_ as Excel does).
    values = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("舆情").to_python()
    assert [row[1] for row in values[1:]] == PAYLOADS
    sheet = openpyxl.load_workbook(path).active
    assert [unescape_ooxml(sheet.cell(r, 2).value) for r in range(2, 9)] == PAYLOADS
    assert all(sheet.cell(r, 2).data_type == "s" for r in range(2, 9))


def test_urls_and_number_like_text_are_not_converted(tmp_path: Path) -> None:
    path = tmp_path / "urls.xlsx"
    long_id = 4_987_654_321_098_765_432
    rows = [["see https://weibo.com/1/abc", "5.70306E+17", "000123", long_id, 42, 1.5]]
    write_xlsx(path, [SheetSpec("s", ["url", "a", "b", "id", "n", "f"], rows)])
    with zipfile.ZipFile(path) as archive:  # text around a URL: no link guessed
        assert not [n for n in archive.namelist() if "rels" in n and "sheet1" in n]
    rows[0][0] = "https://weibo.com/1/abc"  # (a whole-cell URL is a link: see below)
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[2]] == [
        "see https://weibo.com/1/abc",
        "5.70306E+17",
        "000123",
        str(long_id),
        42,
        1.5,
    ]


def test_control_characters_are_replaced_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "control.xlsx"
    rows = [["bell\x07 esc\x1b nul\x00", "fine\ttab\nnew line"], ["\x0b\x0c", "ok"]]
    report = write_xlsx(path, [SheetSpec("s", ["a", "b"], rows)])
    assert report.control_chars_replaced == 5
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A2"].value == "bell\ufffd esc\ufffd nul\ufffd"
    assert sheet["B2"].value == "fine\ttab\nnew line"
    assert sheet["A3"].value == "\ufffd\ufffd"


def test_text_over_the_cell_limit_is_cut_with_a_marker_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    long_text = "投诉" * 20_000
    report = write_xlsx(path, [SheetSpec("s", ["正文"], [[long_text], ["短"]])])
    assert report.truncated_cells == 1
    book = openpyxl.load_workbook(path, read_only=True)
    value = book.active["A2"].value
    book.close()
    assert len(value) == EXCEL_CELL_LIMIT
    assert value.endswith(TRUNCATION_MARKER)
    assert value.startswith(long_text[:1000])


def test_sheet_names_are_legal_and_unique(tmp_path: Path) -> None:
    raw = ["案例/2026:徐汇[钢丝]*?\\", "案例/2026:徐汇[钢丝]*?\\", "", "'引号'", "x" * 40, "x" * 40]
    names = sanitise_sheet_names(raw)
    assert len(set(n.lower() for n in names)) == len(names)
    for name in names:
        assert 0 < len(name) <= 31
        assert not set(name) & set("/\\:[]*?")
        assert not name.startswith("'") and not name.endswith("'")
    path = tmp_path / "names.xlsx"
    report = write_xlsx(path, [SheetSpec(n, ["a"], [[1]] * (i + 1)) for i, n in enumerate(raw)])
    assert openpyxl.load_workbook(path).sheetnames == names == report.sheets
    assert report.rows == 1 and report.sheet_rows == [1, 2, 3, 4, 5, 6]


def test_dates_are_real_excel_dates_and_the_sheet_is_laid_out(tmp_path: Path) -> None:
    path = tmp_path / "dates.xlsx"
    rows = [
        ["2026-11-18T09:05:00+08:00", "2026-11-20", "长长长长长长长长长长长长长长长长的正文"],
        [datetime(2026, 11, 19, 18, 0), date(2026, 11, 21), "x"],
        ["不是日期", None, "y"],
        ["1899-12-31T10:00:00", "0001-01-01", "z"],
    ]
    write_xlsx(path, [SheetSpec("s", ["发布时间", "跟进期限", "正文"], rows, date_columns={0, 1})])
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A2"].value == datetime(2026, 11, 18, 9, 5)
    assert sheet["A2"].is_date and "yy" in sheet["A2"].number_format
    assert sheet["B2"].value == datetime(2026, 11, 20) and sheet["B2"].is_date
    assert sheet["A3"].value == datetime(2026, 11, 19, 18, 0)
    assert sheet["A4"].value == "不是日期"
    assert (sheet["A5"].value, sheet["B5"].value) == ("1899-12-31T10:00:00", "0001-01-01")
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C5"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["B"].width - 10
    assert sheet.column_dimensions["C"].width >= 30  # 18 CJK characters are ~36 wide


def test_csv_follows_owasp(tmp_path: Path) -> None:
    path = tmp_path / "owasp.csv"
    rows = [['=1+2";=1+2'], ["=1+2'\" ;,=1+2"], ["+86 138 0013 8000"], ["普通文本"], [-5]]
    report = write_csv(path, ["内容"], rows)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw[3:].decode("utf-8").split("\r\n")
    assert lines[1] == '"\'=1+2"";=1+2"'
    assert lines[2] == '"\'=1+2\'"" ;,=1+2"'
    assert lines[3] == '"\'+86 138 0013 8000"'
    assert lines[4] == '"普通文本"'
    assert lines[5] == '"-5"'  # a number stays a number
    assert all(line.startswith('"') and line.endswith('"') for line in lines if line)
    assert report.formula_like_cells == 3 and report.rows == 5


def test_csv_payloads_never_start_a_field_with_a_formula_character(tmp_path: Path) -> None:
    path = tmp_path / "payloads.csv"
    write_csv(path, ["正文"], [[p] for p in PAYLOADS])
    text = path.read_bytes().decode("utf-8-sig")
    fields = [row[0] for row in csv.reader(io.StringIO(text, newline=""))][1:]
    assert fields == ["'" + p for p in PAYLOADS]


def _existing(path: Path) -> bytes:
    write_xlsx(path, [SheetSpec("old", ["a"], [["旧文件"]])])
    return path.read_bytes()


def test_failure_midway_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    old = _existing(path)

    def rows():
        yield ["一"]
        raise RuntimeError("source failed")

    with pytest.raises(RuntimeError):
        write_xlsx(path, [SheetSpec("new", ["a"], rows())])
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_cancel_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("old", encoding="utf-8")
    progress = Progress()

    def rows():
        for i in range(2000):
            if i == 1500:
                progress.cancel()
            yield [i]

    with pytest.raises(Cancelled):
        write_csv(path, ["a"], rows(), progress)
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_file_locked_by_excel_gives_a_clear_message(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "open-in-excel.xlsx"
    old = _existing(path)

    def locked(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic_file.os, "replace", locked)
    with pytest.raises(UserError, match="Excel"):
        write_xlsx(path, [SheetSpec("new", ["a"], [["新"]])])
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["open-in-excel.xlsx"]


def test_missing_folder_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="不存在"):
        write_csv(tmp_path / "nope" / "x.csv", ["a"], [])


def test_orphan_temp_folders_of_dead_processes_are_removed(tmp_path: Path) -> None:
    dead = tmp_path / f"{writer.TEMP_PREFIX}999999999-abc{writer.TEMP_SUFFIX}"
    dead.mkdir()
    (dead / "export.xlsx").write_bytes(b"PK partial")
    alive = tmp_path / f"{writer.TEMP_PREFIX}{os.getppid()}-def{writer.TEMP_SUFFIX}"
    alive.mkdir()
    mine = tmp_path / f"{writer.TEMP_PREFIX}{os.getpid()}-ghi{writer.TEMP_SUFFIX}"
    mine.mkdir()
    keep = tmp_path / "report.xlsx"
    keep.write_bytes(b"x")
    assert cleanup_orphan_temp_files(tmp_path) == 1
    assert not dead.exists()
    assert alive.exists() and mine.exists() and keep.exists()


def test_rich_string_lookalike_cannot_inject_xml(tmp_path: Path) -> None:
    """xlsxwriter copies a `<r>…</r>` string into the sheet XML unescaped in constant_memory
    mode; attacker text shaped like that must still arrive as plain text."""
    evil = (
        '<r><t>a</t></r></is></c><c r="B2"><f>HYPERLINK("http://attacker.example","赔偿")</f>'
        '</c><c r="C2" t="inlineStr"><is><r><t>b</t></r>'
    )
    path = tmp_path / "rich.xlsx"
    write_xlsx(path, [SheetSpec("s", ["正文", evil], [[evil], ["<r>=1+2</r>"]])])
    xml = sheet_xml(path)
    assert "<f>" not in xml
    values = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("s").to_python()
    assert values[0][1] == evil and values[1][0] == evil and values[2][0] == "<r>=1+2</r>"
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A2"].value == evil and sheet.max_column == 2


def test_cell_limit_counts_utf16_units_like_excel(tmp_path: Path) -> None:
    path = tmp_path / "emoji.xlsx"
    text = "😡" * 17_000  # 17,000 characters but 34,000 UTF-16 units
    report = write_xlsx(path, [SheetSpec("s", ["正文"], [[text]])])
    assert report.truncated_cells == 1
    book = openpyxl.load_workbook(path, read_only=True)
    value = book.active["A2"].value
    book.close()
    assert value.endswith(TRUNCATION_MARKER) and set(value[: -len(TRUNCATION_MARKER)]) == {"😡"}
    assert len(value.encode("utf-16-le")) // 2 <= EXCEL_CELL_LIMIT


def test_ooxml_escape_lookalikes_and_line_breaks_survive(tmp_path: Path) -> None:
    values = ["订单_x0041_号", "_x005F_", "第一行\r\n第二行", "\r=1", "tab\there"]
    path = tmp_path / "escapes.xlsx"
    write_xlsx(path, [SheetSpec("s", ["a"], [[v] for v in values])])
    table = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("s").to_python()
    assert [row[0] for row in table[1:]] == values


def test_more_columns_than_excel_holds_is_refused_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "wide.xlsx"
    columns = [f"c{i}" for i in range(16_385)]
    with pytest.raises(UserError, match="16,384"):
        write_xlsx(path, [SheetSpec("s", columns, [])])
    assert list(tmp_path.iterdir()) == []


# -- hyperlinks (issue 13): plain http(s) links are clickable, nothing else is ---------------

SAFE_LINKS = [
    "https://weibo.com/1234567890/NfGhIjKlM",
    "http://www.xiaohongshu.com/explore/64ab?xsec=abc#comments",
    "https://s.weibo.com/weibo?q=%E9%A3%9F%E5%93%81",
    "https://example.cn/路径/搜索?q=食品",
]
UNSAFE_LINKS = [
    "javascript:alert(1)",
    "JavaScript://%0aalert(1)",
    "file:///C:/Windows/System32/calc.exe",
    '=HYPERLINK("http://evil.example","点我")',
    "http://evil.example\x07/",  # a control character (becomes U+FFFD)
    "https://bank.example@evil.example/",
    "https://evil.example/a b",
    'https://evil.example/"onmouseover=x',
    "mailto:a@b.cn",
    "ftp://example.cn/file",
    "see https://weibo.com/1",
    "https://",
    "https://example.cn/" + "a" * 2_061,  # 2,080 characters: over Excel's 2,079
]


def test_plain_web_links_become_hyperlinks_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "links.xlsx"
    at_limit = "https://example.cn/" + "a" * 2_060  # exactly 2,079
    values = [*SAFE_LINKS, at_limit, *UNSAFE_LINKS]
    report = write_xlsx(path, [SheetSpec("s", ["url"], [[v] for v in values])])
    assert report.links == len(SAFE_LINKS) + 1 and report.links_as_text == 0
    sheet = openpyxl.load_workbook(path).active
    for row, value in enumerate(values, start=2):
        cell = sheet.cell(row, 1)
        if row - 2 <= len(SAFE_LINKS):
            assert cell.hyperlink is not None, value
            assert cell.value == value  # the cell shows the link as it was
            assert cell.hyperlink.target.split("#")[0] == value.split("#")[0]
        else:
            assert cell.hyperlink is None, value
            assert cell.data_type == "s"
    with zipfile.ZipFile(path) as archive:
        rels = archive.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
    assert "javascript" not in rels.lower() and "file:" not in rels and "evil" not in rels
    assert rels.count('TargetMode="External"') == len(SAFE_LINKS) + 1
    # the header is never a link, and a formula-looking cell is still quoted text
    assert sheet.cell(1, 1).hyperlink is None
    formula_row = 2 + len(SAFE_LINKS) + 1 + UNSAFE_LINKS.index(UNSAFE_LINKS[3])
    assert sheet.cell(formula_row, 1).value.startswith("=HYPERLINK")


def test_links_past_excels_65530_per_sheet_are_plain_text(tmp_path: Path, recwarn) -> None:
    path = tmp_path / "many.xlsx"
    count = 65_533
    rows = ([f"https://weibo.com/{i}"] for i in range(count))
    report = write_xlsx(
        path, [SheetSpec("s", ["url"], rows), SheetSpec("t", ["u"], [["https://x.cn/"]])]
    )
    assert (report.links, report.links_as_text) == (65_530 + 1, 3)
    assert not [w for w in recwarn if "URL" in str(w.message)]  # xlsxwriter was never refused
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert xml.count("<hyperlink ") == 65_530
    table = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("s").to_python()
    assert table[-1] == [f"https://weibo.com/{count - 1}"]  # the text is all there
