"""监测: watch groups (rules, tester, counts) and alerts (预警)."""

from desktop.ui.listening.page import ListeningPage

__all__ = ["ListeningPage"]
