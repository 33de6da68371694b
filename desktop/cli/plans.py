"""Plan commands: `crisisdesk plan list|show|export|import|check|activate|checklist|tick`.

`plan check` exits 1 when there are findings (a plan never drilled, drilled too long ago,
roles nobody holds, an open case without a plan) so a script can gate on it; exit 2 stays
bad input. `plan export` writes a PDF (one plan, or the binder with --all) or an .xlsx.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import CommandResult, command, group
from desktop.core.errors import UserError
from desktop.core.messages import display_language, label, msg, text
from desktop.core.plan_vocab import STATUSES
from desktop.core.vocab import SCENARIOS
from desktop.services import plans, workspaces
from desktop.services.context import AppContext
from desktop.services.plans import excel as plan_excel
from desktop.services.plans.versions import render as render_plan
from desktop.services.workspaces import Workspace

PLAN_GROUP = group("plan", help="contingency plans: list, show, export, import, check, activate")
EXIT_FINDINGS = 1


def _ws(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")


def _show_arguments(parser: argparse.ArgumentParser) -> None:
    _ws(parser)
    parser.add_argument("plan", metavar="SCENARIO", help="scenario key or label, or plan id")


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    _ws(parser)
    parser.add_argument("plan", metavar="SCENARIO", nargs="?", help="scenario key, label or id")
    parser.add_argument("out", metavar="OUT.pdf|OUT.xlsx")
    parser.add_argument("--all", action="store_true", help="every plan (the binder)")


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    _ws(parser)
    parser.add_argument("file", metavar="FILE.xlsx")


def _activate_arguments(parser: argparse.ArgumentParser) -> None:
    _ws(parser)
    parser.add_argument("case", metavar="CASE_ID", type=int)
    parser.add_argument("plan", metavar="SCENARIO", nargs="?", help="default: the case's scenario")
    parser.add_argument("--by", default="", help="who activates (default: the workspace user)")
    parser.add_argument("--at", default="", help="when, ISO time with offset (default: now)")


def _checklist_arguments(parser: argparse.ArgumentParser) -> None:
    _ws(parser)
    parser.add_argument("case", metavar="CASE_ID", type=int)


def _tick_arguments(parser: argparse.ArgumentParser) -> None:
    _checklist_arguments(parser)
    parser.add_argument("item", metavar="ITEM_ID", type=int)
    parser.add_argument("--by", default="", help="who did it (default: the workspace user)")
    parser.add_argument("--at", default="", help="when, ISO time with offset (default: now)")
    parser.add_argument("--undo", action="store_true", help="mark the item not done again")
    parser.add_argument("--skip", metavar="REASON", help="skip the item, saying why")


def _open(ctx: AppContext, path: str, *, read_only: bool) -> Workspace:
    return workspaces.open_workspace(ctx, Path(path), read_only=read_only)


def _tested(value: str | None) -> str:
    return value[:10] if value else text("cli.plan.never_tested")


@command("plan list", help="plans: scenario, version, status, last tested", arguments=_ws)
def _list(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = _open(ctx, args.workspace, read_only=True)
    listed = plans.list_plans(workspace)
    lines = [text("cli.plan.count", n=len(listed))] if listed else [text("cli.plan.none")]
    for p in listed:
        lines.append(
            text(
                "cli.plan.list_line",
                scenario=label(SCENARIOS, p.scenario),
                key=p.scenario,
                version=p.version,
                status=label(STATUSES, p.status),
                tested=_tested(p.last_tested_at),
            )
        )
    return CommandResult("\n".join(lines), {"plans": [p.as_dict() for p in listed]})


@command("plan show", help="one plan in its four phases", arguments=_show_arguments)
def _show(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = _open(ctx, args.workspace, read_only=True)
    plan = plans.get_plan(workspace, args.plan)
    lines = [
        text(
            "cli.plan.show_line",
            title=plan.title,
            scenario=label(SCENARIOS, plan.scenario),
            version=plan.version,
            status=label(STATUSES, plan.status),
            tested=_tested(plan.last_tested_at),
        ),
        *render_plan(plan.content, display_language()),
    ]
    if plan.last_test_found:
        lines.append(text("cli.plan.last_found", found=plan.last_test_found))
    data = {**plan.summary.as_dict(), "content": plan.content.to_dict()}
    data["last_test_found"] = plan.last_test_found
    return CommandResult("\n".join(lines), data)


@command(
    "plan export",
    help="one plan (or --all) to PDF, or plans to .xlsx",
    arguments=_export_arguments,
)
def _export(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    out = Path(args.out).expanduser()
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(msg("cli.plan.export_suffix"), hint=msg("cli.plan.export_suffix.hint"))
    if bool(args.plan) == bool(args.all):
        raise UserError(msg("cli.plan.export_which"))
    workspace = _open(ctx, args.workspace, read_only=True)
    if suffix == ".xlsx":
        chosen = None if args.all else [args.plan]
        result = plan_excel.export_xlsx(workspace, out, chosen)
        return CommandResult(text("cli.plan.exported", n=result.plans, out=out), result.as_dict())
    # contract 7: the CLI may render PDFs offscreen through desktop/printing
    from desktop.printing.plan_document import write_binder_pdf, write_plan_pdf

    if args.all:
        write_binder_pdf(workspace, out)
        count = len(plans.list_plans(workspace))
        return CommandResult(
            text("cli.plan.binder_written", n=count, out=out), {"path": str(out), "plans": count}
        )
    plan = plans.get_plan(workspace, args.plan)
    write_plan_pdf(workspace, plan.id, out)
    return CommandResult(
        text("cli.plan.pdf_written", title=plan.title, out=out), {"path": str(out), "plans": 1}
    )


@command(
    "plan import",
    help="import plans from .xlsx (changed plans become drafts)",
    arguments=_import_arguments,
)
def _import(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    file = Path(args.file)
    if file.suffix.lower() != ".xlsx":
        raise UserError(msg("cli.plan.import_suffix"), hint=msg("cli.plan.import_suffix.hint"))
    if not file.is_file():
        raise UserError(msg("import.file_missing", path=file))
    workspace = _open(ctx, args.workspace, read_only=False)
    workspaces.backup_before(ctx, "before-plan-import")
    result = plan_excel.import_xlsx(workspace, file)
    lines = [
        text(
            "cli.plan.imported",
            file=file.name,
            created=len(result.created),
            updated=len(result.updated),
            unchanged=len(result.unchanged),
            skipped=len(result.skipped_plans),
        ),
        *(
            text("cli.plan.rejected_row", sheet=r.sheet, row=r.row, reason=r.reason)
            for r in result.rejected
        ),
    ]
    return CommandResult("\n".join(lines), result.as_dict())


@command("plan check", help="plan health findings (exit 1 when there are any)", arguments=_ws)
def _check(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = _open(ctx, args.workspace, read_only=True)
    found = plans.findings(workspace)
    marks = {"error": "✗", "warning": "!"}
    lines = [text("cli.plan.check_found", n=len(found)) if found else text("cli.plan.check_ok")]
    lines += [f"  {marks.get(f.severity, '!')} {f.message} → {f.fix}" for f in found]
    data = {"ok": not found, "findings": [f.as_dict() for f in found]}
    return CommandResult("\n".join(lines), data, exit_code=EXIT_FINDINGS if found else 0)


@command(
    "plan activate", help="activate a plan on a case (its checklist)", arguments=_activate_arguments
)
def _activate(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = _open(ctx, args.workspace, read_only=False)
    from desktop.services import cases

    case = cases.get_case(workspace, args.case)
    plan = plans.get_plan(workspace, args.plan or case["scenario"])
    plans.activate(workspace, args.case, plan.id, args.by or workspace.user, args.at or None)
    items = plans.checklist(workspace, args.case)
    return CommandResult(
        text("cli.plan.activated", case=args.case, title=plan.title, n=len(items)),
        {"case_id": args.case, "plan_id": plan.id, "items": len(items)},
    )


def _item_line(item: plans.ChecklistItem) -> str:
    if item.skipped:
        state = (
            text("cli.plan.item_skipped_why", by=item.done_by, why=item.skip_reason)
            if item.skip_reason
            else text("cli.plan.item_skipped", by=item.done_by)
        )
    elif item.done_at:
        state = text("cli.plan.item_done", at=item.done_at[:16].replace("T", " "), by=item.done_by)
    else:
        state = text("cli.plan.item_open")
    return text(
        "cli.plan.item_line",
        id=item.id,
        role=item.role or "—",
        text=item.text,
        person=item.person or text("cli.plan.unassigned"),
        state=state,
    )


@command("plan checklist", help="a case's activated checklist", arguments=_checklist_arguments)
def _checklist(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = _open(ctx, args.workspace, read_only=True)
    items = plans.checklist(workspace, args.case)
    if not items:
        return CommandResult(
            text("cli.plan.no_checklist", case=args.case),
            {"items": []},
        )
    done = sum(1 for i in items if i.done)
    lines = [
        text("cli.plan.checklist_head", case=args.case, done=done, n=len(items)),
        *map(_item_line, items),
    ]
    data = {
        "items": [
            {
                "id": i.id,
                "role": i.role,
                "text": i.text,
                "person": i.person,
                "done_by": i.done_by,
                "done_at": i.done_at,
                "skipped": i.skipped,
                "skip_reason": i.skip_reason,
            }
            for i in items
        ]
    }
    return CommandResult("\n".join(lines), data)


@command("plan tick", help="tick (or --undo, --skip) a checklist item", arguments=_tick_arguments)
def _tick(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = _open(ctx, args.workspace, read_only=False)
    by, at = args.by or workspace.user, args.at or None
    if args.skip is not None:
        plans.skip(workspace, args.case, args.item, by, at, args.skip)
    else:
        plans.tick(workspace, args.case, args.item, by, at, done=not args.undo)
    item = next(i for i in plans.checklist(workspace, args.case) if i.id == args.item)
    return CommandResult(
        _item_line(item).strip(), {"id": item.id, "done": item.done, "skipped": item.skipped}
    )
