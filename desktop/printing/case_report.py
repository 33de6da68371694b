"""The case report as PDF: the 专报-ordered HTML from services/cases/report with the chart
rendered to an image, printed through Qt (desktop/printing/pdf.py). Used by the page and the CLI."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.core import messages
from desktop.core.messages import Language
from desktop.printing.chart import render_chart_image
from desktop.printing.pdf import html_to_pdf, qt_words_in
from desktop.services.cases import Workspace
from desktop.services.cases import report as case_report


def ensure_widget_application() -> QCoreApplication:
    """QtCharts draws with widgets: the CLI starts an offscreen QApplication if none runs."""
    app = QCoreApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
    return app


def export_pdf(
    workspace: Workspace, case_id: int, out: Path, language: Language | None = None
) -> Path:
    """The 专报 as PDF in `language` (the window's or the CLI's when None)."""
    ensure_widget_application()
    language = language or messages.display_language()
    data = case_report.report_data(workspace, case_id)
    with tempfile.TemporaryDirectory(prefix="crisisdesk-report-") as folder, qt_words_in(language):
        image = None
        if data.chart.starts:
            image = render_chart_image(data.chart, Path(folder) / "chart.png")
        html = case_report.report_html(data, str(image) if image else None, language)
        title = messages.text("report.title", language, title=data.case["title"])
        return html_to_pdf(html, Path(out), title=title)
