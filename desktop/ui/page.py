"""The base of every page in the left navigation."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.changes import Changes
from desktop.services.context import AppContext
from desktop.ui.shell import Shell


class Page(QWidget):
    """A page: a navigation entry, a title, and a reaction to workspace changes.

    Subclasses set `nav_key` and `nav_icon`, implement `nav_title()` (translated), and
    override `workspace_changed()` and `refresh()`. `install_actions(shell)` may add menu
    actions and drop handlers once, when the window is built. `wants(changes)` says which
    published `Changes` make this page refresh (Anki's `changes.browser_table`). When a
    workspace opens or closes the window calls `workspace_changed()` instead of
    `on_changes()` (its `Changes.everything()` comes from the window's life cycle).
    """

    nav_key = ""
    nav_icon = "mdi6.circle-outline"

    def __init__(self, ctx: AppContext, shell: Shell) -> None:
        super().__init__()
        self.ctx = ctx
        self.shell = shell

    def nav_title(self) -> str:
        return self.nav_key

    def install_actions(self, shell: Shell) -> None:
        """Add this page's menu actions, shortcuts and drop handlers to the window."""

    def workspace_changed(self) -> None:
        """A workspace was opened or closed: reload everything."""
        self.refresh()

    def wants(self, changes: Changes) -> bool:
        """Whether these changes touch what this page shows."""
        return False

    def on_changes(self, changes: Changes, initiator: object | None) -> None:
        """A write was published; `initiator` is the widget that asked for it."""
        if changes.workspace or self.wants(changes):
            self.refresh()

    def refresh(self) -> None:
        """Data this page shows changed: reload what is shown."""

    def focus_first(self) -> None:
        """The page was switched to (Ctrl+1…, `Shell.show_page`): put the keyboard where its
        work starts. By default the focus stays where it is."""


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
