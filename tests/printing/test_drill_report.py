"""The drill report PDF, its text read back with pypdf."""

from __future__ import annotations

from desktop.printing.drill_report import export_pdf
from tests.support.drills_finished import finished_drill
from tests.support.pdf import pdf_text, require_chinese_font


def test_the_pdf_report_has_the_figures_findings_and_lessons(
    qapp, ctx, demo_workspace, tmp_path
) -> None:
    require_chinese_font()
    drill_id = finished_drill(ctx, demo_workspace)
    out = export_pdf(demo_workspace, drill_id, tmp_path / "演练报告.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    for heading in ("一、概况", "二、指标", "三、发现的问题", "四、演练经过", "五、经验教训"):
        assert heading in text
    assert "外卖餐品吃出异物" in text and "首个暂缓声明" in text
    assert "36 分钟" in text and "达标" in text
