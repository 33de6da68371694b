"""The dashboard's figures on a workspace with known mentions, and the promise behind every
number: the mention log filtered by its filter shows exactly that many rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.core.errors import UserError
from desktop.core.mention_filter import NOT_SET
from desktop.services import mentions, overview, watchlists
from desktop.storage.workspace import Workspace
from tests.support.overview import NOW, add_known_mentions

TODAY = date(2026, 12, 3)


@pytest.fixture
def known(workspace: Workspace) -> Workspace:
    workspace.set_setting("timezone", "UTC+08:00")
    add_known_mentions(workspace)
    return workspace


def _every_figure(board: overview.Dashboard) -> list[overview.Figure]:
    c = board.cards
    figures = [c.total, c.neg_confirmed, c.neg_suggested, c.negative]
    figures += [c.overdue_confirmed, c.overdue_suggested, *board.issue_types]
    figures += [a.figure for a in board.authors]
    response = board.response
    if response.overall:
        figures += [response.overall.figure]
    figures += [s.figure for s in (*response.by_platform, *response.by_owner)]
    figures += [case.figure for case in board.cases]
    return [f for f in figures if f.filter is not None]


def test_cards_count_confirmed_and_suggested_negatives_apart(known: Workspace) -> None:
    board = overview.dashboard(known, overview.range_period("today", TODAY), NOW)
    assert board.cards.total.value == 10
    assert board.cards.categories == {
        "neg_confirmed": 3,
        "neg_suggested": 2,  # 0.9 and 0.75; the 0.4 guess is not counted
        "neu": 1,
        "pos": 2,
        "other": 2,  # the guess and the unknown one
    }
    assert board.cards.negative.value == 5
    assert board.cards.negative_share == pytest.approx(0.5)


def test_unanswered_past_the_workspace_window_not_everything_new(known: Workspace) -> None:
    board = overview.dashboard(known, overview.range_period("today", TODAY), NOW)
    # 2 h window at 20:00: 10:30 today and ten days ago (confirmed), 11:00 (suggested);
    # 19:30 is still inside the window, praise and neutral "new" ones are not counted
    assert (board.cards.overdue_confirmed.value, board.cards.overdue_suggested.value) == (2, 1)
    mentions.set_response_window_hours(known, 9.0)  # before 11:00: only 10:30 and the old one
    board = overview.dashboard(known, overview.range_period("today", TODAY), NOW)
    assert board.cards.window_hours == 9.0
    assert (board.cards.overdue_confirmed.value, board.cards.overdue_suggested.value) == (2, 0)
    mentions.set_response_window_hours(known, 10.0)
    board = overview.dashboard(known, overview.range_period("today", TODAY), NOW)
    assert board.cards.overdue_confirmed.value == 1


def test_volume_per_hour_today_and_per_day_for_a_week(known: Workspace) -> None:
    today = overview.dashboard(known, overview.range_period("today", TODAY), NOW).volume
    assert len(today.buckets) == 24 and today.buckets[9] == "2026-12-03T09"
    assert today.series["neg_confirmed"][10] == 2  # 10:00 and 10:30
    assert today.series["neg_suggested"][19] == 1
    week = overview.dashboard(known, overview.range_period("7d", TODAY), NOW).volume
    assert week.buckets[-1] == "2026-12-03" and len(week.buckets) == 7
    assert week.series["neg_confirmed"][-2:] == [2, 3]
    assert week.total == 13
    for index in range(len(week.buckets)):
        for category in overview.CATEGORIES:
            expected = week.value(index, category)
            assert mentions.count(known, week.filter_for(index, category)) == expected
    for index in (9, 10, 19):
        for category in overview.CATEGORIES:
            assert mentions.count(known, today.filter_for(index, category)) == today.value(
                index, category
            )


def test_top_issue_types_authors_and_response_times(known: Workspace) -> None:
    board = overview.dashboard(known, overview.range_period("today", TODAY), NOW)
    assert [(f.label, f.value) for f in board.issue_types] == [("delivery", 3), ("food_safety", 2)]
    assert board.authors[0].author.author == "大V"
    assert board.authors[0].author.followers == 500_000
    overall = board.response.overall
    assert overall is not None and overall.figure.value == 3
    assert (overall.median_minutes, overall.p90_minutes) == pytest.approx((30, 90))
    by_platform = {
        s.key: (s.figure.value, round(s.median_minutes)) for s in board.response.by_platform
    }
    assert by_platform == {"微博": (2, 10), "抖音": (1, 90)}


def test_every_number_equals_the_rows_of_the_log_it_opens(known: Workspace) -> None:
    for kind in ("today", "7d", "30d"):
        board = overview.dashboard(known, overview.range_period(kind, TODAY), NOW)
        for figure in _every_figure(board):
            assert mentions.count(known, figure.filter) == figure.value, figure


def test_demo_numbers_equal_their_filtered_log(demo_workspace: Workspace) -> None:
    board = overview.dashboard(
        demo_workspace, overview.range_period("30d", overview.today(demo_workspace))
    )
    assert board.cards.total.value > 0
    for figure in _every_figure(board):
        assert mentions.count(demo_workspace, figure.filter) == figure.value, figure


def test_month_by_month_negatives_by_issue_type(known: Workspace) -> None:
    trend = overview.dashboard(known, overview.range_period("today", TODAY), NOW).trend
    assert trend.months[-1] == "2026-12" and len(trend.months) == 12
    assert trend.by_issue_type["delivery"][-1] == 3
    assert trend.by_issue_type["price_refund"][-2:] == [1, 0]  # 11-23
    assert mentions.count(known, trend.filter_for("delivery", 11)) == 3


def test_watch_groups_count_what_their_filter_opens(known: Workspace) -> None:
    watchlists.add_group(known, "送餐", "送餐 OR 舆情")
    board = overview.dashboard(known, overview.range_period("7d", TODAY), NOW)
    groups = {f.label: f for f in board.watch_groups or []}
    assert groups["送餐"].value == 13  # every mention of the week says 舆情 or 送餐
    assert mentions.count(known, groups["送餐"].filter) == 13
    trend = overview.dashboard(known, overview.range_period("today", TODAY), NOW).trend
    # month by month the trend counts negatives (confirmed + confident suggestions): 5 + 2
    assert trend.by_group is not None and trend.by_group["送餐"][-1] == 7
    assert mentions.count(known, trend.filter_for("送餐", 11, group=True)) == 7


def test_a_new_workspace_is_empty_and_panels_say_nothing_is_set_up(workspace: Workspace) -> None:
    assert overview.is_empty(workspace)
    board = overview.dashboard(workspace, overview.range_period("7d", TODAY), NOW)
    assert board.cards.total.value == 0 and board.response.overall is None
    assert all(f.value == 0 for f in board.watch_groups or [])


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("2026/12/1", date(2026, 12, 1)),
        ("2026年12月1日", date(2026, 12, 1)),
        ("12月1日", date(2026, 12, 1)),
        ("昨天", date(2026, 12, 2)),
    ],
)
def test_dates_as_users_type_them(typed: str, expected: date) -> None:
    assert overview.parse_user_date(typed, TODAY) == expected


def test_a_bad_date_or_range_is_refused_in_words() -> None:
    with pytest.raises(UserError, match="看不懂这个日期"):
        overview.parse_user_date("下周三", TODAY)
    with pytest.raises(UserError, match="早于开始日期"):
        overview.range_period("custom", TODAY, date(2026, 12, 3), date(2026, 12, 1))


def test_report_periods() -> None:
    assert overview.report_period("daily", TODAY).label() == "2026-12-02"
    weekly = overview.report_period("weekly", TODAY, day=TODAY)
    assert (weekly.start, weekly.end) == (date(2026, 11, 27), TODAY)
    assert weekly.previous().end == date(2026, 11, 26)


def test_alerts_open_their_mentions_and_a_report_counts_the_unacknowledged(
    known: Workspace,
) -> None:
    from desktop.core import alert_vocab
    from desktop.services import alerts, reports

    alerts.save_thresholds(
        known, {k: {"enabled": k == alert_vocab.INFLUENCER} for k in alert_vocab.ALERT_KINDS}
    )
    raised = alerts.evaluate(known, NOW).raised
    assert raised, "the 500k-follower negative raises an influencer alert"
    board = overview.dashboard(known, overview.range_period("today", TODAY), NOW)
    assert board.alerts is not None and board.alerts[0].figure.value >= 1
    for line in board.alerts:
        assert mentions.count(known, line.figure.filter) == line.figure.value
    period = reports.period_for(known, "daily", day="2026-12-03", now=NOW)
    data = reports.report_data(known, "daily", period, now=NOW)
    assert data.unacknowledged_alerts == len(raised)
    assert any("条预警尚未确认" in text for text in data.recommendations)
    assert any(m.kind == "alert" for m in board.volume.markers)


def test_rows_without_an_owner_or_an_issue_type_open_exactly_those(known: Workspace) -> None:
    """无负责人 and 未分类 are numbers too: they open the log on the mentions with none."""
    board = overview.dashboard(known, overview.range_period("30d", TODAY), NOW)
    for row in [*board.response.by_owner, *board.response.by_platform]:
        assert row.figure.filter is not None, row
        assert mentions.count(known, row.figure.filter) == row.figure.value, row
    overall = board.response.overall
    no_owner = replace(overall.figure.filter, owner=NOT_SET)
    with_an_owner = sum(row.figure.value for row in board.response.by_owner if row.key)
    assert mentions.count(known, no_owner) == overall.figure.value - with_an_owner
    trend = board.trend
    assert "" in trend.by_issue_type  # negatives nobody filed under an issue type
    unclassified = sum(trend.by_issue_type[""])
    assert mentions.count(known, trend.filters[""]) == unclassified > 0
