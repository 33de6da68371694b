"""What a page may ask of the window it lives in, and nothing more.

Pages and installers talk to a `Shell`, not to `MainWindow`: they cannot reach into the
window's widgets, and the window module is the only one that knows every page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.services.context import AppContext
from desktop.ui.workers import TaskRunner

DropHandler = Callable[[Path], bool]


class Shell(Protocol):
    """The main window as its pages and action installers see it."""

    ctx: AppContext
    tasks: TaskRunner
    qsettings: QSettings
    menus: dict[str, QMenu]
    drop_handlers: list[DropHandler]

    @property
    def workspace_opened(self) -> SignalInstance:
        """Emitted once a workspace is open and every page has loaded it."""
        ...

    def widget(self) -> QWidget:
        """The window, as the parent of dialogs."""
        ...

    def page(self, key: str) -> QWidget | None: ...

    def show_page(self, key: str) -> QWidget | None: ...

    def show_message(self, text: str, msecs: int = 4000) -> None:
        """A short message in the status bar."""
        ...

    def find_action(self, name: str) -> QAction | None:
        """A window action by its object name (e.g. "action_backup_now")."""
        ...

    def add_file_action(self, action: QAction, *, needs_write: bool = True) -> None:
        """An area action (import, export) in the File menu, enabled with a workspace."""
        ...

    def enable_with_workspace(self, action: QAction, *, needs_write: bool = False) -> None:
        """Enable `action` (placed by the caller) only while a workspace is open, and
        writable when `needs_write`."""
        ...
