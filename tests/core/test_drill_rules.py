"""Measures against the level's target: what the drill report will say."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.drill_rules import ChecklistMark, Measures, measure

T0 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_a_drill_that_met_every_target_passes() -> None:
    result = measure(
        level="II",
        target_minutes=60,
        detected_at=T0,
        first_holding_at=at(40),
        holding_drafted_at=at(15),
        holding_approved_at=at(35),
        internal_notice_at=at(20),
        checklist=[
            ChecklistMark("发言人", "写暂缓声明", True),
            ChecklistMark("法务", "核实", True),
        ],
    )
    assert (result.holding_minutes, result.approval_minutes) == (40, 20)
    assert result.holding_met and result.approval_met and result.passed
    assert result.findings == []


def test_misses_become_findings_naming_the_target_and_the_missing_role() -> None:
    result = measure(
        level="I",
        target_minutes=30,
        detected_at=T0,
        first_holding_at=at(50),
        holding_drafted_at=at(10),
        holding_approved_at=at(45),
        internal_notice_at=None,
        checklist=[
            ChecklistMark("发言人", "写暂缓声明", True),
            ChecklistMark("发言人", "通知客服统一口径", False),
            ChecklistMark("法务", "核实事实", False),
        ],
    )
    assert not result.holding_met and not result.approval_met and not result.passed
    assert result.approval_target_minutes == 15
    assert result.missing_roles == ["法务"]
    assert (result.checklist_done, result.checklist_total) == (1, 3)
    text = "\n".join(result.findings)
    assert "首个暂缓声明用时 50 分钟，超过Ⅰ级目标 30 分钟" in text
    assert "“法务”在演练中无人行动" in text
    assert "没有发出内部通知" in text
    assert "清单项未完成：通知客服统一口径" in text


def test_no_holding_statement_at_all_is_said_plainly() -> None:
    result = measure(
        level="III",
        target_minutes=120,
        detected_at=T0,
        first_holding_at=None,
        holding_drafted_at=None,
        holding_approved_at=None,
        internal_notice_at=at(5),
        checklist=[],
    )
    assert result.holding_minutes is None and not result.passed
    assert any("没有发布暂缓声明" in f for f in result.findings)


def test_measures_survive_being_stored() -> None:
    result = measure(
        level="II",
        target_minutes=60,
        detected_at=T0,
        first_holding_at=at(70),
        holding_drafted_at=at(1),
        holding_approved_at=at(2),
        internal_notice_at=None,
        checklist=[ChecklistMark("发言人", "写", False)],
    )
    assert Measures.from_dict(result.as_dict()) == result
