"""Helpers for the benchmarks: timing, peak memory, synthetic Chinese text."""

from __future__ import annotations

import random
import resource
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"

WORDS = [
    "外卖",
    "送餐",
    "太慢",
    "菜凉了",
    "退款",
    "客服",
    "态度",
    "很差",
    "味道",
    "不错",
    "推荐",
    "沙拉",
    "分量",
    "少",
    "价格",
    "贵",
    "包装",
    "漏了",
    "骑手",
    "迟到",
    "门店",
    "排队",
    "新品",
    "好吃",
    "优惠券",
    "会员",
    "投诉",
    "电话",
    "没人接",
    "食品安全",
    "异物",
    "头发",
    "过期",
    "发票",
    "开业",
    "环境",
    "干净",
    "服务员",
    "热情",
    "下次",
    "还来",
    "失望",
    "差评",
    "好评",
    "鹿角巷",
    "鲜食",
    "徐汇店",
    "静安店",
]


def chinese_text(rng: random.Random, words: int = 14) -> str:
    return "".join(rng.choice(WORDS) for _ in range(words)) + rng.choice(["！", "。", "？", "[怒]"])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def timed(label: str, results: dict[str, float]):
    start = time.perf_counter()
    yield
    results[label] = time.perf_counter() - start


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def repeat(function: Callable[[], object], times: int) -> list[float]:
    durations = []
    for _ in range(times):
        start = time.perf_counter()
        function()
        durations.append(time.perf_counter() - start)
    return durations
