"""The plans workbook round trip: export → import → export compares cell for cell, with
awkward values ("公关/传播", line breaks, =formulas stay text); bad rows are rejected by
number and leave their plan alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.core.errors import UserError
from desktop.services import plans
from desktop.services.plans import excel

AWKWARD = {
    "role": "公关/传播",
    "notice": "各位同事：\n第一行\n  第二行（缩进）",
    "formula": "=SUM(A1:A9)",
    "plus": "+86 先别拨",
}


def cells(path: Path) -> dict[str, list[tuple]]:
    workbook = load_workbook(path)
    try:
        return {
            sheet.title: [tuple(c.value for c in row) for row in sheet.iter_rows()]
            for sheet in workbook.worksheets
        }
    finally:
        workbook.close()


def make_awkward(workspace) -> int:
    plan = plans.get_plan(workspace, "food_safety")
    data = plan.content.to_dict()
    data["duties"][0]["role"] = AWKWARD["role"]
    data["internal_notice"] = AWKWARD["notice"]
    data["risks"][0]["early_signs"] = AWKWARD["formula"]
    data["remedies"][0]["granted_by"] = AWKWARD["plus"]
    data["messages"][0]["kb_entry_id"] = None
    plans.save_plan(workspace, plan.id, data)
    return plan.id


def test_export_import_export_is_the_same_cell_for_cell(workspace, tmp_path) -> None:
    make_awkward(workspace)
    first = tmp_path / "first.xlsx"
    excel.export_xlsx(workspace, first)
    written = cells(first)
    risk = written["评估-风险"]
    assert any(AWKWARD["formula"] in row for row in risk)
    assert any(AWKWARD["role"] in row for row in written["计划-第一小时清单"])
    assert any(AWKWARD["notice"] in row for row in written["预案"])

    result = excel.import_xlsx(workspace, first)
    assert not result.rejected and not result.updated and not result.created
    assert len(result.unchanged) == len(plans.list_plans(workspace))
    second = tmp_path / "second.xlsx"
    excel.export_xlsx(workspace, second)
    assert cells(second) == written

    # the formula stayed text in the file itself (no formula cell written)
    workbook = load_workbook(first)
    assert all(
        c.data_type != "f"
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for c in row
    )
    workbook.close()


def test_import_into_another_workspace_brings_the_content_over(workspace, tmp_path, ctx) -> None:
    from desktop.services import workspaces

    plan_id = make_awkward(workspace)
    out = tmp_path / "one.xlsx"
    excel.export_xlsx(workspace, out, ["food_safety"])
    source = plans.get_plan(workspace, plan_id).content
    other = workspaces.create_workspace(ctx, tmp_path / "other", name="另一个", brand="乙")
    try:
        result = excel.import_xlsx(other, out)
        assert result.updated == ["food_safety"]
        imported = plans.get_plan(other, "food_safety")
        assert imported.content == source
        assert imported.version == 2 and imported.status == "draft"
    finally:
        other.close()


def test_bad_rows_are_rejected_by_number_and_leave_their_plan_alone(workspace, tmp_path) -> None:
    out = tmp_path / "plans.xlsx"
    excel.export_xlsx(workspace, out, ["food_safety", "outage"])
    workbook = load_workbook(out)
    risks = workbook["评估-风险"]
    for row in risks.iter_rows(min_row=2):
        if row[0].value == "食品或产品安全":
            row[2].value = 9
            bad_row = row[0].row
            break
    extra = workbook["计划-口径"]
    extra.append(["火星场景", "不存在的场景", ""])
    outage = workbook["预案"]
    for row in outage.iter_rows(min_row=2):
        if row[0].value == "故障/技术事故":
            row[4].value = "改过的升级条件"
    workbook.save(out)
    before = plans.get_plan(workspace, "food_safety").version
    result = excel.import_xlsx(workspace, out)
    reasons = {(r.sheet, r.row): r.reason for r in result.rejected}
    assert "可能性" in reasons[("评估-风险", bad_row)]
    assert any("未知的场景" in r.reason for r in result.rejected)
    assert result.skipped_plans == ["food_safety"]
    assert plans.get_plan(workspace, "food_safety").version == before
    assert result.updated == ["outage"]
    assert plans.get_plan(workspace, "outage").content.escalate_when == "改过的升级条件"


def test_not_a_plans_workbook(workspace, tmp_path) -> None:
    out = tmp_path / "other.xlsx"
    book = Workbook()
    book.active.title = "别的表"
    book.save(out)
    with pytest.raises(UserError, match="预案"):
        excel.import_xlsx(workspace, out)
    with pytest.raises(UserError, match=r"\.xlsx"):
        excel.export_xlsx(workspace, tmp_path / "x.csv")
