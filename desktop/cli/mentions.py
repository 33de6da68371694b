"""`crisisdesk mentions WS [filters] [--json]`: list the mention log from scripts, and
`crisisdesk mentions set WS (--ids 1,2,5-9 | --ids-file F) [--sentiment neg|neu|pos]
[--issue-type T] [--status S] [--owner O]`: a person's bulk edit, audited, through the same
service call as the window's bulk edit (one statement over the ids)."""

from __future__ import annotations

import argparse
import re
import unicodedata
from array import array
from pathlib import Path

from desktop.cli.base import CommandResult, command
from desktop.cli.filters import add_filter_arguments, filter_from_args
from desktop.core.errors import UserError
from desktop.core.triage_vocab import BY_MODEL, SOURCES
from desktop.core.vocab import SENTIMENTS, STATUSES
from desktop.services import mentions, watchlists, workspaces
from desktop.services.context import AppContext

SET_ACTION = "set"
# What `mentions set` may change (the filters' options name the new values there).
SETTABLE_SENTIMENTS = ("neg", "neu", "pos")
# Filter options `mentions set` refuses: it edits the ids given, never "whatever matches".
NOT_FOR_SET = {  # argument name → (its option, its default)
    "search": ("--search", ""),
    "platform": ("--platform", []),
    "case": ("--case", None),
    "import_id": ("--import-id", None),
    "min_followers": ("--min-followers", None),
    "posted_from": ("--from", ""),
    "posted_to": ("--to", ""),
    "limit": ("--limit", None),
    "sentiment_by": ("--sentiment-by", []),
    "group": ("--group", None),
}

HUMAN_DEFAULT_LIMIT = 50
SNIPPET = 40


def _mentions_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS", help="the workspace, or `set` (bulk edit)")
    parser.add_argument(
        "set_workspace",
        metavar="SET_WS",
        nargs="?",
        help="`mentions set WS --ids …`: the workspace whose mentions to edit",
    )
    add_filter_arguments(parser)
    parser.add_argument(
        "--sentiment-by",
        action="append",
        choices=[*SOURCES, "none"],
        default=[],
        help="only sentiments said by a person, the sheet (import) or the model; none = nobody",
    )
    parser.add_argument(
        "--group",
        default=None,
        metavar="NAME|ID",
        help="only mentions a watch group matches (its name, or its id; see `watch list`)",
    )
    parser.add_argument("--ids", default=None, help="mentions set: ids, e.g. 1,2,5-9")
    parser.add_argument(
        "--ids-file", default=None, help="mentions set: a file of ids (commas, spaces, lines)"
    )


def parse_ids(text: str, source: str = "--ids") -> array[int]:
    """ "1,2,5-9" (commas, spaces or lines between; a-b is a range) as ids, in order given."""
    ids: array[int] = array("q")
    for part in re.split(r"[\s,，;]+", text.strip()):
        if not part:
            continue
        match = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if match is None:
            raise UserError(f"{source} 里有不是编号的值：{part}", hint="例如 --ids 1,2,5-9")
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if last < first:
            raise UserError(f"{source} 里的范围倒过来了：{part}", hint="例如 5-9")
        ids.extend(range(first, last + 1))
    if not ids:
        raise UserError(f"{source} 没有给出舆情编号。", hint="例如 --ids 1,2,5-9")
    return ids


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str, width: int) -> str:
    text = " ".join((text or "").split())
    out, used = "", 0
    for char in text:
        w = _width(char)
        if used + w > width:
            return out + "…"
        out, used = out + char, used + w
    return out


def _sentiment(row: mentions.MentionRow) -> str:
    """负面, or 负面? for the model's suggestion (as the window shows it)."""
    label = SENTIMENTS.get(row["sentiment"], "")
    return f"{label}?" if row["sentiment_by"] == BY_MODEL else label


def _pad(text: str, width: int) -> str:
    text = _cut(text, width)
    return text + " " * max(0, width - _width(text))


