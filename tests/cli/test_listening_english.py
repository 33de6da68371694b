"""`crisisdesk queue|authors|watch list|alerts|triage` in English (CRISISDESK_LANG=en): no
Chinese but user data (authors, group names and rules, the words an alert matched); Chinese
unchanged."""

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


def test_queue_and_triage_in_english(demo, capsys, monkeypatch) -> None:
    monkeypatch.setenv("CRISISDESK_LANG", "en")
    code, queue = run(capsys, "queue", str(demo), "--limit", "5")
    assert code == 0 and queue.startswith("Rank") and "shown." in queue
    assert not chinese_left(queue), queue
    code, triaged = run(capsys, "triage", str(demo))
    assert code == 0 and "model suggestions" in triaged and not chinese_left(triaged), triaged


def test_authors_and_watch_groups_in_english(demo, capsys, monkeypatch) -> None:
    data = json.loads(run(capsys, "authors", str(demo), "--json")[1])
    people = [a["author"] for key in ("repeat_complainers", "influencers") for a in data[key]]
    groups = json.loads(run(capsys, "watch", "list", str(demo), "--json")[1])["groups"]
    group_data = [g["name"] for g in groups] + [g["rule"] for g in groups]
    monkeypatch.setenv("CRISISDESK_LANG", "en")
    code, shown = run(capsys, "authors", str(demo))
    assert code == 0 and "Influencers" in shown
    assert not chinese_left(shown, tuple(people)), shown
    code, listed = run(capsys, "watch", "list", str(demo))
    assert code == 0 and "(Brand)" in listed and "mentions" in listed
    assert not chinese_left(listed, tuple(group_data)), listed


def test_alerts_in_english(demo, capsys, monkeypatch) -> None:
    groups = json.loads(run(capsys, "watch", "list", str(demo), "--json")[1])["groups"]
    rules = " ".join(g["rule"] for g in groups)
    words = tuple(w for w in rules.replace("(", " ").replace(")", " ").split() if w != "OR")
    monkeypatch.setenv("CRISISDESK_LANG", "en")
    code, shown = run(capsys, "alerts", str(demo))
    assert code == 0 and "new alerts" in shown
    names = tuple(g["name"] for g in groups)
    left = chinese_left(shown, (*names, *words))
    assert not left, left


def test_queue_stays_chinese(demo, capsys) -> None:
    code, queue = run(capsys, "queue", str(demo), "--limit", "2")
    assert code == 0 and queue.startswith("  名次") and "条待处理" in queue
