"""services/cases/chart: linked mentions per hour or day by sentiment, actions as markers."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.services import cases
from tests.support.cases import CST, add_mentions


def test_chart_data_buckets_by_hour_and_sentiment_with_action_markers(workspace, case_id):
    start = datetime(2026, 11, 18, 9, 0, tzinfo=CST)
    add_mentions(workspace, 6, start=start, every_minutes=10)  # 09:00–09:50 neg
    add_mentions(workspace, 2, start=start + timedelta(hours=2), sentiment="pos", key_prefix="p")
    cases.link_mentions(workspace, case_id, list(range(1, 9)))
    cases.add_event(
        workspace, case_id, "holding_statement", "暂缓声明", at="2026-11-18T10:30:00+08:00"
    )
    cases.add_event(workspace, case_id, "note", "不是动作", at="2026-11-18T10:40:00+08:00")
    data = cases.volume_series(workspace, case_id)
    assert data.bucket == "hour"
    assert [s.hour for s in data.starts] == [9, 10, 11]
    assert data.series["neg"] == [6, 0, 0]
    assert data.series["pos"] == [0, 0, 2]
    assert data.total == 8
    assert [m["kind"] for m in data.markers] == ["holding_statement"]
    assert data.markers[0]["at"].hour == 10
    assert data.as_dict()["markers"][0]["at"].startswith("2026-11-18T10:30")


def test_chart_data_is_daily_over_long_spans_and_empty_without_mentions(workspace, case_id):
    assert cases.volume_series(workspace, case_id).starts == []
    add_mentions(workspace, 10, every_minutes=60 * 24)  # ten days
    cases.link_mentions(workspace, case_id, list(range(1, 11)))
    data = cases.volume_series(workspace, case_id)
    assert data.bucket == "day"
    assert len(data.starts) == 10 and data.series["neg"] == [1] * 10
