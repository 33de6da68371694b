"""What the main window is made of; each area's issue adds its page or installer here."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.ui.cases.page import CasesPage
from desktop.ui.home import HomePage
from desktop.ui.page import Page

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def page_classes() -> list[type[Page]]:
    """The pages of the left navigation, in order."""
    return [HomePage, CasesPage]


def action_installers() -> list[Callable[[MainWindow], None]]:
    """Features without a page of their own (import, export) that add menu actions,
    shortcuts and drop handlers to the window; called once, after the pages."""
    return []
