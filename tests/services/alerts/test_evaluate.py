"""Every alert kind, by post time, raised once per burst."""

from __future__ import annotations

from datetime import timedelta

from desktop.core import alert_vocab as vocab
from desktop.services import alerts, cases, watchlists
from tests.support.listening import NOW, add_stream, hours_ago, quiet_history


def kinds(workspace) -> list[str]:
    return [a.kind for a in alerts.list_alerts(workspace, include_acknowledged=True)]


def only(workspace, wanted: set[str] | None = None) -> None:
    """Switch off every kind but these (keeps each test about one kind)."""
    values = {kind: {"enabled": kind in (wanted or set())} for kind in vocab.ALERT_KINDS}
    alerts.save_thresholds(workspace, values)


def negatives(hours: float, count: int, **row) -> list[dict]:
    return [
        {
            "posted_at": hours_ago(hours, minutes=1 + i % 50),
            "text": f"太差了 {hours}-{i}",
            "sentiment": "neg",
            "status": "replied",
            **row,
        }
        for i in range(count)
    ]


def test_a_negative_spike_is_raised_once_with_its_reason_and_mentions(workspace):
    only(workspace, {vocab.NEGATIVE_SPIKE})
    add_stream(workspace, quiet_history(24, sentiment="neg", status="replied"))
    burst = add_stream(workspace, negatives(0, 9))
    first = alerts.evaluate(workspace, NOW)
    [alert] = first.raised
    assert alert.kind == vocab.NEGATIVE_SPIKE and first.changes.alerts
    assert set(burst) <= set(alert.mention_ids)
    assert (
        "9 条负面" in alert.reason and "9.0 倍" in alert.reason and "过去 12 小时" in alert.reason
    )
    again = alerts.evaluate(workspace, NOW + timedelta(minutes=5))
    assert again.raised == [] and kinds(workspace) == [vocab.NEGATIVE_SPIKE]


def test_a_late_import_widens_the_same_burst_instead_of_raising_another(workspace):
    only(workspace, {vocab.NEGATIVE_SPIKE})
    add_stream(workspace, quiet_history(24, sentiment="neg", status="replied"))
    add_stream(workspace, negatives(1, 9))
    [alert] = alerts.evaluate(workspace, NOW).raised
    # hours later a batch arrives with negatives posted in the hour before the burst
    late = add_stream(workspace, negatives(2, 8))
    result = alerts.evaluate(workspace, NOW + timedelta(hours=1))
    assert result.raised == [] and result.widened == 1
    [widened] = alerts.list_alerts(workspace)
    assert widened.id == alert.id and set(late) <= set(widened.mention_ids)
    assert widened.at < alert.at


def test_steady_negatives_and_unconfident_suggestions_raise_nothing(workspace):
    only(workspace, {vocab.NEGATIVE_SPIKE})
    add_stream(workspace, quiet_history(24, per_hour=8, sentiment="neg", status="replied"))
    add_stream(workspace, negatives(0, 9))  # 9 vs a baseline of 8: not a spike
    add_stream(workspace, negatives(0, 30, by="model", confidence=0.4))  # guesses don't count
    assert alerts.evaluate(workspace, NOW).raised == []
    confident = add_stream(workspace, negatives(0, 30, by="model", confidence=0.9))
    [alert] = alerts.evaluate(workspace, NOW).raised
    assert set(confident) <= set(alert.mention_ids) and "模型建议 30 条" in alert.reason


def test_a_watch_groups_volume_spike(workspace):
    only(workspace, {vocab.GROUP_SPIKE})
    group_id = watchlists.add_group(workspace, "充电宝", "充电宝").id
    add_stream(workspace, quiet_history(24))
    add_stream(workspace, [{"posted_at": hours_ago(24 - h), "text": "充电宝"} for h in range(20)])
    add_stream(
        workspace, [{"posted_at": hours_ago(0, i % 50), "text": "充电宝 着火"} for i in range(15)]
    )
    watchlists.rematch_group(workspace, group_id)
    [alert] = alerts.evaluate(workspace, NOW).raised
    assert alert.kind == vocab.GROUP_SPIKE and alert.group_id == group_id
    assert "监测组“充电宝”声量激增" in alert.reason and len(alert.mention_ids) == 15


