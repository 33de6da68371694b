"""Progress and cancellation for long work, shared by threads, child processes and the CLI."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.core.errors import Cancelled

ProgressCallback = Callable[[int, int, str], None]


@dataclass
class Progress:
    """Handed to long work: it reports how far it is and asks whether to stop.

    Reports are throttled so a tight loop can call `report` on every row without flooding
    the UI thread; `check` is cheap and raises `Cancelled` once cancel was requested.
    """

    callback: ProgressCallback | None = None
    min_interval: float = 0.1
    _cancel: threading.Event = field(default_factory=threading.Event)
    _last_report: float = 0.0
    # Told when the work has committed and cancelling would no longer undo anything.
    on_committed: Callable[[], None] | None = None

    def report(self, done: int, total: int = 0, message: str = "", *, force: bool = False) -> None:
        self.check()
        now = time.monotonic()
        if self.callback and (force or now - self._last_report >= self.min_interval):
            self._last_report = now
            self.callback(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    def committed(self) -> None:
        """From here on the work finishes whatever happens (a cancel button should go)."""
        if self.on_committed is not None:
            self.on_committed()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


def silent() -> Progress:
    """A progress that reports nowhere, for callers that do not show progress."""
    return Progress()
