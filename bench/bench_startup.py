"""Time from launch to the main window painted on the demo workspace (DESIGN.md §7: ≤ 1 s),
against the baseline of a bare PySide6 window in the same run.

Usage: python bench/bench_startup.py [--runs N]   (uses QT_QPA_PLATFORM, default offscreen)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys
mode = sys.argv[1]
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
if mode == "bare":
    window = QWidget()
    window.resize(1280, 800)
else:
    from desktop.services.context import AppContext
    from desktop.services.workspaces import ensure_demo_workspace
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import apply_theme
    apply_theme(app)
    ctx = AppContext.create()
    window = MainWindow(ctx)
    window.open_path(ensure_demo_workspace(ctx))
window.show()
window.repaint()
app.processEvents()
print("shown", flush=True)
if mode != "bare":
    window.close()
"""


def launch(mode: str, home: Path) -> float:
    env = dict(os.environ, CRISISDESK_HOME=str(home), PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, mode], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"{mode} never showed a window")
    child.wait()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp())
    launch("app", home)  # creates the demo workspace once; not timed
    bare = [launch("bare", home) for _ in range(args.runs)]
    app = [launch("app", home) for _ in range(args.runs)]
    print(f"bare PySide6 window: median {statistics.median(bare):.2f} s (baseline)")
    print(
        f"CrisisDesk on the demo workspace: median {statistics.median(app):.2f} s, "
        f"max {max(app):.2f} s (budget ≤ 1 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
