"""Suggestion latency and quality.

Latency: `suggest` (KB entries + similar answered mentions) over 5k synthetic KB entries and
100k synthetic answered mentions, p50/p95 after the index is built, against a pure-Python
BM25 over the same tokens (the baseline). Quality: top-1 / top-3 hit rates of the seeded 问答库
on the labelled paraphrase set (tests/support/kb_labelled_set.py), and the calibration of the
relevance levels (strong precision / recall on that set, off-topic real texts from
../shared/corpora given "strong" or anything above "none"; services/suggest.py STRONG_*).

    python bench/bench_suggest.py [--entries 5000] [--mentions 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.text import search_tokens  # noqa: E402
from desktop.services import suggest, workspaces  # noqa: E402
from desktop.services.context import HOME_ENV, AppContext  # noqa: E402
from desktop.storage.workspace import Workspace, now_iso  # noqa: E402

SUBJECTS = [
    "外卖",
    "沙拉",
    "牛肉饭",
    "奶茶",
    "汉堡",
    "套餐",
    "会员卡",
    "优惠券",
    "小程序",
    "门店",
    "店员",
    "客服",
    "骑手",
    "订单",
    "发票",
    "包装",
    "汤",
    "米饭",
    "饮料",
    "甜品",
]
PROBLEMS = [
    "送得太慢",
    "凉了",
    "洒了",
    "少送",
    "送错",
    "变质",
    "有头发",
    "有钢丝",
    "有虫子",
    "不新鲜",
    "过期",
    "太贵",
    "多收钱",
    "退款没到账",
    "态度差",
    "不理人",
    "排队太久",
    "打不开",
    "支付失败",
    "积分清零",
    "用不了",
    "分量少",
    "和图片不符",
    "拉肚子",
    "太咸",
    "没熟",
]
FEELINGS = [
    "太失望了",
    "再也不来了",
    "怎么回事",
    "能不能给个说法",
    "气死了",
    "无语",
    "心累",
    "希望改进",
    "求解决",
    "说好的呢",
]
FILLER = [
    "今天",
    "昨天",
    "中午",
    "晚上",
    "第一次",
    "又一次",
    "真的",
    "感觉",
    "结果",
    "居然",
    "竟然",
    "朋友",
    "家里",
    "公司",
    "楼下",
]


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(FILLER), rng.choice(SUBJECTS), rng.choice(PROBLEMS)]
    if rng.random() < 0.7:
        parts.append(rng.choice(PROBLEMS))
    parts.append(rng.choice(FEELINGS))
    rng.shuffle(parts[:3])
    return "，".join(parts)


def build(path: Path, entries: int, mentions: int, rng: random.Random) -> Workspace:
    workspace = Workspace.create(path, name="bench")
    at = now_iso()
    db = workspace.db
    with workspace.transaction():
        db.conn.executemany(
            "INSERT INTO kb_entries(id, title, examples, keywords, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 'draft', ?, ?)",
            [
                (
                    i + 1,
                    f"{rng.choice(SUBJECTS)}{rng.choice(PROBLEMS)} #{i}",
                    "\n".join(sentence(rng) for _ in range(4)),
                    f"{rng.choice(SUBJECTS)}，{rng.choice(PROBLEMS)}",
                    at,
                    at,
                )
                for i in range(entries)
            ],
        )
        db.conn.executemany(
            "INSERT INTO kb_replies(entry_id, kind, channel, body) VALUES (?, 'public', 'generic', ?)",
            [
                (i + 1, f"{{称呼|您}}好，关于{rng.choice(PROBLEMS)}我们马上处理。")
                for i in range(entries)
            ],
        )
        db.conn.executemany(
            "INSERT INTO mentions(key, platform, text, reply_text, replied_at, status)"
            " VALUES (?, '微博', ?, ?, ?, 'replied')",
            [
                (
                    f"m{i}",
                    sentence(rng),
                    "抱歉，已私信您处理。",
                    f"2026-11-{1 + i % 20:02d}T10:00:00+08:00",
                )
                for i in range(mentions)
            ],
        )
    return workspace


class PurePythonBm25:
    """The baseline: the same tokens and BM25, with dicts and loops instead of NumPy."""

    def __init__(self, texts: list[str]) -> None:
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.lengths = []
        for doc, text in enumerate(texts):
            tokens = search_tokens(text)
            self.lengths.append(len(tokens))
            counts: dict[str, int] = defaultdict(int)
            for token in tokens:
                counts[token] += 1
            for token, tf in counts.items():
                self.postings[token].append((doc, tf))
        self.average = sum(self.lengths) / max(len(self.lengths), 1)
        self.size = len(texts)

    def top(self, query: str, k: int = 5) -> list[tuple[int, float]]:
        scores: dict[int, float] = defaultdict(float)
        for token in set(search_tokens(query)):
            posting = self.postings.get(token, [])
            idf = math.log1p((self.size - len(posting) + 0.5) / (len(posting) + 0.5))
            for doc, tf in posting:
                norm = 1.2 * (0.25 + 0.75 * self.lengths[doc] / self.average)
                scores[doc] += idf * tf * 2.2 / (tf + norm)
        return sorted(scores.items(), key=lambda item: -item[1])[:k]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def latency(args: argparse.Namespace, folder: Path) -> None:
    rng = random.Random(7)
    started = time.perf_counter()
    workspace = build(folder / "bench", args.entries, args.mentions, rng)
    print(
        f"generated {args.entries:,} entries + {args.mentions:,} answered mentions "
        f"in {time.perf_counter() - started:.1f} s"
    )
    queries = [sentence(rng) for _ in range(args.queries)]
    started = time.perf_counter()
    suggest.suggest(workspace, queries[0], 5)
    print(f"index build (first call): {time.perf_counter() - started:.2f} s")
    times = []
    for query in queries:
        t0 = time.perf_counter()
        suggest.suggest(workspace, query, 5)
        times.append((time.perf_counter() - t0) * 1000)
    p50, p95 = statistics.median(times), percentile(times, 0.95)
    print(
        f"suggest (NumPy BM25, KB + mentions): p50 {p50:.1f} ms  p95 {p95:.1f} ms  "
        f"max {max(times):.1f} ms  over {len(times)} queries  (floor p95 <= 50 ms)"
    )

    texts = [r[0] for r in workspace.db.execute("SELECT text FROM mentions ORDER BY id")]
    started = time.perf_counter()
    baseline = PurePythonBm25(texts)
    print(f"baseline build (pure Python, mentions only): {time.perf_counter() - started:.1f} s")
    base_times = []
    for query in queries[: args.baseline_queries]:
        t0 = time.perf_counter()
        baseline.top(query, 5)
        base_times.append((time.perf_counter() - t0) * 1000)
    print(
        f"baseline pure-Python BM25 (mentions only): p50 {statistics.median(base_times):.1f} ms"
        f"  p95 {percentile(base_times, 0.95):.1f} ms  over {len(base_times)} queries"
    )
    sql_times = []
    for query in queries[: args.baseline_queries]:
        word = search_tokens(query)[2]
        t0 = time.perf_counter()
        workspace.db.execute(
            "SELECT id FROM mentions WHERE reply_text != '' AND text LIKE ?", [f"%{word}%"]
        ).fetchall()
        sql_times.append((time.perf_counter() - t0) * 1000)
    print(
        f"baseline LIKE (one word, all matches, no ranking): p50 {statistics.median(sql_times):.1f} ms"
        f"  p95 {percentile(sql_times, 0.95):.1f} ms"
    )
    ok = p95 <= 50
    print("latency floor:", "PASS" if ok else "FAIL")
    workspace.close()


def quality(folder: Path) -> None:
    from tests.support.kb_labelled_set import cases

    ctx = AppContext.create()
    workspace = workspaces.create_workspace(ctx, folder / "quality")
    labelled = cases()
    top1 = top3 = 0
    for comment, expected in labelled:
        titles = [e.title for e in suggest.suggest_entries(workspace, comment, 3)]
        top1 += titles[:1] == [expected]
        top3 += expected in titles
    n = len(labelled)
    print(
        f"quality on {n} labelled paraphrases of {workspace.count('kb_entries')} seeded entries:"
        f" top-1 {top1 / n:.3f}  top-3 {top3 / n:.3f}  (floor top-3 >= 0.9)"
    )
    relevance(workspace)
    workspace.close()


def relevance(workspace: Workspace) -> None:
    from tests.support.kb_labelled_set import off_topic_texts, relevance_figures

    corpora = ROOT.parent / "shared" / "corpora"
    if not corpora.is_dir():
        print("relevance calibration: skipped (../shared/corpora is not available)")
        return
    f = relevance_figures(workspace, off_topic_texts(corpora))
    print(
        f"relevance (services/suggest.relevance): on {f['labelled']} labelled paraphrases strong"
        f" {f['strong']}, precision {f['precision']:.3f}  recall {f['recall']:.3f}"
        f"  (floor precision >= 0.95);  {f['off_topic']} off-topic texts: strong"
        f" {f['off_topic_strong']:.1%}, possible or strong {f['off_topic_not_none']:.1%}"
        f"  (floor: not strong >= 95 %)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--baseline-queries", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ[HOME_ENV] = str(Path(folder) / "home")
        quality(Path(folder))
        latency(args, Path(folder))


if __name__ == "__main__":
    main()
