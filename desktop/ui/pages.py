"""What the main window is made of; each area's issue adds its page or installer here."""

from __future__ import annotations

from collections.abc import Callable

from desktop.ui import imports
from desktop.ui.cases.page import CasesPage
from desktop.ui.export_dialog import install_export_action
from desktop.ui.home import HomePage
from desktop.ui.kb import KbPage
from desktop.ui.listening import ListeningPage
from desktop.ui.mentions import MentionsPage
from desktop.ui.page import Page
from desktop.ui.roster.page import RosterPage
from desktop.ui.shell import Shell


def page_classes() -> list[type[Page]]:
    """The pages of the left navigation, in order."""
    return [HomePage, MentionsPage, KbPage, CasesPage, RosterPage, ListeningPage]


def action_installers() -> list[Callable[[Shell], None]]:
    """Features without a page of their own (import, export) that add menu actions,
    shortcuts and drop handlers to the window (through its `Shell`); called once, after the
    pages."""
    return [imports.install, install_export_action]
