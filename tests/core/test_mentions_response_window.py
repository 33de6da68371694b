"""The response window of negative mentions (default 2 hours)."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.core.response_window import format_duration, overdue_count, parse_time, response_state

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)  # 20:00 in +08:00


def state(**kw):
    base = dict(
        sentiment="neg",
        status="new",
        posted_at="2026-11-18T17:00:00+08:00",
        replied_at=None,
        now=NOW,
        window_hours=2,
    )
    base.update(kw)
    return response_state(**base)


def test_unanswered_negative_past_the_window_is_overdue() -> None:
    result = state()
    assert result.applies and result.overdue
    assert result.label() == "已过 3 小时"


def test_inside_the_window_is_not_overdue() -> None:
    assert not state(posted_at="2026-11-18T19:00:00+08:00").overdue


def test_answered_shows_time_to_reply_and_is_never_overdue() -> None:
    result = state(status="replied", replied_at="2026-11-18T17:40:00+08:00")
    assert not result.overdue and result.answered
    assert result.label() == "用时 40 分钟"


def test_to_reply_still_counts_as_unanswered() -> None:
    assert state(status="to_reply").overdue


def test_window_setting_is_respected() -> None:
    assert not state(window_hours=4).overdue


def test_positive_or_undated_mentions_do_not_apply() -> None:
    assert not state(sentiment="pos").applies
    assert not state(posted_at="not a date").applies


def test_format_duration() -> None:
    assert format_duration(59) == "0 分钟"
    assert format_duration(3600 * 2 + 300) == "2 小时 5 分"
    assert format_duration(86400 * 3 + 3600 * 4) == "3 天 4 小时"


def test_parse_time_treats_naive_as_utc_and_z() -> None:
    assert parse_time("2026-11-18T12:00:00") == NOW
    assert parse_time("2026-11-18T12:00:00Z") == NOW


def test_overdue_count() -> None:
    times = ["2026-11-18T17:00:00+08:00", "2026-11-18T19:30:00+08:00", "bad"]
    assert overdue_count(times, NOW, 2) == 1
