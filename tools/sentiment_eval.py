"""Measuring the sentiment model on labelled corpora (used by bench/bench_triage.py and tests).

The corpora are binary (neg / pos), the model answers in three classes. Two figures:
- binary agreement: the more likely of neg and pos against the label (the ~0.84 of issue 14);
- 3-way macro-F1: the model's own label ('neu' included) against the binary truth, F1 averaged
  over neg and pos — a 'neu' answer counts as a miss, so a wide neutral band costs here.

The learning curve takes n labels from the start of a shuffled stream the base model was not
trained on, adapts, and scores a fixed test part of the same stream that no label came from.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from desktop.core.sentiment import SentimentModel, adapt
from desktop.core.sentiment.learning import label_indices, macro_f1

Labelled = Sequence[tuple[str, str]]

# A keyword scorer, the baseline the bench compares with (what a person would try first).
NEGATIVE_WORDS: Final = (
    "差",
    "慢",
    "退款",
    "投诉",
    "失望",
    "垃圾",
    "难吃",
    "不好",
    "不行",
    "凉了",
    "太贵",
    "坑",
    "骗",
    "恶心",
    "烂",
    "问题",
    "生气",
    "无语",
    "后悔",
    "别买",
    "难过",
    "讨厌",
    "累",
)
POSITIVE_WORDS: Final = (
    "好",
    "不错",
    "喜欢",
    "满意",
    "推荐",
    "快",
    "棒",
    "赞",
    "好吃",
    "谢谢",
    "开心",
    "爱",
    "值",
    "划算",
    "漂亮",
    "舒服",
    "方便",
    "哈哈",
    "快乐",
    "支持",
    "加油",
    "感动",
)


@dataclass(frozen=True)
class Score:
    binary_agreement: float
    macro_f1_3way: float
    count: int


def score(model: SentimentModel, pairs: Labelled) -> Score:
    texts = [t for t, _ in pairs]
    truth = label_indices([label for _, label in pairs])
    result = model.predict(texts)
    binary = np.where(result.probabilities[:, 0] >= result.probabilities[:, 2], 0, 2)
    three = label_indices(result.labels)
    return Score(float(np.mean(binary == truth)), macro_f1(truth, three), len(pairs))


def keyword_labels(texts: Sequence[str]) -> list[str]:
    """The baseline: count keyword hits; a tie (or none) is 'neu'."""
    labels = []
    for text in texts:
        negative = sum(text.count(word) for word in NEGATIVE_WORDS)
        positive = sum(text.count(word) for word in POSITIVE_WORDS) - text.count("不好")
        labels.append("neg" if negative > positive else "pos" if positive > negative else "neu")
    return labels


def keyword_score(pairs: Labelled) -> Score:
    truth = label_indices([label for _, label in pairs])
    guess = keyword_labels([t for t, _ in pairs])
    three = label_indices(guess)
    # Binary: a keyword tie has no lean; count it as the corpus's majority would not know.
    binary = np.asarray([0 if g == "neg" else 2 for g in guess])
    return Score(float(np.mean(binary == truth)), macro_f1(truth, three), len(pairs))


def majority_score(pairs: Labelled) -> Score:
    truth = label_indices([label for _, label in pairs])
    values, counts = np.unique(truth, return_counts=True)
    majority = np.full(truth.size, values[counts.argmax()])
    return Score(float(np.mean(majority == truth)), macro_f1(truth, majority), len(pairs))


def split_stream(
    stream: Labelled, *, test_size: int, seed: int
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(label pool, test part) of a shuffled copy: the test part is never labelled."""
    shuffled = list(stream)
    random.Random(seed).shuffle(shuffled)
    return shuffled[test_size:], shuffled[:test_size]


def learning_curve(
    base: SentimentModel,
    stream: Labelled,
    sizes: Sequence[int],
    *,
    test_size: int = 2000,
    seed: int = 0,
) -> dict[int, Score]:
    """Score on the stream's test part after adapting on its first n labels, for each n."""
    pool, test = split_stream(stream, test_size=test_size, seed=seed)
    curve = {0: score(base, test)}
    for size in sizes:
        labels = pool[:size]
        model = adapt(base, [t for t, _ in labels], [label for _, label in labels], seed=seed)
        curve[size] = score(model, test)
    return curve
