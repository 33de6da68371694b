"""`crisisdesk export`: exit codes, JSON, filters and the audited --unmask-contacts."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import run_command
from desktop.services import exports
from desktop.services.context import AppContext
from desktop.storage.workspace import Workspace
from tests.support.exports import add_mention


@pytest.fixture
def closed_workspace(workspace: Workspace) -> Path:
    add_mention(workspace, sentiment="neg", contact="13800138000", text="退款太慢\x1b")
    add_mention(workspace, sentiment="pos", contact="13900139000", text="好吃")
    add_mention(workspace, sentiment="neg", text="配送慢")
    workspace.close()
    return workspace.path


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return json.loads(capsys.readouterr().out)


def test_export_prints_one_json_object(
    closed_workspace: Path, tmp_path: Path, ctx: AppContext, capsys
) -> None:
    out = tmp_path / "neg.xlsx"
    argv = ["export", str(closed_workspace), str(out), "--sentiment", "neg", "--json"]
    assert run_command(argv, ctx) == 0
    data = _json(capsys)
    assert data == {
        "path": str(out),
        "rows": 2,
        "control_chars_replaced": 1,
        "truncated_cells": 0,
        "masked": True,
    }
    sheet = openpyxl.load_workbook(out)[exports.MENTIONS_SHEET]
    contacts = [row[25] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "138****8000" in contacts
    with Workspace.open(closed_workspace, read_only=True) as reader:
        assert reader.count("audit", "action = ?", [exports.AUDIT_ACTION]) == 0


def test_human_text_and_limit(closed_workspace: Path, tmp_path: Path, ctx, capsys) -> None:
    out = tmp_path / "all.csv"
    assert run_command(["export", str(closed_workspace), str(out), "--limit", "2"], ctx) == 0
    text = capsys.readouterr().out
    assert "已导出 2 条" in text and "已打码" in text
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_unmask_contacts_is_audited(closed_workspace: Path, tmp_path: Path, ctx, capsys) -> None:
    out = tmp_path / "full.xlsx"
    argv = ["export", str(closed_workspace), str(out), "--unmask-contacts", "--json"]
    assert run_command(argv, ctx) == 0
    assert _json(capsys)["masked"] is False
    with Workspace.open(closed_workspace, read_only=True) as reader:
        rows = reader.db.execute(
            "SELECT user, after_json FROM audit WHERE action = ?", [exports.AUDIT_ACTION]
        ).fetchall()
    assert len(rows) == 1 and rows[0][0] == ctx.user
    assert json.loads(rows[0][1])["rows"] == 3


@pytest.mark.parametrize(
    "extra",
    [
        ["OUT.pdf"],
        ["OUT.xlsx", "--sentiment", "angry"],
        ["OUT.xlsx", "--limit", "-1"],
        ["OUT.xlsx", "--min-followers", "many"],
    ],
)
def test_bad_input_exits_2_with_one_line(
    closed_workspace: Path, tmp_path: Path, ctx, capsys, extra: list[str]
) -> None:
    argv = ["export", str(closed_workspace), str(tmp_path / extra[0]), *extra[1:]]
    try:
        code = run_command(argv, ctx)
    except SystemExit as exc:  # argparse rejects unknown choices itself
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("crisisdesk:") and "\n" not in err
    assert not list(tmp_path.glob("OUT.*"))


def test_missing_workspace_and_missing_folder_exit_2(
    closed_workspace: Path, tmp_path: Path, ctx, capsys
) -> None:
    missing = str(tmp_path / "none.crisisdesk")
    assert run_command(["export", missing, str(tmp_path / "o.xlsx")], ctx) == 2
    assert "找不到" in capsys.readouterr().err
    nowhere = str(tmp_path / "no-such-folder" / "o.xlsx")
    assert run_command(["export", str(closed_workspace), nowhere], ctx) == 2
    assert "不存在" in capsys.readouterr().err


def test_unmask_while_open_elsewhere_is_refused(
    closed_workspace: Path, tmp_path: Path, ctx, capsys
) -> None:
    with Workspace.open(closed_workspace):  # the window holds it
        argv = ["export", str(closed_workspace), str(tmp_path / "x.xlsx"), "--unmask-contacts"]
        assert run_command(argv, ctx) == 2
        assert "使用" in capsys.readouterr().err
        argv = ["export", str(closed_workspace), str(tmp_path / "y.xlsx"), "--json"]
        assert run_command(argv, ctx) == 0  # a masked export only reads
    assert _json(capsys)["rows"] == 3
    assert not (tmp_path / "x.xlsx").exists()
