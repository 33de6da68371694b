"""QApplication set-up: safety assertions, theme, translations, crash handling, the window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desktop import APP_NAME, __version__
from desktop.core.errors import UserError
from desktop.services.context import AppContext

if TYPE_CHECKING:  # Qt is imported when the window starts, not for the CLI
    from PySide6.QtWidgets import QWidget

    from desktop.ui.main_window import MainWindow


def _configure_logging(ctx: AppContext) -> None:
    handler = RotatingFileHandler(
        ctx.paths.logs / "crisisdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)


def _install_excepthook(parent_getter: Callable[[], QWidget | None]) -> None:
    """Log the exception's type and frames (never its message: it may quote customers' text,
    RELIABILITY.md P-06) and show a calm dialog instead of a traceback."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        frames = traceback.extract_tb(tb)
        logging.getLogger("crisisdesk").error(
            "unhandled %s at %s", kind.__name__, [(Path(f.filename).name, f.lineno) for f in frames]
        )
        from desktop.ui.dialogs import show_error

        if isinstance(error, UserError):
            show_error(parent_getter(), APP_NAME, error)
        else:
            show_error(
                parent_getter(),
                APP_NAME,
                "出现了意外错误，刚才的操作没有完成。",
                "工作区没有损坏：每个操作都是完整保存或完全不保存。错误已记录到日志。",
            )

    sys.excepthook = hook


def run_gui(open_path: str | None = None, demo: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.sheets.safety import assert_safe_xml
    from desktop.ui.dialogs import show_error
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import apply_theme, install_translators

    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    ctx = AppContext.create()
    _configure_logging(ctx)
    install_translators(app, ctx.settings.get("language", "zh_CN"))
    apply_theme(app)
    try:
        assert_safe_xml()
    except UserError as exc:
        show_error(None, APP_NAME, exc)
        return 2
    window = MainWindow(ctx, defer_pages=True)
    _install_excepthook(lambda: window)
    window.show()
    QTimer.singleShot(0, lambda: finish_start(window, ctx, open_path=open_path, demo=demo))
    return app.exec()


def finish_start(
    window: MainWindow, ctx: AppContext, *, open_path: str | None = None, demo: bool = False
) -> bool:
    """Once the window shows: build the pages, ask the user's name on the first run (the
    audit log's and timeline's 记录人 instead of the OS login), then open what was asked
    for, so a demo opened from the command line is recorded under that name. True if the
    name was asked."""
    from desktop.ui.welcome import ask_user_name

    window.build_pages()

    def open_requested() -> None:
        if demo:
            window.open_demo()
        elif open_path:
            window.open_path(Path(open_path))

    return ask_user_name(window, ctx, open_requested)