@command(
    "mentions",
    help="list mentions (filters, Chinese full-text search); contacts masked",
    arguments=_mentions_arguments,
)
def _mentions(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    if args.workspace == SET_ACTION and args.set_workspace:
        return _set(ctx, args)
    if args.set_workspace or args.ids is not None or args.ids_file is not None:
        raise UserError(
            "--ids 只用于批量修改。",
            hint="写作 crisisdesk mentions set WS --ids 1,2 --sentiment neg",
        )
    mention_filter = filter_from_args(args)
    mention_filter.sentiment_by = ["" if by == "none" else by for by in args.sentiment_by]
    limit = args.limit
    if not args.json and limit is None:
        limit = HUMAN_DEFAULT_LIMIT
    with mentions.open_for_reading(args.workspace, ctx.user) as workspace:
        if args.group is not None:
            mention_filter.watch_group_id = watchlists.find_group(workspace, args.group).id
        total, rows = mentions.list_mentions(workspace, mention_filter, limit)
        if args.json:  # each row's watch groups, by name
            names = watchlists.group_names_of(workspace, [row["id"] for row in rows])
            rows = [{**row, "groups": names.get(row["id"], [])} for row in rows]
    data = {"total": total, "mentions": rows}
    header = (
        f"{'id':>6}  {_pad('时间', 16)}  {_pad('平台', 8)}  {_pad('情感', 6)}  "
        f"{_pad('状态', 6)}  {_pad('作者', 16)}  内容"
    )
    lines = [header]
    for row in rows:
        lines.append(
            f"{row['id']:>6}  {_pad((row['posted_at'] or '')[:16].replace('T', ' '), 16)}  "
            f"{_pad(row['platform'], 8)}  {_pad(_sentiment(row), 6)}  "
            f"{_pad(STATUSES.get(row['status'], row['status']), 6)}  {_pad(row['author'], 16)}  "
            f"{_cut(row['title'] or row['text'], SNIPPET * 2)}"
        )
    shown = len(rows)
    if total == 0:
        lines = ["没有符合条件的舆情。"]
    elif shown < total:
        lines.append(
            f"共 {total} 条，显示前 {shown} 条（用 --limit N 显示更多，--json 输出全部）。"
        )
    else:
        lines.append(f"共 {total} 条。")
    return CommandResult("\n".join(lines), data)


def _set_changes(args: argparse.Namespace) -> dict[str, str]:
    given = [
        option for name, (option, default) in NOT_FOR_SET.items() if getattr(args, name) != default
    ]
    if given:
        raise UserError(
            f"mentions set 不接受筛选条件 {given[0]}。",
            hint="用 --ids 或 --ids-file 指定要改的舆情。",
        )
    changes: dict[str, str] = {}
    if len(args.sentiment) > 1 or len(args.status) > 1:
        raise UserError("mentions set 的 --sentiment、--status 只能各给一个值。")
    if args.sentiment:
        if args.sentiment[0] not in SETTABLE_SENTIMENTS:
            raise UserError(f"不能把情感设为 {args.sentiment[0]}。", hint="可选：neg、neu、pos。")
        changes["sentiment"] = args.sentiment[0]
    if args.status:
        changes["status"] = args.status[0]
    if args.issue_type:
        changes["issue_type"] = args.issue_type
    if args.owner:
        changes["owner"] = args.owner
    if not changes:
        raise UserError(
            "没有要修改的内容。", hint="给出 --sentiment、--issue-type、--status 或 --owner。"
        )
    return changes


def _set_ids(args: argparse.Namespace) -> array[int]:
    if (args.ids is None) == (args.ids_file is None):
        raise UserError("请用 --ids 或 --ids-file 之一指定舆情。", hint="例如 --ids 1,2,5-9")
    if args.ids is not None:
        return parse_ids(args.ids)
    path = Path(args.ids_file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"读不了编号文件：{path}", hint=str(exc)) from exc
    return parse_ids(text, path.name)


def _set(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    """A person's bulk edit: the window's own service call, audited the same way."""
    changes = _set_changes(args)
    ids = _set_ids(args)
    workspace = workspaces.open_workspace(ctx, Path(args.set_workspace))
    result = mentions.update_mentions(workspace, ids, changes)
    data = {
        "selected": len(ids),
        "changed": result.changed,
        "set": result.fields,
        "ids": mentions.id_ranges(result.changed_ids),
    }
    fields = "，".join(f"{name}={value}" for name, value in result.fields.items())
    text = f"已修改 {result.changed} 条舆情（选中 {len(ids)} 条，{fields}）。"
    if result.changed < len(ids):
        text += f" 其余 {len(ids) - result.changed} 条原本就是这些值。"
    return CommandResult(text, data)
