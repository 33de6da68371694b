"""Scripts that reliability tests run in real child processes and kill with SIGKILL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def spawn(script: str, *args: str) -> subprocess.Popen[str]:
    """Run `script` (Python source) with args in a child; it talks over stdout/stdin lines."""
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(child: subprocess.Popen[str], marker: str) -> str:
    """Read the child's lines until one starts with `marker`; fail loudly if it dies first."""
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(marker):
            return line.strip()
    _, err = child.communicate()
    raise AssertionError(f"child ended before {marker!r}: {err[-2000:]}")


def kill_hard(child: subprocess.Popen[str]) -> None:
    child.kill()  # SIGKILL on POSIX
    child.communicate()
    assert child.returncode == -9
