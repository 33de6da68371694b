"""`crisisdesk queue` and `crisisdesk authors`: JSON, human text, exit codes."""

from __future__ import annotations

import json

from desktop.cli import run_command
from tests.support.queue import add, ago


def test_queue_json_ranks_with_reasons(capsys, workspace) -> None:
    quiet = add(workspace, text="几点开门", sentiment="neu", sentiment_by="person")
    loud = add(
        workspace,
        text="吃出异物 13800001234",
        sentiment="neg",
        sentiment_by="person",
        followers=50_000,
        posted_at=ago(hours=5),
    )
    add(workspace, text="已回复", sentiment="neg", sentiment_by="person", status="replied")
    assert run_command(["queue", str(workspace.path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 2
    assert [row["id"] for row in data["queue"]] == [loud, quiet]
    first = data["queue"][0]
    assert first["rank"] == 1 and first["score"] > 70
    assert first["reasons"].startswith("已确认负面 · 粉丝 5 万 · 已过响应时限")
    assert first["text"] == "吃出异物 138****1234"


def test_queue_human_text_and_limit(capsys, workspace) -> None:
    for n in range(3):
        add(workspace, text=f"投诉{n}", sentiment="neg", sentiment_by="person")
    assert run_command(["queue", str(workspace.path), "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "共 3 条待处理，显示前 2 条。" in out and "已确认负面" in out


def test_queue_bad_input_exits_2(capsys, workspace, tmp_path) -> None:
    assert run_command(["queue", str(workspace.path), "--limit", "0"]) == 2
    assert "--limit" in capsys.readouterr().err
    assert run_command(["queue", str(tmp_path / "nope")]) == 2


def test_empty_queue_says_so(capsys, workspace) -> None:
    assert run_command(["queue", str(workspace.path)]) == 0
    assert "没有待处理的提及" in capsys.readouterr().out


def test_authors_lists_repeat_complainers_and_influencers(capsys, workspace) -> None:
    for _ in range(2):
        add(workspace, author="老顾客", sentiment="neg", sentiment_by="person")
    add(workspace, author="大V", followers=200_000, sentiment="pos", sentiment_by="person")
    assert run_command(["authors", str(workspace.path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["author"] for a in data["repeat_complainers"]] == ["老顾客"]
    assert data["repeat_complainers"][0]["negatives"] == 2
    assert [a["author"] for a in data["influencers"]] == ["大V"]
    assert data["influencer_followers"] == 10_000
