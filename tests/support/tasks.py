"""Wait for background work the way a user would see it finish."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.workers import Task, TaskRunner


def finish(runner: TaskRunner, task: Task, msecs: int = 30_000) -> None:
    """Wait for the task's thread, then deliver its queued signals (its result, its error).

    A signal spy connected after the task started could miss a task that already finished;
    waiting on the pool and then on the event queue cannot."""
    assert runner.wait(msecs), "the background task did not finish in time"
    assert task.done
    for _ in range(3):  # a slot may queue a follow-up (a dialog, a refresh)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
