"""The drill report as PDF: the HTML of services/drills/report printed through Qt
(desktop/printing/pdf.py). Used by the drill window and `crisisdesk drill report`."""

from __future__ import annotations

from pathlib import Path

from desktop.core.messages import Language
from desktop.printing.pdf import html_to_pdf
from desktop.services.drills import Workspace
from desktop.services.drills import report as drill_report


def export_pdf(
    workspace: Workspace, drill_id: int, out: Path, language: Language | None = None
) -> Path:
    """The report as PDF in `language` (the display language when None)."""
    data = drill_report.report_data(workspace, drill_id, language)
    title = data.say("drill.report.title", title=data.drill["title"])
    return html_to_pdf(drill_report.report_html(data), Path(out), title=title)
