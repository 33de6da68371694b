"""PDF through Qt's own printing (no extra dependency), usable from the window and the CLI."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication


def ensure_gui_application() -> QGuiApplication:
    """The CLI renders PDFs without a window: start an offscreen application if needed.

    A QApplication (not a bare QGuiApplication), so widgets made later in the same process —
    tests, or a chart rendered for a report — still work.
    """
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
    return app


def html_to_pdf(html: str, path: Path, *, title: str = "", landscape: bool = False) -> Path:
    """Render HTML (Qt's rich-text subset) to an A4 PDF, written to a temp file then renamed."""
    ensure_gui_application()
    path = Path(path)
    temp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(temp))
    writer.setTitle(title)
    writer.setCreator("CrisisDesk")
    writer.setResolution(144)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-family: 'Noto Sans CJK SC', sans-serif; }")
    document.setHtml(html)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(page.width(), page.height()))
    document.print_(writer)
    del writer  # finishes the file
    os.replace(temp, path)
    return path
