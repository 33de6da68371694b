"""The compressed clock: drill time from injected wall moments, never a sleep."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.drill_clock import DrillClock, format_offset

WALL = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
EPOCH = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def test_five_wall_minutes_are_an_hour_at_speed_12() -> None:
    clock = DrillClock.start(EPOCH, 12, WALL)
    assert clock.offset_minutes(WALL + timedelta(minutes=5)) == 60
    assert clock.drill_time(WALL + timedelta(minutes=5)) == EPOCH + timedelta(hours=1)


def test_a_paused_drill_stands_still_and_resumes_where_it_stopped() -> None:
    clock = DrillClock.start(EPOCH, 12, WALL).pause(WALL + timedelta(minutes=1))
    assert clock.paused
    assert clock.offset_minutes(WALL + timedelta(minutes=30)) == 12
    assert clock.wall_until(30, WALL + timedelta(minutes=30)) is None
    clock = clock.resume(WALL + timedelta(minutes=30))
    assert clock.offset_minutes(WALL + timedelta(minutes=31)) == 24


def test_jumping_to_the_next_inject_skips_ahead_never_back() -> None:
    clock = DrillClock.start(EPOCH, 12, WALL)
    jumped = clock.jump_to(45, WALL + timedelta(minutes=1))
    assert jumped.offset_minutes(WALL + timedelta(minutes=1)) == 45
    assert (
        jumped.jump_to(10, WALL + timedelta(minutes=1)).offset_minutes(WALL + timedelta(minutes=1))
        == 45
    )


def test_a_moment_written_earlier_reads_back_in_the_drill_time_of_then() -> None:
    clock = DrillClock.start(EPOCH, 12, WALL).jump_to(60, WALL + timedelta(minutes=2))
    # a statement drafted at wall +1 min, before the jump: drill minute 12
    assert clock.offset_minutes(WALL + timedelta(minutes=1)) == 12
    assert clock.offset_minutes(WALL + timedelta(minutes=3)) == 72


def test_wall_time_until_an_inject() -> None:
    clock = DrillClock.start(EPOCH, 12, WALL)
    assert clock.wall_until(60, WALL) == timedelta(minutes=5)
    assert clock.wall_until(0, WALL + timedelta(minutes=1)) == timedelta(0)


def test_the_clock_survives_being_stored() -> None:
    clock = DrillClock.start(EPOCH, 30, WALL).pause(WALL + timedelta(seconds=20))
    again = DrillClock.from_dict(clock.as_dict())
    assert again == clock


def test_a_speed_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError):
        DrillClock.start(EPOCH, 0.5, WALL)


def test_offset_as_the_console_shows_it() -> None:
    assert format_offset(65.9) == "T+1:05"
    assert format_offset(-3) == "T+0:00"
