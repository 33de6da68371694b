"""The 专报 carries the activated plan's checklist: each item done (who, when), skipped (who,
why) or not done; the workbook gets a 预案清单 sheet; a case without a plan is unchanged."""

from __future__ import annotations

import dataclasses
import re
from html import unescape

from openpyxl import load_workbook

from desktop.services import plans
from desktop.services.cases import report
from desktop.services.cases.report_checklist import checklist_html
from tests.support.plans import activated_case, open_case


def visible(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html))


def test_the_report_lists_each_item_done_skipped_or_not_done(workspace) -> None:
    case_id, items = activated_case(workspace)
    data = report.report_data(workspace, case_id)
    text = visible(report.report_html(data))
    plan = plans.get_plan(workspace, "food_safety")
    assert f"启用的应急预案：{plan.title}" in text and "林嘉禾 于 2026-11-18 10:00 启用" in text
    open_count = len(items) - 2
    assert f"预案清单 {len(items)} 项：完成 1，跳过 1，未完成 {open_count}。" in text
    assert "完成：周若溪 2026-11-18 10:20" in text
    assert "跳过：林嘉禾（门店已自行下架）" in text
    assert text.count("未完成") == open_count + 1  # each open item, and the tally
    assert items[2].text in text
    positions = [text.find(h) for h in ("四、应对", "启用的应急预案", "五、建议")]
    assert -1 not in positions and positions == sorted(positions)


def test_without_the_plan_the_report_is_byte_identical(workspace) -> None:
    case_id, _items = activated_case(workspace)
    data = report.report_data(workspace, case_id)
    with_plan = report.report_html(data)
    without = report.report_html(dataclasses.replace(data, plan=None))
    assert with_plan.replace(checklist_html(data.plan), "") == without
    plain_case = open_case(workspace, "rumour")
    plain = report.report_data(workspace, plain_case)
    assert plain.plan is None and "启用的应急预案" not in report.report_html(plain)
    assert [s.name for s in report.report_sheets(plain)] == [
        "概况",
        "时间线",
        "声明",
        "关联舆情",
        "复盘",
    ]


def test_the_report_in_english_says_the_checklist_in_english(workspace) -> None:
    case_id, _items = activated_case(workspace)
    text = visible(report.report_html(report.report_data(workspace, case_id), None, "en"))
    assert "Plan activated: " in text and "(version 1, by 林嘉禾 at 2026-11-18 10:00)" in text
    assert "1 done, 1 skipped" in text
    assert "Done: 周若溪 2026-11-18 10:20" in text and "Skipped: 林嘉禾 (门店已自行下架)" in text
    assert "Not done" in text and "未完成" not in text and "启用的应急预案" not in text


def test_the_workbook_has_a_checklist_sheet_read_back(workspace, tmp_path) -> None:
    case_id, items = activated_case(workspace)
    out = tmp_path / "专报.xlsx"
    report.export_xlsx(workspace, case_id, out)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames[-1] == "预案清单"
    rows = list(book["预案清单"].iter_rows(values_only=True))
    assert rows[0][:8] == (
        "序号",
        "角色",
        "事项",
        "负责人",
        "状态",
        "完成/跳过人",
        "完成时间",
        "跳过原因",
    )
    body = rows[1:]
    assert len(body) == len(items)
    assert body[0][2] == items[0].text and body[0][4] == "完成" and body[0][5] == "周若溪"
    assert str(body[0][6]).startswith("2026-11-18 10:20")
    assert body[1][4] == "跳过" and body[1][7] == "门店已自行下架"
    assert {r[4] for r in body[2:]} == {"未完成"} and not any(r[5] for r in body[2:])
