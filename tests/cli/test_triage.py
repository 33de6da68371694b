"""`crisisdesk triage WS [--retrain] [--json]` and `crisisdesk mentions set …`, and the triage
fields of `crisisdesk mentions --json` (the CLI contract of issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import run_command
from desktop.services import workspaces
from tests.support.triage import COMPLAINTS, PRAISE, add


@pytest.fixture
def ws_path(ctx, tmp_path: Path) -> Path:
    workspace = workspaces.create_workspace(ctx, tmp_path / "cli", name="命令行")
    workspace.user = "小周"
    add(workspace, COMPLAINTS + PRAISE)
    add(workspace, ["送错了"], sentiment="neg", by="person", user="小周")
    path = workspace.path
    workspace.close()
    ctx.workspace = None
    return path


def run_json(capsys, *argv: str) -> dict:
    code = run_command([*argv, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def exit_code(argv: list[str]) -> int:
    try:
        return run_command(argv)
    except SystemExit as exc:
        return int(exc.code)


def test_triage_scores_and_reports_by_sentiment(capsys, ws_path) -> None:
    data = run_json(capsys, "triage", str(ws_path))
    assert data["scored"] == len(COMPLAINTS) + len(PRAISE)
    assert data["labels_used"] == 0 and data["agreement"] is None
    neg = data["by_sentiment"]["neg"]
    assert neg["confirmed"] == 1 and neg["suggested"] >= 3
    assert neg["counted"] == neg["confirmed"] + neg["suggested"]
    assert set(data["by_sentiment"]) == {"neg", "neu", "pos", "unknown"}


def test_triage_human_text_says_how_well_it_does(capsys, ws_path) -> None:
    assert run_command(["triage", str(ws_path)]) == 0
    out = capsys.readouterr().out
    assert "模型建议" in out and "标注满 20 条后开始评估" in out


def test_mentions_json_carries_the_triage_fields(capsys, ws_path) -> None:
    run_json(capsys, "triage", str(ws_path))
    data = run_json(capsys, "mentions", str(ws_path))
    assert data["total"] == len(data["mentions"]) == len(COMPLAINTS) + len(PRAISE) + 1
    for mention in data["mentions"]:
        for key in (
            "id",
            "text",
            "sentiment",
            "sentiment_by",
            "sentiment_confidence",
            "issue_type",
            "issue_type_by",
        ):
            assert key in mention
    model = run_json(capsys, "mentions", str(ws_path), "--sentiment-by", "model")
    assert model["total"] == len(COMPLAINTS) + len(PRAISE)
    assert {m["sentiment_by"] for m in model["mentions"]} == {"model"}
    person = run_json(capsys, "mentions", str(ws_path), "--sentiment-by", "person")
    assert [m["text"] for m in person["mentions"]] == ["送错了"]
    limited = run_json(capsys, "mentions", str(ws_path), "--limit", "100000")
    assert len(limited["mentions"]) == data["total"]


def test_mentions_set_is_a_persons_audited_bulk_edit(capsys, ws_path, tmp_path) -> None:
    run_json(capsys, "triage", str(ws_path))
    data = run_json(
        capsys, "mentions", "set", str(ws_path), "--ids", "1,2,4-5", "--sentiment", "pos"
    )
    assert (data["selected"], data["changed"]) == (4, 4)
    rows = run_json(capsys, "mentions", str(ws_path), "--sentiment-by", "person")["mentions"]
    assert {m["id"] for m in rows if m["sentiment"] == "pos"} == {1, 2, 4, 5}
    ids_file = tmp_path / "ids.txt"
    ids_file.write_text("6\n7\n", encoding="utf-8")
    data = run_json(
        capsys,
        "mentions",
        "set",
        str(ws_path),
        "--ids-file",
        str(ids_file),
        "--status",
        "to_reply",
        "--owner",
        "阿敏",
    )
    assert data["changed"] == 2 and data["set"] == {"status": "to_reply", "owner": "阿敏"}
    shown = run_json(capsys, "mentions", str(ws_path), "--owner", "阿敏")["mentions"]
    assert {m["id"] for m in shown} == {6, 7}
    # A label set from the CLI is training data like one set in the window.
    status = run_json(capsys, "triage", str(ws_path))
    assert status["by_sentiment"]["pos"]["confirmed"] == 4


@pytest.mark.parametrize(
    "extra",
    [
        ["--ids", "1"],  # nothing to set
        ["--sentiment", "neg"],  # no ids
        ["--ids", "1,x", "--sentiment", "neg"],
        ["--ids", "9-3", "--sentiment", "neg"],
        ["--ids", "1", "--sentiment", "unknown"],
        ["--ids", "1", "--sentiment", "neg", "--search", "差"],
        ["--ids", "999", "--sentiment", "neg"],
        ["--ids", "1", "--issue-type", "nonsense"],
    ],
)
def test_mentions_set_refuses_bad_input_with_exit_2(capsys, ws_path, extra) -> None:
    assert exit_code(["mentions", "set", str(ws_path), *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("crisisdesk:") and len(err.strip().splitlines()) == 1


def test_ids_only_belong_to_set(capsys, ws_path) -> None:
    assert exit_code(["mentions", str(ws_path), "--ids", "1"]) == 2


def test_triage_retrain_learns_from_the_labels_set_by_the_cli(capsys, ctx, tmp_path) -> None:
    workspace = workspaces.create_workspace(ctx, tmp_path / "learn", name="学习")
    add(workspace, [f"第{n}集 梁正贤又出场了" for n in range(30)])
    path = workspace.path
    workspace.close()
    ctx.workspace = None
    few = run_json(capsys, "triage", str(path), "--retrain")
    assert few["retrained"] is False and few["labels_used"] == 0
    run_json(capsys, "mentions", "set", str(path), "--ids", "1-25", "--sentiment", "neg")
    data = run_json(capsys, "triage", str(path), "--retrain")
    assert data["retrained"] is True and data["labels_used"] == 25
    assert data["agreement"] is None or 0 <= data["agreement"] <= 1
    assert data["base_agreement"] is None or 0 <= data["base_agreement"] <= 1
    assert data["by_sentiment"]["neg"]["confirmed"] == 25
    again = run_json(capsys, "triage", str(path))  # nothing new: no retrain
    assert again["retrained"] is False and again["labels_used"] == 25
    assert again["base_agreement"] is None


def test_the_human_table_marks_suggestions(capsys, ws_path) -> None:
    run_json(capsys, "triage", str(ws_path))
    assert run_command(["mentions", str(ws_path), "--sentiment-by", "model", "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()[1:4]
    assert all("?" in line for line in lines)
