"""Bench the bulk edit of issue 13 item 12 (Ctrl+A then 1 on 100k rows) and its undo, and
the model's scoring pass of issue 14 over the same rows. Budgets: bulk edit ≤ 1 s for 100k,
scoring ≤ 2 s for 100k.

    python bench/bench_bulk_edit.py               # 100k rows
    python bench/bench_bulk_edit.py --quick       # 20k rows

Baselines from the same run: the old path of the bulk edit (one UPDATE per mention, which
froze the window 20.5 s + 28.2 s on 100k), and reading the texts alone for scoring.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import chinese_text
from desktop.services import mentions, triage, workspaces
from desktop.services.context import AppContext, AppPaths
from desktop.storage import mentions as store
from desktop.storage import triage as triage_store
from desktop.storage.workspace import Workspace, now_iso


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


def old_path(workspace: Workspace, ids: list[int]) -> float:
    """Before: one UPDATE per mention (then the same again to put it back)."""
    started = time.perf_counter()
    with workspace.transaction():
        now = now_iso()
        for mention_id in ids:
            store.update_fields(
                workspace.db,
                mention_id,
                {"sentiment": "neu", "sentiment_by": "person", "sentiment_user": "bench"},
                now,
            )
    took = time.perf_counter() - started
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

        started = time.perf_counter()
        texts = triage_store.texts(workspace.db)
        read = time.perf_counter() - started
        started = time.perf_counter()
        scored = triage.score_unlabelled(workspace)
        score = time.perf_counter() - started
        print(
            f"scoring (model reads every mention, suggestions written): {score:.2f} s"
            f" for {scored.read:,} (budget 2 s for 100k) — baseline, reading the texts alone:"
            f" {read:.2f} s for {len(texts[1]):,}"
        )
        with workspace.transaction():  # the bulk edit below starts from unlabelled rows
            workspace.db.execute(
                "UPDATE mentions SET sentiment = 'unknown', sentiment_by = '',"
                " sentiment_confidence = NULL"
            )

        started = time.perf_counter()
        result = mentions.update_mentions(workspace, ids, {"sentiment": "neg"})
        edit = time.perf_counter() - started
        started = time.perf_counter()
        undone = mentions.undo_triage(workspace, result.undo)
        undo = time.perf_counter() - started
        audit_rows = workspace.count("audit", "action IN ('bulk-triage', 'undo')")
        baseline = old_path(workspace, ids.tolist())
        print(
            f"bulk edit (Ctrl+A then 1): {edit:.2f} s for {result.changed:,} rows"
            f" (budget 1 s for 100k); undo {undo:.2f} s for {undone.changed:,};"
            f" audit rows {audit_rows} — baseline, one UPDATE per mention: {baseline:.2f} s"
        )
        workspace.close()


if __name__ == "__main__":
    main()
