"""`crisisdesk import WS FILE`: import a mention sheet (contract: DESIGN.md §6)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import CommandResult, command
from desktop.core.errors import UserError
from desktop.core.messages import msg, text, word
from desktop.core.progress import Progress
from desktop.services import importing, workspaces
from desktop.services.context import AppContext


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--sheet", default=None, help="sheet name (default: first visible one)")
    parser.add_argument("--preset", default=None, help="built-in or saved preset name")
    parser.add_argument("--encoding", default=None, help="text encoding, e.g. gb18030, utf-16")
    parser.add_argument(
        "--header-row",
        type=int,
        default=None,
        metavar="N",
        help="1-based header row; 0 = no header row (the first row is data)",
    )
    parser.add_argument("--no-backup", action="store_true", help=argparse.SUPPRESS)


@command(
    "import",
    help="import a mention sheet (.xlsx, .csv, .tsv, .txt)",
    description="Import a mention sheet. Built-in presets: "
    + ", ".join(p.name for p in importing.PRESETS)
    + " (detected automatically from the headers).",
    arguments=_import_arguments,
)
def _import(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    file = Path(args.file).expanduser()
    if not file.exists():
        raise UserError(msg("import.file_missing", path=file))
    if args.header_row is not None and args.header_row < 0:
        raise UserError(msg("import.header_row_negative"))
    workspace = workspaces.open_workspace(ctx, Path(args.workspace))
    try:
        result = importing.import_file(
            workspace.path,
            file,
            sheet=args.sheet,
            preset=args.preset,
            encoding=args.encoding,
            header_row=args.header_row,
            user=ctx.user,
            ctx_paths=None if args.no_backup else ctx.paths,
            progress=Progress(),
        )
    finally:
        workspace.close()
        ctx.workspace = None
    data = result.as_dict()
    lines = [
        text("import.done", file=result.file_name)
        + (text("import.done_sheet", sheet=result.sheet) if result.sheet else "")
        + (text("import.done_preset", preset=result.preset) if result.preset else ""),
        text(
            "import.counts",
            read=result.rows_read,
            inserted=result.inserted,
            updated=result.updated,
            duplicates=result.duplicates,
            rejected=result.rejected,
        ),
        *([text("import.told_apart", count=result.told_apart)] if result.told_apart else []),
        *(f"  ! {w}" for w in result.warnings),
        *(
            text("import.rejected_row", row=r["row_number"], reason=word(r["reason"]))
            for r in result.rejects[:10]
        ),
    ]
    return CommandResult("\n".join(lines), data)
