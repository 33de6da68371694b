"""The base of every page in the left navigation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.services.context import AppContext

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class Page(QWidget):
    """A page: a navigation entry, a title, and a reaction to workspace changes.

    Subclasses set `nav_key` and `nav_icon`, implement `nav_title()` (translated), and
    override `workspace_changed()` and `refresh()`. `install_actions(window)` may add menu
    actions and drop handlers once, when the window is built. `areas` names the change-bus
    areas that make this page refresh.
    """

    nav_key = ""
    nav_icon = "mdi6.circle-outline"
    areas: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window

    def nav_title(self) -> str:
        return self.nav_key

    def install_actions(self, window: MainWindow) -> None:
        """Add this page's menu actions, shortcuts and drop handlers to the window."""

    def workspace_changed(self) -> None:
        """A workspace was opened or closed: reload everything."""
        self.refresh()

    def refresh(self) -> None:
        """Data in one of `areas` changed: reload what is shown."""


def page_header(title: str, subtitle: str = "") -> QWidget:
    header = QWidget()
    layout = QVBoxLayout(header)
    layout.setContentsMargins(0, 0, 0, 8)
    title_label = QLabel(title)
    title_label.setObjectName("pageTitle")
    layout.addWidget(title_label)
    if subtitle:
        sub = QLabel(subtitle)
        sub.setObjectName("pageSubtitle")
        sub.setWordWrap(True)
        layout.addWidget(sub)
    return header
