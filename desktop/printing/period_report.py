"""The 日报/周报 as PDF: the report's HTML (services/reports) with the volume chart rendered
to an image, printed through Qt (printing/pdf.py, whose text layer keeps the Chinese
searchable). Used by the home page and `crisisdesk report`."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from desktop.printing.case_report import ensure_widget_application
from desktop.printing.overview_chart import render_volume_image
from desktop.printing.pdf import html_to_pdf
from desktop.services import reports
from desktop.services.overview import Period
from desktop.services.workspaces import Workspace


def export_pdf(
    workspace: Workspace,
    kind: str,
    period: Period,
    out: Path,
    *,
    language: str = "zh",
    now: datetime | None = None,
) -> Path:
    out = reports.check_output(Path(out), ".pdf")
    ensure_widget_application()
    data = reports.report_data(workspace, kind, period, language=language, now=now)
    with tempfile.TemporaryDirectory(prefix="crisisdesk-report-") as folder:
        image = None
        if data.volume.total:
            image = render_volume_image(data.volume, Path(folder) / "volume.png")
        html = reports.report_html(data, str(image) if image else None)
        title = f"{data.title} {period.label()}"
        return html_to_pdf(html, out, title=title)
