"""PDF through Qt's own printing, usable from the window and the CLI; the text layer is then
repaired with pypdf (printing/text_layer.py) so the Chinese text searches and copies right."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QTranslator
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from desktop import resources_dir
from desktop.core.messages import Language

log = logging.getLogger(__name__)


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


def new_document() -> QTextDocument:
    """A document for a PDF: the Chinese font, without its 'locl' feature. In a Latin run
    (English words around a number) Noto Sans CJK's locl swaps the digits for glyphs its cmap
    does not reach, and Qt's text layer then has no character for them: "46 linked" read back
    as two control characters. Chinese forms are the SC font's defaults, so nothing else
    changes."""
    document = QTextDocument()
    font = document.defaultFont()
    font.setFeature(QFont.Tag("locl"), 0)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("body { font-family: 'Noto Sans CJK SC', sans-serif; }")
    return document


@contextmanager
def qt_words_in(language: Language) -> Iterator[None]:
    """Qt-drawn words (the chart's axes and legend) in `language` for one document: the CLI
    has no translator installed, so the English .qm is loaded for the block when needed."""
    app = ensure_gui_application()
    translator = None
    probe = "条数"  # the chart's axis title, translated in the English .qm
    if language == "en" and QCoreApplication.translate("CaseChart", probe) == probe:
        candidate = QTranslator()
        if candidate.load(str(resources_dir() / "translations" / "crisisdesk_en.qm")):
            app.installTranslator(candidate)
            translator = candidate
    try:
        yield
    finally:
        if translator is not None:
            app.removeTranslator(translator)


def html_to_pdf(html: str, path: Path, *, title: str = "", landscape: bool = False) -> Path:
    """Render HTML (Qt's rich-text subset) to an A4 PDF, written to a temp file then renamed.

    Qt's text layer reads some Chinese characters as the radical that shares their glyph
    (鹿 as ⿅): the temp file's ToUnicode maps are repaired from the fonts the document was laid
    out with before the rename. Should the repair fail, the PDF Qt drew is kept (it prints and
    looks right; only searching it is worse) and the failure is logged.
    """
    # pypdf takes ~75 ms to import: only when a PDF is written, not when the window starts
    from desktop.printing import text_layer

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
    document = new_document()
    document.setHtml(html)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(page.width(), page.height()))
    maps = text_layer.font_maps(document)
    document.print_(writer)
    del writer  # finishes the file
    try:
        text_layer.repair_text_layer(temp, maps)
    except text_layer.REPAIR_ERRORS as error:
        log.warning("PDF text layer not repaired for %s: %s", path.name, error)
    os.replace(temp, path)
    return path
