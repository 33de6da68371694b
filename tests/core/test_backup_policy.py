from datetime import datetime, timedelta

from desktop.core.backup_policy import RetentionPolicy, backups_to_keep

NOW = datetime(2026, 11, 21, 12, 0, 0)


def test_keeps_everything_from_the_last_48_hours() -> None:
    recent = [NOW - timedelta(minutes=30 * i) for i in range(96)]
    assert backups_to_keep(recent, NOW) == set(recent)


def test_older_backups_thin_out_to_one_per_day_week_and_month() -> None:
    hourly_for_a_year = [NOW - timedelta(hours=h) for h in range(0, 24 * 365, 6)]
    kept = backups_to_keep(hourly_for_a_year, NOW, RetentionPolicy(48, 12, 10, 9))
    older = sorted((t for t in kept if t < NOW - timedelta(hours=48)), reverse=True)
    days = {t.date() for t in older}
    assert len(older) == len(days), "at most one backup per day beyond 48 h"
    months = {(t.year, t.month) for t in older}
    assert len(months) >= 9
    assert len(kept) < 8 + 12 + 10 + 9 + 5
    # The newest backup of each of the 12 most recent days is kept.
    newest_per_day = {}
    for t in hourly_for_a_year:
        if t < NOW - timedelta(hours=48):
            newest_per_day.setdefault(t.date(), t)
            newest_per_day[t.date()] = max(newest_per_day[t.date()], t)
    for day in sorted(newest_per_day, reverse=True)[:12]:
        assert newest_per_day[day] in kept


def test_empty_list_keeps_nothing() -> None:
    assert backups_to_keep([], NOW) == set()
