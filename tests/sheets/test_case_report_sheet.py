"""The case report .xlsx read back: five sheets, contacts masked, text never a formula."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.services import cases
from desktop.services.cases import report as case_report
from desktop.services.cases.demo import seed_demo_case
from tests.support.cases import add_mentions, add_roster, add_steel_wire_cluster


@pytest.fixture
def demo_case(workspace):
    add_steel_wire_cluster(workspace)
    add_roster(workspace)
    with workspace.transaction():
        seed_demo_case(workspace)
    return cases.list_cases(workspace)[0]["id"]


def read(path):
    book = openpyxl.load_workbook(path, read_only=True)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}


def test_report_has_the_five_sheets_with_the_case_contents(workspace, demo_case, tmp_path):
    out = tmp_path / "案例报告.xlsx"
    report = case_report.export_xlsx(workspace, demo_case, out)
    sheets = read(out)
    assert list(sheets) == ["概况", "时间线", "声明", "关联舆情", "复盘"]
    summary = {row[0]: row[1] for row in sheets["概况"][1:]}
    assert summary["标题"] == "徐汇店沙拉碗钢丝事件"
    assert summary["级别"] == "Ⅱ"
    assert "大V" in summary["定级理由"]
    assert summary["关联舆情"] == 46
    assert any(key.startswith("研判：") for key in summary)
    timeline = sheets["时间线"]
    assert timeline[0] == ["时间", "事项", "内容", "记录人", "方式"]
    assert any(row[1] == "暂缓声明" for row in timeline[1:])
    statements = sheets["声明"][1:]
    assert {row[4] for row in statements} == {"林嘉禾"}
    assert {row[3] for row in statements} == {"已发布"}
    mentions = sheets["关联舆情"][1:]
    assert len(mentions) == 46
    contacts = {row[8] for row in mentions if row[8]}
    assert contacts == {"138****5678"}
    assert "13812345678" not in str(sheets)
    review = {row[0]: row[1] for row in sheets["复盘"][1:]}
    assert "钢丝清洁球" in review["根本原因"]
    assert review["经验教训"]
    assert sum(1 for row in sheets["复盘"] if row[0] == "改进措施") == 3
    assert report.rows == sum(len(rows) - 1 for rows in sheets.values())


def test_text_that_looks_like_a_formula_stays_text(workspace, tmp_path):
    case_id = cases.create_case(workspace, title="=1+1").id
    ids = add_mentions(workspace, 1, text='=HYPERLINK("http://evil","点我")')
    cases.link_mentions(workspace, case_id, ids)
    out = tmp_path / "r.xlsx"
    report = case_report.export_xlsx(workspace, case_id, out)
    book = openpyxl.load_workbook(out)
    cell = book["关联舆情"]["G2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert book["概况"]["B3"].data_type == "s"
    assert report.formula_like_cells >= 2
    assert not list(tmp_path.glob(".~crisisdesk-*"))  # no temp file left behind
