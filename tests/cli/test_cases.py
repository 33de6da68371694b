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


@pytest.fixture
def complaints_path(ctx, tmp_path):
    """26 complaints dated 11-03 … 11-20 and 4 positive mentions of the same word."""
    from datetime import datetime

    from desktop.storage.mention_index import index_mentions
    from tests.support.cases import CST, add_mentions

    ws = workspaces.create_workspace(ctx, tmp_path / "open", name="open")
    add_mentions(
        ws,
        26,
        start=datetime(2026, 11, 3, 10, 0, tzinfo=CST),
        every_minutes=17 * 24 * 60 / 25,
        text="外卖漏送，客服不理",
    )
    add_mentions(ws, 4, text="漏送后客服很快补送，点赞", sentiment="pos", key_prefix="p")
    index_mentions(ws.db)
    path = ws.path
    ws.close()
    return path


def test_case_open_from_a_search_counts_the_clock_from_the_first_complaint(complaints_path, capsys):
    code, out, err = run(
        capsys,
        "case", "open", complaints_path, "--title", "漏送投诉",
        "--search", "漏送", "--sentiment", "neg", "--json",
    )  # fmt: skip
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["linked"] == 26
    assert data["detected_at"] == "2026-11-03T10:00:00+08:00"
    code, out, _ = run(capsys, "case", "show", complaints_path, data["id"], "--json")
    shown = json.loads(out)
    assert shown["id"] == data["id"]
    assert shown["detected_at"] == "2026-11-03T10:00:00+08:00"
    assert shown["clock"]["detected_at"] == "2026-11-03T10:00:00+08:00"
    code, out, _ = run(capsys, "case", "show", complaints_path, data["id"])
    assert "发现时间 2026-11-03 10:00" in out


def test_case_open_by_ids_in_human_text(complaints_path, capsys):
    code, out, _ = run(capsys, "case", "open", complaints_path, "--title", "两条", "--ids", "5,3")
    assert code == 0
    assert "关联舆情 2 条" in out and "发现时间 2026-11-04" in out


@pytest.mark.parametrize(
    "extra, message",
    [
        (("--ids", "1,x"), "不是编号"),
        (("--ids", "1,999"), "找不到这些舆情：999"),
        (("--search", "没有这个词"), "没有符合"),
        (("--ids", "1", "--sentiment", "neg"), "--sentiment 只能和 --search"),
        (("--ids", "1", "--search", "漏送"), "not allowed with"),
        ((), "one of the arguments --search --ids is required"),
    ],
)
def test_case_open_bad_input_exits_2(complaints_path, capsys, extra, message):
    code, out, err = run(capsys, "case", "open", complaints_path, "--title", "T", *extra)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
