"""Statement templates follow the case's scenario and the workspace's language; approving or
publishing a statement written in another language needs a confirmation."""

from __future__ import annotations

import pytest

from desktop.services import cases
from desktop.services.approvals import ApprovalInput
from tests.support.cases import add_roster

ENGLISH = "We are aware of reports of an app outage and are investigating. Updates to follow."


@pytest.fixture
def outage_case(workspace):
    case_id = cases.create_case(
        workspace, title="App 故障", scenario="outage", detected_at="2026-11-18T09:40:00+08:00"
    ).id
    cases.set_severity(workspace, case_id, "III", "下单失败")
    return case_id


def test_the_seeded_templates_put_the_cases_scenario_and_chinese_first(workspace, outage_case):
    templates = cases.statement_templates(workspace, outage_case)
    assert templates, "a new workspace holds the seeded 问答库 scripts"
    first = templates[0]
    assert first["scenario"] == "outage" and first["language"] == "zh-CN"
    assert first["scenario_match"] and first["language_match"]
    # scenario group first, within it the workspace language first
    flags = [(t["scenario_match"], t["language_match"]) for t in templates]
    assert flags == sorted(flags, reverse=True)
    english_outage = [t for t in templates if t["language"] == "en" and t["scenario"] == "outage"]
    assert english_outage and english_outage[0]["scenario_match"]
    assert not english_outage[0]["language_match"]
    only = cases.statement_templates(workspace, outage_case, scenario_only=True)
    assert only and {t["scenario"] for t in only} == {"outage"}
    assert len(only) < len(templates)
    assert {t["statement_kind"] for t in templates} == {"holding", "official"}


def test_an_english_workspace_lists_english_first(workspace, outage_case):
    workspace.set_setting("language", "en")
    only = cases.statement_templates(workspace, outage_case, scenario_only=True)
    assert only[0]["language"] == "en"
    assert cases.workspace_language(workspace) == "en"
    workspace.set_setting("language", "klingon")
    assert cases.workspace_language(workspace) == "zh-CN"


@pytest.mark.parametrize(
    "text, language",
    [
        ("我们已关注到 App 故障，正在紧急处理。", "zh"),
        (ENGLISH, "en"),
        ("We at 鹿角巷 apologise for the outage.", "en"),
        ("12345 !!", ""),
    ],
)
def test_text_language_by_the_share_of_cjk_characters(text, language):
    assert cases.text_language(text) == language


def test_an_english_statement_in_a_chinese_workspace_needs_a_confirmation(workspace, outage_case):
    roster = add_roster(workspace)
    statement = cases.create_statement(
        workspace, outage_case, channel="weibo", kind="holding", body=ENGLISH
    ).id
    warning = cases.language_warning(workspace, statement)
    assert "英文" in warning and "简体中文" in warning
    with pytest.raises(cases.LanguageMismatch, match="英文") as refused:
        cases.approve_statement(workspace, statement, ApprovalInput(roster["approver"]))
    assert "confirm_language" in refused.value.hint
    assert cases.statements(workspace, outage_case)[0]["status"] == "draft"
    cases.approve_statement(
        workspace, statement, ApprovalInput(roster["approver"]), confirm_language=True
    )
    with pytest.raises(cases.LanguageMismatch):
        cases.publish_statement(workspace, statement)
    assert cases.statements(workspace, outage_case)[0]["status"] == "approved"
    cases.publish_statement(workspace, statement, confirm_language=True)
    assert cases.statements(workspace, outage_case)[0]["status"] == "published"


def test_a_chinese_statement_needs_no_confirmation(workspace, outage_case):
    roster = add_roster(workspace)
    statement = cases.create_statement(
        workspace, outage_case, channel="weibo", kind="holding", body="我们已关注到 App 故障。"
    ).id
    assert cases.language_warning(workspace, statement) == ""
    cases.approve_statement(workspace, statement, ApprovalInput(roster["approver"]))
    cases.publish_statement(workspace, statement)
    # in an English workspace the same statement would need one
    workspace.set_setting("language", "en")
    other = cases.create_statement(
        workspace, outage_case, channel="weibo", kind="holding", body="我们已关注到 App 故障。"
    ).id
    assert "中文" in cases.language_warning(workspace, other)
