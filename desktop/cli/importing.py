"""`crisisdesk import WS FILE`: import a mention sheet (contract: DESIGN.md §6)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import CommandResult, command
from desktop.core.errors import UserError
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
        raise UserError(f"找不到文件：{file}")
    if args.header_row is not None and args.header_row < 0:
        raise UserError("--header-row 必须 ≥ 0（0 表示没有标题行）。")
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
        f"已导入 {result.file_name}"
        + (f"（工作表 {result.sheet}）" if result.sheet else "")
        + (f"，预设 {result.preset}" if result.preset else ""),
        f"  读取 {result.rows_read:,} 行：新增 {result.inserted:,}，更新 {result.updated:,}，"
        f"重复 {result.duplicates:,}，拒绝 {result.rejected:,}",
        *(
            [
                f"  其中 {result.told_apart:,} 行与前面的行作者、时间、正文相同（没有链接），"
                "按不同的人分别导入，未算作重复"
            ]
            if result.told_apart
            else []
        ),
        *(f"  ! {w}" for w in result.warnings),
        *(f"  拒绝：第 {r['row_number']} 行 {r['reason']}" for r in result.rejects[:10]),
    ]
    return CommandResult("\n".join(lines), data)
