"""The plans workbook in English (issue 13 item 11): sheet names, headers and the notes in
English; it imports back like the Chinese one (cell for cell); a Chinese workbook still reads."""

from __future__ import annotations

from pathlib import Path

from desktop.services import plans
from desktop.services.plans import excel
from desktop.sheets import plan_sheet
from tests.services.plans.test_excel import cells, make_awkward
from tests.support.english import chinese_left


def test_an_english_workbook_round_trips_cell_for_cell(workspace, tmp_path: Path) -> None:
    make_awkward(workspace)
    first = tmp_path / "plans-en.xlsx"
    excel.export_xlsx(workspace, first, language="en")
    written = cells(first)
    assert list(written) == [
        "Plans",
        "Assess - risks",
        "Plan - first hour",
        "Plan - messages",
        "Plan - channel order",
        "Plan - remedies",
        "Notes",
    ]
    for title, rows in written.items():
        assert not chinese_left(" ".join(str(v) for v in rows[0])), (title, rows[0])
    assert all(not chinese_left(str(row[0])) for row in written["Notes"])
    assert written["Plans"][0][:2] == ("Scenario", "Title")

    result = excel.import_xlsx(workspace, first)
    assert not result.rejected and not result.updated and not result.created
    assert len(result.unchanged) == len(plans.list_plans(workspace))
    second = tmp_path / "again-en.xlsx"
    excel.export_xlsx(workspace, second, language="en")
    assert cells(second) == written


def test_the_chinese_workbook_is_unchanged(workspace, tmp_path: Path) -> None:
    out = tmp_path / "plans-zh.xlsx"
    excel.export_xlsx(workspace, out, language="zh")
    written = cells(out)
    assert next(iter(written)) == plan_sheet.PLANS_SHEET and "说明" in written
    assert written[plan_sheet.PLANS_SHEET][0][:2] == ("场景", "标题")
    assert written["说明"][1][0] == plan_sheet.README[0]


def test_bad_rows_of_an_english_workbook_say_why_in_english(workspace, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desktop.core import messages

    out = tmp_path / "plans-en.xlsx"
    excel.export_xlsx(workspace, out, ["food_safety"], language="en")
    workbook = load_workbook(out)
    risks = workbook["Assess - risks"]
    risks.cell(row=2, column=3).value = 9
    workbook["Plan - messages"].append(["火星场景", "不存在的场景", ""])
    workbook.save(out)
    previous = messages.set_display_language("en")
    try:
        result = excel.import_xlsx(workspace, out)
    finally:
        messages.set_display_language(previous)
    reasons = {(r.sheet, r.row): r.reason for r in result.rejected}
    assert reasons[(plan_sheet.RISKS_SHEET, 2)] == (
        "Likelihood should be a whole number 1–5, not “9”"
    )
    assert any(r.reason == "Unknown scenario: 火星场景" for r in result.rejected)
    assert result.skipped_plans == ["food_safety"]