def test_an_influencer_or_media_negative(workspace):
    only(workspace, {vocab.INFLUENCER})
    add_stream(
        workspace,
        [
            {"posted_at": hours_ago(3), "text": "小号吐槽", "sentiment": "neg", "followers": 50},
            {
                "posted_at": hours_ago(3),
                "text": "大V 爆料",
                "sentiment": "neg",
                "followers": 2_000_000,
                "author": "数码大V",
            },
            {
                "posted_at": hours_ago(5),
                "text": "媒体报道",
                "sentiment": "neg",
                "followers": 10,
                "author": "某某日报",
                "extra": {"认证类型": "媒体"},
            },
            {
                "posted_at": hours_ago(5),
                "text": "大V 夸奖",
                "sentiment": "pos",
                "followers": 3_000_000,
            },
            {
                "posted_at": hours_ago(6),
                "text": "普通号",
                "sentiment": "neg",
                "followers": 5,
                "extra": {"认证类型": "普通"},
            },
        ],
    )
    raised = alerts.evaluate(workspace, NOW).raised
    reasons = sorted(a.reason for a in raised)
    assert len(raised) == 2
    assert "数码大V（粉丝 2,000,000）" in reasons[0] + reasons[1]
    assert "某某日报（媒体/认证）" in reasons[0] + reasons[1]


def test_a_sensitive_word_hit(workspace):
    only(workspace, {vocab.SENSITIVE})
    [sensitive] = [g for g in watchlists.list_groups(workspace) if g.kind == "sensitive"]
    ids = add_stream(
        workspace,
        [
            {"posted_at": hours_ago(2), "text": "吃出异物，已经报警了"},
            {"posted_at": hours_ago(2), "text": "准备找律师"},
            {"posted_at": hours_ago(2), "text": "味道一般"},
        ],
    )
    watchlists.rematch_group(workspace, sensitive.id)
    [alert] = alerts.evaluate(workspace, NOW).raised
    assert alert.mention_ids == ids[:2] and alert.group_id == sensitive.id
    assert "2 条提及命中“敏感词”" in alert.reason and "报警" in alert.reason


def test_the_response_window_passed_counts_only_counted_negatives_and_not_twice(workspace):
    only(workspace, {vocab.RESPONSE_BREACH})
    late = add_stream(
        workspace,
        [
            {"posted_at": hours_ago(3), "text": "没人回", "sentiment": "neg", "status": "new"},
            {
                "posted_at": hours_ago(4),
                "text": "建议",
                "sentiment": "neg",
                "by": "model",
                "confidence": 0.8,
                "status": "to_reply",
            },
        ],
    )
    add_stream(
        workspace,
        [
            {"posted_at": hours_ago(3), "text": "已回复", "sentiment": "neg", "status": "replied"},
            {
                "posted_at": hours_ago(3),
                "text": "猜的",
                "sentiment": "neg",
                "by": "model",
                "confidence": 0.3,
            },
            {"posted_at": hours_ago(0), "text": "刚发的", "sentiment": "neg"},  # window not passed
            {"posted_at": hours_ago(3), "text": "表扬", "sentiment": "pos"},
        ],
    )
    [alert] = alerts.evaluate(workspace, NOW).raised
    assert sorted(alert.mention_ids) == sorted(late)
    assert "2 条负面（确认 1 条，模型建议 1 条）超过 2 小时" in alert.reason
    assert alerts.evaluate(workspace, NOW + timedelta(hours=1)).raised == []


def test_a_cases_clock_about_to_run_out(workspace):
    only(workspace, {vocab.CASE_CLOCK})
    ids = add_stream(
        workspace, [{"posted_at": hours_ago(0, 5), "text": "钢丝", "sentiment": "neg"}]
    )
    case_id = cases.open_case(workspace, title="钢丝事件", mention_ids=ids).case_id
    cases.set_severity(workspace, case_id, "I", "测试")
    # detected 12:05, level I: 30 minutes → deadline 12:35; at 12:25 ten minutes are left
    assert alerts.evaluate(workspace, NOW - timedelta(minutes=20)).raised == []
    [alert] = alerts.evaluate(workspace, NOW - timedelta(minutes=5)).raised
    assert alert.kind == vocab.CASE_CLOCK and alert.case_id == case_id and alert.mention_ids == ids
    assert "离响应时限还剩 10 分钟" in alert.reason
    [missed] = alerts.evaluate(workspace, NOW + timedelta(minutes=20)).raised
    assert "已超过响应时限 15 分钟" in missed.reason
    assert alerts.evaluate(workspace, NOW + timedelta(minutes=25)).raised == []


def test_reasons_read_in_english_for_an_english_workspace(workspace):
    only(workspace, {vocab.NEGATIVE_SPIKE})
    add_stream(workspace, quiet_history(24, sentiment="neg", status="replied"))
    add_stream(workspace, negatives(0, 9))
    [alert] = alerts.evaluate(workspace, NOW).raised
    assert alerts.reason_of(alert, "en").startswith("Negative spike: 9 negatives in 1 h")


