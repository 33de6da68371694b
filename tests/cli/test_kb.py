"""`crisisdesk kb import|export` and `crisisdesk suggest` (DESIGN.md §6 contract)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import run_command
from desktop.services import workspaces


def make_workspace(ctx, tmp_path: Path) -> Path:
    created = workspaces.create_workspace(ctx, tmp_path / "cli", name="CLI")
    path = created.path
    created.close()
    return path


def test_suggest_json_shape(ctx, tmp_path: Path, capsys) -> None:
    path = make_workspace(ctx, tmp_path)
    assert run_command(["suggest", str(path), "沙拉里吃出钢丝", "--limit", "2", "--json"], ctx) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"entries", "similar"}
    assert len(data["entries"]) == 2
    assert {"id", "title", "score", "reply"} <= set(data["entries"][0])
    assert data["entries"][0]["title"] == "菜品中吃出异物（头发、钢丝、虫子）"
    assert data["similar"] == []
    keys = ["id", "title", "score", "reply", "approved", "matched", "relevance"]
    assert list(data["entries"][0]) == keys  # every earlier key kept, relevance added
    assert [e["relevance"] for e in data["entries"]] == ["strong", "possible"]


def test_suggest_json_relevance_for_an_off_topic_comment_and_similar_mentions(
    ctx, tmp_path: Path, capsys
) -> None:
    created = workspaces.create_workspace(ctx, tmp_path / "demo", demo=True)
    path = created.path
    created.close()
    args = ["suggest", str(path), "梁正贤真是海王让人恶心的想吐", "--json"]
    assert run_command(args, ctx) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["entries"] and {e["relevance"] for e in data["entries"]} == {"none"}
    ctx.workspace.close()
    assert run_command(["suggest", str(path), "沙拉里吃出钢丝", "--json"], ctx) == 0
    data = json.loads(capsys.readouterr().out)
    similar = data["similar"][0]
    assert list(similar) == ["mention_id", "text", "reply", "score", "matched", "relevance"]
    assert similar["relevance"] == "strong" and "钢丝" in similar["text"]


def test_suggest_human_text_and_bad_input(ctx, tmp_path: Path, capsys) -> None:
    path = make_workspace(ctx, tmp_path)
    assert run_command(["suggest", str(path), "退款还没到账"], ctx) == 0
    out = capsys.readouterr().out
    assert "退款迟迟不到账" in out and "[强相关]" in out
    ctx.workspace.close()
    assert run_command(["suggest", str(path), "  "], ctx) == 2
    assert "评论" in capsys.readouterr().err
    assert run_command(["suggest", str(path), "x", "--limit", "0"], ctx) == 2


def test_kb_export_then_import_round_trip(ctx, tmp_path: Path, capsys) -> None:
    path = make_workspace(ctx, tmp_path)
    out = tmp_path / "kb.xlsx"
    assert run_command(["kb", "export", str(path), str(out), "--json"], ctx) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["entries"] == 47 and out.exists()
    ctx.workspace.close()  # each real command is its own process
    assert run_command(["kb", "import", str(path), str(out), "--json"], ctx) == 0
    imported = json.loads(capsys.readouterr().out)
    assert imported["unchanged"] == 47 and imported["created"] == 0


def test_kb_import_refuses_other_files(ctx, tmp_path: Path, capsys) -> None:
    path = make_workspace(ctx, tmp_path)
    csv = tmp_path / "kb.csv"
    csv.write_text("a,b\n")
    assert run_command(["kb", "import", str(path), str(csv)], ctx) == 2
    err = capsys.readouterr().err
    assert err.startswith("crisisdesk:") and err.count("\n") == 1
