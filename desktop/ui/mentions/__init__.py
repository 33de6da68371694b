"""The mention log page (舆情台账): lazy table, filters, detail panel, keyboard triage."""

from desktop.ui.mentions.page import MentionsPage

__all__ = ["MentionsPage"]
