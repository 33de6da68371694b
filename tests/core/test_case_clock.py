"""The response clock: detection → first holding statement, against the level's target."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desktop.core import case_clock

CST = timezone(timedelta(hours=8))
DETECTED = datetime(2026, 11, 18, 9, 40, tzinfo=CST)


def test_default_targets_by_level():
    assert case_clock.targets() == {"I": 30, "II": 60, "III": 120, "IV": 240}


def test_settings_override_targets_and_bad_values_are_ignored():
    targets = case_clock.targets({"I": 15, "II": "x", "III": -5, "V": 3})
    assert targets == {"I": 15, "II": 60, "III": 120, "IV": 240}
    assert case_clock.target_minutes("I", {"I": 15}) == 15
    assert case_clock.target_minutes("I", {"I": 15}, case_override=45) == 45


def test_running_until_the_target_then_missed():
    running = case_clock.clock(DETECTED, None, 60, DETECTED + timedelta(minutes=20))
    assert running.state == "running"
    assert running.elapsed_minutes == 20
    assert running.deadline == DETECTED + timedelta(minutes=60)
    missed = case_clock.clock(DETECTED, None, 60, DETECTED + timedelta(minutes=61))
    assert missed.state == "missed"
    assert "已超时" in missed.label()


def test_met_or_missed_once_the_holding_statement_is_out():
    met = case_clock.clock(
        DETECTED, DETECTED + timedelta(minutes=25), 30, DETECTED + timedelta(days=3)
    )
    assert (met.state, met.elapsed_minutes) == ("met", 25)
    late = case_clock.clock(DETECTED, DETECTED + timedelta(minutes=31), 30, DETECTED)
    assert late.state == "missed"


def test_no_level_means_no_clock():
    state = case_clock.clock(DETECTED, None, None, DETECTED)
    assert state.state == "none"
    assert state.label() == "未定级"


def test_naive_and_aware_times_are_compared_without_error():
    naive_now = datetime(2026, 11, 18, 10, 0)
    state = case_clock.clock(DETECTED, None, 240, naive_now)
    assert state.state == "running"
    assert state.as_dict()["detected_at"].startswith("2026-11-18T09:40")


def test_format_minutes():
    assert case_clock.format_minutes(45) == "45 分钟"
    assert case_clock.format_minutes(90) == "1 小时 30 分"
    assert case_clock.format_minutes(60 * 50) == "2 天 2 小时"


def test_report_colours_match_the_theme():
    from desktop.core.case_vocab import SENTIMENT_HEX, SEVERITY_HEX
    from desktop.printing.chart import SENTIMENT_COLOURS
    from desktop.ui.theme import SEVERITY_COLOURS

    assert {k: v.name() for k, v in SEVERITY_COLOURS.items()} == SEVERITY_HEX
    assert {k: v.name() for k, v in SENTIMENT_COLOURS.items()} == SENTIMENT_HEX
