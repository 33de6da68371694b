"""The mention filters shared by `crisisdesk mentions` and `crisisdesk export`."""

from __future__ import annotations

import argparse

from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.vocab import SENTIMENTS, STATUSES


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", default="", help="full-text search (Chinese works)")
    parser.add_argument("--sentiment", action="append", choices=sorted(SENTIMENTS), default=[])
    parser.add_argument("--status", action="append", choices=sorted(STATUSES), default=[])
    parser.add_argument("--platform", action="append", default=[])
    parser.add_argument("--owner", default="")
    parser.add_argument("--issue-type", default="")
    parser.add_argument("--case", type=int, default=None, help="only mentions linked to case ID")
    parser.add_argument("--import-id", type=int, default=None)
    parser.add_argument("--min-followers", type=int, default=None)
    parser.add_argument("--from", dest="posted_from", default="", help="posted on/after (ISO)")
    parser.add_argument("--to", dest="posted_to", default="", help="posted on/before (ISO)")
    parser.add_argument("--limit", type=int, default=None)


def filter_from_args(args: argparse.Namespace) -> MentionFilter:
    if args.limit is not None and args.limit < 0:
        raise UserError("--limit 不能是负数。")
    return MentionFilter(
        search=args.search,
        sentiments=list(args.sentiment),
        statuses=list(args.status),
        platforms=list(args.platform),
        owner=args.owner,
        issue_type=args.issue_type,
        case_id=args.case,
        import_id=args.import_id,
        min_followers=args.min_followers,
        posted_from=args.posted_from,
        posted_to=args.posted_to,
    )
