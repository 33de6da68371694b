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
    # The same steps as desktop.app.run_gui: paint the window, then build pages and open.
    from desktop.services.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import apply_theme
    apply_theme(app)
    ctx = AppContext.create()
    window = MainWindow(ctx, defer_pages=True)
window.show()
window.repaint()
app.processEvents()
print("shown", flush=True)
if mode != "bare":
    window.build_pages()
    window.open_demo()
    window.repaint()
    app.processEvents()
    print("ready", flush=True)
    window.close()
"""


def launch(mode: str, home: Path) -> tuple[float, float]:
    """Seconds from launch to the window painted, and to the demo workspace painted."""
    env = dict(os.environ, CRISISDESK_HOME=str(home), PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, mode], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert child.stdout is not None
    shown = ready = 0.0
    for line in child.stdout:
        if line.startswith("shown"):
            shown = ready = time.perf_counter() - start
        elif line.startswith("ready"):
            ready = time.perf_counter() - start
    child.wait()
    if not shown:
        raise SystemExit(f"{mode} never showed a window")
    return shown, ready


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp())
    launch("app", home)  # creates the demo workspace once; not timed
    bare = [launch("bare", home)[0] for _ in range(args.runs)]
    app = [launch("app", home) for _ in range(args.runs)]
    shown = [a[0] for a in app]
    ready = [a[1] for a in app]
    print(f"bare PySide6 window: median {statistics.median(bare):.2f} s (baseline)")
    print(
        f"CrisisDesk window shown: median {statistics.median(shown):.2f} s, "
        f"max {max(shown):.2f} s (budget ≤ 1 s)"
    )
    print(f"CrisisDesk demo workspace painted: median {statistics.median(ready):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
