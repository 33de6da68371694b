"""`crisisdesk`: the command-line front end over services/ (contract: DESIGN.md §6).

Every command takes the workspace path first, prints human text (or one JSON object with
`--json`), exits 0 on success and 2 on bad input with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop import __version__
from desktop.core.errors import Cancelled, UserError
from desktop.services.context import AppContext

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


@dataclass
class CommandResult:
    text: str
    data: dict[str, Any] = field(default_factory=dict)
    exit_code: int = EXIT_OK


Handler = Callable[[AppContext, argparse.Namespace], CommandResult]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line on stderr, exit 2
        self.exit(EXIT_BAD_INPUT, f"crisisdesk: {message}\n")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _command_modules() -> list[Any]:
    """Each area registers its commands here; the order is the order in --help."""
    from desktop import (
        cli_cases,
        cli_export,
        cli_import,
        cli_kb,
        cli_mentions,
        cli_roster,
        cli_workspace,
    )

    return [
        cli_workspace,
        cli_import,
        cli_mentions,
        cli_export,
        cli_kb,
        cli_cases,
        cli_roster,
    ]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="crisisdesk",
        description="CrisisDesk 舆情应对台 — offline social-media crisis desk. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"CrisisDesk {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the window on the demo workspace")
    parser.add_argument("--open", metavar="WS", help="open the window on this workspace")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _command_modules():
        module.register(commands)
    return parser


def emit(result: CommandResult, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result.data, ensure_ascii=False, default=str))
    elif result.text:
        print(result.text)


def run_command(argv: Sequence[str], ctx: AppContext | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(open_path=args.open, demo=args.demo)
    handler: Handler = args.handler
    owned_context = ctx is None
    ctx = ctx or AppContext.create()
    try:
        result = handler(ctx, args)
    except UserError as exc:
        print(f"crisisdesk: {exc}".replace("\n", " "), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Cancelled:
        print("crisisdesk: cancelled", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("crisisdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("CRISISDESK_DEBUG"):
            raise
        print(f"crisisdesk: internal error ({type(exc).__name__})", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        if owned_context and ctx.workspace is not None and not ctx.workspace.closed:
            ctx.workspace.close()
    emit(result, getattr(args, "json", False))
    return result.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return run_command(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        # `crisisdesk mentions … | head`: the reader left; say nothing more (Python docs' recipe).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
