"""`crisisdesk authors WS [--json]`: repeat complainers and influencers (contacts masked)."""

from __future__ import annotations

import argparse

from desktop.cli.base import CommandResult, command
from desktop.core.messages import text, word
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
    lines = [text("cli.authors.repeat_head", min=authors.REPEAT_NEGATIVES, n=len(repeat))]
    lines += [
        text(
            "cli.authors.repeat_line",
            platform=word(a.platform),
            author=a.author,
            negatives=a.negatives,
            suggested=a.suggested,
            mentions=a.mentions,
            unanswered=a.unanswered,
        )
        for a in repeat
    ]
    lines.append(text("cli.authors.big_head", floor=f"{floor:,}", n=len(big)))
    lines += [
        text(
            "cli.authors.big_line",
            platform=word(a.platform),
            author=a.author,
            followers=f"{a.followers or 0:,}",
            mentions=a.mentions,
            negatives=a.negatives,
        )
        for a in big
    ]
    return CommandResult("\n".join(lines), data)
