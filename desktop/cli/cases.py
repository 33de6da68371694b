"""Case commands: `crisisdesk case list|show WS [ID] [--json]`, `crisisdesk case open WS
--title T (--search Q [--sentiment S] | --ids 1,2,…)`, `crisisdesk case report WS ID
OUT.(xlsx|pdf)`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.base import CommandResult, command, group
from desktop.core.case_vocab import EVENT_KINDS, PHASES, STATEMENT_STATUSES
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.pii import mask_phone_numbers
from desktop.core.vocab import SCENARIOS, SENTIMENTS, SEVERITY_NUMERALS
from desktop.services import cases, workspaces
from desktop.services.cases import report as case_report
from desktop.services.context import AppContext

CASE_GROUP = group("case", help="crisis cases: list, show, open, report")


def _list_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("id", metavar="ID", nargs="?", type=int, help="show this case instead")
    parser.add_argument("--open", action="store_true", help="only cases not closed")


def _show_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("id", metavar="ID", type=int)


def _open_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("--title", required=True, help="the new case's title")
    parser.add_argument("--scenario", default="other", choices=sorted(SCENARIOS))
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--search", help="link every mention this full-text search finds")
    which.add_argument("--ids", help="link these mention ids: 1,2,3")
    parser.add_argument(
        "--sentiment",
        action="append",
        choices=sorted(SENTIMENTS),
        default=[],
        help="with --search: only mentions of this sentiment (repeatable)",
    )


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("id", metavar="ID", type=int)
    parser.add_argument("out", metavar="OUT")


def _open(ctx: AppContext, args: argparse.Namespace) -> cases.Workspace:
    return workspaces.open_workspace(ctx, Path(args.workspace), read_only=True)


def _list_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "scenario": row["scenario"],
        "phase": row["phase"],
        "severity": row["severity"],
        "suggested_severity": row["suggested_severity"],
        "opened_at": row["opened_at"],
        "closed_at": row["closed_at"],
        "owner": row["owner"],
        "mentions": row["mention_count"],
        "negative": row["negative_count"],
        "statements": row["statement_count"],
        "clock": row["clock"],
    }


@command("case list", help="list cases, open ones first", arguments=_list_arguments)
def _list(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    if args.id is not None:
        return _show(ctx, args)
    workspace = _open(ctx, args)
    rows = [_list_row(r) for r in cases.list_cases(workspace, open_only=args.open)]
    lines = []
    for r in rows:
        level = SEVERITY_NUMERALS.get(r["severity"] or r["suggested_severity"], "—")
        lines.append(
            f"{r['id']:>4}  {level:<2} {PHASES.get(r['phase'], r['phase']):<4} "
            f"{r['title']}  舆情 {r['mentions']}（负面 {r['negative']}）  {r['clock']['label']}"
        )
    text = "\n".join(lines) if lines else "还没有案例。在窗口的“案例”页新建，或从舆情台账关联。"
    return CommandResult(text, {"cases": rows, "count": len(rows)})


def _mention_ids(text: str) -> list[int]:
    ids: list[int] = []
    for part in text.replace("，", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise UserError(f"--ids 里有不是编号的值：{part}", hint="例如 --ids 1,2,3")
        ids.append(int(part))
    if not ids:
        raise UserError("--ids 没有给出舆情编号。", hint="例如 --ids 1,2,3")
    return ids


@command(
    "case open",
    help="open a case from mentions (by --search or --ids); detected when the first was posted",
    arguments=_open_arguments,
)
def _open_case(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    if args.sentiment and args.search is None:
        raise UserError("--sentiment 只能和 --search 一起用。")
    workspace = workspaces.open_workspace(ctx, Path(args.workspace))
    if args.search is not None:
        if not args.search.strip():
            raise UserError("--search 不能为空。", hint="例如 --search 漏送")
        result = cases.open_case_matching(
            workspace,
            title=args.title,
            scenario=args.scenario,
            mention_filter=MentionFilter(search=args.search, sentiments=list(args.sentiment)),
        )
    else:
        result = cases.open_case(
            workspace, title=args.title, scenario=args.scenario, mention_ids=_mention_ids(args.ids)
        )
    case = cases.get_case(workspace, result.case_id)
    clock = cases.case_clock_state(workspace, case).as_dict()
    data = {
        "id": case["id"],
        "title": case["title"],
        "scenario": case["scenario"],
        "detected_at": case["detected_at"],
        "opened_at": case["opened_at"],
        "linked": result.linked,
        "moved": result.moved,
        "suggested_severity": case["suggested_severity"],
        "clock": clock,
    }
    text = (
        f"已新建案例 {case['id']}：{case['title']}\n"
        f"  关联舆情 {result.linked} 条"
        + (f"（其中 {result.moved} 条从其他案例移来）" if result.moved else "")
        + f"\n  发现时间 {case['detected_at']}"
        + ("（最早一条舆情的发布时间）" if case["detected_at"] != case["opened_at"] else "")
        + f"\n  建议级别 {SEVERITY_NUMERALS.get(case['suggested_severity'], '—')}"
        f" · 时钟 {clock['label']}"
    )
    return CommandResult(text, data)


@command(
    "case show", help="one case with its timeline, statements and review", arguments=_show_arguments
)
def _show(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = _open(ctx, args)
    detail = cases.case_detail(workspace, args.id, mention_limit=200)
    case = detail.case
    mentions = [
        {
            **m,
            "contact": mask_phone_numbers(m.get("contact") or ""),
            "text": mask_phone_numbers(m.get("text") or ""),
        }
        for m in detail.mentions
    ]
    data = {
        "id": case["id"],
        "detected_at": case["detected_at"],
        "case": case,
        "severity": detail.effective_severity,
        "suggestion": detail.suggestion,
        "clock": detail.clock,
        "timeline": detail.events,
        "statements": detail.statements,
        "actions": detail.actions,
        "mention_counts": detail.mention_counts,
        "reach": detail.reach,
        "mentions": mentions,
        "inform": detail.inform,
        "review_missing": detail.review_missing,
    }
    level = SEVERITY_NUMERALS.get(detail.effective_severity, "—")
    lines = [
        f"案例 {case['id']}：{case['title']}",
        f"  场景 {SCENARIOS.get(case['scenario'], case['scenario'])} · 阶段 {PHASES[case['phase']]}"
        f" · 级别 {level}（{case['severity_reason'] or '未人工定级'}）",
        f"  发现时间 {str(case['detected_at'] or '')[:16].replace('T', ' ')}"
        f" · 时钟 {detail.clock['label']}",
        f"  关联舆情 {detail.mention_counts['total']} 条（负面 {detail.mention_counts['neg']}）",
        "  时间线：",
        *(
            f"    {str(e['at'])[:16].replace('T', ' ')}  {EVENT_KINDS.get(e['kind'], e['kind'])}  {e['text']}"
            for e in detail.events
        ),
        "  声明：",
        *(
            f"    #{s['id']} {s['channel']} v{s['version']} {STATEMENT_STATUSES[s['status']]}"
            + (f"（{s['approval']['approver_name']} 审批）" if s.get("approval") else "")
            for s in detail.statements
        ),
    ]
    if case.get("lessons"):
        lines += ["  经验教训：", *(f"    {line}" for line in case["lessons"].splitlines())]
    return CommandResult("\n".join(lines), data)


@command("case report", help="write the case report (.xlsx or .pdf)", arguments=_report_arguments)
def _report(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UserError(f"报告文件需要 .xlsx 或 .pdf 扩展名：{out.name}")
    if not out.parent.exists():
        raise UserError(f"文件夹不存在：{out.parent}")
    workspace = _open(ctx, args)
    cases.get_case(workspace, args.id)
    if suffix == ".xlsx":
        written = case_report.export_xlsx(workspace, args.id, out)
        data = {"path": str(out), "format": "xlsx", "rows": written.rows}
    else:
        from desktop.printing.case_report import export_pdf

        export_pdf(workspace, args.id, out)
        data = {"path": str(out), "format": "pdf"}
    return CommandResult(f"已写出案例报告 {out}", data)
