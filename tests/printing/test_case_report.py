"""The case report PDF in the 专报 order, its text read back with pypdf."""

from __future__ import annotations

from pypdf import PdfReader

from desktop.printing.case_report import export_pdf
from desktop.services import cases
from desktop.services.cases.demo import seed_demo_case
from tests.support.cases import add_roster, add_steel_wire_cluster
from tests.support.pdf import pdf_text
from tests.support.plans import activated_case


def test_pdf_report_follows_the_zhuanbao_order_with_chart_and_masked_contacts(
    qapp, workspace, tmp_path
):
    add_steel_wire_cluster(workspace)
    add_roster(workspace)
    with workspace.transaction():
        seed_demo_case(workspace)
    case_id = cases.list_cases(workspace)[0]["id"]
    out = export_pdf(workspace, case_id, tmp_path / "专报.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    positions = [
        text.find(h) for h in ("一、概况", "二、传播", "三、内容与情感", "四、应对", "五、建议")
    ]
    assert -1 not in positions and positions == sorted(positions)
    assert "徐汇店沙拉碗钢丝事件" in text
    assert "关联舆情 46 条" in text
    assert "上海吃货大V" in text  # the most influential author
    assert "林嘉禾" in text  # who approved the statements
    assert "13812345678" not in text
    assert "根本原因" in text and "钢丝清洁球" in text
    assert sum(len(page.images) for page in PdfReader(out).pages) >= 1  # the chart


def test_pdf_report_of_an_empty_case_has_no_chart_and_suggests_next_steps(
    qapp, workspace, tmp_path
):
    case_id = cases.create_case(workspace, title="空案例").id
    out = export_pdf(workspace, case_id, tmp_path / "empty.pdf")
    text = pdf_text(out)
    assert "空案例" in text
    assert "尚未人工定级" in text
    assert "结案前完成复盘" in text
    assert sum(len(page.images) for page in PdfReader(out).pages) == 0  # no chart to draw


def test_pdf_report_carries_the_activated_plan_s_checklist(qapp, workspace, tmp_path):
    case_id, items = activated_case(workspace)
    text = pdf_text(export_pdf(workspace, case_id, tmp_path / "专报.pdf"))
    compact = "".join(text.split())
    assert "启用的应急预案" in compact
    assert f"预案清单{len(items)}项：完成1，跳过1，未完成{len(items) - 2}。" in compact
    assert "跳过：林嘉禾（门店已自行下架）" in compact
    english = pdf_text(export_pdf(workspace, case_id, tmp_path / "report.pdf", language="en"))
    assert "Plan activated" in english and "Not done" in english
