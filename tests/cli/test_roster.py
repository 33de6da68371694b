"""`crisisdesk roster import|export|check|card`: exit codes and JSON (DESIGN.md §6)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import run_command
from tests.support.pdf import RADICAL_BLOCKS, pdf_pages, pdf_text, pdf_text_raw

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, dict | str, str]:
    code = run_command(list(argv))
    captured = capsys.readouterr()
    out = captured.out
    if "--json" in argv and code == 0:
        return code, json.loads(out), captured.err
    return code, out, captured.err


@pytest.fixture
def demo(tmp_path, capsys) -> Path:
    path = tmp_path / "demo.crisisdesk"
    assert run(capsys, "demo", str(path))[0] == 0
    return path


def test_check_lists_findings_with_exit_0(demo, capsys) -> None:
    code, data, _ = run(capsys, "roster", "check", str(demo), "--json")
    assert code == 0
    assert data["ok"] is True and data["warnings"] == 1
    assert data["findings"][0]["code"] == "stale_contact"
    code, text, _ = run(capsys, "roster", "check", str(demo))
    assert code == 0 and "吴佳" in text


def test_workspace_check_includes_roster_health(demo, capsys) -> None:
    code, data, _ = run(capsys, "check", str(demo), "--json")
    assert code == 0 and data["roster"]["findings"][0]["code"] == "stale_contact"


def test_export_then_import_round_trip(demo, tmp_path, capsys) -> None:
    out = tmp_path / "roster.xlsx"
    code, data, _ = run(
        capsys, "roster", "export", str(demo), str(out), "--unmask-contacts", "--json"
    )
    assert code == 0 and data["people"] == 10 and data["masked"] is False
    fresh = tmp_path / "fresh.crisisdesk"
    assert run(capsys, "new", str(fresh))[0] == 0
    code, data, _ = run(capsys, "roster", "import", str(fresh), str(out), "--json")
    assert code == 0
    assert data["people_inserted"] == 10 and data["matrix_replaced"] and data["rejected"] == 0
    code, data, _ = run(capsys, "roster", "check", str(fresh), "--json")
    assert data["warnings"] == 1


def test_card_writes_one_page_pdf(demo, tmp_path, capsys, qapp) -> None:
    # qapp: the in-process CLI renders offscreen; keep one QApplication for the whole run
    out = tmp_path / "card.pdf"
    code, data, _ = run(
        capsys, "roster", "card", str(demo), str(out), "--scenario", "food_safety", "--json"
    )
    assert code == 0 and data["path"] == str(out)
    assert pdf_pages(out) == 1
    assert "郑浩" in pdf_text(out)  # food_safety: quality is at the table
    raw = pdf_text_raw(out)  # searchable as drawn: no radical in place of 鹿, 角 or 食
    assert "鹿角巷鲜食" in raw and not RADICAL_BLOCKS.search(raw)


@pytest.mark.parametrize(
    "argv, reason",
    [
        (("roster", "card", "{ws}", "{tmp}/c.pdf", "--scenario", "nope"), "未知的场景"),
        (("roster", "card", "{ws}", "{tmp}/c.pdf", "--severity", "V"), "未知的级别"),
        (("roster", "import", "{ws}", "{tmp}/missing.xlsx"), "找不到文件"),
        (("roster", "check", "{tmp}/missing.crisisdesk"), "找不到工作区"),
        (("roster", "export", "{ws}", "{tmp}/x.csv"), ".xlsx"),
    ],
)
def test_bad_input_exits_2_with_one_line(demo, tmp_path, capsys, argv, reason) -> None:
    args = [a.format(ws=demo, tmp=tmp_path) for a in argv]
    code, _out, err = run(capsys, *args)
    assert code == 2
    assert reason in err and err.count("\n") == 1


def test_import_of_a_non_xlsx_is_bad_input(demo, tmp_path, capsys) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("姓名,手机\n", encoding="utf-8")
    code, _out, err = run(capsys, "roster", "import", str(demo), str(fake))
    assert code == 2 and "不是 .xlsx" in err


def test_real_process_prints_json(demo) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "roster", "check", str(demo), "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ok"] is True


def test_export_masks_contacts_unless_asked_and_audits_the_unmasked_one(
    demo, tmp_path, capsys
) -> None:
    from python_calamine import CalamineWorkbook

    from desktop.services.roster import Workspace

    masked = tmp_path / "masked.xlsx"
    code, text, _ = run(capsys, "roster", "export", str(demo), str(masked))
    assert code == 0 and "已打码" in text and "--unmask-contacts" in text
    people = CalamineWorkbook.from_path(str(masked)).get_sheet_by_name("人员").to_python()
    phone = people[0].index("手机")
    phones = [row[phone] for row in people[1:] if row[phone]]
    assert phones and all("****" in p for p in phones)

    full = tmp_path / "full.xlsx"
    code, data, _ = run(
        capsys, "roster", "export", str(demo), str(full), "--unmask-contacts", "--json"
    )
    assert code == 0 and data["masked"] is False
    people = CalamineWorkbook.from_path(str(full)).get_sheet_by_name("人员").to_python()
    assert not any("****" in str(row[phone]) for row in people[1:])
    with Workspace.open(demo, read_only=True) as look:
        rows = look.db.execute(
            "SELECT object_type, after_json FROM audit WHERE action = 'export-unmasked'"
        ).fetchall()
    assert len(rows) == 1 and rows[0][0] == "roster"
    assert json.loads(rows[0][1])["file"] == str(full)


def test_importing_a_masked_export_keeps_the_contacts(demo, tmp_path, capsys) -> None:
    masked = tmp_path / "masked.xlsx"
    assert run(capsys, "roster", "export", str(demo), str(masked))[0] == 0
    code, text, _ = run(capsys, "roster", "import", str(demo), str(masked))
    assert code == 0 and "更新 10 人" in text and "打码的联系方式未导入" in text
    full = tmp_path / "full.xlsx"
    code, _data, _ = run(
        capsys, "roster", "export", str(demo), str(full), "--unmask-contacts", "--json"
    )
    from python_calamine import CalamineWorkbook

    assert code == 0

    people = CalamineWorkbook.from_path(str(full)).get_sheet_by_name("人员").to_python()
    phone = people[0].index("手机")
    assert not any("****" in str(row[phone]) for row in people[1:])
