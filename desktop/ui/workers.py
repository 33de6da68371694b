"""Background work for the UI: progress, cancel, and the result delivered on the UI thread.

Long work (import, export, reindex, report, backup) runs on the thread pool; a task that
parses untrusted files calls `services.importing.isolation.run_isolated` from here, so the child
process does the parsing and this thread only waits (RELIABILITY.md finding 11).
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.errors import Cancelled, UserError
from desktop.core.progress import Progress

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progressed = Signal(int, int, str)
    committed = Signal()  # cancelling can no longer undo the work
    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    """Runs `function(*args, progress=Progress, **kwargs)` off the UI thread.

    Exactly one of succeeded / failed / cancelled is emitted, then finished; the signals
    object lives on the UI thread so every slot runs there.
    """

    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.progress = Progress(callback=self._report, on_committed=self.signals.committed.emit)
        self.done = False

    def _report(self, done: int, total: int, message: str) -> None:
        self.signals.progressed.emit(done, total, message)

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            result = self.function(*self.args, progress=self.progress, **self.kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as exc:
            self.signals.failed.emit(exc.message, exc.hint)
        except Exception as exc:
            frames = traceback.extract_tb(exc.__traceback__)
            log.error("background task failed: %s at %s", type(exc).__name__, frames[-3:])
            self.signals.failed.emit(
                QCoreApplication.translate("workers", "操作意外失败，工作区没有改动。"),
                f"({type(exc).__name__})",
            )
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done = True
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Keeps tasks alive until they finish and lets tests wait for all of them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: set[Task] = set()

    def start(self, task: Task) -> Task:
        self._running.add(task)
        task.signals.finished.connect(lambda: self._running.discard(task))
        self.pool.start(task)
        return task

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._running)


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget,
    title: str,
    task: Task,
    *,
    unit: str | None = None,
) -> Task:
    """Show a modal-less progress dialog with rate and cancel for `task` (`unit`: 行 by default)."""
    if unit is None:
        unit = QCoreApplication.translate("workers", "行")
    dialog = QProgressDialog(title, QCoreApplication.translate("workers", "取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    started = time.monotonic()

    def on_progress(done: int, total: int, message: str) -> None:
        elapsed = max(time.monotonic() - started, 1e-3)
        dialog.setMaximum(max(total, 0))
        if total:
            dialog.setValue(min(done, total))
        counted = f"{done:,} {unit}  {done / elapsed:,.0f} {unit}/s" if done else ""
        dialog.setLabelText(f"{title}\n{message}\n{counted}".strip())

    task.signals.progressed.connect(on_progress)
    dialog.canceled.connect(task.cancel)
    task.signals.committed.connect(lambda: dialog.setCancelButton(None))
    task.signals.finished.connect(dialog.close)
    task.signals.finished.connect(dialog.deleteLater)
    runner.start(task)
    return task
