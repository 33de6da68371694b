"""`crisisdesk queue WS [--limit N] [--json]`: the 先处理 queue — rank, id, score, reasons."""

from __future__ import annotations

import argparse

from desktop.cli.base import CommandResult, command
from desktop.core.case_words import minutes_text
from desktop.core.errors import UserError
from desktop.core.message_catalogue import CATALOGUE
from desktop.core.messages import display_language, msg, text
from desktop.core.pii import mask_phone_numbers
from desktop.core.priority import Reason
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
        raise UserError(msg("cli.queue.limit"))
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
        return CommandResult(text("cli.queue.empty"), data)
    rank, score = text("cli.queue.header_rank"), text("cli.queue.header_score")
    lines = [f"{rank:>4}  {'id':>6}  {score:>5}  {text('cli.queue.header_reasons')}"]
    for item in items:
        reasons = " · ".join(reason_words(r) for r in item.reasons)
        lines.append(f"{item.rank:>4}  {item.id:>6}  {item.score:5.1f}  {reasons}")
    lines.append(text("cli.queue.footer", total=f"{len(ranking):,}", n=len(items)))
    return CommandResult("\n".join(lines), data)


def reason_words(reason: Reason) -> str:
    """One reason for a rank in the display language, from its key and numbers (as the
    queue page words it); the Chinese words when the key is not known here."""
    if display_language() == "zh":
        return str(reason.text)
    data = reason.data
    key = reason.key
    if key == "confirmed":
        found = f"cli.queue.confirmed.{data.get('sentiment', '')}"
        return text(found) if found in CATALOGUE else str(reason.text)
    if key == "negative_probability":
        return text("cli.queue.negative_probability", p=data["percent"])
    if key == "unread":
        return text("cli.queue.unread")
    if key in ("followers", "reposts", "comments"):
        return text(f"cli.queue.{key}", n=f"{int(data[key]):,}")
    if key in ("overdue", "window_left"):
        return text(f"cli.queue.{key}", t=minutes_text(int(data["minutes"])))
    if key == "repeat":
        return text("cli.queue.repeat", n=data["count"])
    return str(reason.text)


def mentions_text(row: dict[str, object]) -> str:
    """The mention's text with phone numbers masked (as every view shows it)."""
    return mask_phone_numbers(str(row.get("text") or ""))
