"""`crisisdesk plan list|show|export|import|check|activate|checklist|tick`: exit codes, JSON,
and the exported PDF / xlsx read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import run_command
from tests.support.pdf import RADICAL_BLOCKS, pdf_pages, pdf_text


def run(capsys, *argv: str) -> tuple[int, dict | str, str]:
    code = run_command(list(argv))
    captured = capsys.readouterr()
    if "--json" in argv and code in (0, 1):
        return code, json.loads(captured.out), captured.err
    return code, captured.out, captured.err


@pytest.fixture
def demo(tmp_path, capsys) -> Path:
    path = tmp_path / "demo.crisisdesk"
    assert run(capsys, "demo", str(path))[0] == 0
    return path


def test_list_shows_scenario_version_status_and_last_tested(demo, capsys) -> None:
    code, data, _ = run(capsys, "plan", "list", str(demo), "--json")
    assert code == 0
    food = next(p for p in data["plans"] if p["scenario"] == "food_safety")
    assert food["status"] == "approved" and food["version"] == 1 and food["last_tested_at"]
    code, text, _ = run(capsys, "plan", "list", str(demo))
    assert code == 0 and "食品或产品安全" in text and "从未演练" in text


def test_show_prints_the_four_phases(demo, capsys) -> None:
    code, text, _ = run(capsys, "plan", "show", str(demo), "food_safety")
    assert code == 0
    for heading in ("【评估】", "【计划】", "口径", "内部通知模板", "升级条件"):
        assert heading in text


def test_check_exits_1_with_findings(demo, capsys) -> None:
    code, data, _ = run(capsys, "plan", "check", str(demo), "--json")
    assert code == 1 and not data["ok"]
    assert "plan_never_tested" in {f["code"] for f in data["findings"]}


def test_export_pdf_one_plan_and_binder(demo, tmp_path, capsys) -> None:
    one = tmp_path / "food.pdf"
    code, _, err = run(capsys, "plan", "export", str(demo), "food_safety", str(one))
    assert code == 0, err
    text = pdf_text(one)
    assert "食品安全应急预案" in text and "风险登记" in text and "第一小时清单" in text
    assert not RADICAL_BLOCKS.search(text)
    binder = tmp_path / "all.pdf"
    code, _, err = run(capsys, "plan", "export", str(demo), "--all", str(binder))
    assert code == 0, err
    assert pdf_pages(binder) > pdf_pages(one)
    assert "应急预案汇编" in pdf_text(binder)


def test_export_import_xlsx(demo, tmp_path, capsys) -> None:
    out = tmp_path / "plans.xlsx"
    code, data, _ = run(capsys, "plan", "export", str(demo), "--all", str(out), "--json")
    assert code == 0 and data["plans"] == 12
    book = load_workbook(out)
    assert "评估-风险" in book.sheetnames
    book.close()
    code, data, _ = run(capsys, "plan", "import", str(demo), str(out), "--json")
    assert code == 0 and len(data["unchanged"]) == 12 and not data["rejected"]


def test_bad_input_exits_2(demo, tmp_path, capsys) -> None:
    assert run(capsys, "plan", "export", str(demo), str(tmp_path / "x.docx"))[0] == 2
    assert run(capsys, "plan", "export", str(demo), str(tmp_path / "x.pdf"))[0] == 2
    code, _, err = run(capsys, "plan", "show", str(demo), "火星")
    assert code == 2 and "没有这个预案" in err
    assert run(capsys, "plan", "import", str(demo), str(tmp_path / "none.xlsx"))[0] == 2


def test_activate_checklist_tick(demo, capsys) -> None:
    code, data, _ = run(capsys, "case", "list", str(demo), "--json")
    case_id = data["cases"][0]["id"]
    code, data, err = run(
        capsys, "plan", "activate", str(demo), str(case_id), "--by", "周若溪", "--json"
    )
    assert code == 0, err
    code, data, _ = run(capsys, "plan", "checklist", str(demo), str(case_id), "--json")
    first = data["items"][0]["id"]
    code, data, _ = run(
        capsys,
        "plan",
        "tick",
        str(demo),
        str(case_id),
        str(first),
        "--by",
        "何清",
        "--at",
        "2026-11-18T10:05:00+08:00",
        "--json",
    )
    assert code == 0 and data["done"]
    code, text, _ = run(capsys, "plan", "checklist", str(demo), str(case_id))
    assert "完成 1/" in text and "何清" in text
    code, _, err = run(capsys, "plan", "tick", str(demo), str(case_id), "99999")
    assert code == 2
