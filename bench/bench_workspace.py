"""Workspace open/check and backup figures (RELIABILITY.md D-09, D-11).

Builds a workspace with N mentions (default 1,000,000), then measures, in one run:
- open through the app (lock + quick_check + pragmas) vs the baseline raw sqlite3 quick_check;
- the full check (integrity_check + foreign keys + FTS) behind "Check workspace";
- a verified backup (VACUUM INTO + integrity check + rename) while another connection commits
  every 10 ms, vs the baseline backup API with pages=256 (which livelocks under such a writer).

Usage: python bench/bench_workspace.py [--rows N]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import OUT, chinese_text, peak_rss_mb
from desktop.storage import backup as backups
from desktop.storage.workspace import Workspace, integrity_report


def build(path: Path, rows: int) -> None:
    workspace = Workspace.create(path, name="bench")
    rng = random.Random(7)
    batch = 50_000
    for start in range(0, rows, batch):
        with workspace.transaction():
            workspace.db.conn.executemany(
                "INSERT INTO mentions(key, platform, author, posted_at, text, sentiment, status)"
                " VALUES (?, 'weibo', ?, ?, ?, ?, 'new')",
                [
                    (
                        f"k{i}",
                        f"用户{i % 5000}",
                        f"2026-11-{1 + i % 20:02d}T{i % 24:02d}:00:00+08:00",
                        chinese_text(rng),
                        rng.choice(["pos", "neu", "neg"]),
                    )
                    for i in range(start, min(rows, start + batch))
                ],
            )
    workspace.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=OUT))
    path = folder / "bench.crisisdesk"
    started = time.perf_counter()
    build(path, args.rows)
    print(
        f"built {args.rows:,} mentions in {time.perf_counter() - started:.1f} s, "
        f"{path.stat().st_size / 1e6:.0f} MB"
    )

    start = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA quick_check").fetchall()
    conn.close()
    baseline = time.perf_counter() - start
    start = time.perf_counter()
    workspace = Workspace.open(path)
    app_open = time.perf_counter() - start
    print(
        f"open with quick_check: {app_open:.2f} s (baseline raw quick_check {baseline:.2f} s; "
        f"budget D-11 ≤ 2 s)"
    )
    start = time.perf_counter()
    report = integrity_report(workspace.db)
    print(f"full check: {time.perf_counter() - start:.2f} s, ok={report['ok']}")

    stop = threading.Event()
    commits = 0

    def writer() -> None:
        nonlocal commits
        other = sqlite3.connect(path, timeout=30)
        while not stop.is_set():
            other.execute(
                "INSERT INTO drafts(key, body_json, saved_at) VALUES (?, '{}', 'x')"
                " ON CONFLICT(key) DO UPDATE SET saved_at = excluded.saved_at",
                [f"w{commits % 100}"],
            )
            other.commit()
            commits += 1
            time.sleep(0.01)
        other.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        start = time.perf_counter()
        info = backups.create_backup(workspace, folder / "backups", "bench")
        ours = time.perf_counter() - start
        print(
            f"verified backup under a writer committing every 10 ms: {ours:.2f} s "
            f"({info.size / 1e6:.0f} MB)"
        )
        target = sqlite3.connect(folder / "api-copy.db")
        source = sqlite3.connect(path)
        start = time.perf_counter()
        done = threading.Event()

        def progress(status, remaining, total):
            if time.perf_counter() - start > 10:
                raise RuntimeError("gave up")

        try:
            source.backup(target, pages=256, progress=progress)
            done.set()
        except Exception:
            pass
        api = time.perf_counter() - start
        print(
            f"baseline backup API pages=256: {'finished' if done.is_set() else 'NOT finished'}"
            f" after {api:.1f} s"
        )
        source.close()
        target.close()
    finally:
        stop.set()
        thread.join()
    workspace.close()
    print(f"peak RSS {peak_rss_mb():.0f} MB")
    shutil.rmtree(folder) if os.environ.get("BENCH_KEEP") is None else None
    return 0


if __name__ == "__main__":
    sys.exit(main())
