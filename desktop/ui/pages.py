"""The pages of the left navigation, in order; each area's issue adds its page here."""

from __future__ import annotations

from desktop.ui.home import HomePage
from desktop.ui.page import Page


def page_classes() -> list[type[Page]]:
    return [HomePage]
