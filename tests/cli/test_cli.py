"""The CLI contract of DESIGN.md §6: exit codes, JSON, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import run_command

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = run_command(list(argv))
    except SystemExit as exited:  # argparse's own errors
        code = exited.code
    out, err = capsys.readouterr()
    return code, out, err


def test_version_from_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"CrisisDesk {__version__}"


def test_new_then_check_json(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "new", str(tmp_path / "client"), "--name", "客户", "--json")
    assert code == 0 and err == ""
    created = json.loads(out)
    assert created["path"].endswith("client.crisisdesk") and created["name"] == "客户"
    code, out, _ = run(capsys, "check", created["path"], "--json")
    assert code == 0
    report = json.loads(out)
    assert report["ok"] is True
    assert report["schema_version"] == report["app_schema_version"]
    assert set(report["counts"]) >= {"mentions", "kb_entries", "cases", "people"}


def test_new_for_an_industry_seeds_its_pack_and_check_shows_it(capsys, tmp_path: Path) -> None:
    code, out, err = run(
        capsys, "new", str(tmp_path / "艺人"), "--industry", "entertainment", "--json"
    )
    assert code == 0 and err == ""
    created = json.loads(out)
    assert created["industry"] == "entertainment"
    general = run_json(capsys, "new", str(tmp_path / "g"), "--json")  # no --industry: 通用
    assert general["industry"] == "general"
    assert created["counts"]["kb_entries"] > general["counts"]["kb_entries"] >= 20
    assert json.loads(run(capsys, "check", created["path"], "--json")[1])["industry"] == (
        "entertainment"
    )
    code, out, _ = run(capsys, "new", str(tmp_path / "学校"), "--industry", "教育培训")
    assert code == 0 and "行业：教育培训" in out
    assert "行业 industry: 教育培训" in run(capsys, "check", str(tmp_path / "学校.crisisdesk"))[1]


def run_json(capsys, *argv: str) -> dict:
    code, out, _ = run(capsys, *argv)
    assert code == 0
    return json.loads(out)


def test_a_bad_industry_exits_2_naming_the_choices(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "new", str(tmp_path / "x"), "--industry", "bakery")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "bakery" in err
    assert all(key in err for key in ("food", "retail", "entertainment", "internet"))
    assert all(key in err for key in ("education", "travel", "general", "酒店旅游"))
    assert not (tmp_path / "x.crisisdesk").exists()


def test_new_help_names_the_industries_and_the_default(capsys) -> None:
    code, out, _ = run(capsys, "new", "--help")
    assert code == 0
    flat = " ".join(out.split())
    assert "--industry" in flat and "文娱影视/艺人" in flat and "default: general = 通用" in flat


def test_check_human_output(capsys, tmp_path: Path) -> None:
    run(capsys, "new", str(tmp_path / "c"))
    code, out, _ = run(capsys, "check", str(tmp_path / "c.crisisdesk"))
    assert code == 0 and "ok" in out and "schema" in out


def test_check_and_new_label_the_counts_and_json_keeps_the_keys(capsys, tmp_path: Path) -> None:
    code, created_text, _ = run(capsys, "new", str(tmp_path / "c"))
    assert code == 0
    path = str(tmp_path / "c.crisisdesk")
    keys = run_json(capsys, "check", path, "--json")["counts"]
    assert {"mentions_negative", "kb_approved", "cases_open", "imports"} <= set(keys)
    code, checked_text, _ = run(capsys, "check", path)
    assert code == 0
    for text in (created_text, checked_text):
        assert "  负面舆情 negative mentions: 0" in text
        assert f"  问答库条目 Q&A entries: {keys['kb_entries']}" in text
        assert "  进行中的案例 open cases: 0" in text
        # every count is printed, none of them under its raw key
        assert sum(line.startswith("  ") and ":" in line for line in text.splitlines()) >= len(keys)
        assert not any(f"\n  {key}:" in text for key in keys), text


def test_demo_has_sample_brand(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "demo", str(tmp_path / "demo"), "--json")
    assert code == 0
    assert "鹿角巷" in json.loads(out)["name"]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["check", "/nonexistent/none.crisisdesk"], "找不到"),
        (["frobnicate"], "invalid choice"),
        (["check"], "required"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, argv, fragment) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert fragment in err and err.count("\n") == 1


def test_existing_file_refused(capsys, tmp_path: Path) -> None:
    run(capsys, "new", str(tmp_path / "x"))
    code, out, err = run(capsys, "new", str(tmp_path / "x"))
    assert code == 2 and out == "" and "已存在" in err


def test_not_a_workspace(capsys, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.crisisdesk"
    sheet.write_text("a,b\n1,2\n" * 30)
    code, _, err = run(capsys, "check", str(sheet))
    assert code == 2 and "不是 CrisisDesk 工作区" in err
