"""The 声明 tab through pytest-qt: drafts, approval through the one dialog (the service's rules
hold from the window too), publishing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.services import approvals, cases, roster
from desktop.ui.cases import dialogs as case_dialogs
from tests.support.approval import answering, pick
from tests.support.cases import accept, make_workspace


def test_statement_flow_in_the_view(page, monkeypatch, dialogs):
    ws = page.ctx.workspace
    case_id = cases.create_case(ws, title="声明测试", scenario="food_safety").id
    cases.set_severity(ws, case_id, "II", "x")
    page.open_case(case_id)
    view = page.view

    def fill(d):
        d.channel.setCurrentIndex(d.channel.findData("website"))
        d.kind.setCurrentIndex(d.kind.findData("official"))
        d.body.setPlainText("正式声明正文")

    accept(monkeypatch, case_dialogs.StatementDialog, fill)
    view.statements.new_statement()
    assert view.statements.statements_model.rowCount() == 1
    view.statements.publish_statement()
    assert "未经审批" in dialogs.texts()
    approver = approvals.who_may_approve(ws, "approve_statement", "food_safety", "II")[0]["id"]
    assert view.statements.approve_statement(answering(pick(approver)))
    assert view.statements.statements_model.rows[0]["status"] == "approved"
    assert "林嘉禾" in view.statements.statements_model.data(
        view.statements.statements_model.index(0, 4)
    )
    view.statements.statement_body.setPlainText("改过的正文")
    view.statements.save_statement()
    assert (
        view.statements.statements_model.rows[0]["version"],
        view.statements.statements_model.rows[0]["status"],
    ) == (
        2,
        "draft",
    )
    assert view.statements.approve_statement(answering(pick(approver)))
    view.statements.publish_statement()
    assert view.statements.statements_model.rows[0]["status"] == "published"
    # a published statement cannot be approved again, from the window either
    script = answering(pick(approver))
    assert not view.statements.approve_statement(script)
    assert "已经发布" in " ".join(script.problems)
    assert view.statements.statements_model.rows[0]["status"] == "published"
    assert any(r["kind"] == "official_statement" for r in view.timeline.timeline_model.rows)


def test_approval_without_a_roster_says_what_to_do(
    main_window, ctx, tmp_path, dialogs, monkeypatch
):
    main_window.open_path(make_workspace(ctx, tmp_path, demo_case=False, roster=False))
    page = main_window.show_page("cases")
    ws = ctx.workspace
    case_id = cases.create_case(ws, title="无审批人").id
    cases.create_statement(ws, case_id, channel="weibo", body="x")
    page.open_case(case_id)
    assert "还没有人负责" in page.view.statements.approvers_label.text()
    page.view.statements.approve_statement()
    assert "职责矩阵" in dialogs.texts()


def test_approving_in_the_window_is_the_service_path_one_row_each(page):
    ws = page.ctx.workspace
    case_id = cases.create_case(ws, title="用通讯录审批", scenario="food_safety").id
    statement = cases.create_statement(ws, case_id, channel="weibo", body="正文").id
    allowed = approvals.who_may_approve(ws, "approve_statement", "food_safety", "")
    stranger = next(p["id"] for p in roster.people(ws) if p["id"] not in {a["id"] for a in allowed})
    audit_before = ws.count("audit", "action = 'approve'")
    approvals_before = ws.count("approvals")
    events_before = ws.count("case_events", "kind = 'approval'")
    page.open_case(case_id)
    script = answering(pick(stranger), pick(allowed[0]["id"], method="wechat", note="同意"))
    assert page.view.statements.approve_statement(script)
    assert allowed[0]["name"] in " ".join(script.problems)  # refused first, said who may
    assert cases.statements(ws, case_id)[0]["status"] == "approved"
    assert ws.count("approvals") == approvals_before + 1
    assert ws.count("audit", "action = 'approve'") == audit_before + 1
    assert ws.count("case_events", "kind = 'approval'") == events_before + 1
    current = approvals.current_approval(ws, "statement", statement, 1)
    assert (current["method"], current["note"]) == ("wechat", "同意")


def test_an_empty_statement_cannot_be_approved_from_the_window(page):
    ws = page.ctx.workspace
    case_id = cases.create_case(ws, title="空声明", scenario="food_safety").id
    cases.create_statement(ws, case_id, channel="weibo", body="")
    allowed = approvals.who_may_approve(ws, "approve_statement", "food_safety", "")
    approvals_before = ws.count("approvals")
    page.open_case(case_id)
    script = answering(pick(allowed[0]["id"]))
    assert not page.view.statements.approve_statement(script)
    assert "空的" in " ".join(script.problems)
    assert cases.statements(ws, case_id)[0]["status"] == "draft"
    assert ws.count("approvals") == approvals_before


ENGLISH = "We are aware of reports of an app outage and are investigating. Updates to follow."


def _outage_case(ws):
    case_id = cases.create_case(ws, title="App 故障", scenario="outage").id
    cases.set_severity(ws, case_id, "III", "下单失败")
    return case_id


def test_templates_follow_the_cases_scenario_and_language_in_words(page, monkeypatch):
    ws = page.ctx.workspace
    page.open_case(_outage_case(ws))
    seen = {}

    def look(d):
        items = [d.template.itemText(i) for i in range(1, d.template.count())]
        seen["scenario"] = items
        d.show_all.setChecked(True)
        seen["all"] = [d.template.itemText(i) for i in range(1, d.template.count())]
        d.template.setCurrentIndex(1)

    accept(monkeypatch, case_dialogs.StatementDialog, look)
    page.view.statements.new_statement()
    first, *_ = seen["scenario"]
    assert "小程序、App 无法下单或支付故障" in first and "暂缓回复" in first
    raw_keys = {"holding", "statement", "en", "zh-CN"}
    assert not any(raw_keys & set(t.split(" · ")) for t in seen["all"])  # kinds in words
    assert any("官方声明" in t for t in seen["scenario"])
    # the English outage script comes after the Chinese ones, labelled with its language
    english = [i for i, t in enumerate(seen["scenario"]) if "English" in t]
    chinese = [i for i, t in enumerate(seen["scenario"]) if "English" not in t]
    assert english and max(chinese) < min(english)
    assert len(seen["all"]) > len(seen["scenario"])  # other scenarios only when asked
    [statement] = cases.statements(ws, page.view.case_id)
    assert statement["kind"] == "holding" and cases.text_language(statement["body"]) == "zh"


def test_approving_and_publishing_english_in_a_chinese_workspace_asks_first(page, dialogs):
    ws = page.ctx.workspace
    case_id = _outage_case(ws)
    statement = cases.create_statement(ws, case_id, channel="weibo", kind="holding", body=ENGLISH)
    page.open_case(case_id)
    approver = approvals.who_may_approve(ws, "approve_statement", "outage", "III")[0]["id"]
    panel = page.view.statements
    script = answering(pick(approver))
    assert not panel.approve_statement(script)  # the question was answered No
    assert "声明语言与工作区不一致" in dialogs.texts() and "英文" in dialogs.texts()
    assert cases.statements(ws, case_id)[0]["status"] == "draft"
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    assert panel.approve_statement(answering(pick(approver)))
    assert cases.statements(ws, case_id)[0]["status"] == "approved"
    dialogs.question_answer = QMessageBox.StandardButton.No
    panel.publish_statement()
    assert cases.statements(ws, case_id)[0]["status"] == "approved"
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    panel.publish_statement()
    assert cases.statements(ws, case_id)[0]["status"] == "published"
    assert statement.id == cases.statements(ws, case_id)[0]["id"]
