"""The drill report in English (issue 15/16 "English too"): headings, labels, figures and
findings in English, what people wrote as written; the Chinese report unchanged."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from desktop.services.context import AppContext
from desktop.services.drills import report
from desktop.services.workspaces import Workspace
from tests.support.drills_finished import finished_drill
from tests.support.english import chinese_left

PREFIX = "Checklist item not done: "


def _user_data(data: report.DrillReport) -> tuple[str, ...]:
    drill = data.drill
    texts = [drill["title"], drill["participants"], drill["source_ref"]]
    texts += [str(data.workspace.get(k) or "") for k in ("brand", "name")]
    texts += [e["text"] for e in drill["timeline"]] + [e["by"] for e in drill["timeline"]]
    texts += [lesson["text"] for lesson in drill["lessons"]]
    texts += [f[len(PREFIX) :] for f in data.findings if f.startswith(PREFIX)]
    return tuple(t for t in texts if t)


def test_the_drill_report_reads_in_english(
    ctx: AppContext, demo_workspace: Workspace, tmp_path: Path
) -> None:
    drill_id = finished_drill(ctx, demo_workspace, respond=False)
    data = report.report_data(demo_workspace, drill_id, "en")
    allowed = _user_data(data)
    html = report.report_html(data)
    assert "Drill report: " in html and "No holding statement was published" in html
    assert not chinese_left(html, allowed), chinese_left(html, allowed)
    report.export_xlsx(demo_workspace, drill_id, tmp_path / "drill.xlsx", "en")
    book = load_workbook(tmp_path / "drill.xlsx")
    assert book.sheetnames == ["Overview", "Measures", "Findings", "Timeline", "Lessons"]
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for cell in row:
                assert not chinese_left(str(cell or ""), allowed), (sheet.title, cell)


def test_the_chinese_report_keeps_its_words(ctx: AppContext, demo_workspace: Workspace) -> None:
    drill_id = finished_drill(ctx, demo_workspace, respond=False)
    data = report.report_data(demo_workspace, drill_id, "zh")
    assert data.findings == data.measures.findings
    html = report.report_html(data)
    assert "演练报告：" in html and "三、发现的问题" in html and "演练中没有发布暂缓声明" in html
