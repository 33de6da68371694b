"""Drills: how long starting a drill takes on a big workspace (the drill copy, the replayed
case taken out of it, the plan activated) next to its baseline, a plain verified copy of the
same file (services.workspaces.save_copy: VACUUM INTO, check, fsync); then delivering every
inject of the replayed case, per inject.

    python bench/bench_drills.py [--mentions 50000] [--linked 300]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.services import cases, drills, workspaces
from desktop.services.context import AppContext


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mentions", type=int, default=50_000)
    parser.add_argument("--linked", type=int, default=300)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="bench-drills-")
    os.environ["CRISISDESK_HOME"] = home
    ctx = AppContext.create()
    ws = workspaces.create_workspace(ctx, Path(home) / "bench", name="bench")
    ctx.workspace = ws
    start = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    with ws.transaction():
        ws.db.conn.executemany(
            "INSERT INTO mentions(key, author, followers, posted_at, text, sentiment)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    f"b{i}",
                    f"作者{i % 997}",
                    (i * 7919) % 3_000_000,
                    (start + timedelta(seconds=i * 17)).isoformat(),
                    "沙拉里有钢丝，食品安全谁来管" if i % 3 else "味道不错",
                    "neg" if i % 5 else "neu",
                )
                for i in range(args.mentions)
            ],
        )
    case_id = cases.create_case(
        ws, title="大案例", scenario="food_safety", detected_at=start.isoformat()
    ).id
    cases.link_mentions(ws, case_id, list(range(1, args.linked + 1)))
    size = ws.path.stat().st_size / 1e6
    print(f"{args.mentions:,} mentions ({size:.1f} MB), a case of {args.linked} to replay")

    began = time.perf_counter()
    workspaces.save_copy(ctx, Path(home) / "baseline-copy")
    baseline = time.perf_counter() - began
    print(f"  {'baseline: verified copy (VACUUM INTO)':<46} {baseline * 1000:8.1f} ms")

    source = drills.from_case(ws, case_id)
    began = time.perf_counter()
    drill = drills.start_drill(ws, source, drills_folder=drills.drills_folder(ctx), speed=60)
    started = time.perf_counter() - began
    print(
        f"  {'start a drill (copy + prepare + plan)':<46} {started * 1000:8.1f} ms"
        f"  ({started / baseline:.2f}× baseline)"
    )

    pending = len(drills.pending_injects(drill))
    began = time.perf_counter()
    drills.deliver_all(drill)
    delivered = time.perf_counter() - began
    per = delivered / max(1, pending) * 1000
    print(
        f"  {'deliver every inject (one jump)':<46} {delivered * 1000:8.1f} ms  ({per:.1f} ms each, {pending})"
    )

    began = time.perf_counter()
    drills.finish_drill(drill, ws)
    finished = time.perf_counter() - began
    print(f"  {'finish (measures + one summary row)':<46} {finished * 1000:8.1f} ms")
    ws.close()


if __name__ == "__main__":
    main()
