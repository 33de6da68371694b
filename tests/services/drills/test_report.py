"""The drill report's xlsx read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from desktop.services.context import AppContext
from desktop.services.drills import report
from desktop.services.workspaces import Workspace
from tests.support.drills_finished import finished_drill


def test_the_xlsx_report_has_the_figures_against_targets_and_the_lessons(
    ctx: AppContext, demo_workspace: Workspace, tmp_path: Path
) -> None:
    drill_id = finished_drill(ctx, demo_workspace)
    written = report.export_xlsx(demo_workspace, drill_id, tmp_path / "演练.xlsx")
    book = load_workbook(tmp_path / "演练.xlsx")
    assert book.sheetnames == ["概况", "指标", "发现", "经过", "经验教训"]
    figures = {row[0]: row[1:] for row in book["指标"].iter_rows(min_row=2, values_only=True)}
    assert figures["首个暂缓声明"] == ("36 分钟", "1 小时", "达标")
    assert figures["审批用时"] == ("18 分钟", "30 分钟", "达标")
    assert figures["清单完成"][2] == "未达标"
    overview = dict(book["概况"].iter_rows(min_row=2, values_only=True))
    assert overview["演练"] == "外卖餐品吃出异物" and overview["级别"] == "Ⅱ级"
    assert overview["参加人"] == "周若溪、林嘉禾"
    story = [r[:2] for r in book["经过"].iter_rows(min_row=2, values_only=True)]
    assert ("T+0:00", "发现") in story and ("T+0:36", "暂缓声明") in story
    assert ("T+0:24", "审批") in story  # approved at drill minute 24, not at wall time
    lessons = [r[1] for r in book["经验教训"].iter_rows(min_row=2, values_only=True)]
    assert lessons and any("无人行动" in x for x in lessons)
    assert written.rows > 10


def test_a_drill_without_response_says_what_was_missed(
    ctx: AppContext, demo_workspace: Workspace
) -> None:
    drill_id = finished_drill(ctx, demo_workspace, respond=False)
    data = report.report_data(demo_workspace, drill_id)
    html = report.report_html(data)
    assert "演练中没有发布暂缓声明" in html and "未完成" in html
