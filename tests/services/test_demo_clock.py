"""The demo is told relative to the day it is created: a three-day-old crisis reviewed
yesterday, this morning's complaints still open, approvals at their timeline's times."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.core.response_window import parse_time, response_state
from desktop.services import cases, seeding
from desktop.services import mentions as mention_service
from desktop.services.cases.report import report_data, report_html
from desktop.services.demo_clock import (
    AS_OF,
    clock_for,
    demo_clock,
    out_of_date,
    set_demo_moment,
    start_demo_clock,
)
from desktop.storage.workspace import Workspace

CST = timezone(timedelta(hours=8))
# Two moments five days apart, at the same time of day; the second one just after midnight.
MONDAY = datetime(2027, 3, 8, 11, 20, tzinfo=CST)


def build_demo(tmp_path: Path, now: datetime, name: str = "demo") -> Workspace:
    workspace = Workspace.create(tmp_path / name, name=seeding.DEMO_NAME, user="王小明")
    set_demo_moment(workspace, now)
    seeding.seed_demo(workspace)
    return workspace


@pytest.fixture
def demo(tmp_path: Path) -> Workspace:
    workspace = build_demo(tmp_path, MONDAY)
    yield workspace
    workspace.close()


def the_case(workspace: Workspace) -> cases.CaseDetail:
    [row] = cases.list_cases(workspace)
    return cases.case_detail(workspace, row["id"])


def every_time(workspace: Workspace) -> dict[str, list[str]]:
    """The demo's dates, by where they are shown."""
    db = workspace.db
    detail = the_case(workspace)
    return {
        "posted": [r[0] for r in db.execute("SELECT posted_at FROM mentions ORDER BY id")],
        "replied": [
            r[0] for r in db.execute("SELECT replied_at FROM mentions WHERE replied_at IS NOT NULL")
        ],
        "imports": [r[0] for r in db.execute("SELECT started_at FROM imports ORDER BY id")],
        "events": [e["at"] for e in detail.events],
        "published": [s["published_at"] for s in detail.statements],
        "detected": [detail.case["detected_at"], detail.case["opened_at"]],
        "due": [a["due_date"] for a in detail.actions],
        "verified": [r[0] for r in db.execute("SELECT verified_at FROM people ORDER BY id")],
        "kb_used": [
            r[0]
            for r in db.execute(
                "SELECT last_used_at FROM kb_entries WHERE last_used_at IS NOT NULL ORDER BY id"
            )
        ],
    }


def test_the_crisis_broke_three_days_ago_and_was_reviewed_yesterday(demo) -> None:
    detail = the_case(demo)
    today = MONDAY.date()
    assert parse_time(detail.case["detected_at"]).astimezone(CST).date() == today - timedelta(3)
    review = [e for e in detail.events if e["kind"] == "phase_changed"][-1]
    assert parse_time(review["at"]).astimezone(CST).date() == today - timedelta(1)
    assert detail.case["phase"] == "review"
    # the texts name the moved day, not the day the data was written
    assert detail.case["summary"].startswith("3月5日上午")
    assert "3月5日，一位顾客" in detail.statements[1]["body"]
    files = [b.file_name for b in mention_service.import_batches(demo)]
    assert "监测导出_3月5日-3月7日.xlsx" in files and "监测导出_3月8日上午.xlsx" in files
    # actions are due in the coming days
    assert all(date.fromisoformat(a["due_date"]) > today for a in detail.actions)


def test_nothing_in_the_demo_is_later_than_the_moment_it_was_built(demo) -> None:
    for where, values in every_time(demo).items():
        for value in values:
            if len(value) > 10 and where != "due":
                assert parse_time(value) <= MONDAY, (where, value)


