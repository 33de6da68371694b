"""`crisisdesk authors WS [--json]`: repeat complainers and influencers (contacts masked)."""

from __future__ import annotations

import argparse

from desktop.cli.base import CommandResult, command
from desktop.services import authors, mentions
from desktop.services.context import AppContext


def _authors_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("--min-followers", type=int, help="influencer size (default: the setting)")


@command(
    "authors",
    help="repeat complainers (≥ 2 negatives) and influencers",
    arguments=_authors_arguments,
)
def _authors(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    with mentions.open_for_reading(args.workspace, ctx.user) as workspace:
        repeat = authors.repeat_complainers(workspace)
        floor = args.min_followers or authors.influencer_followers(workspace)
        big = authors.influencers(workspace, floor)
    data = {
        "repeat_complainers": [a.as_dict() for a in repeat],
        "influencers": [a.as_dict() for a in big],
        "influencer_followers": floor,
    }
    lines = [f"反复投诉（≥ {authors.REPEAT_NEGATIVES} 条负面）：{len(repeat)} 位"]
    lines += [
        f"  {a.platform} {a.author}：负面 {a.negatives}（其中模型建议 {a.suggested}），"
        f"共 {a.mentions} 条，未回复 {a.unanswered}"
        for a in repeat
    ]
    lines.append(f"大V（粉丝 ≥ {floor:,}）：{len(big)} 位")
    lines += [
        f"  {a.platform} {a.author}：粉丝 {a.followers or 0:,}，共 {a.mentions} 条，负面 {a.negatives}"
        for a in big
    ]
    return CommandResult("\n".join(lines), data)
