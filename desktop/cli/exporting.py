"""`crisisdesk export WS OUT.xlsx [filters] [--unmask-contacts] [--json]` (DESIGN.md §6)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import CommandResult, command
from desktop.cli.filters import add_filter_arguments, filter_from_args
from desktop.services import exports
from desktop.services.context import AppContext


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("out", metavar="OUT", help="OUT.xlsx or OUT.csv")
    add_filter_arguments(parser)
    parser.add_argument(
        "--unmask-contacts",
        action="store_true",
        help="write full phone numbers (recorded in the workspace's audit log)",
    )


@command(
    "export",
    help="export mentions (any filter) to .xlsx or .csv; contacts are masked by default",
    arguments=_export_arguments,
)
def _export(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    mention_filter = filter_from_args(args)
    out = Path(args.out).expanduser()
    exports.output_format(out)  # a bad suffix is bad input before anything is opened
    workspace = exports.open_for_export(
        args.workspace, ctx.user, unmask_contacts=args.unmask_contacts
    )
    with workspace:
        result = exports.export_mentions(
            workspace,
            out,
            mention_filter,
            unmask_contacts=args.unmask_contacts,
            limit=args.limit,
        )
    data = {
        "path": str(result.path),
        "rows": result.rows,
        "control_chars_replaced": result.control_chars_replaced,
        "truncated_cells": result.truncated_cells,
        "masked": result.masked,
    }
    lines = [
        f"已导出 {result.rows:,} 条舆情到 {result.path}",
        "  联系方式：" + ("已打码" if result.masked else "未打码（已记入审计日志）"),
    ]
    if result.control_chars_replaced:
        lines.append(f"  替换了 {result.control_chars_replaced:,} 个控制字符")
    if result.truncated_cells:
        lines.append(f"  {result.truncated_cells:,} 个单元格超过 32767 字，已截断")
    return CommandResult("\n".join(lines), data)
