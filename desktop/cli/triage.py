"""`crisisdesk triage WS [--retrain] [--json]`: the model's first pass over the mention log
from scripts — scores every mention without a person's label (retraining first when enough
new labels came in, or always with --retrain) and says how well it does here."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import CommandResult, command
from desktop.core.vocab import SENTIMENTS
from desktop.services import triage, workspaces
from desktop.services.context import AppContext


def _triage_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument(
        "--retrain",
        action="store_true",
        help="learn from the labels a person set now (otherwise only after every "
        f"{triage.RETRAIN_EVERY} new labels)",
    )


def agreement_text(status: triage.ModelStatus) -> str:
    if status.agreement is None:
        return f"标注满 {triage.MIN_LABELS} 条后开始评估（现有人工标注 {status.labels} 条）"
    return (
        f"模型在本工作区的一致率 {status.agreement:.0%}"
        f"（基于 {status.agreement_labels} 条人工标注，交叉验证）"
    )


@command(
    "triage",
    help="score every mention without a person's label with the workspace's model",
    arguments=_triage_arguments,
)
def _triage(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = workspaces.open_workspace(ctx, Path(args.workspace))
    retrained = triage.retrain(workspace) if args.retrain else triage.retrain_if_due(workspace)
    if retrained is None or not retrained.trained:
        triage.score_unlabelled(workspace)
    status = triage.model_status(workspace)
    counts = triage.sentiment_counts(workspace)
    data = {
        "scored": counts.by_model,
        "labels_used": status.labels_used,
        "agreement": status.agreement,
        "agreement_labels": status.agreement_labels,
        "labels": status.labels,
        "retrained": bool(retrained and retrained.trained),
        # The shipped model's agreement on the same labels (only when it retrained now).
        "base_agreement": retrained.base_agreement if retrained else None,
        "by_sentiment": counts.as_dict(),
    }
    lines = [
        f"模型建议 {counts.by_model} 条（人工标注 {counts.by_person} 条，原表 {counts.by_import} 条）"
    ]
    if args.retrain and not (retrained and retrained.trained):
        lines.append(f"人工标注不足 {triage.MIN_LABELS} 条，仍用内置模型。")
    for key in ("neg", "neu", "pos"):
        row = data["by_sentiment"][key]
        lines.append(
            f"  {SENTIMENTS[key]}：计入 {row['counted']}（确认 {row['confirmed']} · "
            f"模型建议 {row['suggested']}）· 未计入的弱判断 {row['guessed']}"
        )
    lines.append(agreement_text(status))
    if retrained and retrained.base_agreement is not None:
        lines.append(f"  （内置模型在同样的标注上：{retrained.base_agreement:.0%}）")
    return CommandResult("\n".join(lines), data)
