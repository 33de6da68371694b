"""The 日报/周报 contain the right figures: read back from the .xlsx (openpyxl) and the PDF's
text (pypdf); English labels when asked; contacts masked; the CLI's dates and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import run_command
from desktop.services import reports
from desktop.storage.workspace import Workspace
from tests.support.overview import NOW, add_known_mentions
from tests.support.pdf import pdf_text


@pytest.fixture
def known(workspace: Workspace) -> Workspace:
    workspace.set_setting("timezone", "UTC+08:00")
    add_known_mentions(workspace)
    return workspace


def _daily(workspace: Workspace) -> reports.ReportData:
    period = reports.period_for(workspace, "daily", day="2026-12-03", now=NOW)
    return reports.report_data(workspace, "daily", period, now=NOW)


def test_daily_figures_against_the_day_before(known: Workspace) -> None:
    data = _daily(known)
    rows = {row[0]: row[1:] for row in data.summary_rows()}
    assert rows["舆情总量"] == ("10", "3", "+7 (+233%)")
    assert rows["负面（已确认）"] == ("3", "2", "+1 (+50%)")
    assert rows["负面（模型建议）"] == ("2", "0", "+2")
    assert rows["负面占比"][0] == "50.0%"
    assert data.recommendations[0] == "2 条负面舆情超过 2 小时未回复：按问答库口径优先回复。"
    assert "1 条模型建议为负面的舆情已超时未回复" in data.recommendations[1]
    assert "配送/物流" in " ".join(data.recommendations)


def test_xlsx_reads_back_with_the_figures_and_masked_contacts(
    known: Workspace, tmp_path: Path
) -> None:
    period = reports.period_for(known, "daily", day="2026/12/3", now=NOW)
    out = tmp_path / "日报.xlsx"
    reports.export_xlsx(known, "daily", period, out, now=NOW)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["概况", "声量", "传播", "内容", "处置", "建议"]
    summary = {row[0]: row[1:] for row in book["概况"].iter_rows(min_row=2, values_only=True)}
    assert summary["舆情总量"][:2] == ("10", "3")
    assert summary["超时未回复的负面"][0] == 3
    volume = list(book["声量"].iter_rows(min_row=2, values_only=True))
    assert len(volume) == 24 and volume[10] == ("2026-12-03T10", 2, 0, 0, 0, 0)
    content = [row for row in book["内容"].iter_rows(min_row=2, values_only=True)]
    assert ("负面的问题类型", "配送/物流", 3) in content
    every_cell = " ".join(
        str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v
    )
    assert "13812345678" not in every_cell and "138****5678" in every_cell


def test_english_labels(known: Workspace, tmp_path: Path) -> None:
    period = reports.period_for(known, "weekly", day="2026-12-03", now=NOW)
    out = tmp_path / "weekly.xlsx"
    reports.export_xlsx(known, "weekly", period, out, language="en", now=NOW)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Overview"
    labels = [row[0] for row in book["Overview"].iter_rows(min_row=2, values_only=True)]
    assert "Negative (suggested by the model)" in labels
    advice = [row[0] for row in book["Recommendations"].iter_rows(min_row=2, values_only=True)]
    assert advice[0].startswith("2 negative mentions unanswered past the 2 h window")
    content = list(book["Content"].iter_rows(min_row=2, values_only=True))
    assert ("Negative mentions by issue type", "Delivery", 3) in content


def test_pdf_text_has_the_sections_and_figures(known: Workspace, tmp_path: Path) -> None:
    from desktop.printing.period_report import export_pdf

    period = reports.period_for(known, "daily", day="12月3日", now=NOW)
    out = export_pdf(known, "daily", period, tmp_path / "daily.pdf", now=NOW)
    text = pdf_text(out)
    for heading in (
        "舆情日报",
        "一、舆情概况",
        "二、传播情况",
        "三、内容分析",
        "四、处置情况",
        "五、建议",
    ):
        assert heading in text
    assert "2026-12-03" in text and "负面（模型建议）" in text
    assert "13812345678" not in text


def test_cli_report_pdf_and_xlsx(known: Workspace, tmp_path: Path, capsys) -> None:
    path = known.path
    known.close()
    out = tmp_path / "w.xlsx"
    code = run_command(
        [
            "report",
            str(path),
            "--period",
            "custom",
            "--from",
            "2026-12-02",
            "--to",
            "2026/12/3",
            str(out),
            "--json",
        ]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["from"] == "2026-12-02" and result["to"] == "2026-12-03"
    assert openpyxl.load_workbook(out)["概况"]["B3"].value == "13"
    code = run_command(
        ["report", str(path), "--date", "2026-12-03", str(tmp_path / "d.pdf"), "--lang", "en"]
    )
    assert code == 0 and (tmp_path / "d.pdf").stat().st_size > 1000


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--date", "下周三"], "看不懂这个日期"),
        (["--period", "custom", "--from", "2026-12-03"], "起止日期"),
        (["--period", "custom", "--from", "2026-12-03", "--to", "2026-12-01"], "早于开始日期"),
        (["--from", "2026-12-01"], "只用于 --period custom"),
    ],
)
def test_cli_bad_input_exits_2_with_one_line(
    known: Workspace, tmp_path: Path, capsys, argv, message
) -> None:
    path = known.path
    known.close()
    code = run_command(["report", str(path), *argv, str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1


def test_cli_refuses_other_formats(known: Workspace, tmp_path: Path, capsys) -> None:
    path = known.path
    known.close()
    assert run_command(["report", str(path), str(tmp_path / "x.docx")]) == 2
    assert ".pdf 或 .xlsx" in capsys.readouterr().err
