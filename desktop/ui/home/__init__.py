"""首页: the workspace at a glance — the dashboard of what is happening now, and what to do."""

from desktop.ui.home.page import HomePage

__all__ = ["HomePage"]
