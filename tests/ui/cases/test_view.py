"""The case view's shell through pytest-qt: what it shows of a case, the phase combo, reports,
deleting, and its writes published as its own."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.services import cases
from desktop.ui.cases import dialogs as case_dialogs
from tests.support.cases import accept


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


def test_phase_combo_refuses_closing_and_resets(page, dialogs):
    case_id = cases.create_case(page.ctx.workspace, title="x").id
    page.open_case(case_id)
    page.view.phase.setCurrentIndex(page.view.phase.findData("closed"))
    page.view._phase_chosen()
    assert "不能结案" in dialogs.texts() or "不能改变阶段" in dialogs.texts()
    assert page.view.phase.currentData() == "detected"


def test_report_exports_from_the_view(page, tmp_path):
    page.open_case(1)
    xlsx = page.view.export_report("xlsx", tmp_path / "r.xlsx")
    pdf = page.view.export_report("pdf", tmp_path / "r.pdf")
    assert xlsx.stat().st_size > 0
    assert pdf.read_bytes().startswith(b"%PDF")


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
