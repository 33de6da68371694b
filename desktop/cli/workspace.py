"""Workspace commands: new, demo, check."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.base import EXIT_BAD_INPUT, CommandResult, command
from desktop.core import messages, vocab
from desktop.core.message_catalogue import CATALOGUE
from desktop.services import seeding, watchlists, workspaces
from desktop.services.context import AppContext


# The overview counts' labels are catalogue messages `count.<key>` (core/message_catalogue):
# in Chinese the Chinese word then the English one, in English the English one. The --json
# output keeps the keys. A key without a message is printed as it is.
def count_label(key: str) -> str:
    return messages.text(f"count.{key}") if f"count.{key}" in CATALOGUE else key


def count_lines(counts: dict[str, int]) -> list[str]:
    """One indented line per count, labelled for a reader, in the order given."""
    return [f"  {count_label(key)}: {value}" for key, value in counts.items()]


def health_lines(health: dict[str, Any] | None, area: str = "roster") -> list[str]:
    """One area's health in the check (the roster's, the plans'): a summary line, then each
    finding with its fix."""
    if health is None:
        return []
    findings = health.get("findings") or []
    if not findings:
        return [f"  {messages.text(f'check.{area}_ok')}"]
    marks = {"error": "✗", "warning": "!"}
    return [
        "  "
        + messages.text(
            f"check.{area}_findings", errors=health["errors"], warnings=health["warnings"]
        ),
        *(f"    {marks.get(f['severity'], '!')} {f['message']} → {f['fix']}" for f in findings),
    ]


def roster_lines(health: dict[str, Any] | None) -> list[str]:
    """The roster's health in the check."""
    return health_lines(health, "roster")


def _new_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("--name", default="")
    parser.add_argument("--brand", default="", help="the brand: seeds its watch group")
    parser.add_argument(
        "--products",
        default="",
        metavar="LIST",
        help="products, separated by commas or 、: each gets a watch group",
    )
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
        products=watchlists.split_products(getattr(args, "products", "")),
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
    created = messages.text(
        "workspace.created", path=data["path"], name=info["name"], industry=data["industry"]
    )
    text = "\n".join([created, *count_lines(counts)])
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
    help="integrity, schema version, industry, counts, roster and plan health",
    arguments=_check_arguments,
)
def _check(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    report = workspaces.check_workspace(ctx, Path(args.workspace))
    data = report.as_dict()
    industry = messages.label(vocab.INDUSTRIES, report.industry)
    lines = [
        f"{report.path}: {messages.text('check.ok' if report.ok else 'check.problems')}",
        f"  schema {report.schema_version} (app {report.app_schema_version})",
        *([f"  {messages.text('check.industry')}: {industry}"] if report.industry else []),
        *count_lines(report.counts),
        *roster_lines(report.roster_health),
        *health_lines(report.plan_health, "plans"),
        *(f"  ! {problem}" for problem in report.problems),
    ]
    return CommandResult("\n".join(lines), data, 0 if report.ok else EXIT_BAD_INPUT)
