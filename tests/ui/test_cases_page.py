"""The cases page through pytest-qt: list, case view, severity, timeline chart, statements
with approval, the closing rule, reference cases, reports, and the mentions-page actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.core.mention_filter import MentionFilter
from desktop.services import approvals, cases, roster, workspaces
from desktop.services.demo_case import seed_demo_case
from desktop.ui.cases import dialogs as case_dialogs
from desktop.ui.cases.page import CasesPage
from desktop.ui.theme import SEVERITY_COLOURS
from tests.cases_helpers import add_mentions, add_roster, add_steel_wire_cluster
from tests.support.approval import answering, pick


def accept(monkeypatch, dialog_class, fill=lambda dialog: None):
    def exec_(dialog):
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "exec", exec_)


def make_workspace(ctx, tmp_path, *, demo_case=True, roster=True) -> Path:
    ws = workspaces.create_workspace(ctx, tmp_path / "cases-ui", name="测试")
    add_steel_wire_cluster(ws)
    if roster:
        add_roster(ws)
    if demo_case:
        with ws.transaction():
            seed_demo_case(ws)
    path = ws.path
    ws.close()
    return path


@pytest.fixture
def page(main_window, ctx, tmp_path) -> CasesPage:
    assert main_window.open_path(make_workspace(ctx, tmp_path))
    page = main_window.show_page("cases")
    assert isinstance(page, CasesPage)
    return page


def test_page_is_registered_and_shows_an_empty_state(main_window, ctx, tmp_path):
    titles = [main_window.navigation.item(i).text() for i in range(main_window.navigation.count())]
    assert "案例" in titles
    ws = workspaces.create_workspace(ctx, tmp_path / "empty", name="空")
    path = ws.path
    ws.close()
    main_window.open_path(path)
    page = main_window.show_page("cases")
    assert page.model.rowCount() == 0
    assert "新建案例" in page.empty.text() and page.empty.isVisible()


def test_case_list_models_chip_and_clock(page, qtmodeltester):
    qtmodeltester.check(page.model)
    row = page.model.rows[0]
    assert row["title"] == "徐汇店沙拉碗钢丝事件"
    chip = page.model.data(page.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert chip == SEVERITY_COLOURS["II"]
    assert page.model.data(page.model.index(0, 0)) == "Ⅱ"
    clock = page.model.data(page.model.index(0, 4))
    assert "已达标" in clock
    assert page.model.data(page.model.index(0, 5)) == "46"


def test_open_cases_come_first_and_missed_clocks_are_red(page):
    ws = page.ctx.workspace
    late = cases.create_case(ws, title="超时未回应", detected_at="2026-11-01T09:00:00+08:00").id
    cases.set_severity(ws, late, "I", "严重")
    cases.set_phase(ws, 1, "closed")
    page.refresh()
    assert [r["title"] for r in page.model.rows] == ["超时未回应", "徐汇店沙拉碗钢丝事件"]
    colour = page.model.data(page.model.index(0, 4), Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == "#d32f2f"


def test_filters_and_search(page, qtbot):
    cases.create_case(page.ctx.workspace, title="配送延误", scenario="service_conflict")
    page.refresh()
    assert page.model.rowCount() == 2
    page.search.setText("钢丝")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.phase_filter.setCurrentIndex(page.phase_filter.findData("detected"))
    assert [r["title"] for r in page.model.rows] == ["配送延误"]
    page.phase_filter.setCurrentIndex(0)
    page.severity_filter.setCurrentIndex(page.severity_filter.findData("II"))
    assert [r["title"] for r in page.model.rows] == ["徐汇店沙拉碗钢丝事件"]


def test_new_case_from_the_dialog_opens_the_case(page, monkeypatch):
    accept(monkeypatch, case_dialogs.NewCaseDialog, lambda d: d.title.setText("门店排队冲突"))
    monkeypatch.setattr("desktop.ui.cases.page.NewCaseDialog", case_dialogs.NewCaseDialog)
    case_id = page.new_case()
    assert page.stack.currentWidget() is page.view
    assert page.view.title_label.text() == "门店排队冲突"
    assert cases.get_case(page.ctx.workspace, case_id)["phase"] == "detected"


def test_reference_library_reads_and_starts_a_case(page, monkeypatch, qtbot):
    dialog = case_dialogs.ReferenceLibraryDialog(page)
    qtbot.addWidget(dialog)
    assert dialog.list.count() >= 10
    dialog.list.setCurrentRow(1)
    assert "Equifax" in dialog.text.toPlainText() and "经验教训" in dialog.text.toPlainText()
    accept(monkeypatch, case_dialogs.ReferenceLibraryDialog, lambda d: d.list.setCurrentRow(2))
    case_id = page.open_reference_library()
    case = cases.get_case(page.ctx.workspace, case_id)
    assert case["reference_key"] == "kfc-uk-fck-2018"
    assert page.view.case_id == case_id


def test_case_view_shows_fields_mentions_severity_and_chart(page, qtmodeltester):
    page.open_case(1)
    view = page.view
    for model in (
        view.mentions.mentions_model,
        view.timeline.timeline_model,
        view.statements.statements_model,
        view.review.actions_model,
    ):
        qtmodeltester.check(model)
    assert view.mentions.mentions_model.rowCount() == 46
    assert "关联舆情（46）" in view.tabs.tabText(1)
    assert "已达标" in view.clock_label.text()
    assert (
        "传播范围" in view.severity.factors.text() and "上海吃货大V" in view.severity.factors.text()
    )
    assert "赵一鸣" in view.overview.inform_label.text()
    names = [s.name() for s in view.timeline.chart.chart().series()]
    assert "负面" in names
    assert any(n.startswith("暂缓声明") for n in names)
    assert view.timeline.chart_data.total == 46


def test_closing_without_review_is_refused_with_a_clear_message(page, dialogs):
    ws = page.ctx.workspace
    case_id = cases.create_case(ws, title="未复盘").id
    page.open_case(case_id)
    page.view.review.close_case()
    assert "没有复盘的案例不能结案" in dialogs.texts()
    assert cases.get_case(ws, case_id)["phase"] == "detected"
    page.view.review.r_root.setPlainText("原因")
    page.view.review.r_lessons.setPlainText("教训")
    page.view.review.close_case()
    assert cases.get_case(ws, case_id)["phase"] == "closed"
    assert page.view.phase.currentData() == "closed"


def test_phase_combo_refuses_closing_and_resets(page, dialogs):
    case_id = cases.create_case(page.ctx.workspace, title="x").id
    page.open_case(case_id)
    page.view.phase.setCurrentIndex(page.view.phase.findData("closed"))
    page.view._phase_chosen()
    assert "不能结案" in dialogs.texts() or "不能改变阶段" in dialogs.texts()
    assert page.view.phase.currentData() == "detected"


def test_set_level_with_reason_from_the_view(page, monkeypatch, dialogs):
    case_id = cases.create_case(page.ctx.workspace, title="定级测试").id
    page.open_case(case_id)
    accept(monkeypatch, case_dialogs.SeverityDialog)  # no reason typed
    page.view.severity.set_level()
    assert "理由" in dialogs.texts()

    def fill(d):
        d.level.setCurrentIndex(d.level.findData("I"))
        d.reason.setPlainText("央视已报道")

    accept(monkeypatch, case_dialogs.SeverityDialog, fill)
    page.view.severity.set_level()
    assert cases.get_case(page.ctx.workspace, case_id)["severity"] == "I"
    assert page.view.chip.text().strip() == "Ⅰ"
    assert page.view.timeline.timeline_model.rows[-1]["kind"] == "severity_changed"


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


def test_timeline_event_and_actions_from_the_view(page, monkeypatch):
    case_id = cases.create_case(page.ctx.workspace, title="时间线").id
    page.open_case(case_id)

    def fill_event(d):
        d.kind.setCurrentIndex(d.kind.findData("media_inquiry"))
        d.text.setPlainText("记者来电")

    accept(monkeypatch, case_dialogs.EventDialog, fill_event)
    page.view.timeline.add_event()
    assert [r["kind"] for r in page.view.timeline.timeline_model.rows][-1] == "media_inquiry"
    accept(
        monkeypatch,
        case_dialogs.ActionDialog,
        lambda d: (d.text.setText("培训"), d.owner.setText("店长")),
    )
    page.view.review.add_action()
    assert page.view.review.actions_model.rows[0]["owner"] == "店长"
    page.view.review.actions_table.selectRow(0)
    page.view.review.toggle_action()
    assert page.view.review.actions_model.rows[0]["done_at"]


def test_link_by_search_and_unlink_in_the_view(page):
    ws = page.ctx.workspace
    add_mentions(ws, 4, text="外卖洒了一半", key_prefix="spill")
    from desktop.storage.mention_index import index_mentions

    index_mentions(ws.db)
    case_id = cases.create_case(ws, title="洒漏").id
    page.open_case(case_id)
    assert not page.view.mentions.mentions_empty.isHidden()
    page.view.mentions.link_search.setText("洒了")
    page.view.mentions.link_by_search()
    assert page.view.mentions.mentions_model.rowCount() == 4
    page.view.mentions.mentions_table.selectRow(0)
    page.view.mentions.unlink_selected()
    assert page.view.mentions.mentions_model.rowCount() == 3


def test_report_exports_from_the_view(page, tmp_path):
    page.open_case(1)
    xlsx = page.view.export_report("xlsx", tmp_path / "r.xlsx")
    pdf = page.view.export_report("pdf", tmp_path / "r.pdf")
    assert xlsx.stat().st_size > 0
    assert pdf.read_bytes().startswith(b"%PDF")


class FakeMentionsPage:
    def __init__(self, ids):
        self.actions = []
        self.ids = ids

    def add_selection_action(self, text, callback, shortcut=""):
        self.actions.append((text, callback))

    def current_filter(self):
        return MentionFilter(issue_type="food_safety")


def test_install_actions_adds_link_actions_to_the_mentions_page(page, monkeypatch):
    fake = FakeMentionsPage([])
    monkeypatch.setattr(page.shell, "page", lambda key: None)
    page.install_actions(page.shell)  # a window without a mentions page: no error, no action
    monkeypatch.setattr(page.shell, "page", lambda key: fake if key == "mentions" else None)
    page.install_actions(page.shell)
    assert [text for text, _ in fake.actions] == [
        "关联到案例…",
        "全部符合当前搜索的舆情关联到案例…",
    ]

    ws = page.ctx.workspace
    other = add_mentions(ws, 2, text="另一件事", key_prefix="o")

    def fill(d):
        d.case.setCurrentIndex(d.case.findData(d.NEW))
        d.new_title.setText("新危机")

    accept(monkeypatch, case_dialogs.LinkToCaseDialog, fill)
    case_id = fake.actions[0][1](other)
    assert cases.get_case(ws, case_id)["title"] == "新危机"
    assert page.view.case_id == case_id and page.view.mentions.mentions_model.rowCount() == 2
    accept(
        monkeypatch,
        case_dialogs.LinkToCaseDialog,
        lambda d: d.case.setCurrentIndex(d.case.findData(case_id)),
    )
    fake.actions[1][1]([])
    assert ws.count("mentions", "case_id = ?", [case_id]) == 2 + 46  # the food-safety search


def test_read_only_workspace_disables_editing(main_window, ctx, tmp_path):
    path = make_workspace(ctx, tmp_path)
    main_window.open_path(path, read_only=True)
    page = main_window.show_page("cases")
    assert not page.new_button.isEnabled()
    page.open_case(1)
    assert not page.view.severity.set_level_button.isEnabled()
    assert page.view.pdf_button.isEnabled()


def test_unused_index_is_harmless(page):
    assert page.model.data(QModelIndex()) is None
    assert page.model.data(page.model.index(99, 0)) is None


def test_thresholds_dialog_validates_and_saves(page, monkeypatch, dialogs):
    attempts = []

    def fill(d):
        attempts.append(1)
        d.fields["negative_volume"].setText("50/10" if len(attempts) == 1 else "1/2/3")
        d.targets["I"].setText("15")

    accept(monkeypatch, case_dialogs.ThresholdsDialog, fill)
    assert page.edit_thresholds()
    assert "三个从小到大的整数" in dialogs.texts()
    ws = page.ctx.workspace
    assert cases.thresholds(ws).negative_volume == (1, 2, 3)
    assert cases.response_targets(ws)["I"] == 15


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


def test_delete_case_asks_first(page, dialogs):
    ws = page.ctx.workspace
    page.open_case(1)
    assert not page.view.delete_case()  # the question is answered No
    assert ws.count("cases") == 1
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    assert page.view.delete_case()
    assert ws.count("cases") == 0 and ws.count("mentions", "case_id IS NOT NULL") == 0
    assert page.stack.currentWidget() is page.list_widget
    assert "还没有案例" in page.empty.text()


def test_running_clocks_refresh_on_the_minute_tick(page, monkeypatch):
    ws = page.ctx.workspace
    running = cases.create_case(ws, title="计时中").id
    cases.set_severity(ws, running, "IV", "观察")
    page.refresh()
    calls = []
    monkeypatch.setattr(page, "refresh", lambda: calls.append(1))
    page._tick()
    assert calls == [1]


def test_the_views_writes_are_published_as_the_views_own(page, monkeypatch, tmp_path):
    ws = page.ctx.workspace
    case_id = cases.create_case(ws, title="发布者").id
    page.open_case(case_id)
    published = []
    page.ctx.bus.subscribe(lambda changes, initiator: published.append((changes, initiator)))
    reloads = []
    monkeypatch.setattr(page, "refresh", lambda: reloads.append("page"))
    accept(monkeypatch, case_dialogs.ActionDialog, lambda d: d.text.setText("复盘会"))
    page.view.review.add_action()
    [(changes, initiator)] = published
    assert initiator is page.view and changes.cases and changes.case_ids == {case_id}
    assert reloads == []  # the page refreshed only its list; the view reloaded itself
    assert page.view.review.actions_model.rows[0]["text"] == "复盘会"
    shown = []
    monkeypatch.setattr(page.shell, "show_message", lambda text, msecs=4000: shown.append(text))
    page.view.export_report("xlsx", tmp_path / "x.xlsx")
    assert shown and "x.xlsx" in shown[0]  # the export says so in the window's status bar
