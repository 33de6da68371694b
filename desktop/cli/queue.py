"""`crisisdesk queue WS [--limit N] [--json]`: the 先处理 queue — rank, id, score, reasons."""

from __future__ import annotations

import argparse

from desktop.cli.base import CommandResult, command
from desktop.core.errors import UserError
from desktop.core.pii import mask_phone_numbers
from desktop.services import mentions, priority
from desktop.services.context import AppContext

DEFAULT_LIMIT = 20


def _queue_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        help=f"how many to list (default {DEFAULT_LIMIT})",
    )


@command(
    "queue",
    help="who to answer first: unanswered mentions ranked, with the reasons",
    arguments=_queue_arguments,
)
def _queue(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    if args.limit < 1:
        raise UserError("--limit 应为正整数。")
    with mentions.open_for_reading(args.workspace, ctx.user) as workspace:
        ranking = priority.rank_queue(workspace)
        items = ranking.items(args.limit)
        rows = priority.queue_rows(workspace, [item.id for item in items])
    data = {
        "total": len(ranking),
        "queue": [
            {**item.as_dict(), "text": mentions_text(rows.get(item.id, {}))} for item in items
        ],
    }
    if not items:
        return CommandResult("没有待处理的提及：所有未回复的舆情都已处理。", data)
    lines = [f"{'名次':>4}  {'id':>6}  {'分数':>5}  理由"]
    for item in items:
        lines.append(f"{item.rank:>4}  {item.id:>6}  {item.score:5.1f}  {item.reason_text}")
    lines.append(f"共 {len(ranking):,} 条待处理，显示前 {len(items)} 条。")
    return CommandResult("\n".join(lines), data)


def mentions_text(row: dict[str, object]) -> str:
    """The mention's text with phone numbers masked (as every view shows it)."""
    return mask_phone_numbers(str(row.get("text") or ""))
