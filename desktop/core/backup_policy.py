"""Which backups to keep: recent ones densely, older ones thinning out (the Anki scheme)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetentionPolicy:
    keep_all_hours: int = 48
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def backups_to_keep(
    taken_at: Iterable[datetime], now: datetime, policy: RetentionPolicy | None = None
) -> set[datetime]:
    """Every backup of the last hours, then the newest of each day, week and month."""
    policy = policy or RetentionPolicy()
    stamps = sorted(set(taken_at), reverse=True)
    keep: set[datetime] = set()
    recent_cutoff = now - timedelta(hours=policy.keep_all_hours)
    keep.update(t for t in stamps if t >= recent_cutoff)
    older = [t for t in stamps if t < recent_cutoff]

    def newest_per(bucket_of: Callable[[datetime], Hashable], limit: int) -> None:
        seen: list[Hashable] = []
        for stamp in older:
            bucket = bucket_of(stamp)
            if bucket in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(bucket)
            keep.add(stamp)

    newest_per(lambda t: t.date(), policy.daily)
    newest_per(lambda t: t.isocalendar()[:2], policy.weekly)
    newest_per(lambda t: (t.year, t.month), policy.monthly)
    return keep
