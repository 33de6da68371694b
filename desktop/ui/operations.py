"""The one way the UI runs a writing service call: errors in words, its `Changes` published.

Anki's `CollectionOp` is the model: a page builds an `Operation` around a service call, adds
what to do on success (and, if the default error dialog does not fit, on failure), and runs it
on the UI thread (short writes) or on the thread pool (long work, with progress and cancel).
On success the result's `Changes` go to every page through the context's change bus, with the
widget that asked as the initiator, so that widget can tell its own change from another's
without flags of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core.changes import Changes, changes_of
from desktop.core.errors import UserError
from desktop.services.context import AppContext
from desktop.ui.dialogs import show_error
from desktop.ui.workers import Task, TaskRunner, run_with_progress

T = TypeVar("T")

SuccessHandler = Callable[[T], None]
FailureHandler = Callable[[UserError], None]


class Operation(Generic[T]):
    """A user action around one service call.

    `call` takes no arguments for `run()`; for `run_in_background()` it is called with
    `progress=` (a `core.progress.Progress`) like every `Task` function.
    """

    def __init__(self, parent: QWidget, ctx: AppContext, call: Callable[..., T]) -> None:
        self.parent = parent
        self.ctx = ctx
        self.call = call
        self._on_success: SuccessHandler[T] | None = None
        self._on_failure: FailureHandler | None = None
        self._title = QCoreApplication.translate("operations", "操作没有完成")
        self.initiator: object = parent

    def success(self, handler: SuccessHandler[T]) -> Self:
        self._on_success = handler
        return self

    def failure(self, handler: FailureHandler) -> Self:
        """Instead of the error dialog (e.g. a message inside the dialog that asked)."""
        self._on_failure = handler
        return self

    def titled(self, title: str) -> Self:
        """The title of the error dialog (and the progress dialog in the background)."""
        self._title = title
        return self

    def on_behalf_of(self, initiator: object) -> Self:
        """Publish the changes as coming from `initiator` instead of the parent widget."""
        self.initiator = initiator
        return self

    # -- running ---------------------------------------------------------------------------

    def run(self) -> T | None:
        """On the UI thread, for writes that take a transaction of milliseconds.

        Returns the service's result, or None when it refused (the user was told why).
        """
        try:
            result = self.call()
        except UserError as exc:
            self._failed(exc)
            return None
        self._succeeded(result)
        return result

    def run_in_background(
        self, runner: TaskRunner, *, progress_title: str | None = None, unit: str | None = None
    ) -> Task:
        """On the thread pool; with `progress_title`, a progress dialog with cancel."""
        task = Task(self.call)
        task.signals.succeeded.connect(self._succeeded)
        task.signals.failed.connect(
            lambda message, hint: self._failed(UserError(message, hint=hint))
        )
        if progress_title is not None:
            return run_with_progress(runner, self.parent, progress_title, task, unit=unit)
        return runner.start(task)

    # -- outcome ---------------------------------------------------------------------------

    def _succeeded(self, result: Any) -> None:
        publish(self.ctx, changes_of(result), self.initiator)
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, error: UserError) -> None:
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            show_error(self.parent, self._title, error)


def publish(ctx: AppContext, changes: Changes, initiator: object | None = None) -> None:
    """Tell every page what changed (a write that did not go through an `Operation`, such
    as opening a workspace)."""
    ctx.bus.publish(changes, initiator)
