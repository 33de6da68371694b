"""Plan PDFs read back with pypdf: one plan in its four phases, and the binder of all plans
(contents first, each plan on its own pages)."""

from __future__ import annotations

from desktop.printing.plan_document import write_binder_pdf, write_plan_pdf
from desktop.services import plans
from tests.support.pdf import RADICAL_BLOCKS, pdf_pages, pdf_text


def test_one_plan_has_its_four_phases(demo_workspace, tmp_path) -> None:
    out = write_plan_pdf(demo_workspace, "food_safety", tmp_path / "food.pdf")
    text = pdf_text(out)
    for heading in ("一、评估：风险登记", "二、计划", "三、演练", "四、执行", "内部通知模板"):
        assert heading in text
    assert "林嘉禾" in text and "暂缓声明 41 分钟" in text
    assert not RADICAL_BLOCKS.search(text)


def test_binder_lists_every_plan_then_prints_each(demo_workspace, tmp_path) -> None:
    one = write_plan_pdf(demo_workspace, "outage", tmp_path / "one.pdf")
    binder = write_binder_pdf(demo_workspace, tmp_path / "all.pdf")
    count = len(plans.list_plans(demo_workspace))
    assert pdf_pages(binder) >= count + 1 > pdf_pages(one)
    text = pdf_text(binder)
    assert "应急预案汇编" in text and f"共 {count} 个预案" in text
    for title in ("数据泄露/隐私应急预案", "谣言/竞争对手攻击应急预案"):
        assert title in text
