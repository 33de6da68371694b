"""Bench watch-group matching and alert evaluation. Budget (issue 15): matching every mention
against the groups ≤ 3 s on 100k mentions, in a worker.

    python bench/bench_watchlists.py                # 100k mentions, the seeded groups + 4
    python bench/bench_watchlists.py --rows 1000000 # the 1M look (~2 min to build)
    python bench/bench_watchlists.py --corpus       # real shop reviews, cycled to --rows

Each figure is printed next to its baseline from the same run: reading the texts alone (the
floor any Python matcher pays) and the plain-SQL way (one `LIKE` count per group term).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import chinese_text
from desktop.core import watch_rules
from desktop.services import alerts, watchlists, workspaces
from desktop.services.context import AppContext, AppPaths
from desktop.storage import watchlists as watch_store

EXTRA_GROUPS = [
    ("配送问题", "problem", "(配送 OR 骑手 OR 送餐) (太慢 OR 迟到 OR 菜凉了)"),
    ("食安", "problem", "食品安全 OR 异物 OR 头发 OR 过期"),
    ("客服", "problem", "客服 NEAR/6 (态度 OR 没人接)"),
    ("门店", "topic", '"徐汇店" OR "静安店" NOT 好评'),
]


CORPUS = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "corpora"
    / "sentiment"
    / "zh_online_shopping_10_cats.csv"
)


def corpus_texts() -> list[str]:
    """Real reviews (62k, ten shop categories) from the shared corpora, when present."""
    if not CORPUS.is_file():
        return []
    with CORPUS.open(encoding="utf-8") as handle:
        return [row[2] for row in csv.reader(handle) if len(row) > 2 and row[2]][1:]


def build(path: Path, rows: int, seed: int = 7, texts: list[str] | None = None) -> AppContext:
    os.environ.setdefault("CRISISDESK_HOME", tempfile.mkdtemp())
    ctx = AppContext.create(AppPaths.default())
    workspace = workspaces.create_workspace(
        ctx, path, name="bench", brand="鹿角巷", products=["沙拉", "鲜食"], industry="food"
    )
    rng = random.Random(seed)
    now = datetime.now(UTC)
    batch = []
    for n in range(rows):
        posted = now - timedelta(minutes=rng.randint(0, 60 * 24 * 14))
        sentiment = rng.choices(["neg", "neu", "pos"], weights=[3, 5, 2])[0]
        batch.append(
            (
                f"k{n}",
                rng.choice(["微博", "抖音", "小红书"]),
                f"用户{rng.randint(1, 50_000)}",
                rng.choice([None, 100, 5_000, 200_000]),
                posted.isoformat(timespec="seconds"),
                texts[n % len(texts)] if texts else chinese_text(rng, rng.randint(8, 20)),
                sentiment,
                "import",
                rng.choice(["new", "replied", "closed"]),
            )
        )
    with workspace.transaction():
        workspace.db.conn.executemany(
            "INSERT INTO mentions(key, platform, author, followers, posted_at, text, sentiment,"
            " sentiment_by, status) VALUES (?,?,?,?,?,?,?,?,?)",
            batch,
        )
        for name, kind, rule in EXTRA_GROUPS:
            watchlists.add_group(workspace, name, rule, kind=kind, match=False)
    ctx.workspace = workspace
    return ctx


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--corpus",
        action="store_true",
        help="real shop reviews (../shared/corpora) instead of synthetic complaint text",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    started = time.perf_counter()
    texts = corpus_texts() if args.corpus else None
    if args.corpus and not texts:
        sys.exit("../shared/corpora is not available")
    ctx = build(folder / "bench", args.rows, texts=texts)
    workspace = ctx.workspace
    assert workspace is not None
    print(f"built {args.rows:,} mentions in {time.perf_counter() - started:.1f} s")
    groups = watchlists.list_groups(workspace)
    terms = [t for g in groups for t in watch_rules.parse(g.rule).terms()]

    started = time.perf_counter()
    read = sum(1 for _ in workspace.db.execute("SELECT id, title, text FROM mentions"))
    read_s = time.perf_counter() - started

    started = time.perf_counter()
    result = watchlists.rematch_all(workspace)
    match_s = time.perf_counter() - started

    started = time.perf_counter()
    for term in terms:
        workspace.db.execute(
            "SELECT count(*) FROM mentions WHERE text LIKE ? OR title LIKE ?",
            [f"%{term}%", f"%{term}%"],
        ).fetchone()
    like_s = time.perf_counter() - started

    # The after-import path: every mention as the new rows of one import (match_import), and
    # what it is made of (matching alone, writing the pairs alone) in the same run.
    with workspace.transaction():
        import_id = workspace.db.execute(
            "INSERT INTO imports(file_name, started_at) VALUES ('bench', '9999')"
        ).lastrowid
        workspace.db.execute("UPDATE mentions SET import_id = ?", [import_id])
        workspace.db.execute("DELETE FROM mention_watch")  # new mentions have no matches yet
    started = time.perf_counter()
    imported = watchlists.match_import(workspace.db, import_id)
    import_s = time.perf_counter() - started
    rows = [r for batch in watch_store.mention_texts(workspace.db) for r in batch]
    rules = [(g.id, watch_rules.parse(g.rule).matcher()) for g in groups if g.enabled]
    started = time.perf_counter()
    plain = [(gid, mid) for mid, text in rows for gid, matches in rules if matches(text)]
    matching_s = time.perf_counter() - started
    with workspace.transaction():
        workspace.db.execute("DELETE FROM mention_watch")
        started = time.perf_counter()
        watch_store.add_matches(workspace.db, sorted(plain))
        writing_s = time.perf_counter() - started
    assert len(plain) == imported == result.count, (len(plain), imported, result.count)

    started = time.perf_counter()
    tested = watchlists.test_rule(workspace, EXTRA_GROUPS[0][2])
    test_s = time.perf_counter() - started

    started = time.perf_counter()
    evaluation = alerts.evaluate(workspace)
    evaluate_s = time.perf_counter() - started
    started = time.perf_counter()
    alerts.evaluate(workspace)
    again_s = time.perf_counter() - started

    started = time.perf_counter()
    watchlists.group_counts(workspace, None, None)
    counts_s = time.perf_counter() - started

    print(f"groups: {len(groups)} ({len(terms)} terms); matched pairs {result.count:,}")
    print(f"match every mention   {match_s:6.2f} s   (budget 3 s at 100k)")
    print(f"  baseline: read texts {read_s:6.2f} s   ({read:,} rows, no matching)")
    print(f"  baseline: SQL LIKE   {like_s:6.2f} s   (one count per term, {len(terms)} terms)")
    print(
        f"match one import's {len(rows):,} new mentions {import_s:6.2f} s"
        "   (budget 0.5 s seeded groups, 3 s stress text)"
    )
    print(f"  of which matching (the compiled rules, no reads or writes) {matching_s:6.2f} s")
    print(f"  of which writing the {len(plain):,} pairs (one executemany) {writing_s:6.2f} s")
    print(f"rule tester           {test_s:6.2f} s   ({tested.count:,} matches)")
    print(f"evaluate alerts       {evaluate_s:6.2f} s   ({len(evaluation.raised)} raised)")
    print(f"  again (nothing new) {again_s:6.2f} s")
    print(f"group counts (all)    {counts_s * 1000:6.1f} ms")
    workspace.close()


if __name__ == "__main__":
    main()
