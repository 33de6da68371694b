"""`crisisdesk new/check` in English (CRISISDESK_LANG=en or the user's language setting) and
in Chinese, unchanged; a refusal in English."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import run_command
from desktop.services.context import AppContext
from tests.support.english import chinese_left


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = run_command(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_in_english_shows_words_not_keys_and_the_roster_findings(
    capsys, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("CRISISDESK_LANG", "en")
    code, created, _ = run(capsys, "demo", str(tmp_path / "demo"))
    assert code == 0 and "Created the workspace" in created
    path = str(tmp_path / "demo.crisisdesk")
    code, out, _ = run(capsys, "check", path)
    assert code == 0
    assert "  negative mentions: " in out and "industry: Food & restaurants" in out
    assert "mentions_negative" not in out
    assert "roster: 0 error(s), 1 warning(s)" in out and "verified" in out
    data = json.loads(run(capsys, "check", path, "--json")[1])
    user_data = [
        data["path"],
        *(f["params"].get("name", "") for f in data["roster"]["findings"]),
        *(f["params"]["title"] for f in data["plans"]["findings"]),  # plan titles: user data
    ]
    for text in (created, out):
        demo_name = created.split("(", 1)[1].split(",", 1)[0]  # the demo's own name
        assert not chinese_left(text, (*user_data, demo_name)), text


def test_the_user_s_language_setting_picks_english_too(capsys, tmp_path: Path) -> None:
    AppContext.create().settings.set("language", "en")
    run(capsys, "new", str(tmp_path / "ws"))
    out = run(capsys, "check", str(tmp_path / "ws.crisisdesk"))[1]
    assert "  Q&A entries: " in out


def test_check_in_chinese_keeps_its_labels(capsys, tmp_path: Path) -> None:
    run(capsys, "demo", str(tmp_path / "demo"))
    out = run(capsys, "check", str(tmp_path / "demo.crisisdesk"))[1]
    assert "  负面舆情 negative mentions: " in out and "行业 industry: 餐饮/食品" in out
    assert "危机通讯录 roster: 0 个错误、1 个提醒" in out
    assert "吴佳 的联系方式已" in out


def test_a_refusal_in_english(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CRISISDESK_LANG", "en")
    code, _, err = run(capsys, "check", str(tmp_path / "none.crisisdesk"))
    assert code == 2 and "Workspace file not found" in err
    run(capsys, "new", str(tmp_path / "ws"))
    code, _, err = run(capsys, "import", str(tmp_path / "ws.crisisdesk"), "/no/such.xlsx")
    assert code == 2 and err.strip() == "crisisdesk: File not found: /no/such.xlsx"
    monkeypatch.delenv("CRISISDESK_LANG")
    code, _, err = run(capsys, "import", str(tmp_path / "ws.crisisdesk"), "/no/such.xlsx")
    assert "找不到文件" in err


def test_an_import_summary_in_english(capsys, tmp_path: Path, monkeypatch) -> None:
    sheet = tmp_path / "m.csv"
    sheet.write_text("正文,作者\n第一条,甲\n,乙\n", encoding="utf-8")
    run(capsys, "new", str(tmp_path / "ws"))
    monkeypatch.setenv("CRISISDESK_LANG", "en")
    code, out, _ = run(capsys, "import", str(tmp_path / "ws.crisisdesk"), str(sheet), "--no-backup")
    assert code == 0 and out.startswith("Imported m.csv")
    assert "Rejected: row 3 no text and no link" in out
    assert not chinese_left(out, ("甲", "乙", "第一条")), out


def test_check_lists_the_plans_findings_beside_the_roster_s(capsys, tmp_path: Path) -> None:
    run(capsys, "demo", str(tmp_path / "demo"))
    path = str(tmp_path / "demo.crisisdesk")
    code, out, _ = run(capsys, "check", path)
    assert code == 0  # findings are advice: the file itself is sound
    assert "应急预案 plans: 0 个错误、" in out and "从未演练过" in out
    assert out.index("危机通讯录 roster") < out.index("应急预案 plans")
    data = json.loads(run(capsys, "check", path, "--json")[1])
    codes = {f["code"] for f in data["plans"]["findings"]}
    assert codes == {"plan_never_tested"} and data["plans"]["warnings"] == len(
        data["plans"]["findings"]
    )


def test_check_says_the_plans_findings_in_english(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CRISISDESK_LANG", "en")
    run(capsys, "demo", str(tmp_path / "demo"))
    out = run(capsys, "check", str(tmp_path / "demo.crisisdesk"))[1]
    assert "plans: 0 error(s)" in out and "has never been drilled" in out
    assert "Run a tabletop drill" in out
