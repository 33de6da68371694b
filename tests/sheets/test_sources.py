"""Reading a sheet: the preview and the structure check a caller may run beside the load."""

from __future__ import annotations

import xlsxwriter

from desktop.sheets.preflight import preflight_xlsx
from desktop.sheets.sources import Options, inspect_file


def test_a_pasted_table_previews_with_its_mapping():
    source = inspect_file(
        None, Options(pasted_rows=[["正文", "原文链接"], ["退款", "https://a.cn"]])
    )
    assert source.kind == "paste" and source.mapping == {"正文": "text", "原文链接": "url"}
    assert source.preview == [["退款", "https://a.cn"]]


def test_an_xlsx_file_uses_the_preflight_starter_it_is_given(tmp_path):
    path = tmp_path / "a.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet("数据").write_row(0, 0, ["正文", "原文链接"])
    workbook.close()
    started = []

    def start(file):
        started.append(file)
        return lambda: preflight_xlsx(file)

    source = inspect_file(str(path), Options(), start_preflight=start)
    assert started == [path] and source.sheet == "数据"
    assert inspect_file(str(path), Options()).sheet == "数据"  # without one: checked first
