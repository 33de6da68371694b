"""Burst detection on hourly counts by post time (the Meltwater way: the last hour against
the mean hour of a trailing baseline, 12 hours or 7 days).

An hour is a spike when its count is at least `ratio` × the baseline mean AND at least
`min_above` more than it: ×2 alone would fire on 1 → 2, "+N" alone on a steady 300 → 310.
Consecutive spiking hours are one burst, judged against the baseline before it began (its
own first hours do not raise the bar for the rest). An hour is judged only once the stream
has a full baseline of history before it, so the first hours after a workspace's first
import are not "spikes over nothing". Counts come by post time, so a batch imported hours
late lands in the hours it was posted, and evaluating again finds the same burst start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

HOUR = timedelta(hours=1)


def hour_key(moment: datetime) -> str:
    """The UTC hour bucket a moment falls in, as storage writes it ('2026-11-18T02:00:00Z')."""
    utc = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return utc.strftime("%Y-%m-%dT%H:00:00Z")


def parse_hour(key: str) -> datetime:
    return datetime.strptime(key, "%Y-%m-%dT%H:00:00Z").replace(tzinfo=UTC)


def floor_hour(moment: datetime) -> datetime:
    return parse_hour(hour_key(moment))


@dataclass(frozen=True)
class SpikeRule:
    ratio: float = 2.0
    min_above: int = 5
    baseline_hours: int = 12


@dataclass(frozen=True)
class Burst:
    """One burst: its first and last spiking hour (UTC hour starts) and the figures behind it."""

    start: datetime
    end: datetime
    total: int  # mentions in the burst's hours
    peak: int  # the busiest hour's count
    peak_hour: datetime
    baseline_mean: float  # mean per hour over the baseline before the burst
    baseline_hours: int

    @property
    def hours(self) -> int:
        return int((self.end - self.start) / HOUR) + 1

    @property
    def ratio(self) -> float:
        """How many times the baseline the peak hour is (inf over an empty baseline)."""
        return self.peak / self.baseline_mean if self.baseline_mean else float("inf")


def find_bursts(
    counts: Mapping[str, int],
    rule: SpikeRule,
    *,
    history_start: datetime,
    evaluate_from: datetime,
    until: datetime,
) -> list[Burst]:
    """Bursts whose hours fall in [evaluate_from, until] (hours; `counts` keyed by hour_key).

    `history_start` is the first hour the workspace has any mention in: hours earlier than
    one baseline after it are not judged.
    """
    window = max(1, int(rule.baseline_hours))
    first_judged = max(floor_hour(evaluate_from), floor_hour(history_start) + window * HOUR)
    last = floor_hour(until)
    hourly = {parse_hour(key): value for key, value in counts.items() if value}
    running = sum(hourly.get(first_judged - (i + 1) * HOUR, 0) for i in range(window))
    bursts: list[Burst] = []
    current: _Open | None = None
    hour = first_judged
    while hour <= last:
        count = hourly.get(hour, 0)
        if current is not None:
            if _spikes(count, current.baseline, rule):
                current.add(hour, count)
            else:
                bursts.append(current.burst(window))
                current = None
        if current is None and _spikes(count, running / window, rule):
            current = _Open(hour, hour, count, count, hour, running / window)
        running += count - hourly.get(hour - window * HOUR, 0)
        hour += HOUR
    if current is not None:
        bursts.append(current.burst(window))
    return bursts


@dataclass
class _Open:
    """A burst still growing, judged against the baseline frozen at its start."""

    start: datetime
    end: datetime
    total: int
    peak: int
    peak_hour: datetime
    baseline: float

    def add(self, hour: datetime, count: int) -> None:
        self.end = hour
        self.total += count
        if count > self.peak:
            self.peak, self.peak_hour = count, hour

    def burst(self, window: int) -> Burst:
        return Burst(
            start=self.start,
            end=self.end,
            total=self.total,
            peak=self.peak,
            peak_hour=self.peak_hour,
            baseline_mean=self.baseline,
            baseline_hours=window,
        )


def _spikes(count: int, baseline: float, rule: SpikeRule) -> bool:
    return count > 0 and count >= rule.ratio * baseline and count - baseline >= rule.min_above
