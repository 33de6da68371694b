"""`crisisdesk watch list|add|remove|test` and `crisisdesk alerts`: exit codes, JSON, text."""

from __future__ import annotations

import json

import pytest

from desktop.cli import run_command
from desktop.services import watchlists, workspaces
from tests.support.listening import add_stream, before_now


@pytest.fixture
def ws_path(ctx, tmp_path):
    ws = workspaces.create_workspace(ctx, tmp_path / "cli", name="cli", brand="鹿角巷")
    add_stream(
        ws,
        [
            {
                "posted_at": before_now(3),
                "text": "鹿角巷 沙拉吃出钢丝，已经报警",
                "sentiment": "neg",
                "followers": 2_000_000,
                "author": "美食大V",
            },
            {"posted_at": before_now(3), "text": "沙拉不错", "sentiment": "pos"},
        ],
    )
    watchlists.rematch_all(ws)
    path = ws.path
    ws.close()
    return path


def run(capsys, *argv):
    try:
        code = run_command([str(a) for a in argv])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_watch_add_list_test_remove(ws_path, capsys):
    code, out, _err = run(
        capsys,
        "watch",
        "add",
        ws_path,
        "--name",
        "钢丝",
        "--rule",
        "钢丝 OR 铁丝",
        "--kind",
        "problem",
    )
    assert code == 0 and "匹配 1 条" in out
    code, out, _ = run(capsys, "watch", "list", ws_path, "--json")
    groups = {g["name"]: g for g in json.loads(out)["groups"]}
    assert groups["钢丝"]["mention_count"] == 1 and groups["钢丝"]["kind"] == "problem"
    assert groups["鹿角巷"]["kind"] == "brand"
    code, out, _ = run(capsys, "watch", "test", ws_path, "沙拉 NOT 钢丝")
    assert code == 0 and "规则匹配 1 / 2 条" in out and "【沙拉】不错" in out
    code, out, _ = run(capsys, "watch", "remove", ws_path, "钢丝")
    assert code == 0
    code, out, _ = run(capsys, "watch", "list", ws_path)
    assert "钢丝（" not in out


def test_a_bad_rule_exits_2_with_the_position(ws_path, capsys):
    code, out, err = run(capsys, "watch", "add", ws_path, "--name", "x", "--rule", "(钢丝 OR")
    assert code == 2 and "第 7 个字符" in err and out == ""
    code, _, err = run(capsys, "watch", "remove", ws_path, "没有这个组")
    assert code == 2 and "找不到监测组" in err


def test_alerts_evaluates_first_and_lists_json(ws_path, capsys):
    code, out, err = run(capsys, "alerts", ws_path, "--json")
    assert code == 0, err
    data = json.loads(out)
    by_kind = {a["kind"]: a for a in data["alerts"]}
    assert data["raised"] == len(data["alerts"]) >= 2
    assert {"influencer", "sensitive"} <= set(by_kind)
    influencer = by_kind["influencer"]
    assert influencer["mention_ids"] and influencer["acknowledged"] is False
    assert "美食大V" in influencer["reason"] and influencer["at"]
    code, out, _ = run(capsys, "alerts", ws_path, "--ack", influencer["id"], "--json")
    assert influencer["id"] not in [a["id"] for a in json.loads(out)["alerts"]]
    code, out, _ = run(capsys, "alerts", ws_path, "--all")
    assert code == 0 and "已确认" in out and "新预警 0 条" in out
