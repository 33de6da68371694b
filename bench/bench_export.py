"""Export benchmark (RELIABILITY.md E-09: 100k rows ≤ 15 s and < 150 MB peak RSS).

Builds a temp workspace with N synthetic mention rows (inserted directly), then measures in
separate child processes, in the same run:
  ours      export_mentions → .xlsx (xlsxwriter constant_memory, masking, summary sheet)
  ours-csv  export_mentions → .csv
  baseline  the same rows read from SQLite and written with openpyxl write_only

    python bench/bench_export.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BUDGET_SECONDS = 15.0
BUDGET_MB = 150.0

_WORDS = [
    "鹿角巷鲜食",
    "徐汇店",
    "沙拉碗",
    "钢丝",
    "退款",
    "客服",
    "态度",
    "配送",
    "太慢",
    "好吃",
    "推荐",
    "新品",
    "价格",
    "优惠券",
    "食品安全",
    "投诉",
    "门店",
    "外卖",
    "骑手",
    "包装",
    "漏了",
    "分量",
    "少",
    "服务员",
    "热情",
    "环境",
    "干净",
    "排队",
    "久",
    "会员",
]
_PLATFORMS = ["微博", "小红书", "抖音", "大众点评", "微信"]
_SENTIMENTS = ["neg", "neu", "pos", "unknown"]
_ISSUES = ["food_safety", "service_attitude", "delivery", "price_refund", ""]


def build_workspace(path: Path, rows: int) -> None:
    from desktop.storage.workspace import Workspace

    rng = random.Random(7)
    workspace = Workspace.create(path, name="导出基准", brand="鹿角巷鲜食")
    batch = []
    with workspace.transaction():
        for i in range(rows):
            text = "".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 40)))
            if i % 50 == 0:
                text += f" 电话13{rng.randint(100000000, 999999999)}"
            if i % 997 == 0:
                text = "=HYPERLINK(" + text
            extra = {"mid": str(4_900_000_000_000_000 + i), "来源": "监测导出", "地区": "上海"}
            batch.append(
                (
                    f"bench:{i}",
                    rng.choice(_PLATFORMS),
                    f"用户{rng.randint(1, 50_000)}",
                    str(rng.randint(10**9, 10**10)),
                    rng.randint(0, 2_000_000),
                    f"2026-11-{1 + i % 20:02d}T{i % 24:02d}:{i % 60:02d}:00+08:00",
                    text[:20],
                    text,
                    f"https://weibo.com/{i}/Ab{i}",
                    rng.randint(0, 5000),
                    rng.randint(0, 5000),
                    rng.randint(0, 50000),
                    rng.choice(_SENTIMENTS),
                    rng.choice(_ISSUES),
                    "13800138000" if i % 20 == 0 else "",
                    json.dumps(extra, ensure_ascii=False),
                )
            )
            if len(batch) == 10_000:
                _insert(workspace, batch)
                batch = []
        if batch:
            _insert(workspace, batch)
    workspace.close()


def _insert(workspace, batch) -> None:
    workspace.db.conn.executemany(
        "INSERT INTO mentions(key, platform, author, author_id, followers, posted_at, title,"
        " text, url, reposts, comments, likes, sentiment, issue_type, contact, extra_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        batch,
    )


def phase(kind: str, workspace_path: str, out: str) -> dict:
    import openpyxl  # noqa: F401  (both sides pay their imports before the clock starts)

    from desktop.services import exports  # noqa: F401
    from desktop.storage.workspace import Workspace

    loaded_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    with Workspace.open(workspace_path, read_only=True, check=False) as workspace:
        if kind in ("ours", "ours-csv"):
            from desktop.core.mention_filter import MentionFilter
            from desktop.services.exports import export_mentions

            rows = export_mentions(workspace, out, MentionFilter()).rows
        else:
            rows = _openpyxl_baseline(workspace, out)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "rows": rows,
        "seconds": seconds,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,
        "loaded_mb": loaded_mb,
        "size_mb": _size(out),
    }


def _openpyxl_baseline(workspace, out: str) -> int:
    """openpyxl write_only over the same columns and order, no safety work at all."""
    from openpyxl import Workbook

    from desktop.services.exports import FIELDS

    book = Workbook(write_only=True)
    sheet = book.create_sheet("舆情台账")
    sheet.append([header for _c, header, _k in FIELDS] + ["mid", "来源", "地区"])
    cursor = workspace.db.conn.execute(
        f"SELECT {', '.join(c for c, _h, _k in FIELDS)}, extra_json FROM mentions"
        " ORDER BY posted_at DESC, id DESC"
    )
    rows = 0
    while page := cursor.fetchmany(500):
        for record in page:
            extra = json.loads(record[-1])
            sheet.append([*record[:-1], extra.get("mid"), extra.get("来源"), extra.get("地区")])
            rows += 1
    book.save(out)
    return rows


def _size(path: str) -> float:
    return os.path.getsize(path) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--phase", choices=["ours", "ours-csv", "baseline"])
    parser.add_argument("--workspace")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.workspace, args.out)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
        ws = Path(folder) / "bench.crisisdesk"
        started = time.perf_counter()
        build_workspace(ws, args.rows)
        print(
            f"workspace with {args.rows:,} mentions built in {time.perf_counter() - started:.1f} s"
        )
        results = {}
        for kind, suffix in (("ours", "xlsx"), ("ours-csv", "csv"), ("baseline", "xlsx")):
            out = Path(folder) / f"{kind}.{suffix}"
            child = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--phase",
                    kind,
                    "--workspace",
                    str(ws),
                    "--out",
                    str(out),
                ],
                capture_output=True,
                text=True,
                check=True,
                cwd=REPO,
            )
            results[kind] = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"\n{'export':<34}{'rows':>9}{'wall s':>9}{'CPU s':>9}{'peak MB':>9}{'file MB':>9}")
    labels = {
        "ours": "CrisisDesk .xlsx (xlsxwriter)",
        "ours-csv": "CrisisDesk .csv",
        "baseline": "baseline: openpyxl write_only",
    }
    for kind, figures in results.items():
        print(
            f"{labels[kind]:<34}{figures['rows']:>9,}{figures['seconds']:>9.1f}{figures['cpu']:>9.1f}"
            f"{figures['peak_mb']:>9.0f}{figures['size_mb']:>9.1f}"
        )
    ours, base = results["ours"], results["baseline"]
    ok = ours["seconds"] <= BUDGET_SECONDS and ours["peak_mb"] < BUDGET_MB
    print(
        f"\nbudget (E-09, {args.rows:,} rows): ≤ {BUDGET_SECONDS:.0f} s and < {BUDGET_MB:.0f} MB"
        f" → {'met' if ok else 'NOT met'}; vs baseline: {base['seconds'] / ours['seconds']:.2f}×"
        f" wall, {base['cpu'] / ours['cpu']:.2f}× CPU"
    )
    print(
        f"machine load (1-min average) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
