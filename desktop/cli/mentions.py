"""`crisisdesk mentions WS [filters] [--json]`: list the mention log from scripts."""

from __future__ import annotations

import argparse
import unicodedata

from desktop.cli.base import CommandResult, command
from desktop.cli.filters import add_filter_arguments, filter_from_args
from desktop.core.vocab import SENTIMENTS, STATUSES
from desktop.services import mentions
from desktop.services.context import AppContext

HUMAN_DEFAULT_LIMIT = 50
SNIPPET = 40


def _mentions_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    add_filter_arguments(parser)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str, width: int) -> str:
    text = " ".join((text or "").split())
    out, used = "", 0
    for char in text:
        w = _width(char)
        if used + w > width:
            return out + "…"
        out, used = out + char, used + w
    return out


def _pad(text: str, width: int) -> str:
    text = _cut(text, width)
    return text + " " * max(0, width - _width(text))


@command(
    "mentions",
    help="list mentions (filters, Chinese full-text search); contacts masked",
    arguments=_mentions_arguments,
)
def _mentions(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    mention_filter = filter_from_args(args)
    limit = args.limit
    if not args.json and limit is None:
        limit = HUMAN_DEFAULT_LIMIT
    with mentions.open_for_reading(args.workspace, ctx.user) as workspace:
        total, rows = mentions.list_mentions(workspace, mention_filter, limit)
    data = {"total": total, "mentions": rows}
    header = (
        f"{'id':>6}  {_pad('时间', 16)}  {_pad('平台', 8)}  {_pad('情感', 6)}  "
        f"{_pad('状态', 6)}  {_pad('作者', 16)}  内容"
    )
    lines = [header]
    for row in rows:
        lines.append(
            f"{row['id']:>6}  {_pad((row['posted_at'] or '')[:16].replace('T', ' '), 16)}  "
            f"{_pad(row['platform'], 8)}  {_pad(SENTIMENTS.get(row['sentiment'], ''), 6)}  "
            f"{_pad(STATUSES.get(row['status'], row['status']), 6)}  {_pad(row['author'], 16)}  "
            f"{_cut(row['title'] or row['text'], SNIPPET * 2)}"
        )
    shown = len(rows)
    if total == 0:
        lines = ["没有符合条件的舆情。"]
    elif shown < total:
        lines.append(
            f"共 {total} 条，显示前 {shown} 条（用 --limit N 显示更多，--json 输出全部）。"
        )
    else:
        lines.append(f"共 {total} 条。")
    return CommandResult("\n".join(lines), data)
