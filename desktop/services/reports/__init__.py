"""日报 / 周报 / a custom range: the data (reports/data), the document (reports/document), and
the .xlsx; the PDF is printed by desktop/printing/period_report.py."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from desktop.core.errors import UserError
from desktop.services import overview
from desktop.services.reports.data import ReportData, report_data
from desktop.services.reports.document import report_html, report_sheets
from desktop.services.reports.words import LANGUAGES, Words
from desktop.sheets.period_report_sheet import WriteReport, write_period_xlsx
from desktop.storage.workspace import Workspace

__all__ = [
    "LANGUAGES",
    "ReportData",
    "Words",
    "WriteReport",
    "export_xlsx",
    "language_of",
    "period_for",
    "report_data",
    "report_html",
    "report_sheets",
]


def language_of(setting: str | None) -> str:
    """The app's language setting (zh_CN, en, en_US …) as a report language."""
    return "en" if (setting or "").lower().startswith("en") else "zh"


def period_for(
    workspace: Workspace,
    kind: str,
    *,
    day: str = "",
    start: str = "",
    end: str = "",
    now: datetime | None = None,
) -> overview.Period:
    """The report's days from what the user typed (2026-12-03, 2026/12/3, 12月3日 …)."""
    today: date = overview.today(workspace, now)
    if kind == "custom":
        if not start or not end:
            raise UserError(
                "自定义报告需要起止日期。", hint="例如 --from 2026-12-01 --to 2026-12-03。"
            )
        return overview.report_period(
            kind,
            today,
            start=overview.parse_user_date(start, today),
            end=overview.parse_user_date(end, today),
        )
    chosen = overview.parse_user_date(day, today) if day else None
    return overview.report_period(kind, today, day=chosen)


def check_output(out: Path, suffix: str) -> Path:
    out = Path(out)
    if out.suffix.lower() != suffix:
        raise UserError(f"输出文件应以 {suffix} 结尾：{out.name}")
    if not out.parent.is_dir():
        raise UserError(f"找不到文件夹：{out.parent}", hint="先创建它，或换一个位置。")
    return out


def export_xlsx(
    workspace: Workspace,
    kind: str,
    period: overview.Period,
    out: Path,
    *,
    language: str = "zh",
    now: datetime | None = None,
) -> WriteReport:
    out = check_output(out, ".xlsx")
    data = report_data(workspace, kind, period, language=language, now=now)
    return write_period_xlsx(out, report_sheets(data))
