"""What a page may ask of the window it lives in, and nothing more.

Pages and installers talk to a `Shell`, not to `MainWindow`: they cannot reach into the
window's widgets, and the window module is the only one that knows every page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui.workers import TaskRunner

DropHandler = Callable[[Path], bool]


class Shell(Protocol):
    """The main window as its pages see it."""

    tasks: TaskRunner
    qsettings: QSettings
    menus: dict[str, QMenu]
    drop_handlers: list[DropHandler]

    def widget(self) -> QWidget:
        """The window, as the parent of dialogs."""
        ...

    def page(self, key: str) -> QWidget | None: ...

    def show_page(self, key: str) -> QWidget | None: ...

    def show_message(self, text: str, msecs: int = 4000) -> None:
        """A short message in the status bar."""
        ...

    def find_action(self, name: str) -> QAction | None: ...

    def add_file_action(self, action: QAction, *, needs_write: bool = True) -> None: ...
