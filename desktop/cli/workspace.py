"""Workspace commands: new, demo, check."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import EXIT_BAD_INPUT, CommandResult, command
from desktop.core import vocab
from desktop.services import seeding, workspaces
from desktop.services.context import AppContext

# The overview counts' labels, in the CLI's way: the Chinese word, then the English one.
# (The --json output keeps the keys.) A key without a label here is printed as it is.
COUNT_LABELS: dict[str, str] = {
    "mentions": "舆情 mentions",
    "mentions_negative": "负面舆情 negative mentions",
    "mentions_negative_suggested": "其中模型建议 of them suggested by the model",
    "mentions_unanswered": "待处理舆情 unanswered mentions",
    "kb_entries": "问答库条目 Q&A entries",
    "kb_approved": "已审批条目 approved entries",
    "cases": "案例 cases",
    "cases_open": "进行中的案例 open cases",
    "people": "危机通讯录成员 roster people",
    "imports": "导入 imports",
}


def count_lines(counts: dict[str, int]) -> list[str]:
    """One indented line per count, labelled for a reader, in the order given."""
    return [f"  {COUNT_LABELS.get(key, key)}: {value}" for key, value in counts.items()]


def _new_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("--name", default="")
    parser.add_argument("--brand", default="")
    parser.add_argument("--client", default="")
    parser.add_argument(
        "--industry",
        default=seeding.DEFAULT_INDUSTRY,
        metavar="NAME",
        help="the industry whose 问答库 seed pack the workspace starts with, besides the general"
        f" crisis entries: {seeding.industry_choices()} (default: general = 通用, the general"
        " entries only)",
    )


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")


def _created(ctx: AppContext, args: argparse.Namespace, *, demo: bool) -> CommandResult:
    workspace = workspaces.create_workspace(
        ctx,
        Path(args.workspace),
        name=getattr(args, "name", ""),
        brand=getattr(args, "brand", ""),
        client=getattr(args, "client", ""),
        demo=demo,
        industry=getattr(args, "industry", seeding.DEMO_INDUSTRY),
    )
    with workspace:
        counts = workspaces.overview_counts(workspace)
        info = workspace.info()
        data = {
            "path": str(workspace.path),
            "name": info["name"],
            "schema_version": workspace.schema_version,
            "industry": workspaces.workspace_industry(workspace),
            "counts": counts,
        }
    industry = vocab.INDUSTRIES.get(data["industry"], "")
    text = "\n".join(
        [f"已创建工作区 {data['path']}（{info['name']}，行业：{industry}）", *count_lines(counts)]
    )
    return CommandResult(text, data)


@command(
    "new",
    help="create an empty workspace for an industry (seeded lists; 问答库: the general crisis"
    " entries and the --industry pack)",
    arguments=_new_arguments,
)
def _new(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    return _created(ctx, args, demo=False)


@command("demo", help="create a demo workspace with sample data", arguments=_demo_arguments)
def _demo(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    return _created(ctx, args, demo=True)


@command(
    "check",
    help="integrity, schema version, industry, counts, roster health",
    arguments=_check_arguments,
)
def _check(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    report = workspaces.check_workspace(ctx, Path(args.workspace))
    data = report.as_dict()
    lines = [
        f"{report.path}: {'正常 ok' if report.ok else '有问题 PROBLEMS'}",
        f"  schema {report.schema_version} (app {report.app_schema_version})",
        *([f"  行业 industry: {vocab.INDUSTRIES[report.industry]}"] if report.industry else []),
        *count_lines(report.counts),
        *(f"  ! {problem}" for problem in report.problems),
    ]
    return CommandResult("\n".join(lines), data, 0 if report.ok else EXIT_BAD_INPUT)
