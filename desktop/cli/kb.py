"""Knowledge-base commands: `kb import|export WS FILE.xlsx` and `suggest WS TEXT`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import CommandResult, command
from desktop.core.errors import UserError
from desktop.services import suggest, workspaces
from desktop.services.context import AppContext
from desktop.services.kb import excel as kb_excel

RELEVANCE_WORDS = {"strong": "强相关", "possible": "可能相关", "none": "不相关"}


def _kb_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("import", "export"))
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("file", metavar="FILE.xlsx")


def _suggest_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("text", metavar="TEXT")
    parser.add_argument("--limit", type=int, default=5)


@command("kb", help="import or export the whole 问答库 as .xlsx", arguments=_kb_arguments)
def _kb(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    path = Path(args.file)
    if args.action == "export":
        workspace = workspaces.open_workspace(ctx, args.workspace, read_only=True)
        exported = kb_excel.export_kb(workspace, path)
        text = f"已导出问答库：{exported.entries} 个条目，{exported.rows} 行 → {exported.path}"
        return CommandResult(text, exported.as_dict())
    if path.suffix.lower() != ".xlsx":
        raise UserError("问答库只能从 .xlsx 文件导入。", hint="请先在 Excel 里另存为 .xlsx。")
    workspace = workspaces.open_workspace(ctx, args.workspace)
    workspaces.backup_before(ctx, "kb-import")
    imported = kb_excel.import_kb(workspace, path)
    lines = [
        f"已导入问答库 {path.name}：读取 {imported.rows_read} 行，新建 {imported.created}，"
        f"更新 {imported.updated}，未变 {imported.unchanged}，跳过 {imported.skipped}",
        *(f"  ! {p}" for p in imported.problems),
        *(f"  ? 与已有条目“{d.title}”的典型评论几乎相同" for d in imported.duplicates),
    ]
    return CommandResult("\n".join(lines), imported.as_dict())


@command(
    "suggest",
    help="best 问答库 entries and similar answered mentions",
    arguments=_suggest_arguments,
)
def _suggest(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    if args.limit < 1:
        raise UserError("--limit 必须是正整数。")
    if not args.text.strip():
        raise UserError("请给出要匹配的评论文字。")
    workspace = workspaces.open_workspace(ctx, args.workspace, read_only=True)
    result = suggest.suggest(workspace, args.text, args.limit)
    data = {  # DESIGN.md §6: these keys, in this order (relevance added last: strong/possible/none)
        "entries": [
            {
                "id": e.id,
                "title": e.title,
                "score": e.score,
                "reply": e.reply,
                "approved": e.approved,
                "matched": e.matched,
                "relevance": e.relevance,
            }
            for e in result.entries
        ],
        "similar": [
            {
                "mention_id": s.mention_id,
                "text": s.text,
                "reply": s.reply,
                "score": s.score,
                "matched": s.matched,
                "relevance": s.relevance,
            }
            for s in result.similar
        ],
    }
    lines = ["问答库条目："]
    for e in result.entries:
        flag = "" if e.approved else "（未审批）"
        lines.append(
            f"  #{e.id} {e.title}{flag}  [{RELEVANCE_WORDS[e.relevance]}]"
            f"  命中：{'、'.join(e.matched)}"
        )
        lines.append(f"      {e.reply}")
    if not result.entries:
        lines.append("  （没有匹配的条目）")
    lines.append("相似的已回复舆情：")
    for s in result.similar:
        lines.append(f"  舆情 {s.mention_id} [{RELEVANCE_WORDS[s.relevance]}] {s.text}")
        lines.append(f"      回复：{s.reply}")
    if not result.similar:
        lines.append("  （没有已回复的相似舆情）")
    return CommandResult("\n".join(lines), data)
