"""core.priority: the score's ingredients and the reasons in words."""

from __future__ import annotations

import math

import numpy as np

from desktop.core import priority
from desktop.core.priority import RowFacts


def test_confirmed_labels_outweigh_the_model_number() -> None:
    assert priority.negative_probability("neg", "person", None, 0.1) == 1.0
    assert priority.negative_probability("pos", "import", None, 0.9) == 0.05
    assert priority.negative_probability("neg", "model", 0.8, 0.83) == 0.83
    assert priority.negative_probability("neg", "model", 0.8, None) == 0.8
    assert priority.negative_probability("unknown", "", None, None) == priority.P_UNKNOWN


def test_reach_is_log_scaled_and_capped() -> None:
    levels = priority.reach_level(
        np.array([0.0, 1_000.0, 1_000_000.0, 1e9]), np.zeros(4), np.zeros(4)
    )
    assert levels[0] == 0.0
    assert 0.4 < levels[1] < 0.45 and 0.85 < levels[2] < 0.86
    assert levels[3] == 1.0


def test_urgency_rises_to_the_breach_then_fades_for_stale_posts() -> None:
    hours = np.array([0.0, 1.0, 2.0, 10.0, 24.0 + 24 * 7, 24.0 * 60, math.nan])
    value = priority.urgency(hours, window_hours=2.0)
    assert list(value[:4]) == [0.0, 0.5, 1.0, 1.0]
    assert value[4] == priority.STALE_FLOOR and value[5] == priority.STALE_FLOOR
    assert value[6] == priority.UNKNOWN_TIME_URGENCY


def test_earlier_counts_are_per_author_and_strictly_before() -> None:
    # author 0 complained at t=10, 20, 30; author 1 once at t=5 (undated negatives: earliest)
    neg_authors = np.array([0, 0, 0, 1, 1])
    neg_times = np.array([10.0, 20.0, 30.0, 5.0, math.nan])
    cand_authors = np.array([0, 0, 1, -1, 1, 2])
    cand_times = np.array([30.0, 15.0, 100.0, 100.0, math.nan, 50.0])
    cand_negative = np.array([True, False, False, False, True, False])
    counts = priority.earlier_counts(
        cand_authors, cand_times, cand_negative, neg_authors, neg_times
    )
    assert list(counts) == [2, 1, 2, 0, 1, 0]


def test_score_orders_a_loud_breached_repeat_complaint_first() -> None:
    score = priority.scores(
        np.array([1.0, 0.15, 0.05]),
        np.array([0.9, 0.1, 1.0]),
        np.array([1.0, 0.1, 1.0]),
        np.array([3, 0, 0]),
    )
    assert score[0] > 90 > score[1] > score[2]
    assert priority.ranking(score, np.zeros(3)).tolist() == [0, 1, 2]


def test_ties_go_to_the_one_waiting_longer() -> None:
    order = priority.ranking(np.array([50.0, 50.0, 50.0]), np.array([1.0, math.nan, 5.0]))
    assert order.tolist() == [2, 0, 1]


def test_reasons_read_as_the_brief_writes_them() -> None:
    facts = RowFacts(
        sentiment="neg",
        by="model",
        p_negative=0.92,
        followers=123_000,
        reposts=3,
        comments=45,
        elapsed_hours=2 + 40 / 60,
        earlier_negatives=3,
    )
    line = priority.reason_line(priority.reasons(facts, window_hours=2.0))
    assert (
        line == "负面概率 92% · 粉丝 12.3 万 · 评论 45 · 已过响应时限 40 分钟 · 该作者此前投诉 3 次"
    )


def test_reasons_of_a_fresh_confirmed_question() -> None:
    facts = RowFacts("neu", "person", 0.15, 20, 0, 0, 0.5, 0)
    assert [r.text for r in priority.reasons(facts, 2.0)] == ["已确认中性"]
    fresh_negative = RowFacts("neg", "import", 1.0, 0, 0, 0, 0.5, 0)
    words = [r.text for r in priority.reasons(fresh_negative, 2.0)]
    assert words == ["已确认负面", "距响应时限还剩 1 小时 30 分"]


def test_format_count() -> None:
    assert priority.format_count(3400) == "3,400"
    assert priority.format_count(123_456) == "12.3 万"
    assert priority.format_count(1_860_000) == "186 万"
    assert priority.format_count(230_000_000) == "2.3 亿"
