"""`crisisdesk mentions`: human table, one JSON object, exit codes (DESIGN.md §6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import run_command
from desktop.services import workspaces


@pytest.fixture
def demo_path(ctx, tmp_path: Path) -> Path:
    workspace = workspaces.create_workspace(ctx, tmp_path / "demo", demo=True)
    with workspace.transaction():
        workspace.db.execute(
            "UPDATE mentions SET contact = '13800001234' WHERE id = (SELECT min(id) FROM mentions)"
        )
    path = workspace.path
    workspace.close()
    return path


def run_json(capsys, *argv: str) -> dict:
    assert run_command(["mentions", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_filtered_mentions_with_total(capsys, demo_path: Path) -> None:
    data = run_json(capsys, str(demo_path), "--search", "钢丝", "--sentiment", "neg")
    assert data["total"] == len(data["mentions"]) >= 40
    assert all(m["sentiment"] == "neg" and "钢丝" in m["text"] for m in data["mentions"])
    times = [m["posted_at"] for m in data["mentions"]]
    assert times == sorted(times, reverse=True)


def test_json_limit_keeps_the_total(capsys, demo_path: Path) -> None:
    data = run_json(capsys, str(demo_path), "--limit", "3")
    assert len(data["mentions"]) == 3 and data["total"] > 3


def test_contacts_are_masked(capsys, demo_path: Path) -> None:
    data = run_json(capsys, str(demo_path))
    contacts = [m["contact"] for m in data["mentions"] if m["contact"]]
    assert "138****1234" in contacts
    assert not any("13800001234" in json.dumps(m, ensure_ascii=False) for m in data["mentions"])


def test_human_table_shows_columns_and_a_footer(capsys, demo_path: Path) -> None:
    assert run_command(["mentions", str(demo_path), "--status", "replied", "--limit", "5"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "平台" in out[0] and "情感" in out[0] and "内容" in out[0]
    assert len(out) == 1 + 5 + 1
    assert all("已回复" in line for line in out[1:6])
    assert "显示前 5 条" in out[-1]


def test_no_match_says_so(capsys, demo_path: Path) -> None:
    assert run_command(["mentions", str(demo_path), "--search", "不存在的词语组合"]) == 0
    assert "没有符合条件" in capsys.readouterr().out


def test_single_character_search_works(capsys, demo_path: Path) -> None:
    data = run_json(capsys, str(demo_path), "--search", "钢")
    assert data["total"] >= 40


def exit_code(argv: list[str]) -> int:
    try:
        return run_command(argv)
    except SystemExit as exc:  # argparse rejects bad options before the handler runs
        return exc.code


@pytest.mark.parametrize(
    "argv",
    [
        ["mentions", "MISSING"],
        ["mentions", "{ws}", "--sentiment", "angry"],
        ["mentions", "{ws}", "--limit", "-1"],
        ["mentions", "{ws}", "--min-followers", "many"],
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, demo_path: Path, tmp_path, argv) -> None:
    argv = [
        a.replace("{ws}", str(demo_path)).replace("MISSING", str(tmp_path / "x.crisisdesk"))
        for a in argv
    ]
    assert exit_code(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("crisisdesk:") and "\n" not in err


def test_workspace_stays_usable_while_open_elsewhere(capsys, ctx, demo_path: Path) -> None:
    """The CLI reads read-only, so it works while the app holds the workspace."""
    opened = workspaces.open_workspace(ctx, demo_path)
    try:
        data = run_json(capsys, str(demo_path), "--limit", "1")
        assert data["total"] > 0
    finally:
        opened.close()


def test_group_filters_by_name_or_id_and_rows_name_their_groups(capsys, demo_path: Path) -> None:
    watch = json.loads(
        (run_command(["watch", "list", str(demo_path), "--json"]), capsys.readouterr().out)[1]
    )
    sensitive = next(g for g in watch["groups"] if g["name"] == "敏感词")
    by_name = run_json(capsys, str(demo_path), "--group", "敏感词")
    by_id = run_json(capsys, str(demo_path), "--group", str(sensitive["id"]))
    assert by_name == by_id
    assert by_name["total"] == sensitive["mention_count"] > 0
    assert all("敏感词" in m["groups"] for m in by_name["mentions"])
    everything = run_json(capsys, str(demo_path))
    assert everything["total"] > by_name["total"]
    assert any(m["groups"] == [] for m in everything["mentions"])  # unmatched: an empty list
    narrowed = run_json(capsys, str(demo_path), "--group", "敏感词", "--sentiment", "neg")
    assert 0 < narrowed["total"] <= by_name["total"]


def test_an_unknown_group_is_bad_input(capsys, demo_path: Path) -> None:
    assert run_command(["mentions", str(demo_path), "--group", "没有这个组"]) == 2
    err = capsys.readouterr().err
    assert "找不到监测组：没有这个组" in err and "Traceback" not in err


def test_set_refuses_a_group_filter(capsys, demo_path: Path) -> None:
    code = run_command(
        ["mentions", "set", str(demo_path), "--ids", "1", "--group", "敏感词", "--sentiment", "neg"]
    )
    assert code == 2 and "--group" in capsys.readouterr().err
