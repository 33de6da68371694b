"""`crisisdesk alerts WS [--json] [--all] [--ack ID]`: evaluate, then list the alerts.

Evaluating first means the list is current as of now (post times, thresholds in the
workspace's settings); a read-only workspace is listed as it is, without evaluating.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import CommandResult, command
from desktop.core.messages import display_language, text
from desktop.services import alerts, workspaces
from desktop.services.context import AppContext


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument(
        "--all", action="store_true", help="acknowledged alerts too (default: open ones)"
    )
    parser.add_argument("--ack", type=int, metavar="ID", help="acknowledge this alert first")
    parser.add_argument(
        "--no-evaluate", action="store_true", help="list what is stored, raise nothing new"
    )


@command(
    "alerts",
    help="evaluate and list alerts (预警): kind, time, reason, mentions",
    arguments=_arguments,
)
def _alerts(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = workspaces.open_workspace(ctx, Path(args.workspace))
    raised = 0
    if args.ack is not None:
        alerts.acknowledge(workspace, args.ack)
    if not args.no_evaluate:
        raised = len(alerts.evaluate(workspace).raised)
    setting = str(workspace.setting("language") or "")
    language = "en" if display_language() == "en" or setting.startswith("en") else "zh"
    listed = alerts.list_alerts(workspace, include_acknowledged=args.all)
    items = [
        {
            "id": a.id,
            "kind": a.kind,
            "at": a.at,
            "reason": alerts.reason_of(a, language),
            "mention_ids": a.mention_ids,
            "acknowledged": a.acknowledged,
            "acknowledged_by": a.acknowledged_by,
            "acknowledged_at": a.acknowledged_at,
            "snoozed_until": a.snoozed_until,
            "case_id": a.case_id,
        }
        for a in listed
    ]
    lines = [text("cli.alerts.head", language, raised=raised, n=len(items))]
    for item, alert in zip(items, listed, strict=True):
        by = alert.acknowledged_by
        state = text("cli.alerts.acknowledged", language, by=by) if alert.acknowledged else ""
        lines.append(
            f"#{alert.id} {alerts.kind_label(alert.kind, language)}  {alert.at}{state}\n"
            f"    {item['reason']}\n    {text('cli.alerts.mentions', language)}: "
            + ",".join(str(i) for i in alert.mention_ids[:20])
            + (" …" if len(alert.mention_ids) > 20 else "")
        )
    return CommandResult("\n".join(lines), {"raised": raised, "alerts": items})
