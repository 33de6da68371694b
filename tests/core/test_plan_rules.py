"""Pure plan rules: the first-hour checklist drawn from a RACI row, health findings, and the
plan content's parsing (bad scores refused with their row)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import plan_content, plan_rules
from desktop.core.errors import UserError
from desktop.core.plan_content import Duty
from desktop.core.plan_rules import PlanFacts, RosterNames
from desktop.core.roster_rules import Cell

NAMES = RosterNames(
    role_names={1: "公关/传播", 2: "危机负责人"},
    role_members={1: ["周若溪", "陈子墨"], 2: []},
    person_names={10: "林嘉禾", 11: "何清"},
    person_roles={10: ["危机负责人"], 11: []},
)


def test_a_role_cell_stands_for_its_members() -> None:
    duty = plan_rules.duty_from_row(
        "draft_holding_reply", "写暂缓声明", [Cell("x", "R", role_id=1)], NAMES
    )
    assert (duty.role, duty.person) == ("公关/传播", "周若溪、陈子墨")


def test_approval_duty_goes_to_the_a_holder_and_others_to_r() -> None:
    row = [
        Cell("approve_statement", "R", person_id=11),
        Cell("approve_statement", "A", person_id=10),
    ]
    assert plan_rules.duty_from_row("approve_statement", "审批", row, NAMES).person == "林嘉禾"
    assert plan_rules.duty_from_row("internal_notice", "通知", row, NAMES).person == "何清"


def test_nobody_in_the_matrix_keeps_the_default_role() -> None:
    duties = plan_rules.generate_duties(
        {}, NAMES, [("legal_review", "法律审核")], {"legal_review": "法务"}
    )
    assert duties == [Duty("法律审核", "法务", "", "legal_review")]


def test_refresh_people_keeps_the_users_text() -> None:
    edited = [
        Duty("我改过的文字", "公关/传播", "旧的人", "internal_notice"),
        Duty("自由项", "客服"),
    ]
    fresh = {"internal_notice": Duty("模板文字", "公关/传播", "陈子墨", "internal_notice")}
    assert plan_rules.refresh_people(edited, fresh) == [
        Duty("我改过的文字", "公关/传播", "陈子墨", "internal_notice"),
        Duty("自由项", "客服"),
    ]


def facts(last_tested: str | None, duties=()) -> PlanFacts:
    return PlanFacts(1, "outage", "故障预案", "draft", last_tested, list(duties))


def test_drill_findings_never_stale_and_fresh() -> None:
    today = date(2026, 12, 4)
    assert [f.code for f in plan_rules.drill_findings(facts(None), today)] == ["plan_never_tested"]
    assert [
        f.code for f in plan_rules.drill_findings(facts("2026-05-01T10:00:00+08:00"), today)
    ] == ["plan_test_stale"]
    assert plan_rules.drill_findings(facts("2026-07-01T10:00:00+08:00"), today) == []


def test_role_findings_for_roles_nobody_holds() -> None:
    plan = facts(
        None, [Duty("核实", "危机负责人"), Duty("通知", "公关/传播"), Duty("写", "法务", "何清")]
    )
    found = plan_rules.role_findings(plan, ["公关/传播"])
    assert [f.message for f in found] == [
        "预案“故障预案”的“核实”由 危机负责人 负责，但通讯录里没有这个角色的人。"
    ]


def test_missing_plan_for_an_open_case() -> None:
    found = plan_rules.missing_plan_findings(
        ["layoffs", "outage", "layoffs"], ["outage"], {"layoffs": "裁员"}
    )
    assert [f.scenario for f in found] == ["layoffs"] and "裁员" in found[0].message


def test_content_round_trips_and_orders_channels() -> None:
    data = {
        "title": "  预案  ",
        "risks": [{"what": "热搜", "likelihood": "4", "impact": 5}, {"what": ""}],
        "channels": [{"order": 2, "channel": "weibo"}, {"order": 1, "channel": "internal"}],
        "messages": [{"text": "口径", "kb_entry_id": "12"}],
    }
    content = plan_content.from_dict(data)
    assert content.title == "预案" and len(content.risks) == 1 and content.risks[0].score == 20
    assert [c.channel for c in content.channels] == ["internal", "weibo"]
    assert content.messages[0].kb_entry_id == 12
    assert plan_content.from_dict(content.to_dict()) == content


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": ""}, "标题"),
        ({"title": "x", "risks": [{"what": "a", "impact": "高"}]}, "风险第 1 行的影响"),
        ({"title": "x", "messages": [{"text": "a", "kb_entry_id": "十二"}]}, "问答库编号"),
    ],
)
def test_bad_content_is_refused(data, message) -> None:
    with pytest.raises(UserError, match=message):
        plan_content.from_dict(data)
