"""Look and language: the QSS theme, icons, translators, severity colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop import resources_dir
from desktop.core.case_vocab import SEVERITY_HEX
from desktop.core.messages import language_of, set_display_language

LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}

# Ⅰ red … Ⅳ blue, the same everywhere (DESIGN.md §9); the hex values live in core.
SEVERITY_COLOURS = {key: QColor(hex_value) for key, hex_value in SEVERITY_HEX.items()}


def icon(name: str, color: str | None = None) -> QIcon:
    """A high-DPI icon from qtawesome's bundled fonts; empty when unavailable."""
    try:
        import qtawesome

        made: QIcon = qtawesome.icon(name, color=color) if color else qtawesome.icon(name)
        return made
    except Exception:
        return QIcon()


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, dark: bool | None = None) -> str:
    dark = is_dark() if dark is None else dark
    name = "dark" if dark else "light"
    app.setStyle("Fusion")
    qss = (resources_dir() / "style" / f"{name}.qss").read_text(encoding="utf-8")
    app.setStyleSheet(qss)
    return name


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Our .qm (source strings are Simplified Chinese) plus Qt's own for standard dialogs."""
    installed: list[QTranslator] = []
    # service messages (core/messages) in the window's language
    set_display_language(language_of(language))
    qt_locale = {"zh_CN": "zh_CN", "zh_TW": "zh_TW", "en": "en"}.get(language, "zh_CN")
    QLocale.setDefault(QLocale(qt_locale))
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{qt_locale}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != "zh_CN":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "translations" / f"crisisdesk_{language}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed
