"""Drill commands: `crisisdesk drill scenarios`, `crisisdesk drill list WS [--json]`, `crisisdesk drill report WS DRILL_ID
OUT.(pdf|xlsx)`, `crisisdesk drill run WS (--scenario NAME | --case ID | --reference KEY)
[--speed 12] [--level II]` (non-interactive: every inject replayed at once, nobody acting,
only the summary recorded) and `crisisdesk drill lesson WS DRILL_ID N --to kb|plan`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.base import CommandResult, command, group
from desktop.core.case_words import minutes_text
from desktop.core.drill_clock import DEFAULT_SPEED
from desktop.core.drill_rules import reworded
from desktop.core.errors import UserError
from desktop.core.messages import display_language, msg, text
from desktop.core.severity import LEVELS
from desktop.core.vocab import SEVERITY_NUMERALS
from desktop.services import drills, workspaces
from desktop.services.context import AppContext
from desktop.services.drills import report as drill_report

DRILL_GROUP = group("drill", help="tabletop drills: list, report, run, lesson")


def _workspace_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    _workspace_argument(parser)
    parser.add_argument("id", metavar="DRILL_ID", type=int)
    parser.add_argument("out", metavar="OUT")


def _run_arguments(parser: argparse.ArgumentParser) -> None:
    _workspace_argument(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    names = ", ".join(s["key"] for s in drills.scenarios())
    which.add_argument("--scenario", metavar="NAME", help=f"a scripted scenario: {names}")
    which.add_argument("--case", metavar="ID", help="replay a past case of this workspace")
    which.add_argument("--reference", metavar="KEY", help="a reference case (case references)")
    parser.add_argument(
        "--speed", type=float, default=DEFAULT_SPEED, help="drill minutes per minute"
    )
    parser.add_argument("--level", choices=LEVELS, default="", help="the drill's level")


def _lesson_arguments(parser: argparse.ArgumentParser) -> None:
    _workspace_argument(parser)
    parser.add_argument("id", metavar="DRILL_ID", type=int)
    parser.add_argument("number", metavar="N", type=int, help="the lesson's number (1 first)")
    parser.add_argument("--to", required=True, choices=sorted(drills.LESSON_TARGETS))


def _row(row: drills.DrillRow) -> dict[str, Any]:
    measures = row["measures"]
    return {
        "id": row["id"],
        "title": row["title"],
        "source": f"{row['source_kind']}:{row['source_ref']}",
        "scenario": row["scenario"],
        "level": row["level"],
        "plan_id": row["plan_id"],
        "finished_at": row["finished_at"],
        "drill_minutes": row["drill_minutes"],
        "holding_minutes": measures.get("holding_minutes"),
        "target_minutes": measures.get("target_minutes"),
        "approval_minutes": measures.get("approval_minutes"),
        "checklist": f"{measures.get('checklist_done', 0)}/{measures.get('checklist_total', 0)}",
        "missing_roles": measures.get("missing_roles", []),
        "passed": measures.get("passed", False),
        "lessons": len(row["lessons"]),
    }


def _line(r: dict[str, Any]) -> str:
    holding = r["holding_minutes"]
    answer = (
        text("cli.drill.no_holding")
        if holding is None
        else text("cli.drill.holding", took=minutes_text(holding))
    )
    return text(
        "cli.drill.line",
        id=r["id"],
        at=str(r["finished_at"])[:16].replace("T", " "),
        level=_level(r["level"]),
        title=r["title"],
        answer=answer,
        target=minutes_text(r["target_minutes"] or 0),
        checklist=r["checklist"],
        verdict=text("drill.met" if r["passed"] else "drill.missed"),
    )


def _level(level: str) -> str:
    return text("drill.level_row", numeral=SEVERITY_NUMERALS.get(level, level))


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    return None


@command(
    "drill scenarios", help="the scripted drill scenarios (for --scenario)", arguments=_no_arguments
)
def _scenarios(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    rows = [
        {
            "key": s["key"],
            "title": s["title"],
            "scenario": s["scenario"],
            "level": s["level"],
            "injects": len(s["injects"]),
            "minutes": max(float(i["at_minutes"]) for i in s["injects"]),
        }
        for s in drills.scenarios()
    ]
    lines = [
        text(
            "cli.drill.scenario_line",
            key=r["key"],
            level=_level(r["level"]),
            title=r["title"],
            injects=r["injects"],
            minutes=minutes_text(int(r["minutes"])),
        )
        for r in rows
    ]
    return CommandResult("\n".join(lines), {"scenarios": rows, "count": len(rows)})


@command("drill list", help="finished drills, newest first", arguments=_workspace_argument)
def _list(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = workspaces.open_workspace(ctx, Path(args.workspace), read_only=True)
    rows = [_row(r) for r in drills.list_drills(workspace)]
    shown = "\n".join(_line(r) for r in rows) or text("cli.drill.none")
    return CommandResult(shown, {"drills": rows, "count": len(rows)})


@command("drill report", help="write a drill's report (.pdf or .xlsx)", arguments=_report_arguments)
def _report(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UserError(msg("cli.drill.report_suffix", name=out.name))
    if not out.parent.exists():
        raise UserError(msg("cli.drill.no_folder", folder=out.parent))
    workspace = workspaces.open_workspace(ctx, Path(args.workspace), read_only=True)
    drills.get_drill(workspace, args.id)
    if suffix == ".xlsx":
        written = drill_report.export_xlsx(workspace, args.id, out)
        data: dict[str, Any] = {"path": str(out), "format": "xlsx", "rows": written.rows}
    else:
        from desktop.printing.drill_report import export_pdf

        export_pdf(workspace, args.id, out)
        data = {"path": str(out), "format": "pdf"}
    return CommandResult(text("cli.drill.report_written", out=out), data)


@command(
    "drill run",
    help="run a drill non-interactively (all injects at once) and record its summary",
    arguments=_run_arguments,
)
def _run(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = workspaces.open_workspace(ctx, Path(args.workspace))
    if args.scenario is not None:
        source = drills.source_of(workspace, "scenario", args.scenario)
    elif args.case is not None:
        source = drills.source_of(workspace, "case", args.case)
    else:
        source = drills.source_of(workspace, "reference", args.reference)
    finished = drills.run_drill(
        workspace,
        source,
        drills_folder=drills.drills_folder(ctx),
        speed=args.speed,
        level=args.level,
    )
    row = _row(drills.get_drill(workspace, finished.drill_id))
    language = display_language()
    findings = "\n".join(f"  - {f}" for f in reworded(finished.measures, language))
    shown = f"{text('cli.drill.recorded', id=finished.drill_id)}\n{_line(row)}" + (
        f"\n{findings}" if findings else ""
    )
    return CommandResult(shown, {**row, "findings": finished.measures.findings})


@command(
    "drill lesson",
    help="turn a drill's lesson into a 问答库 draft (kb) or a plan edit (plan)",
    arguments=_lesson_arguments,
)
def _lesson(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    workspace = workspaces.open_workspace(ctx, Path(args.workspace))
    made = drills.apply_lesson(workspace, args.id, args.number - 1, args.to)
    target = text(f"drill.lesson_target.{args.to}")
    return CommandResult(
        text("cli.drill.lesson_applied", n=args.number, target=target, id=made.id),
        {"drill_id": args.id, "lesson": args.number, "to": args.to, "id": made.id},
    )
