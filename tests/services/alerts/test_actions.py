"""Acknowledge, snooze, open a case from an alert: who and when, and the list follows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.core import alert_vocab as vocab
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.services import alerts, cases, mentions
from tests.support.listening import NOW, add_stream, hours_ago


@pytest.fixture
def alert(workspace):
    alerts.save_thresholds(
        workspace, {k: {"enabled": k == vocab.INFLUENCER} for k in vocab.ALERT_KINDS}
    )
    add_stream(
        workspace,
        [
            {
                "posted_at": hours_ago(2),
                "text": "大V 爆料 钢丝",
                "sentiment": "neg",
                "followers": 500_000,
                "author": "大V",
            },
            {
                "posted_at": hours_ago(2, 30),
                "text": "跟帖",
                "sentiment": "neg",
                "followers": 200_000,
                "author": "二V",
            },
        ],
    )
    [raised] = alerts.evaluate(workspace, NOW).raised
    return raised


def test_acknowledge_records_who_and_when_and_leaves_the_open_list(workspace, alert):
    changes = alerts.acknowledge(workspace, alert.id, by="王经理")
    assert changes.alerts
    assert alerts.list_alerts(workspace) == []
    [done] = alerts.list_alerts(workspace, include_acknowledged=True)
    assert done.acknowledged_by == "王经理" and done.acknowledged_at
    assert not alerts.acknowledge(workspace, alert.id, by="别人")  # the first ack stays
    assert alerts.get_alert(workspace, alert.id).acknowledged_by == "王经理"


def test_snooze_hides_until_the_time_then_it_is_back(workspace, alert):
    alerts.snooze(workspace, alert.id, hours=2, by="小周", now=NOW)
    snoozed = alerts.get_alert(workspace, alert.id)
    assert snoozed.snoozed_by == "小周" and snoozed.snoozed_until == "2026-11-20T14:30:00Z"
    visible = alerts.list_alerts(workspace, include_snoozed=False, now="2026-11-20T13:00:00Z")
    assert visible == []
    later = alerts.list_alerts(workspace, include_snoozed=False, now="2026-11-20T15:00:00Z")
    assert [a.id for a in later] == [alert.id]
    with pytest.raises(UserError):
        alerts.snooze(workspace, alert.id, hours=0)


def test_an_alerts_mentions_open_in_the_log_and_a_case_opens_from_them(workspace, alert):
    shown = mentions.list_ids(workspace, MentionFilter(mention_ids=alert.mention_ids))
    assert sorted(shown) == alert.mention_ids
    result = alerts.open_case_from_alert(workspace, alert.id)
    assert result.cases and result.alerts and result.id
    case = cases.get_case(workspace, result.id)
    assert "大V/媒体负面" in case["title"]
    linked = [m["id"] for m in cases.linked_mentions(workspace, result.id)]
    assert sorted(linked) == alert.mention_ids
    after = alerts.get_alert(workspace, alert.id)
    assert after.case_id == result.id and after.acknowledged


def test_the_same_alert_is_not_raised_again_after_it_was_acknowledged(workspace, alert):
    alerts.acknowledge(workspace, alert.id)
    assert alerts.evaluate(workspace, NOW + timedelta(hours=1)).raised == []
    assert len(alerts.list_alerts(workspace, include_acknowledged=True)) == 1


def test_unknown_alert_and_bad_thresholds_are_refused(workspace):
    with pytest.raises(UserError, match="找不到预警"):
        alerts.acknowledge(workspace, 999)
    with pytest.raises(UserError, match="负数"):
        alerts.save_thresholds(workspace, {vocab.NEGATIVE_SPIKE: {"min_above": -1}})
    alerts.save_thresholds(workspace, {vocab.NEGATIVE_SPIKE: {"ratio": "3", "junk": 1}})
    limits = alerts.thresholds(workspace)
    assert (
        limits[vocab.NEGATIVE_SPIKE]["ratio"] == 3.0 and "junk" not in limits[vocab.NEGATIVE_SPIKE]
    )
