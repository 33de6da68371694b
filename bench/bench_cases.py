"""Cases: how long the severity suggestion, the chart data and the case list take on a big
case, each printed next to its baseline (reading the same rows with one plain SELECT).

    python bench/bench_cases.py [--mentions 20000] [--cases 200]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.services import cases, workspaces
from desktop.services.context import AppContext

CST = timezone(timedelta(hours=8))


def timed(label: str, function, repeat: int = 5):
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    print(f"  {label:<44} {best * 1000:8.1f} ms")
    return result, best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mentions", type=int, default=20_000)
    parser.add_argument("--cases", type=int, default=200)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="bench-cases-")
    os.environ["CRISISDESK_HOME"] = home
    ctx = AppContext.create()
    ws = workspaces.create_workspace(ctx, Path(home) / "bench", name="bench")
    start = datetime(2026, 11, 18, 9, 0, tzinfo=CST)
    words = ["服务太差", "沙拉里有钢丝", "退款太慢", "食品安全谁来管", "味道不错"]
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
                    words[i % len(words)],
                    "neg" if i % 5 else "neu",
                )
                for i in range(args.mentions)
            ],
        )
    case_id = cases.create_case(ws, title="大案例").id
    for i in range(args.cases - 1):
        cases.create_case(ws, title=f"案例{i}")
    print(f"{args.mentions:,} linked mentions, {args.cases} cases")
    _, _link = timed(
        "link all mentions (+ suggestion, one tx)",
        lambda: cases.link_mentions(ws, case_id, list(range(1, args.mentions + 1))),
        repeat=1,
    )
    _, base = timed(
        "baseline: SELECT the linked rows",
        lambda: ws.db.execute(
            "SELECT sentiment, followers, author, posted_at, text, title FROM mentions"
            " WHERE case_id = ?",
            [case_id],
        ).fetchall(),
    )
    _, suggestion = timed(
        "severity suggestion (read + score + store)",
        lambda: cases.recompute_suggestion(ws, case_id),
    )
    _, chart = timed("chart data (volume by sentiment)", lambda: cases.volume_series(ws, case_id))
    _, _listing = timed(
        f"case list ({args.cases} cases, counts, clocks)", lambda: cases.list_cases(ws)
    )
    print(
        f"suggestion = {suggestion / base:.1f}x the plain SELECT; chart = {chart / base:.1f}x;"
        " targets: suggestion and chart <= 500 ms at 20k mentions, list <= 200 ms"
    )
    ws.close()


if __name__ == "__main__":
    main()
