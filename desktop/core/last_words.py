"""How a helper process forked inside an isolated child stops that child with a reason.

The import child checks a file's structure in a forked helper while it already loads the
sheet (both take ~1 s; RELIABILITY.md §4.7 wants the check first). When the check finds a
hostile file, the loading child must stop at once, even mid-load where it cannot listen:
the helper leaves the reason in a file the app reads and kills the child. The app then
shows that reason instead of "the reader died".
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from pathlib import Path
from typing import NoReturn

from desktop.core.errors import UserError

_PATH: Path | None = None  # set in an isolated child only


def enable(path: str | Path) -> None:
    """Called once in the isolated child: helpers may now stop it with a reason."""
    global _PATH
    _PATH = Path(path)


def available() -> bool:
    """True inside an isolated child (never in the app's own process)."""
    return _PATH is not None


def stop_parent_with(error: UserError) -> NoReturn:
    """In a forked helper: record `error` for the app, kill the child, exit."""
    try:
        if _PATH is not None:
            partial = _PATH.with_name(_PATH.name + ".partial")
            partial.write_bytes(pickle.dumps((error.message, error.hint)))
            os.replace(partial, _PATH)
            os.kill(os.getppid(), signal.SIGKILL)
    finally:
        os._exit(0)


def read(path: str | Path) -> UserError | None:
    """In the app, after the child died: the reason a helper left, if any."""
    with contextlib.suppress(OSError, ValueError, pickle.UnpicklingError, EOFError, TypeError):
        message, hint = pickle.loads(Path(path).read_bytes())
        return UserError(str(message), hint=str(hint))
    return None
