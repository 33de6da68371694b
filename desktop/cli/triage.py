"""`crisisdesk triage WS [--retrain] [--json]`: the model's first pass over the mention log
from scripts — scores every mention without a person's label (retraining first when enough
new labels came in, or always with --retrain) and says how well it does here."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import CommandResult, command
from desktop.core.messages import label, text
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
        return text("cli.triage.not_yet", min=triage.MIN_LABELS, n=status.labels)
    return text("cli.triage.agreement", p=f"{status.agreement:.0%}", n=status.agreement_labels)


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
        text(
            "cli.triage.counts",
            model=counts.by_model,
            person=counts.by_person,
            imported=counts.by_import,
        )
    ]
    if args.retrain and not (retrained and retrained.trained):
        lines.append(text("cli.triage.too_few", min=triage.MIN_LABELS))
    for key in ("neg", "neu", "pos"):
        row = data["by_sentiment"][key]
        lines.append(
            text(
                "cli.triage.row",
                sentiment=label(SENTIMENTS, key),
                counted=row["counted"],
                confirmed=row["confirmed"],
                suggested=row["suggested"],
                guessed=row["guessed"],
            )
        )
    lines.append(agreement_text(status))
    if retrained and retrained.base_agreement is not None:
        lines.append(text("cli.triage.base", p=f"{retrained.base_agreement:.0%}"))
    return CommandResult("\n".join(lines), data)
