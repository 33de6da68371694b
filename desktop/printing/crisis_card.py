"""The crisis card PDF: the largest type that still fits on ONE A4 page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize

from desktop.core import messages
from desktop.core.messages import Language
from desktop.printing.pdf import ensure_gui_application, html_to_pdf, new_document
from desktop.services import roster
from desktop.services.roster import Workspace

SCALES = (1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.5)
RESOLUTION = 144  # as printing/pdf.html_to_pdf


def _pages(html: str) -> int:
    """Pages the HTML takes with html_to_pdf's A4 portrait layout and 12 mm margins."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(12, 12, 12, 12),
        QPageLayout.Unit.Millimeter,
    )
    rect = layout.paintRectPixels(RESOLUTION)
    document = new_document()  # the PDF's own font settings: the same line breaks
    document.setHtml(html)
    document.documentLayout().setPaintDevice(None)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    return document.pageCount()


def card_html_that_fits(
    workspace: Workspace, scenario: str = "", severity: str = "", language: Language = "zh"
) -> str:
    """The card at the largest of SCALES that still fits on one page (the smallest if none)."""
    ensure_gui_application()
    html = ""
    for scale in SCALES:
        html = roster.crisis_card_html(
            workspace, scenario, severity, scale=scale, language=language
        )
        if _pages(html) <= 1:
            break
    return html


def write_crisis_card(
    workspace: Workspace,
    path: Path,
    scenario: str = "",
    severity: str = "",
    language: Language | None = None,
) -> Path:
    """The crisis card of the matrix (scenario, severity) as a one-page A4 PDF, in
    `language` (the window's or the CLI's when None)."""
    language = language or messages.display_language()
    html = card_html_that_fits(workspace, scenario, severity, language)
    return html_to_pdf(html, Path(path), title=messages.text("card.title", language))
