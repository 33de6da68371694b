"""`crisisdesk`: the command-line front end over services/ (contract: DESIGN.md §6).

Every command takes the workspace path first, prints human text (or one JSON object with
`--json`), exits 0 on success and 2 on bad input with a one-line reason on stderr. A new
command goes into the module of its area (or a new module listed in `COMMAND_MODULES`),
marked with `desktop.cli.base.command`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from desktop import __version__
from desktop.cli import (
    alerts,
    authors,
    cases,
    drills,
    exporting,
    importing,
    kb,
    mentions,
    plans,
    queue,
    report,
    roster,
    triage,
    watch,
    workspace,
)
from desktop.cli.base import (
    EXIT_BAD_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    CommandResult,
    Parser,
    add_commands,
    cli_language,
    emit,
)
from desktop.core.errors import Cancelled, UserError
from desktop.core.messages import set_display_language
from desktop.services.context import AppContext

# The order is the order in --help.
COMMAND_MODULES = (
    workspace,
    importing,
    mentions,
    triage,
    queue,
    authors,
    exporting,
    kb,
    cases,
    roster,
    plans,
    watch,
    alerts,
    drills,
    report,
)

__all__ = ["CommandResult", "build_parser", "main", "run_command"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="crisisdesk",
        description="CrisisDesk 舆情应对台 — offline social-media crisis desk. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"CrisisDesk {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the window on the demo workspace")
    parser.add_argument("--open", metavar="WS", help="open the window on this workspace")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    add_commands(commands, COMMAND_MODULES)
    return parser


# `crisisdesk` without a command opens the window; __main__ passes the GUI's entry point so
# that the CLI itself never imports Qt widgets.
OpenWindow = Callable[..., int]


def run_command(
    argv: Sequence[str], ctx: AppContext | None = None, *, open_window: OpenWindow | None = None
) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        if open_window is None:
            parser.print_help()
            return EXIT_OK
        return open_window(open_path=args.open, demo=args.demo)
    owned_context = ctx is None
    ctx = ctx or AppContext.create()
    shown_before = set_display_language(cli_language(ctx))  # restored: tests run many commands
    try:
        result: CommandResult = args.handler(ctx, args)
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
        set_display_language(shown_before)
    emit(result, getattr(args, "json", False))
    return result.exit_code


def main(argv: Sequence[str] | None = None, *, open_window: OpenWindow | None = None) -> int:
    try:
        return run_command(sys.argv[1:] if argv is None else argv, open_window=open_window)
    except BrokenPipeError:
        # `crisisdesk mentions … | head`: the reader left; say nothing more (Python docs' recipe).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
