"""Burst detection on generated hourly streams."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from desktop.core.spikes import SpikeRule, find_bursts, hour_key

START = datetime(2026, 11, 10, tzinfo=UTC)
RULE = SpikeRule(ratio=2.0, min_above=5, baseline_hours=12)


def stream(per_hour: dict[int, int]) -> dict[str, int]:
    return {hour_key(START + timedelta(hours=h)): n for h, n in per_hour.items() if n}


def bursts(counts: dict[str, int], *, hours: int = 72, rule: SpikeRule = RULE) -> list:
    return find_bursts(
        counts,
        rule,
        history_start=START,
        evaluate_from=START,
        until=START + timedelta(hours=hours),
    )


def test_a_burst_over_a_quiet_baseline_is_found_once_with_its_figures() -> None:
    quiet = {h: 1 for h in range(72)}
    counts = stream(quiet | {30: 12, 31: 20, 32: 9})
    found = bursts(counts)
    assert len(found) == 1
    burst = found[0]
    assert burst.start == START + timedelta(hours=30) and burst.end == START + timedelta(hours=32)
    assert (burst.total, burst.peak, burst.hours) == (41, 20, 3)
    assert burst.peak_hour == START + timedelta(hours=31)
    assert burst.baseline_mean == 1.0 and burst.ratio == 20.0


def test_steady_high_volume_is_not_a_spike() -> None:
    rng = random.Random(7)
    counts = stream({h: 300 + rng.randint(-25, 25) for h in range(24 * 7)})
    assert bursts(counts, hours=24 * 7) == []


def test_doubling_alone_is_not_enough_without_the_minimum_above_the_baseline() -> None:
    counts = stream({h: 1 for h in range(48)} | {30: 4})  # ×4 but only +3
    assert bursts(counts) == []


def test_the_first_hours_without_a_full_baseline_are_not_judged() -> None:
    counts = stream({0: 50, 1: 40})  # the first import's first hours: nothing to compare with
    assert bursts(counts) == []
    later = stream({0: 50, 20: 40})
    assert [b.start for b in bursts(later)] == [START + timedelta(hours=20)]


def test_late_imports_are_placed_by_post_time_and_find_the_same_burst() -> None:
    quiet = {h: 1 for h in range(60)}
    first_batch = stream(quiet | {40: 15})
    [before] = bursts(first_batch)
    # A late batch adds mentions posted in hours 40 and 41: same start, the burst grows.
    late = stream(quiet | {40: 25, 41: 18})
    [after] = bursts(late)
    assert before.start == after.start == START + timedelta(hours=40)
    assert after.end == START + timedelta(hours=41) and after.total == 43


def test_a_seven_day_baseline_compares_with_the_week() -> None:
    rule = SpikeRule(ratio=2.0, min_above=5, baseline_hours=168)
    daily_rhythm = {h: (8 if h % 24 in range(9, 21) else 1) for h in range(24 * 9)}
    assert (
        find_bursts(
            stream(daily_rhythm),
            rule,
            history_start=START,
            evaluate_from=START,
            until=START + timedelta(days=9),
        )
        == []
    )
    spiked = stream(daily_rhythm | {24 * 8 + 10: 40})
    [burst] = find_bursts(
        spiked, rule, history_start=START, evaluate_from=START, until=START + timedelta(days=9)
    )
    assert burst.start == START + timedelta(hours=24 * 8 + 10) and burst.baseline_hours == 168


def test_nothing_after_until_is_judged() -> None:
    counts = stream({h: 1 for h in range(48)} | {40: 30})
    assert bursts(counts, hours=39) == []
