"""Hostile and malformed files (RELIABILITY §2.2, §5.3 I-01..I-06, I-12), built here with zipfile."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.services import importing
from desktop.services.importing import IsolatedWorkFailed, Limits
from desktop.sheets.preflight import HostileFile, UnsupportedFile, preflight_xlsx, sniff

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def sheet_xml(cells: str, prolog: str = "") -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet {NS}><sheetData>{cells}</sheetData></worksheet>'


def strings_xml(items: list[str], prolog: str = "") -> str:
    body = "".join(f"<si><t>{s}</t></si>" for s in items)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<sst {NS} count="{len(items)}">{body}</sst>'
    )


def build_xlsx(
    path: Path, sheet: str, strings: str | None = None, extra: dict[str, bytes] | None = None
) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr(
            "xl/sharedStrings.xml",
            strings or strings_xml(["正文", "原文链接", "钢丝", "https://a.cn/1"]),
        )
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


GOOD_CELLS = (
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
)
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


@pytest.fixture
def ws(workspace):
    return workspace


def run_import(ws, file: Path, **kw):
    return importing.import_file(ws.path, file, user="tester", backup=False, **kw)


def assert_nothing_imported(ws) -> None:
    assert ws.count("mentions") == 0
    assert ws.db.execute("SELECT count(*) FROM imports WHERE status = 'done'").fetchone()[0] == 0


def test_good_skeleton_imports(ws, tmp_path):
    result = run_import(ws, build_xlsx(tmp_path / "ok.xlsx", sheet_xml(GOOD_CELLS)))
    assert result.inserted == 1 and ws.count("mentions") == 1


@pytest.mark.parametrize(
    "where",
    ["strings", "sheet", "quadratic", "xxe"],
)
def test_entity_tricks_are_rejected_fast_and_never_stored(ws, tmp_path, where):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    if where == "strings":
        path = build_xlsx(
            tmp_path / "x.xlsx",
            sheet_xml(GOOD_CELLS),
            strings_xml(["&lol3;", "b", "c", "d"], LAUGHS),
        )
    elif where == "sheet":
        cells = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
        path = build_xlsx(tmp_path / "x.xlsx", sheet_xml(cells, LAUGHS))
    elif where == "quadratic":
        prolog = f'<!DOCTYPE q [<!ENTITY a "{"x" * 100_000}">]>'
        path = build_xlsx(
            tmp_path / "x.xlsx",
            sheet_xml(GOOD_CELLS),
            strings_xml(["&a;" * 10_000, "b", "c", "d"], prolog),
        )
    else:
        prolog = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        path = build_xlsx(
            tmp_path / "x.xlsx",
            sheet_xml(GOOD_CELLS),
            strings_xml(["&xxe;", "原文链接", "c", "https://a.cn/1"], prolog),
        )
    started = time.monotonic()
    with pytest.raises(UserError) as error:
        run_import(ws, path)
    assert time.monotonic() - started < 5  # includes the child's start; the check itself is ms
    assert "DTD" in error.value.message
    assert_nothing_imported(ws)
    dump = "\n".join(ws.db.conn.iterdump())
    assert "TOP-SECRET-MARKER" not in dump


def test_zip_bomb_is_rejected_by_the_preflight(tmp_path):
    path = tmp_path / "bomb.xlsx"
    build_xlsx(path, sheet_xml(GOOD_CELLS))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.xml", b" " * (64 * 1024 * 1024))
    assert path.stat().st_size < 1_000_000
    started = time.monotonic()
    with pytest.raises(HostileFile) as error:
        preflight_xlsx(path)
    assert time.monotonic() - started < 1
    assert "压缩" in error.value.message


def test_declared_total_above_the_cap(tmp_path, monkeypatch):
    from desktop.sheets import preflight

    monkeypatch.setattr(preflight, "MAX_TOTAL_UNCOMPRESSED", 1000)
    with pytest.raises(HostileFile):
        preflight_xlsx(build_xlsx(tmp_path / "big.xlsx", sheet_xml(GOOD_CELLS)))


def test_lying_declared_size_is_damaged(ws, tmp_path):
    path = build_xlsx(tmp_path / "lie.xlsx", sheet_xml(GOOD_CELLS * 200))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    # Shrink the declared uncompressed size in the central directory entry.
    name = b"xl/worksheets/sheet1.xml"
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    size_at = central + 24
    assert int.from_bytes(data[size_at : size_at + 4], "little") == info.file_size
    data[size_at : size_at + 4] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(UserError) as error:
        run_import(ws, path)
    assert "损坏" in error.value.message
    assert_nothing_imported(ws)


@pytest.mark.parametrize("shape", ["xfd", "wide"])
def test_absurd_bounding_boxes_are_rejected_and_the_app_survives(ws, tmp_path, shape):
    if shape == "xfd":
        cells = '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    else:
        cells = '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="10000"><c r="GJH10000"><v>1</v></c></row>'
    path = build_xlsx(tmp_path / f"{shape}.xlsx", sheet_xml(cells))
    with pytest.raises(UserError) as error:
        run_import(ws, path)
    assert "范围异常" in error.value.message
    assert_nothing_imported(ws)


def test_more_rows_than_excel_has(tmp_path):
    cells = (
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="2000000"><c r="A2000000"><v>1</v></c></row>'
    )
    with pytest.raises(HostileFile):
        preflight_xlsx(build_xlsx(tmp_path / "2m.xlsx", sheet_xml(cells)))


def test_row_cap_gives_a_clear_message_and_commits_nothing(ws, tmp_path):
    ws.set_setting("import_row_cap", 50)
    lines = ["正文,原文链接", *(f"第{i}条,https://a.cn/{i}" for i in range(200))]
    file = tmp_path / "many.csv"
    file.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(UserError) as error:
        run_import(ws, file)
    assert "上限 50" in error.value.message
    assert ws.count("mentions") == 0
    assert ws.db.execute("SELECT status FROM imports").fetchone()[0] == "failed"


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (
            b"<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>",
            "page.xlsx",
            "网页",
        ),
        (bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600, "locked.xlsx", "密码"),
        (bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600, "old.xls", ".xls"),
        (b"", "empty.xlsx", "空"),
    ],
)
def test_wrong_kinds_get_specific_messages(tmp_path, content, name, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnsupportedFile) as error:
        sniff(path)
    assert expected in error.value.message


def test_truncated_zip_is_damaged(ws, tmp_path):
    path = build_xlsx(tmp_path / "t.xlsx", sheet_xml(GOOD_CELLS))
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(UserError) as error:
        run_import(ws, path)
    assert "损坏" in error.value.message


def test_csv_renamed_xlsx_is_read_as_csv_with_a_warning(ws, tmp_path):
    path = tmp_path / "renamed.xlsx"
    path.write_text("正文,原文链接\n钢丝,https://a.cn/1\n", encoding="utf-8")
    result = run_import(ws, path)
    assert result.inserted == 1
    assert any("CSV" in w for w in result.warnings)


def test_parser_child_that_dies_leaves_workspace_unchanged(ws, tmp_path):
    """The child is killed with SIGKILL mid-parse (what an abort or the OOM killer does)."""
    import multiprocessing
    import signal

    from desktop.core.progress import Progress

    lines = ["正文,原文链接", *(f"第{i}条,https://a.cn/{i}" for i in range(12_000))]
    file = tmp_path / "die.csv"
    file.write_text("\n".join(lines), encoding="utf-8")

    def kill_child(done, total, message):
        for child in multiprocessing.active_children():
            os.kill(child.pid, signal.SIGKILL)

    with pytest.raises(IsolatedWorkFailed) as error:
        run_import(ws, file, progress=Progress(callback=kill_child, min_interval=0))
    assert "无法读取" in error.value.message
    assert ws.count("mentions") == 0
    assert ws.db.execute("SELECT status FROM imports").fetchone()[0] == "failed"
    _assert_no_zombies()


def test_parser_memory_limit_is_enforced(ws, tmp_path):
    lines = ["正文,原文链接", *(f"{'长' * 3000}{i},https://a.cn/{i}" for i in range(20_000))]
    file = tmp_path / "mem.csv"
    file.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(IsolatedWorkFailed) as error:
        run_import(ws, file, limits=Limits(memory_bytes=400 * 1024 * 1024, timeout_seconds=60))
    assert "内存" in error.value.message or "无法读取" in error.value.message
    assert ws.count("mentions") == 0
    _assert_no_zombies()


def _assert_no_zombies() -> None:
    import multiprocessing

    assert multiprocessing.active_children() == []
    status = Path(f"/proc/{os.getpid()}/task")
    if status.exists():
        for child in Path("/proc").glob("[0-9]*"):
            try:
                stat = (child / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            assert not (fields[0] == "Z" and int(fields[1]) == os.getpid())
