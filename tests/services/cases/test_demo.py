"""The demo case: from the first mention to the review, with or without the other seeders."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.core.severity import parse_time
from desktop.services import cases
from desktop.services.cases import demo as demo_case
from desktop.services.cases.demo import seed_demo_case
from tests.support.cases import add_mentions, add_roster, add_steel_wire_cluster


def seed(workspace):
    with workspace.transaction():
        seed_demo_case(workspace)
    [row] = cases.list_cases(workspace)
    return cases.case_detail(workspace, row["id"])


def test_demo_case_links_the_steel_wire_cluster_and_is_approved_by_the_roster(workspace):
    cluster = add_steel_wire_cluster(workspace)
    add_mentions(
        workspace,
        3,
        issue_type="food_safety",
        key_prefix="old",
        start=parse_time("2026-11-02T10:00:00+08:00"),
    )
    roster = add_roster(workspace)
    detail = seed(workspace)
    case = detail.case
    assert detail.mention_counts["total"] == len(cluster)  # not the older food-safety posts
    assert case["suggested_severity"] and case["severity"] == "II" and case["severity_reason"]
    assert case["phase"] == "review"
    assert case["root_cause"] and case["lessons"] and not detail.review_missing
    kinds = [e["kind"] for e in detail.events]
    for kind in (
        "detected",
        "mentions_linked",
        "assessment",
        "severity_changed",
        "internal_notice",
        "approval",
        "holding_statement",
        "official_statement",
        "compensation",
        "corrective_action",
    ):
        assert kind in kinds, kind
    assert [s["status"] for s in detail.statements] == ["published", "published"]
    assert {s["approval"]["approver_id"] for s in detail.statements} == {roster["approver"]}
    assert detail.clock["state"] == "met"
    assert len(detail.actions) == 3
    chart = cases.volume_series(workspace, case["id"])
    neg = chart.series["neg"]
    assert max(neg[:4]) > max(neg[-6:])  # the curve bends after the statements
    assert {m["kind"] for m in chart.markers} >= {"holding_statement", "official_statement"}


def test_demo_case_without_roster_leaves_statements_in_draft(workspace):
    detail = seed(workspace)
    assert detail.mention_counts["total"] == 0
    assert [s["status"] for s in detail.statements] == ["draft", "draft"]
    assert workspace.count("approvals") == 0
    assert detail.case["phase"] == "review"


def test_demo_workspace_has_one_case(demo_workspace):
    rows = cases.list_cases(demo_workspace)
    assert [r["title"] for r in rows] == ["徐汇店沙拉碗钢丝事件"]
    seed_demo_case(demo_workspace)  # idempotent: never a second demo case
    assert demo_workspace.count("cases") == 1


def test_a_step_the_player_does_not_know_is_refused(workspace, monkeypatch):
    story = {"case": {"title": "x"}, "steps": [{"do": "dance"}]}
    monkeypatch.setattr(demo_case, "seed_data", lambda name: story)
    with pytest.raises(UserError, match="dance"), workspace.transaction():
        demo_case.seed_demo_case(workspace)
    assert workspace.count("cases") == 0  # the seeder's transaction rolled back