def test_sensitive_hits_in_following_hours_are_one_alert_until_acknowledged(workspace):
    only(workspace, {vocab.SENSITIVE})
    [sensitive] = [g for g in watchlists.list_groups(workspace) if g.kind == "sensitive"]
    add_stream(workspace, [{"posted_at": hours_ago(3), "text": "准备找律师"}])
    add_stream(workspace, [{"posted_at": hours_ago(2), "text": "已经报警"}])
    watchlists.rematch_group(workspace, sensitive.id)
    [alert] = alerts.evaluate(workspace, NOW).raised
    assert len(alert.mention_ids) == 2 and alert.window_end > alert.at
    quiet = alerts.evaluate(workspace, NOW)
    assert quiet.raised == [] and quiet.widened == 0  # nothing new: nothing touched
    alerts.acknowledge(workspace, alert.id)
    add_stream(workspace, [{"posted_at": hours_ago(1), "text": "要曝光你们"}])
    watchlists.rematch_group(workspace, sensitive.id)
    [fresh] = alerts.evaluate(workspace, NOW).raised
    assert fresh.id != alert.id and len(fresh.mention_ids) == 1


def test_a_late_hit_in_an_acknowledged_hour_is_a_new_alert(workspace):
    only(workspace, {vocab.INFLUENCER})
    row = {"sentiment": "neg", "followers": 900_000}
    add_stream(workspace, [{"posted_at": hours_ago(2, 5), "text": "爆料", **row}])
    [first] = alerts.evaluate(workspace, NOW).raised
    alerts.acknowledge(workspace, first.id)
    late = add_stream(workspace, [{"posted_at": hours_ago(2, 40), "text": "跟进", **row}])
    [second] = alerts.evaluate(workspace, NOW).raised
    assert second.mention_ids == late and second.at == first.at
    assert alerts.evaluate(workspace, NOW).raised == []


def test_media_and_verified_columns_are_read_with_care():
    from desktop.services.alerts import is_media

    assert is_media({"认证类型": "蓝V"}) and is_media({"是否认证": "是"})
    assert is_media({"媒体类型": "新闻"}) and is_media({"verified": "true"})
    assert not is_media({"认证类型": "普通用户"}) and not is_media({"是否认证": "否"})
    assert not is_media({"媒体类型": "微博"})  # a platform, not a media outlet
    assert not is_media({"地区": "上海"}) and not is_media({"认证": ""})


def test_more_unanswered_negatives_grow_the_open_alert_or_raise_a_new_one_after_ack(workspace):
    only(workspace, {vocab.RESPONSE_BREACH})
    row = {"sentiment": "neg", "status": "new"}
    add_stream(workspace, [{"posted_at": hours_ago(5), "text": "一", **row}])
    [alert] = alerts.evaluate(workspace, NOW).raised
    add_stream(workspace, [{"posted_at": hours_ago(4), "text": "二", **row}])
    grown = alerts.evaluate(workspace, NOW + timedelta(hours=1))
    assert grown.raised == [] and grown.widened == 1
    assert len(alerts.get_alert(workspace, alert.id).mention_ids) == 2
    assert "2 条负面（确认 2 条" in alerts.get_alert(workspace, alert.id).reason
    alerts.acknowledge(workspace, alert.id)
    third = add_stream(workspace, [{"posted_at": hours_ago(3), "text": "三", **row}])
    [fresh] = alerts.evaluate(workspace, NOW + timedelta(hours=2)).raised
    assert fresh.mention_ids == third


def test_an_import_of_last_months_posts_evaluates_only_the_clock_kinds(tmp_path, workspace):
    """A late export whose posts are all older than the lookback window cannot start a
    burst or a hit there; an import of recent posts still raises its alerts at once."""
    from datetime import UTC, datetime, timedelta

    from desktop.services import alerts, importing, watchlists

    watchlists.add_group(workspace, "敏感", "报警", kind="sensitive")
    header = "平台,作者,发布时间,内容,链接\n"
    old = (datetime.now(UTC) - timedelta(days=30)).strftime("%Y-%m-%d %H:%M")
    sheet = tmp_path / "old.csv"
    sheet.write_text(header + f"微博,a,{old},已经报警了,http://x/1\n", encoding="utf-8")
    importing.import_file(workspace.path, sheet, user="t", backup=False)
    assert [a for a in alerts.list_alerts(workspace) if a.kind == "sensitive"] == []
    recent = (datetime.now(UTC) - timedelta(hours=3)).strftime("%Y-%m-%d %H:%M")
    sheet = tmp_path / "recent.csv"
    sheet.write_text(header + f"微博,b,{recent},我也报警了,http://x/2\n", encoding="utf-8")
    importing.import_file(workspace.path, sheet, user="t", backup=False)
    raised = [a for a in alerts.list_alerts(workspace) if a.kind == "sensitive"]
    assert raised and all(a.at >= recent[:10] for a in raised)  # the recent post only
