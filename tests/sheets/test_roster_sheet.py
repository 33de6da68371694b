"""The roster workbook: text stays text, numbers typed in Excel come back as text."""

from __future__ import annotations

import pytest
import xlsxwriter
from openpyxl import load_workbook

from desktop.core.errors import UserError
from desktop.sheets.roster_sheet import (
    MATRIX_SHEET,
    PEOPLE_COLUMNS,
    PEOPLE_SHEET,
    read_roster_xlsx,
    write_roster_xlsx,
)


def test_formula_like_text_is_written_as_text_and_read_back(tmp_path) -> None:
    path = tmp_path / "r.xlsx"
    row = [
        '=HYPERLINK("http://x")',
        "",
        "",
        "",
        "13900000001",
        "",
        "",
        "",
        "",
        "是",
        "",
        "",
        "a\x07b",
    ]
    report = write_roster_xlsx(path, [row], [["默认", "任何级别", "结案", "人员", "x", "A"]])
    assert report.formula_like_cells == 1 and report.control_chars_replaced == 1
    sheet = load_workbook(path)[PEOPLE_SHEET]
    assert sheet["A2"].data_type == "s" and sheet["A2"].value.startswith("=HYPERLINK")
    assert not list(tmp_path.glob(".*.tmp"))
    parsed = read_roster_xlsx(path)
    assert parsed.people[0]["name"] == row[0]
    assert parsed.people[0]["notes"] == "a\ufffdb"
    assert parsed.has_matrix and parsed.matrix[0]["raci"] == "A"


def test_hand_made_sheet_with_numbers_and_dates_and_english_headers(tmp_path) -> None:
    import datetime

    path = tmp_path / "hand.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet(PEOPLE_SHEET)
    for col, header in enumerate(["name", "手机", "最近核实", "无关列"]):
        sheet.write(0, col, header)
    sheet.write_number(1, 1, 13900000001)
    sheet.write_string(1, 0, "林嘉禾")
    sheet.write_datetime(
        1, 2, datetime.datetime(2026, 11, 1), book.add_format({"num_format": "yyyy-mm-dd"})
    )
    sheet.write_string(3, 0, "周若溪")  # a blank row before it is skipped
    book.close()
    parsed = read_roster_xlsx(path)
    assert [p["name"] for p in parsed.people] == ["林嘉禾", "周若溪"]
    assert parsed.people[0]["phone"] == "13900000001"
    assert parsed.people[0]["verified_at"] == "2026-11-01"
    assert parsed.people[1]["_row"] == "4"
    assert not parsed.has_matrix


@pytest.mark.parametrize(
    "content, message",
    [(b"name,phone\n", "不是 .xlsx"), (b"", "不是 .xlsx")],
)
def test_non_xlsx_is_refused_clearly(tmp_path, content, message) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        read_roster_xlsx(path)


def test_workbook_without_people_sheet_is_refused(tmp_path) -> None:
    path = tmp_path / "other.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet(MATRIX_SHEET)
    book.close()
    with pytest.raises(UserError, match=PEOPLE_SHEET):
        read_roster_xlsx(path)
    assert PEOPLE_COLUMNS[0] == ("name", "姓名")


def test_legacy_role_cells_keep_known_names_whole() -> None:
    from desktop.sheets.roster_sheet import split_legacy_roles

    known = ["IT/安全", "公关/传播", "发言人"]
    assert split_legacy_roles("IT/安全/法务", known) == ["IT/安全", "法务"]
    assert split_legacy_roles("法务、 公关/传播 ，发言人", known) == ["法务", "公关/传播", "发言人"]
    # only a whole name between separators is protected: 公关/传播部 is not 公关/传播
    assert split_legacy_roles("公关/传播部", known) == ["公关", "传播部"]
    assert split_legacy_roles("公关;传播\n值守", []) == ["公关", "传播", "值守"]
    assert split_legacy_roles("", known) == []


def test_new_exports_name_the_escaped_roles_column(tmp_path) -> None:
    from desktop.sheets.roster_sheet import ROLES_HEADER, read_roster_xlsx, write_roster_xlsx

    out = tmp_path / "r.xlsx"
    write_roster_xlsx(out, [["张三", "", "", "公关/传播、法务\\、合规"]], [])
    sheets = read_roster_xlsx(out)
    assert sheets.escaped_roles and ROLES_HEADER == "危机角色（顿号分隔）"
    assert sheets.people[0]["roles"] == "公关/传播、法务\\、合规"
