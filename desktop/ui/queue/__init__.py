"""先处理: the priority queue page (who to answer first, and why)."""

from desktop.ui.queue.page import QueuePage

__all__ = ["QueuePage"]
