"""Moved to `desktop.services.importing.isolation`; kept until services/roster imports it there."""

from desktop.services.importing.isolation import IsolatedWorkFailed, Limits, run_isolated

__all__ = ["IsolatedWorkFailed", "Limits", "run_isolated"]
