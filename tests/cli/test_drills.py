"""`crisisdesk drill run|list|report|lesson`: exit codes, JSON, human text, files read back."""

from __future__ import annotations

import json

import openpyxl
import pytest

from desktop.cli import run_command
from desktop.services import cases, workspaces
from tests.support.pdf import pdf_text, require_chinese_font


@pytest.fixture
def ws_path(ctx, tmp_path):
    ws = workspaces.create_workspace(ctx, tmp_path / "cli", demo=True)
    path = ws.path
    ws.close()
    return path


def run(capsys, *argv):
    try:
        code = run_command([str(a) for a in argv])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_run_records_a_summary_and_list_shows_it(ws_path, capsys) -> None:
    code, out, _ = run(capsys, "drill", "run", ws_path, "--scenario", "false_rumour", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["level"] == "III" and data["passed"] is False
    assert "演练中没有发布暂缓声明（Ⅲ级目标 2 小时）。" in data["findings"]
    code, out, _ = run(capsys, "drill", "list", ws_path)
    assert code == 0 and "网传“地沟油”视频" in out and "未发暂缓声明" in out
    code, out, _ = run(capsys, "drill", "list", ws_path, "--json")
    assert json.loads(out)["count"] == 1


def test_run_replays_a_past_case_and_a_reference_case(ws_path, capsys) -> None:
    with workspaces.Workspace.open(ws_path) as ws:
        case_id = cases.list_cases(ws)[0]["id"]
    code, out, _ = run(
        capsys, "drill", "run", ws_path, "--case", case_id, "--speed", "60", "--json"
    )
    assert code == 0 and json.loads(out)["source"] == f"case:{case_id}"
    key = cases.reference_cases()[0]["key"]
    code, out, _ = run(capsys, "drill", "run", ws_path, "--reference", key, "--level", "I")
    assert code == 0 and "已记录" in out and "Ⅰ级" in out


def test_report_writes_xlsx_and_pdf(ws_path, tmp_path, capsys, qapp) -> None:
    run(capsys, "drill", "run", ws_path, "--scenario", "food_safety_post")
    code, out, _ = run(capsys, "drill", "report", ws_path, 1, tmp_path / "r.xlsx", "--json")
    assert code == 0 and json.loads(out)["format"] == "xlsx"
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert "指标" in book.sheetnames
    require_chinese_font()
    code, out, _ = run(capsys, "drill", "report", ws_path, 1, tmp_path / "r.pdf")
    assert code == 0 and "外卖餐品吃出异物" in pdf_text(tmp_path / "r.pdf")


def test_a_lesson_becomes_a_kb_draft_from_the_cli(ws_path, capsys) -> None:
    run(capsys, "drill", "run", ws_path, "--scenario", "food_safety_post")
    code, out, _ = run(capsys, "drill", "lesson", ws_path, 1, 1, "--to", "kb", "--json")
    assert code == 0 and json.loads(out)["to"] == "kb"
    code, _, err = run(capsys, "drill", "lesson", ws_path, 1, 1, "--to", "plan")
    assert code == 2 and "已经转成了问答库草稿" in err


def test_bad_input_exits_2_with_one_line(ws_path, tmp_path, capsys) -> None:
    code, _, err = run(capsys, "drill", "run", ws_path, "--scenario", "nope")
    assert code == 2 and "没有名为 nope 的演练脚本" in err
    code, _, err = run(capsys, "drill", "report", ws_path, 9, tmp_path / "r.xlsx")
    assert code == 2 and "没有编号为 9 的演练" in err
    code, _, err = run(capsys, "drill", "report", ws_path, 1, tmp_path / "r.doc")
    assert code == 2 and ".pdf 或 .xlsx" in err
    code, _, err = run(
        capsys, "drill", "run", ws_path, "--scenario", "false_rumour", "--speed", "0"
    )
    assert code == 2 and "演练速度" in err


def test_scenarios_lists_the_scripts(capsys) -> None:
    code, out, _ = run(capsys, "drill", "scenarios")
    assert code == 0 and "food_safety_post" in out and "外卖餐品吃出异物" in out
    code, out, _ = run(capsys, "drill", "scenarios", "--json")
    assert json.loads(out)["count"] >= 3
