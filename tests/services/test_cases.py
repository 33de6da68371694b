"""Cases: create/edit with audit, linking mentions, severity, phases and the closing rule,
timeline automation, the clock, follow-up actions, the chart's data, reference cases."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.core.severity import level_rank
from desktop.services import cases
from desktop.services.reference_cases import reference_cases
from desktop.storage.mention_index import index_mentions
from tests.cases_helpers import CST, add_mentions, add_steel_wire_cluster


def kinds(workspace, case_id):
    return [e["kind"] for e in cases.timeline(workspace, case_id)]


def audit_actions(workspace, object_type="case"):
    return [
        r[0]
        for r in workspace.db.execute(
            "SELECT action FROM audit WHERE object_type = ? ORDER BY id", [object_type]
        )
    ]


@pytest.fixture
def case_id(workspace):
    return cases.create_case(
        workspace,
        title="徐汇店沙拉碗钢丝事件",
        scenario="food_safety",
        detected_at="2026-11-18T09:40:00+08:00",
    ).id


def test_create_records_detection_and_audit(workspace, case_id):
    case = cases.get_case(workspace, case_id)
    assert case["phase"] == "detected"
    assert case["created_by"] == workspace.user
    assert kinds(workspace, case_id) == ["detected"]
    assert "create" in audit_actions(workspace)


def test_create_refuses_blank_title_and_unknown_scenario(workspace):
    with pytest.raises(UserError):
        cases.create_case(workspace, title="  ")
    with pytest.raises(UserError, match="场景"):
        cases.create_case(workspace, title="x", scenario="alien")
    assert workspace.count("cases") == 0


def test_edit_audits_before_and_after_and_refuses_guarded_fields(workspace, case_id):
    changes = cases.update_case(workspace, case_id, owner="运营总监", scope_regions="上海")
    assert changes.cases and changes.case_ids == {case_id}
    row = workspace.db.execute(
        "SELECT before_json, after_json, user FROM audit WHERE action = 'edit' AND object_type = 'case'"
    ).fetchone()
    assert json.loads(row[1]) == {"owner": "运营总监", "scope_regions": "上海"}  # only what changed
    assert not cases.update_case(workspace, case_id, owner="运营总监")  # nothing changed
    assert json.loads(row[0])["owner"] == ""
    assert json.loads(row[1])["owner"] == "运营总监"
    assert row[2] == workspace.user
    with pytest.raises(UserError):
        cases.update_case(workspace, case_id, phase="closed")
    with pytest.raises(UserError):
        cases.update_case(workspace, case_id, severity="I")


def test_linking_mentions_recomputes_the_suggestion_and_stamps_the_timeline(workspace, case_id):
    few = add_mentions(workspace, 3)
    result = cases.link_mentions(workspace, case_id, few)
    assert result.linked == 3
    assert cases.get_case(workspace, case_id)["suggested_severity"] == "IV"
    crisis = add_steel_wire_cluster(workspace)
    result = cases.link_mentions(workspace, case_id, crisis + few)
    assert (result.linked, result.already) == (len(crisis), 3)
    case = cases.get_case(workspace, case_id)
    assert case["suggested_severity"] in ("II", "I")
    factors = cases.suggestion_of(case)["factors"]
    assert {f["key"] for f in factors} >= {"negative_volume", "reach", "sensitive_words"}
    assert kinds(workspace, case_id).count("mentions_linked") == 2
    assert workspace.count("mentions", "case_id = ?", [case_id]) == len(crisis) + 3


def test_linking_moves_mentions_from_another_case_and_unlinking_recomputes(workspace, case_id):
    other = cases.create_case(workspace, title="另一个案例").id
    ids = add_mentions(workspace, 60, every_minutes=1)
    cases.link_mentions(workspace, other, ids)
    result = cases.link_mentions(workspace, case_id, ids[:10])
    assert result.moved == 10
    assert workspace.count("mentions", "case_id = ?", [other]) == 50
    before = cases.get_case(workspace, other)["suggested_severity"]
    cases.unlink_mentions(workspace, other, ids[10:50])
    assert workspace.count("mentions", "case_id = ?", [other]) == 10
    after = cases.get_case(workspace, other)["suggested_severity"]
    assert level_rank(after) < level_rank(before)
    assert "unlink-mentions" in audit_actions(workspace)


def test_link_all_mentions_matching_a_search(workspace, case_id):
    add_steel_wire_cluster(workspace)
    add_mentions(workspace, 5, text="配送太慢", key_prefix="slow")
    index_mentions(workspace.db)
    result = cases.link_matching(workspace, case_id, MentionFilter(search="钢丝"))
    assert result.linked == workspace.count("mentions", "text LIKE '%钢丝%'")
    assert workspace.count("mentions", "case_id = ? AND text LIKE '%配送%'", [case_id]) == 0
    with pytest.raises(UserError, match="没有符合"):
        cases.link_matching(workspace, case_id, MentionFilter(search="不存在的词语"))


def test_set_severity_needs_a_reason_and_keeps_both_levels(workspace, case_id):
    cases.link_mentions(workspace, case_id, add_mentions(workspace, 3))
    with pytest.raises(UserError, match="理由"):
        cases.set_severity(workspace, case_id, "II", " ")
    cases.set_severity(workspace, case_id, "II", "涉及食品安全")
    case = cases.get_case(workspace, case_id)
    assert (case["severity"], case["suggested_severity"]) == ("II", "IV")
    assert case["severity_reason"] == "涉及食品安全"
    event = cases.timeline(workspace, case_id)[-1]
    assert event["kind"] == "severity_changed" and "系统建议 Ⅳ级" in event["text"]
    with pytest.raises(UserError):
        cases.set_severity(workspace, case_id, "V", "x")


def test_the_closing_rule_needs_root_cause_and_lessons(workspace, case_id):
    cases.set_phase(workspace, case_id, "review")
    with pytest.raises(UserError, match="根本原因、经验教训"):
        cases.set_phase(workspace, case_id, "closed")
    cases.save_review(workspace, case_id, root_cause="清洁球掉丝")
    with pytest.raises(UserError, match="经验教训"):
        cases.set_phase(workspace, case_id, "closed")
    assert cases.get_case(workspace, case_id)["phase"] == "review"
    cases.save_review(workspace, case_id, lessons="先暂停售卖再核查")
    cases.set_phase(workspace, case_id, "closed")
    case = cases.get_case(workspace, case_id)
    assert case["phase"] == "closed" and case["closed_at"]
    assert kinds(workspace, case_id).count("phase_changed") == 2
    cases.set_phase(workspace, case_id, "recovering")  # reopening clears the closing time
    assert cases.get_case(workspace, case_id)["closed_at"] is None


def test_manual_events_are_added_sorted_and_deletable_but_automatic_ones_are_not(
    workspace, case_id
):
    cases.add_event(workspace, case_id, "media_inquiry", "记者来电", at="2026-11-18T13:30:00+08:00")
    cases.add_event(workspace, case_id, "note", "早于发现的备注", at="2026-11-18T08:00:00+08:00")
    timeline = cases.timeline(workspace, case_id)
    assert [e["kind"] for e in timeline] == ["note", "detected", "media_inquiry"]
    assert [e["auto"] for e in timeline] == [0, 1, 0]
    with pytest.raises(UserError, match="时间格式"):
        cases.add_event(workspace, case_id, "note", "x", at="昨天下午")
    with pytest.raises(UserError):
        cases.add_event(workspace, case_id, "party", "x")
    auto = next(e for e in timeline if e["auto"])
    with pytest.raises(UserError, match="自动"):
        cases.delete_event(workspace, auto["id"])
    cases.delete_event(workspace, timeline[0]["id"])
    assert kinds(workspace, case_id) == ["detected", "media_inquiry"]


def test_the_clock_uses_the_set_level_and_the_first_holding_statement(workspace, case_id):
    now = datetime(2026, 11, 18, 10, 0, tzinfo=CST)
    case = cases.get_case(workspace, case_id)
    assert cases.case_clock_state(workspace, case, now=now).state == "none"  # no level yet
    cases.set_severity(workspace, case_id, "I", "媒体已介入")
    case = cases.get_case(workspace, case_id)
    state = cases.case_clock_state(workspace, case, now=now)
    assert (state.state, state.target_minutes, state.elapsed_minutes) == ("running", 30, 20)
    later = cases.case_clock_state(workspace, case, now=now + timedelta(minutes=30))
    assert later.state == "missed"
    cases.add_event(
        workspace, case_id, "holding_statement", "已发暂缓声明", at="2026-11-18T10:05:00+08:00"
    )
    state = cases.case_clock_state(workspace, case, now=now + timedelta(days=1))
    assert (state.state, state.elapsed_minutes) == ("met", 25)
    workspace.set_setting("case_response_targets", {"I": 20})
    assert cases.case_clock_state(workspace, case, now=now).state == "missed"


def test_case_list_puts_open_cases_first_and_filters(workspace, case_id):
    closed = cases.create_case(workspace, title="旧案例", scenario="outage").id
    cases.save_review(workspace, closed, root_cause="a", lessons="b")
    cases.set_phase(workspace, closed, "closed")
    newer = cases.create_case(workspace, title="新案例", scenario="rumour").id
    rows = cases.list_cases(workspace)
    assert [r["id"] for r in rows][-1] == closed
    assert {r["id"] for r in rows[:2]} == {case_id, newer}
    assert [r["id"] for r in cases.list_cases(workspace, search="钢丝")] == [case_id]
    assert [r["id"] for r in cases.list_cases(workspace, open_only=True)] == [newer, case_id]
    assert [r["id"] for r in cases.list_cases(workspace, scenario="rumour")] == [newer]
    cases.set_severity(workspace, newer, "III", "一般")
    assert [r["id"] for r in cases.list_cases(workspace, severities=["III"])] == [newer]
    assert rows[0]["clock"]["label"]


def test_follow_up_actions(workspace, case_id):
    action = cases.add_action(
        workspace, case_id, "更换清洁工具", owner="店长", due_date="2026-11-25"
    ).id
    cases.set_action_done(workspace, action)
    [row] = cases.follow_up_actions(workspace, case_id)
    assert row["owner"] == "店长" and row["done_at"]
    with pytest.raises(UserError):
        cases.add_action(workspace, case_id, " ")
    cases.delete_action(workspace, action)
    assert cases.follow_up_actions(workspace, case_id) == []


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


def test_reference_library_has_ten_cases_chinese_and_international(workspace):
    library = reference_cases()
    assert len(library) >= 10
    assert len({c["key"] for c in library}) == len(library)
    regions = " ".join(c["region"] for c in library)
    assert "中国" in regions and "国际" in regions
    for case in library:
        for key in ("title", "scenario", "what_happened", "what_was_done", "outcome"):
            assert case[key], (case["key"], key)
        assert case["lessons"]
    titles = " ".join(c["title"] for c in library)
    assert "美联航" in titles and "Equifax" in titles and "肯德基" in titles


def test_use_a_reference_case_as_template(workspace):
    case_id = cases.create_from_reference(workspace, "equifax-breach-2017").id
    case = cases.get_case(workspace, case_id)
    assert case["scenario"] == "data_leak"
    assert case["reference_key"] == "equifax-breach-2017"
    assert "Equifax" in case["summary"]
    with pytest.raises(UserError):
        cases.create_from_reference(workspace, "nope")


def test_delete_case_unlinks_its_mentions(workspace, case_id):
    ids = add_mentions(workspace, 3)
    cases.link_mentions(workspace, case_id, ids)
    cases.delete_case(workspace, case_id)
    assert workspace.count("cases") == 0
    assert workspace.count("mentions", "case_id IS NOT NULL") == 0
    assert workspace.count("case_events") == 0


def test_workspace_thresholds_and_targets_change_open_cases(workspace, case_id):
    cases.link_mentions(workspace, case_id, add_mentions(workspace, 3))
    assert cases.get_case(workspace, case_id)["suggested_severity"] == "IV"
    saved = cases.save_case_settings(
        workspace,
        thresholds={"negative_volume": [1, 2, 3], "level_scores": [1, 2, 3], "small_volume_cap": 1},
        targets={"I": 10, "II": 20, "III": 30, "IV": 40},
    )
    assert saved.count == 1 and saved.case_ids == {case_id}
    assert workspace.setting("case_thresholds")["negative_volume"] == [1, 2, 3]
    assert cases.thresholds(workspace).negative_volume == (1, 2, 3)
    assert cases.get_case(workspace, case_id)["suggested_severity"] == "I"
    assert cases.response_targets(workspace)["IV"] == 40
    audited = workspace.count(
        "audit",
        "action = 'set-setting' AND object_id IN ('case_thresholds', 'case_response_targets')",
    )
    assert audited == 2


def test_every_write_says_what_it_changed(workspace, case_id):
    created = cases.create_case(workspace, title="变更")
    assert created.cases and created.case_ids == {created.id}
    ids = add_mentions(workspace, 3)
    linked = cases.link_mentions(workspace, created.id, ids)
    assert linked.changes.case_ids == {created.id} and linked.changes.mention_ids == set(ids)
    again = cases.link_mentions(workspace, created.id, ids)  # nothing moved: no mention ids
    assert again.changes.mention_ids == set()
    event = cases.add_event(workspace, created.id, "note", "备注")
    assert event.id == cases.timeline(workspace, created.id)[-1]["id"]
    assert cases.set_phase(workspace, created.id, "assessing").case_ids == {created.id}
    assert not cases.set_phase(workspace, created.id, "assessing")  # already there
    unlinked = cases.unlink_mentions(workspace, created.id, ids[:1])
    assert unlinked.changes.mention_ids == {ids[0]}
    deleted = cases.delete_case(workspace, created.id)
    assert deleted.case_ids == {created.id} and deleted.mention_ids == set(ids[1:])
