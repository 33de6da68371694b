"""`crisisdesk report WS --period daily|weekly|custom [--date D | --from D --to D] OUT.pdf|OUT.xlsx`:
the 日报/周报 (or a custom range) as a PDF or a workbook. Dates as users type them
(2026-12-03, 2026/12/3, 12月3日, 昨天); the language is the app's unless --lang says."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.base import CommandResult, command
from desktop.core.errors import UserError
from desktop.core.messages import display_language, msg, text
from desktop.services import reports, workspaces
from desktop.services.context import AppContext


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", metavar="WS")
    parser.add_argument("out", metavar="OUT", help="OUT.pdf or OUT.xlsx")
    parser.add_argument("--period", choices=("daily", "weekly", "custom"), default="daily")
    parser.add_argument(
        "--date", default="", help="daily: the day; weekly: its last day (default: yesterday)"
    )
    parser.add_argument("--from", dest="start", default="", help="custom: first day")
    parser.add_argument("--to", dest="end", default="", help="custom: last day")
    parser.add_argument(
        "--lang", choices=reports.LANGUAGES, default=None, help="zh (default) or en"
    )


@command("report", help="write the daily / weekly report (.pdf or .xlsx)", arguments=_arguments)
def _report(ctx: AppContext, args: argparse.Namespace) -> CommandResult:
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UserError(msg("cli.report.suffix", name=out.name))
    if args.period == "custom" and args.date:
        raise UserError(msg("cli.report.custom_date"))
    if args.period != "custom" and (args.start or args.end):
        raise UserError(
            msg("cli.report.range_only_custom"), hint=msg("cli.report.range_only_custom.hint")
        )
    workspace = workspaces.open_workspace(ctx, Path(args.workspace), read_only=True)
    period = reports.period_for(
        workspace, args.period, day=args.date, start=args.start, end=args.end
    )
    # the CLI's language ($CRISISDESK_LANG, else the user's setting) unless --lang says
    language = args.lang or display_language()
    if suffix == ".xlsx":
        written = reports.export_xlsx(workspace, args.period, period, out, language=language)
        extra = {"rows": written.rows}
    else:
        from desktop.printing.period_report import export_pdf

        export_pdf(workspace, args.period, period, out, language=language)
        extra = {}
    data = {
        "path": str(out),
        "format": suffix[1:],
        "period": args.period,
        **period.as_dict(),
        "language": language,
        **extra,
    }
    return CommandResult(text("cli.report.written", out=out, period=period.label()), data)
