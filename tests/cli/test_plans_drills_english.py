"""`crisisdesk plan …` and `crisisdesk drill …` in English (CRISISDESK_LANG=en): no Chinese
but user data (plan titles, drill titles, checklist texts, role names a person wrote);
Chinese unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import run_command
from tests.support.english import chinese_left


def run(capsys, *argv: str) -> tuple[int, str]:
    code = run_command(list(argv))
    return code, capsys.readouterr().out


@pytest.fixture
def demo(tmp_path, capsys) -> Path:
    path = tmp_path / "demo.crisisdesk"
    assert run(capsys, "demo", str(path))[0] == 0
    return path


def _plan_titles(capsys, demo: Path) -> tuple[str, ...]:
    data = json.loads(run(capsys, "plan", "list", str(demo), "--json")[1])
    return tuple(p["title"] for p in data["plans"])


def test_plan_list_and_check_in_english(demo, capsys, monkeypatch) -> None:
    titles = _plan_titles(capsys, demo)
    monkeypatch.setenv("CRISISDESK_LANG", "en")
    code, listed = run(capsys, "plan", "list", str(demo))
    assert code == 0 and "contingency plans" in listed and "last drilled:" in listed
    assert not chinese_left(listed, titles), listed
    _, checked = run(capsys, "plan", "check", str(demo))
    assert checked.startswith("Plan check:")
    data = json.loads(run(capsys, "plan", "check", str(demo), "--json")[1])
    duties = tuple(f["params"].get("duty", "") for f in data["findings"])
    assert not chinese_left(checked, (*titles, *duties)), checked


def test_a_refusal_in_english(demo, capsys, monkeypatch) -> None:
    monkeypatch.setenv("CRISISDESK_LANG", "en")
    code = run_command(["plan", "export", str(demo), "x.doc", "--all"])
    err = capsys.readouterr().err
    assert code == 2 and "Export to a .pdf or .xlsx file." in err
    assert not chinese_left(err), err


def test_drill_scenarios_run_and_list_in_english(demo, capsys, monkeypatch) -> None:
    scenarios = json.loads(run(capsys, "drill", "scenarios", "--json")[1])["scenarios"]
    titles = tuple(s["title"] for s in scenarios)
    monkeypatch.setenv("CRISISDESK_LANG", "en")
    code, shown = run(capsys, "drill", "scenarios")
    assert code == 0 and "injects" in shown and not chinese_left(shown, titles), shown
    key = scenarios[0]["key"]
    code, ran = run(capsys, "drill", "run", str(demo), "--scenario", key)
    assert code == 0 and ran.startswith("Drill 1 recorded:")
    items = tuple(
        line.split("Checklist item not done: ", 1)[1]
        for line in ran.splitlines()
        if "Checklist item not done: " in line
    )
    assert not chinese_left(ran, (*titles, *items)), ran
    _, listed = run(capsys, "drill", "list", str(demo))
    assert not chinese_left(listed, titles), listed


def test_drill_list_stays_chinese(demo, capsys) -> None:
    _, listed = run(capsys, "drill", "list", str(demo))
    assert "还没有演练记录" in listed or "级" in listed


def test_plan_show_in_english_keeps_the_plan_as_written(demo, capsys, monkeypatch) -> None:
    data = json.loads(run(capsys, "plan", "show", str(demo), "food_safety", "--json")[1])
    content = data["content"]
    written: list[str] = [data["title"], data.get("last_test_found") or ""]
    for value in content.values():
        if isinstance(value, str):
            written += [value, *value.splitlines()]
        elif isinstance(value, list):
            for item in value:
                written += [str(v) for v in item.values() if isinstance(v, str)]
    monkeypatch.setenv("CRISISDESK_LANG", "en")
    code, shown = run(capsys, "plan", "show", str(demo), "food_safety")
    assert code == 0 and "[Assess] Risk register" in shown and "Escalate when: " in shown
    left = chinese_left(shown, tuple(w for w in written if w))
    assert not left, left
