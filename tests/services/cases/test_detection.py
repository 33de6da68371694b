"""The detection time (the response clock's start): a case opened from mentions is detected
when the earliest of them was posted; an earlier mention linked later moves it; a manual edit
needs a reason and a real time; the clock and the 专报 count from it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.services import cases
from desktop.services.cases import report
from desktop.storage.mention_index import index_mentions
from tests.support.cases import CST, add_mentions, audit_actions


def _complaints(workspace):
    """26 complaints dated 11-03 … 11-20 (about one every 16 hours), in reverse order."""
    start = datetime(2026, 11, 3, 10, 0, tzinfo=CST)
    ids = add_mentions(workspace, 26, start=start, every_minutes=17 * 24 * 60 / 25)
    return list(reversed(ids))


def test_26_complaints_from_11_03_to_11_20_start_the_clock_on_11_03(workspace):
    ids = _complaints(workspace)
    posted = [
        workspace.db.execute("SELECT posted_at FROM mentions WHERE id = ?", [i]).fetchone()[0]
        for i in ids
    ]
    assert min(posted).startswith("2026-11-03") and max(posted).startswith("2026-11-20")
    result = cases.open_case(workspace, title="外卖漏送投诉", mention_ids=ids)
    case = cases.get_case(workspace, result.case_id)
    assert case["detected_at"] == "2026-11-03T10:00:00+08:00"
    assert result.linked == 26
    cases.set_severity(workspace, result.case_id, "III", "投诉持续两周")
    now = datetime(2026, 11, 20, 12, 0, tzinfo=CST)
    clock = cases.case_clock_state(workspace, cases.get_case(workspace, result.case_id), now=now)
    assert clock.state == "missed"
    assert clock.elapsed_minutes == (now - datetime(2026, 11, 3, 10, 0, tzinfo=CST)) // timedelta(
        minutes=1
    )
    assert "0 分钟" not in clock.label()
    detected = cases.timeline(workspace, result.case_id)[0]
    assert detected["kind"] == "detected" and detected["at"] == case["detected_at"]
    assert "最早关联舆情" in detected["text"]
    # a holding statement on 11-20 answered 17 days late, not "已达标 0 分钟"; the 专报 agrees
    cases.add_event(
        workspace, result.case_id, "holding_statement", "暂缓声明", at="2026-11-20T10:00:00+08:00"
    )
    clock = cases.case_clock_state(workspace, cases.get_case(workspace, result.case_id), now=now)
    assert clock.state == "missed" and clock.elapsed_minutes == 17 * 24 * 60
    data = report.report_data(workspace, result.case_id)
    html = report.report_html(data)
    assert "2026-11-03 10:00" in html
    assert data.clock["detected_at"] == "2026-11-03T10:00:00+08:00"
    assert data.clock["label"].startswith("已超时") and data.clock["label"] in html


def test_opening_from_a_search_links_every_match(workspace):
    add_mentions(workspace, 5, text="漏送餐", start=datetime(2026, 11, 5, 8, 0, tzinfo=CST))
    add_mentions(workspace, 3, text="别的事情", key_prefix="x")
    index_mentions(workspace.db)
    result = cases.open_case_matching(
        workspace, title="漏送", mention_filter=MentionFilter(search="漏送")
    )
    assert result.linked == 5
    assert cases.get_case(workspace, result.case_id)["detected_at"] == "2026-11-05T08:00:00+08:00"
    with pytest.raises(UserError):
        cases.open_case_matching(
            workspace, title="无", mention_filter=MentionFilter(search="不存在的词")
        )
    with pytest.raises(UserError):
        cases.open_case(workspace, title="空", mention_ids=[])


def test_an_earlier_mention_moves_detection_earlier_and_the_timeline_says_so(workspace):
    later = add_mentions(workspace, 3, start=datetime(2026, 11, 10, 9, 0, tzinfo=CST))
    case_id = cases.open_case(workspace, title="漏送", mention_ids=later).case_id
    earlier = add_mentions(
        workspace, 2, start=datetime(2026, 11, 8, 7, 30, tzinfo=CST), key_prefix="e"
    )
    cases.link_mentions(workspace, case_id, earlier)
    case = cases.get_case(workspace, case_id)
    assert case["detected_at"] == "2026-11-08T07:30:00+08:00"
    events = cases.timeline(workspace, case_id)
    assert events[0]["kind"] == "detected" and events[0]["at"] == case["detected_at"]
    assert any("发现时间提前到 2026-11-08 07:30" in e["text"] for e in events)
    # a later mention does not move it
    cases.link_mentions(
        workspace,
        case_id,
        add_mentions(workspace, 1, key_prefix="l", start=datetime(2026, 11, 12, tzinfo=CST)),
    )
    assert cases.get_case(workspace, case_id)["detected_at"] == "2026-11-08T07:30:00+08:00"


def test_a_detection_set_by_hand_is_not_moved_by_mentions(workspace, case_id):
    # case_id was opened by hand, detected 2026-11-18 09:40
    cases.link_mentions(
        workspace, case_id, add_mentions(workspace, 2, start=datetime(2026, 11, 1, tzinfo=CST))
    )
    assert cases.get_case(workspace, case_id)["detected_at"] == "2026-11-18T09:40:00+08:00"


def test_a_manual_edit_needs_a_reason_and_records_it(workspace, case_id):
    with pytest.raises(UserError, match="理由"):
        cases.update_case(workspace, case_id, detected_at="2026-11-17T20:00:00+08:00")
    changes = cases.update_case(
        workspace, case_id, detected_at="2026-11-17T20:00:00+08:00", reason="客服前一晚已接到电话"
    )
    assert changes.cases
    case = cases.get_case(workspace, case_id)
    assert case["detected_at"] == "2026-11-17T20:00:00+08:00"
    texts = [e["text"] for e in cases.timeline(workspace, case_id)]
    assert any("发现时间改为 2026-11-17 20:00" in t and "客服前一晚已接到电话" in t for t in texts)
    assert "edit" in audit_actions(workspace, "case")
    # the same moment written differently is no change (and needs no reason)
    assert not cases.update_case(workspace, case_id, detected_at="2026-11-17T12:00:00+00:00")


@pytest.mark.parametrize(
    "bad", ["11月3日 下午", "2026-11-03 15:00", "yesterday", "2026-13-01T00:00+08:00"]
)
def test_free_text_detection_is_refused_with_a_clear_message(workspace, case_id, bad):
    with pytest.raises(UserError, match="发现时间格式不对") as refused:
        cases.update_case(workspace, case_id, detected_at=bad, reason="x")
    assert "+08:00" in (refused.value.hint or "")
    with pytest.raises(UserError, match="发现时间格式不对"):
        cases.create_case(workspace, title="新案例", detected_at=bad)
    assert cases.get_case(workspace, case_id)["detected_at"] == "2026-11-18T09:40:00+08:00"


def test_a_case_with_a_level_and_an_old_free_text_detection_still_has_a_clock(workspace, case_id):
    cases.set_severity(workspace, case_id, "III", "门店投诉")
    with workspace.transaction():  # an old workspace stored free text
        workspace.db.execute(
            "UPDATE cases SET detected_at = '11月3日 下午' WHERE id = ?", [case_id]
        )
    clock = cases.case_clock_state(workspace, cases.get_case(workspace, case_id))
    assert clock.state != "none" and clock.label() != "未定级"
    assert clock.target_minutes == 120
