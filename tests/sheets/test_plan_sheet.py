"""The plans workbook's own reading and writing: values come back as written (line breaks,
"=formulas" as text, numbers as numbers), rows carry their number, foreign files are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.core.errors import UserError
from desktop.sheets import plan_sheet


def test_rows_read_back_as_written(tmp_path: Path) -> None:
    out = tmp_path / "plans.xlsx"
    plan_sheet.write_plan_xlsx(
        out,
        {
            plan_sheet.PLANS_SHEET: [
                ["故障/技术事故", "标题", "第一行\n第二行", "", "", "", 3, "草稿", ""]
            ],
            plan_sheet.RISKS_SHEET: [
                ["故障/技术事故", '=HYPERLINK("x")', 4, 5, "+征兆", "公关/传播"]
            ],
        },
    )
    book = plan_sheet.read_plan_xlsx(out)
    head = book.sheets[plan_sheet.PLANS_SHEET][0]
    assert head["summary"] == "第一行\n第二行" and head["version"] == 3 and head["_row"] == 2
    risk = book.sheets[plan_sheet.RISKS_SHEET][0]
    assert risk["what"] == '=HYPERLINK("x")' and risk["early_signs"] == "+征兆"
    assert (risk["likelihood"], risk["impact"], risk["watch_group"]) == (4, 5, "公关/传播")
    assert book.sheets[plan_sheet.DUTIES_SHEET] == []
    assert plan_sheet.README_SHEET not in book.sheets


def test_a_sheet_without_its_scenario_column_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "bad.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = plan_sheet.PLANS_SHEET
    sheet.append(["标题"])
    sheet.append(["无场景"])
    workbook.save(out)
    with pytest.raises(UserError, match="场景"):
        plan_sheet.read_plan_xlsx(out)


def test_not_an_xlsx_file(tmp_path: Path) -> None:
    out = tmp_path / "plans.xlsx"
    out.write_text("场景,标题\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"不是 \.xlsx"):
        plan_sheet.read_plan_xlsx(out)
