"""Workspace commands: new, demo, check."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import EXIT_BAD_INPUT, CommandResult, add_json_flag
from desktop.services import workspaces
from desktop.services.context import AppContext


def register(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser("new", help="create an empty workspace (seeded lists and 问答库)")
    new.add_argument("workspace", metavar="WS")
    new.add_argument("--name", default="")
    new.add_argument("--brand", default="")
    new.add_argument("--client", default="")
    add_json_flag(new)
    new.set_defaults(handler=_new)

    demo = commands.add_parser("demo", help="create a demo workspace with sample data")
    demo.add_argument("workspace", metavar="WS")
    add_json_flag(demo)
    demo.set_defaults(handler=_demo)

    check = commands.add_parser("check", help="integrity, schema version, counts, roster health")
    check.add_argument("workspace", metavar="WS")
    add_json_flag(check)
    check.set_defaults(handler=_check)


def _created(ctx: AppContext, args: argparse.Namespace, *, demo: bool) -> CommandResult:
    workspace = workspaces.create_workspace(
        ctx,
        Path(args.workspace),
        name=getattr(args, "name", ""),
        brand=getattr(args, "brand", ""),
        client=getattr(args, "client", ""),
        demo=demo,
    )
    with workspace:
        counts = workspaces.overview_counts(workspace)
        info = workspace.info()
        data = {
            "path": str(workspace.path),
            "name": info["name"],
            "schema_version": workspace.schema_version,
            "counts": counts,
        }
    text = f"已创建工作区 {data['path']}（{info['name']}）" + "".join(
        f"\n  {key}: {value}" for key, value in counts.items()
    )
    return CommandResult(text, data)


def _new(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    return _created(ctx, args, demo=False)


def _demo(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    return _created(ctx, args, demo=True)


def _check(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    report = workspaces.check_workspace(ctx, Path(args.workspace))
    data = report.as_dict()
    lines = [
        f"{report.path}: {'正常 ok' if report.ok else '有问题 PROBLEMS'}",
        f"  schema {report.schema_version} (app {report.app_schema_version})",
        *(f"  {key}: {value}" for key, value in report.counts.items()),
        *(f"  ! {problem}" for problem in report.problems),
    ]
    return CommandResult("\n".join(lines), data, 0 if report.ok else EXIT_BAD_INPUT)
