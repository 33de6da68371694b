"""sheets/drill_sheet: the report's sheets through the safe writer (a lesson that looks like a
formula stays text)."""

from __future__ import annotations

from openpyxl import load_workbook

from desktop.sheets.drill_sheet import SheetSpec, write_drill_xlsx


def test_lessons_are_written_as_text_and_rows_counted(tmp_path) -> None:
    out = tmp_path / "演练.xlsx"
    report = write_drill_xlsx(
        out,
        [
            SheetSpec("概况", ["项目", "内容"], [("演练", "外卖餐品吃出异物")]),
            SheetSpec("经验教训", ["序号", "教训"], [(1, '=HYPERLINK("x")'), (2, "审批要快")]),
        ],
    )
    assert report.rows == 3
    book = load_workbook(out)
    cell = book["经验教训"]["B2"]
    assert cell.data_type == "s" and cell.value.endswith('HYPERLINK("x")')
