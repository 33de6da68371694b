"""How a helper process forked inside an isolated child stops that child with a reason.

The import child checks a file's structure in a forked helper while it already loads the
sheet (both take ~1 s; RELIABILITY.md §4.7 wants the check first). When the check finds a
hostile file, the loading child must stop at once, even mid-load where it cannot listen:
the helper leaves the reason in a file the app reads and kills the child. The app then
shows that reason instead of "the reader died".

Only an isolated child started with `run_isolated(..., with_last_words=True)` is handed a
`LastWords`; the app's own process never has one.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from pathlib import Path
from typing import NoReturn

from desktop.core.errors import UserError
from desktop.core.messages import Message


class LastWords:
    """Where the helpers of one isolated child leave the reason they stop it with."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def stop_parent_with(self, error: UserError) -> NoReturn:
        """In a forked helper: record `error` for the app, kill the child, exit."""
        try:
            partial = self.path.with_name(self.path.name + ".partial")
            partial.write_bytes(pickle.dumps((error.said, error.said_hint)))
            os.replace(partial, self.path)
            os.kill(os.getppid(), signal.SIGKILL)
        finally:
            os._exit(0)


def read(path: str | Path) -> UserError | None:
    """In the app, after the child died: the reason a helper left, if any."""
    with contextlib.suppress(OSError, ValueError, pickle.UnpicklingError, EOFError, TypeError):
        message, hint = pickle.loads(Path(path).read_bytes())
        said = message if isinstance(message, Message) else str(message)
        return UserError(said, hint=hint if isinstance(hint, Message) else str(hint))
    return None
