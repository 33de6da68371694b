"""The response window: a negative mention should be answered within N hours of posting.

Negative posts spread most in the first 1–2 hours (DESIGN.md §1), so each negative mention
shows the time since it was posted against the workspace's window, and is flagged when the
window has passed while it is still unanswered (status new or to_reply).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.core.triage_vocab import BY_MODEL, counts_as

DEFAULT_WINDOW_HOURS = 2.0
UNANSWERED = frozenset({"new", "to_reply"})


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 time as an aware datetime (naive times count as UTC); None if unreadable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def format_duration(seconds: float) -> str:
    """3 分钟 · 2 小时 5 分 · 3 天 4 小时 (Chinese, compact)."""
    return compact_minutes(max(0, int(seconds // 60)))


def compact_minutes(minutes: int, *, days_from_hours: int = 24, zero_hours: bool = False) -> str:
    """Minutes as 分钟 / 小时 分 / 天 小时: days only from `days_from_hours` on, and
    `zero_hours` keeps "0 小时" after whole days (the case clock's style)."""
    if minutes < 60:
        return f"{minutes} 分钟"
    hours, minutes = divmod(minutes, 60)
    if hours < days_from_hours:
        return f"{hours} 小时 {minutes} 分" if minutes else f"{hours} 小时"
    days, hours = divmod(hours, 24)
    return f"{days} 天 {hours} 小时" if hours or zero_hours else f"{days} 天"


@dataclass(frozen=True)
class ResponseState:
    applies: bool  # a negative mention with a readable time
    overdue: bool  # past the window and still unanswered
    answered: bool
    elapsed_seconds: float  # since posted (to now, or to the reply when answered)
    window_hours: float
    suggested: bool = False  # counted on the model's confident suggestion, not a person's word

    def label(self) -> str:
        if not self.applies:
            return ""
        elapsed = format_duration(self.elapsed_seconds)
        if self.answered:
            return f"用时 {elapsed}"
        return f"已过 {elapsed}"


def response_state(
    *,
    sentiment: str,
    status: str,
    posted_at: str | None,
    replied_at: str | None,
    now: datetime,
    window_hours: float = DEFAULT_WINDOW_HOURS,
    sentiment_by: str | None = None,
    confidence: float | None = None,
) -> ResponseState:
    """The clock of a negative mention. With `sentiment_by` given, the counting rule of
    core/triage_vocab decides what is negative: a person's or the sheet's value, or a model
    suggestion confident enough (the state says it is `suggested`); a weak guess has no
    clock. Without it (older callers) the stored sentiment alone decides."""
    posted = parse_time(posted_at)
    counted = sentiment == "neg" and (
        sentiment_by is None or counts_as(sentiment, sentiment_by, confidence, "neg")
    )
    if not counted or posted is None:
        return ResponseState(False, False, False, 0.0, window_hours)
    suggested = sentiment_by == BY_MODEL
    answered = status not in UNANSWERED
    replied = parse_time(replied_at) if answered else None
    end = replied or now
    elapsed = max(0.0, (end - posted).total_seconds())
    overdue = not answered and elapsed > window_hours * 3600
    return ResponseState(True, overdue, answered, elapsed, window_hours, suggested)


def overdue_count(posted_times: list[str], now: datetime, window_hours: float) -> int:
    limit = window_hours * 3600
    count = 0
    for value in posted_times:
        posted = parse_time(value)
        if posted is not None and (now - posted).total_seconds() > limit:
            count += 1
    return count
