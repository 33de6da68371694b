"""`crisisdesk case list|show|report`: exit codes, JSON, human text."""

from __future__ import annotations

import json

import openpyxl
import pytest

from desktop.cli import run_command
from desktop.services import cases, workspaces
from desktop.services.cases.demo import seed_demo_case
from tests.support.cases import add_roster, add_steel_wire_cluster


@pytest.fixture
def ws_path(ctx, tmp_path):
    ws = workspaces.create_workspace(ctx, tmp_path / "cli", name="cli")
    add_steel_wire_cluster(ws)
    add_roster(ws)
    with ws.transaction():
        seed_demo_case(ws)
    cases.create_case(ws, title="第二个案例", scenario="outage")
    path = ws.path
    ws.close()
    return path


def run(capsys, *argv):
    try:
        code = run_command([str(a) for a in argv])
    except SystemExit as exit_:  # argparse's own errors exit 2 the same way
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_case_list_json_and_text(ws_path, capsys):
    code, out, err = run(capsys, "case", "list", ws_path, "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["count"] == 2
    first = next(c for c in data["cases"] if c["title"] == "徐汇店沙拉碗钢丝事件")
    assert first["severity"] == "II" and first["mentions"] == 46
    assert first["clock"]["state"] == "met"
    code, out, _ = run(capsys, "case", "list", ws_path)
    assert code == 0 and "徐汇店沙拉碗钢丝事件" in out and "Ⅱ" in out


def test_case_show_json_masks_contacts(ws_path, capsys):
    code, out, _ = run(capsys, "case", "show", ws_path, 1, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["case"]["title"] == "徐汇店沙拉碗钢丝事件"
    assert data["severity"] == "II"
    assert [s["status"] for s in data["statements"]] == ["published", "published"]
    assert data["mention_counts"]["total"] == 46
    assert "13812345678" not in out and "138****5678" in out
    assert any(e["kind"] == "holding_statement" for e in data["timeline"])
    code, out, _ = run(capsys, "case", "show", ws_path, 1)
    assert code == 0 and "时间线" in out and "经验教训" in out


def test_case_report_xlsx_and_pdf(ws_path, tmp_path, capsys):
    xlsx = tmp_path / "r.xlsx"
    code, out, _ = run(capsys, "case", "report", ws_path, 1, xlsx, "--json")
    assert code == 0 and json.loads(out)["format"] == "xlsx"
    assert openpyxl.load_workbook(xlsx, read_only=True).sheetnames == [
        "概况",
        "时间线",
        "声明",
        "关联舆情",
        "复盘",
    ]
    pdf = tmp_path / "r.pdf"
    code, out, _ = run(capsys, "case", "report", ws_path, 1, pdf)
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF") and "r.pdf" in out


@pytest.mark.parametrize(
    "argv, message",
    [
        (("case", "show", "{ws}", 99), "找不到案例 99"),
        (("case", "report", "{ws}", 1, "{tmp}/r.docx"), ".xlsx 或 .pdf"),
        (("case", "report", "{ws}", 1, "{tmp}/missing/r.xlsx"), "文件夹不存在"),
        (("case", "list", "{tmp}/nope.crisisdesk"), "找不到工作区"),
        (("case", "show", "{ws}", "abc"), "invalid int"),
    ],
)
def test_bad_input_exits_2_with_one_line(ws_path, tmp_path, capsys, argv, message):
    argv = [str(a).format(ws=ws_path, tmp=tmp_path) for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
    assert out == ""
