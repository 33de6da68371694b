"""Bench the bulk edit of issue 13 item 12 (Ctrl+A then 1 on 100k rows) and its undo, and
the model's scoring pass of issue 14 over the same rows. Budgets: bulk edit ≤ 1 s for 100k,
scoring ≤ 2 s for 100k.

    python bench/bench_bulk_edit.py               # 100k rows
    python bench/bench_bulk_edit.py --quick       # 20k rows

Baselines from the same run: the old path of the bulk edit (one UPDATE per mention, which
froze the window 20.5 s + 28.2 s on 100k), and reading the texts alone for scoring. Each
figure is wall time with this process's CPU time beside it (the machine is shared: when
others run, wall time grows and CPU time much less) and the load average.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import chinese_text
from desktop.services import mentions, triage, workspaces
from desktop.services.context import AppContext, AppPaths
from desktop.storage import mentions as store
from desktop.storage import triage as triage_store
from desktop.storage.workspace import Workspace, now_iso

T = TypeVar("T")


def timed(work: Callable[[], T]) -> tuple[T, str]:
    """The result and "1.23 s (CPU 0.98 s)"."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, f"{time.perf_counter() - wall:.2f} s (CPU {time.process_time() - cpu:.2f} s)"


def build(path: Path, rows: int) -> Workspace:
    os.environ.setdefault("CRISISDESK_HOME", tempfile.mkdtemp())
    ctx = AppContext.create(AppPaths.default())
    workspace = workspaces.create_workspace(ctx, path, name="bench")
    rng = random.Random(12)
    with workspace.transaction():
        workspace.db.conn.executemany(
            "INSERT INTO mentions(key, platform, author, posted_at, text, sentiment, status)"
            " VALUES (?, '微博', ?, ?, ?, 'unknown', 'new')",
            (
                (
                    f"k{n}",
                    f"用户{rng.randint(1, 50_000)}",
                    f"2026-11-{1 + n % 28:02d}T{n % 24:02d}:00:00+08:00",
                    chinese_text(rng),
                )
                for n in range(rows)
            ),
        )
    return workspace


def old_path(workspace: Workspace, ids: list[int]) -> str:
    """Before: one UPDATE per mention (then the same again to put it back)."""

    def per_row() -> None:
        with workspace.transaction():
            now = now_iso()
            for mention_id in ids:
                store.update_fields(
                    workspace.db,
                    mention_id,
                    {"sentiment": "neu", "sentiment_by": "person", "sentiment_user": "bench"},
                    now,
                )

    _, took = timed(per_row)
    with workspace.transaction():
        workspace.db.execute(
            "UPDATE mentions SET sentiment = 'unknown', sentiment_by = '', sentiment_user = ''"
        )
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="20k rows")
    args = parser.parse_args()
    rows = 20_000 if args.quick else args.rows
    with tempfile.TemporaryDirectory() as folder:
        workspace = build(Path(folder) / "bench", rows)
        workspace.user = "bench"
        ids = mentions.list_ids(workspace, mentions.MentionFilter())
        print(f"rows: {len(ids):,}")

        texts, read = timed(lambda: triage_store.texts(workspace.db))
        scored, score = timed(lambda: triage.score_unlabelled(workspace))
        print(
            f"scoring (model reads every mention, suggestions written): {score}"
            f" for {scored.read:,} (budget 2 s for 100k) — baseline, reading the texts alone:"
            f" {read} for {len(texts[1]):,}"
        )
        with workspace.transaction():  # the bulk edit below starts from unlabelled rows
            workspace.db.execute(
                "UPDATE mentions SET sentiment = 'unknown', sentiment_by = '',"
                " sentiment_confidence = NULL"
            )
        result, edit = timed(lambda: mentions.update_mentions(workspace, ids, {"sentiment": "neg"}))
        assert result.undo is not None
        undo_record = result.undo
        undone, undo = timed(lambda: mentions.undo_triage(workspace, undo_record))
        audit_rows = workspace.count("audit", "action IN ('bulk-triage', 'undo')")
        baseline = old_path(workspace, ids.tolist())
        print(
            f"bulk edit (Ctrl+A then 1): {edit} for {result.changed:,} rows"
            f" (budget 1 s for 100k); undo {undo} for {undone.changed:,};"
            f" audit rows {audit_rows} — baseline, one UPDATE per mention: {baseline}"
        )
        print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} (2 cores)")
        workspace.close()


if __name__ == "__main__":
    main()