def test_alarms_read_minutes_or_hours_never_days_old_complaints(demo) -> None:
    rows = demo.db.execute(
        "SELECT sentiment, status, posted_at, replied_at FROM mentions WHERE sentiment = 'neg'"
    ).fetchall()
    states = [
        response_state(sentiment=s, status=st, posted_at=p, replied_at=r, now=MONDAY)
        for s, st, p, r in rows
    ]
    open_ones = [s for s in states if s.applies and not s.answered]
    assert open_ones
    assert max(s.elapsed_seconds for s in open_ones) < 2 * 24 * 3600
    # this morning's: two complaints just past the two-hour window, one answered within it
    just_past = [s for s in open_ones if s.overdue and s.elapsed_seconds < 3 * 3600]
    assert sorted(s.label() for s in just_past) == ["已过 2 小时 15 分", "已过 2 小时 50 分"]
    assert any(s.answered and s.label() == "用时 25 分钟" for s in states)
    assert 0 < mention_service.overdue_count(demo, now=MONDAY) < 15


def test_publication_times_in_the_report_are_the_timelines(demo) -> None:
    detail = the_case(demo)
    events = {e["kind"]: e["at"] for e in detail.events}
    holding, official = detail.statements
    assert holding["published_at"] == events["holding_statement"]
    assert official["published_at"] == events["official_statement"]
    html = report_html(report_data(demo, detail.case["id"]))
    for statement in detail.statements:
        assert statement["published_at"].replace("T", " ")[:16] in html


def test_approval_times_in_the_report_are_the_timelines(demo) -> None:
    detail = the_case(demo)
    approvals = [e["at"] for e in detail.events if e["kind"] == "approval"]
    assert [s["approval"]["at"] for s in detail.statements] == approvals
    html = report_html(report_data(demo, detail.case["id"]))
    for at in approvals:
        assert f"于 {at.replace('T', ' ')[:16]} 审批" in html


def test_two_demos_built_five_days_apart_differ_by_exactly_five_days(demo, tmp_path: Path) -> None:
    later = build_demo(tmp_path, MONDAY + timedelta(days=5), "later")
    try:
        first, second = every_time(demo), every_time(later)
    finally:
        later.close()
    assert first.keys() == second.keys()
    for where in first:
        assert len(first[where]) == len(second[where]) > 0, where
        for a, b in zip(first[where], second[where], strict=True):
            if len(a) == 10:
                assert date.fromisoformat(b) - date.fromisoformat(a) == timedelta(5), where
            else:
                assert parse_time(b) - parse_time(a) == timedelta(5), (where, a, b)


def test_the_moment_is_kept_so_every_seeder_moves_the_data_alike(tmp_path: Path) -> None:
    workspace = Workspace.create(tmp_path / "plain", name="x")
    try:
        assert demo_clock(workspace) == clock_for(AS_OF)  # not started: the data as written
        clock = start_demo_clock(workspace)  # none set: the moment the workspace was created
        assert abs(clock.now - datetime.now(CST)) < timedelta(minutes=5)
        assert demo_clock(workspace) == start_demo_clock(workspace) == clock
    finally:
        workspace.close()


def test_the_clock_moves_dates_times_and_day_tokens_only() -> None:
    clock = clock_for(MONDAY)
    assert clock.days == (MONDAY.date() - AS_OF.date()).days
    assert clock.at("2026-11-18T09:40:00+08:00") == "2027-03-05T09:40:00+08:00"
    assert clock.at("2026-11-25") == "2027-03-12"
    assert clock.at("4970000003656146") == "4970000003656146"
    assert clock.text("{月日:2026-11-30}，见 2026-11-30") == "3月17日，见 2026-11-30"
    moved = clock.shift({"posted_minutes_ago": 35, "n": 3, "at": ["2026-11-20"]})
    assert moved == {"posted_at": "2027-03-08T10:45:00+08:00", "n": 3, "at": ["2027-03-07"]}
    # a moment just after midnight in China belongs to that Chinese day
    assert clock_for(datetime(2027, 3, 7, 16, 30, tzinfo=UTC)).today == date(2027, 3, 8)


def test_a_demo_built_on_another_day_is_out_of_date(demo, tmp_path: Path) -> None:
    assert not out_of_date(demo, MONDAY + timedelta(hours=3))
    assert out_of_date(demo, MONDAY + timedelta(days=1))
    plain = Workspace.create(tmp_path / "plain", name="x")
    try:
        assert not out_of_date(plain, MONDAY + timedelta(days=30))  # not a demo
    finally:
        plain.close()
