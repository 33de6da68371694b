"""Watch-group commands: `crisisdesk watch list|add|remove|test WS …`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import CommandResult, command, group
from desktop.core.message_catalogue import CATALOGUE
from desktop.core.messages import text
from desktop.services import watchlists, workspaces
from desktop.services.context import AppContext

WATCH_GROUP = group("watch", help="keyword watch groups: list, add, remove, test a rule")


def _ws_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("--name", required=True, help="the group's name (unique)")
    parser.add_argument(
        "--rule",
        required=True,
        help='the rule: words side by side = AND; OR; NOT; "phrase"; (…); a NEAR/5 b',
    )
    parser.add_argument(
        "--kind",
        default="topic",
        choices=sorted(watchlists.WATCH_KINDS),
        help="what the group watches (default: topic)",
    )


def _remove_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("group", metavar="NAME_OR_ID")


def _test_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("rule", metavar="RULE")
    parser.add_argument("--limit", type=int, default=10, help="matching mentions to show")


def _group_data(group: watchlists.WatchGroup) -> dict[str, object]:
    return {
        "id": group.id,
        "name": group.name,
        "kind": group.kind,
        "rule": group.rule,
        "enabled": group.enabled,
        "mention_count": group.mention_count,
    }


def _kind(kind: str) -> str:
    """The group's kind in the display language (vocabulary, not user data)."""
    word_id = f"cli.watch.kind.{kind}"
    return text(word_id) if word_id in CATALOGUE else watchlists.WATCH_KINDS.get(kind, kind)


@command(
    "watch list",
    help="the watch groups with how many mentions each matches",
    arguments=_ws_argument,
)
def _list(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = workspaces.open_workspace(ctx, Path(args.workspace), read_only=True)
    groups = watchlists.list_groups(workspace)
    lines = [
        f"{g.id:>3}  {text('cli.watch.name_kind', name=g.name, kind=_kind(g.kind))}"
        f"  {text('cli.watch.count', n=g.mention_count)}"
        f"{'' if g.enabled else text('cli.watch.disabled')}\n       {g.rule}"
        for g in groups
    ]
    shown = "\n".join(lines) if lines else text("cli.watch.none")
    return CommandResult(shown, {"groups": [_group_data(g) for g in groups]})


@command("watch add", help="add a watch group and match every mention", arguments=_add_arguments)
def _add(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = workspaces.open_workspace(ctx, Path(args.workspace))
    result = watchlists.add_group(workspace, args.name, args.rule, kind=args.kind)
    group = watchlists.get_group(workspace, result.id)
    return CommandResult(
        text("cli.watch.added", name=group.name, id=group.id, n=group.mention_count),
        {"group": _group_data(group)},
    )


@command("watch remove", help="remove a watch group (by name or id)", arguments=_remove_arguments)
def _remove(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = workspaces.open_workspace(ctx, Path(args.workspace))
    group = watchlists.find_group(workspace, args.group)
    watchlists.remove_group(workspace, group.id)
    return CommandResult(
        text("cli.watch.removed", name=group.name, id=group.id), {"removed": group.id}
    )


@command(
    "watch test",
    help="what a rule matches in the log now (saves nothing)",
    arguments=_test_arguments,
)
def _test(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = workspaces.open_workspace(ctx, Path(args.workspace), read_only=True)
    result = watchlists.test_rule(workspace, args.rule, limit=max(0, args.limit))
    lines = [text("cli.watch.matches", count=result.count, scanned=result.scanned)]
    for hit in result.samples:
        marked = _marked(hit.text, hit.hits)
        lines.append(f"  #{hit.id} {hit.posted_at[:16].replace('T', ' ')} {hit.author}：{marked}")
    data = {
        "rule": result.rule,
        "count": result.count,
        "scanned": result.scanned,
        "samples": [{"id": h.id, "posted_at": h.posted_at, "hits": h.hits} for h in result.samples],
    }
    return CommandResult("\n".join(lines), data)


def _marked(text: str, hits: list[tuple[int, int]], width: int = 80) -> str:
    """The text with its hits in 【】, cut to about `width` characters around the first."""
    out, last = [], 0
    for start, end in hits:
        out += [text[last:start], "【", text[start:end], "】"]
        last = end
    out.append(text[last:])
    joined = "".join(out).replace("\n", " ")
    return joined if len(joined) <= width else joined[:width] + "…"
