"""The 预案 page and the case view's plan checklist, through pytest-qt: the list and the four
phase tabs, edit → save → submit → approve through the one approval dialog, the empty state,
exports; activation and ticks beside the clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services import approvals, cases, plans, workspaces
from desktop.ui.main_window import MainWindow
from desktop.ui.plans.editor import TAB_ASSESS, TAB_EXECUTE, TAB_PLAN, TAB_TEST
from desktop.ui.plans.page import PlansPage
from tests.support.approval import answering, pick


@pytest.fixture
def page(main_window: MainWindow) -> PlansPage:
    main_window.open_demo()
    shown = main_window.show_page("plans")
    assert isinstance(shown, PlansPage)
    assert main_window.pages.index(shown) >= 5  # after the five pages of Ctrl+1..5
    return shown


def select(page: PlansPage, scenario: str) -> plans.Plan:
    plan = plans.get_plan(page.ctx.require_workspace(), scenario)
    page.select_plan(plan.id)
    assert page.current_id == plan.id
    return plan


def test_models_pass_the_model_tester(page: PlansPage, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    select(page, "food_safety")
    qtmodeltester.check(page.editor.history_model)
    qtmodeltester.check(page.editor.activations_model)
    for table in page.editor._tables():
        qtmodeltester.check(table.table.model())


def test_list_and_four_phases_of_a_plan(page: PlansPage) -> None:
    assert page.model.rowCount() == 12
    assert page.model.data(page.model.index(1, 0)) == "食品或产品安全"
    assert page.model.data(page.model.index(1, 2)) == "已批准"
    assert page.model.data(page.model.index(0, 3)) == "从未"
    plan = select(page, "food_safety")
    editor = page.editor
    assert [editor.tabs.tabText(i) for i in range(4)] == ["评估", "计划", "演练", "执行"]
    assert editor.risks.table.rowCount() == len(plan.content.risks)
    assert editor.risks.table.item(0, 3).text() == str(plan.content.risks[0].score)
    assert editor.duties.table.rowCount() == len(plan.content.duties)
    assert editor.duties.table.item(0, 3).text() == "评估级别"  # the activity's label
    assert "暂缓声明" in editor.tested_label.text()
    assert editor.history_model.rowCount() == 1
    assert "林嘉禾" in page.status_label.text()
    for tab in (TAB_ASSESS, TAB_PLAN, TAB_TEST, TAB_EXECUTE):
        editor.tabs.setCurrentIndex(tab)


def test_edit_save_submit_and_approve_through_the_dialog(page: PlansPage) -> None:
    plan = select(page, "outage")
    editor = page.editor
    assert not page.save_button.isEnabled()
    editor.escalate_edit.setPlainText("故障超过 1 小时即升级")
    assert page.dirty and page.save_button.isEnabled() and not page.approve_button.isEnabled()
    editor.risks.add_row()
    row = editor.risks.table.rowCount() - 1
    editor.risks.table.item(row, 0).setText("第三方支付通道中断")
    editor.risks.table.item(row, 1).setText("2")
    editor.risks.table.item(row, 2).setText("4")
    assert editor.risks.table.item(row, 3).text() == "8"
    assert page.save()
    saved = plans.get_plan(page.ctx.require_workspace(), plan.id)
    assert saved.version == 2 and saved.content.escalate_when == "故障超过 1 小时即升级"
    assert saved.content.risks[-1].what == "第三方支付通道中断"
    assert page.submit()
    ws = page.ctx.require_workspace()
    assert plans.get_plan(ws, plan.id).status == "in_review"
    approver = approvals.who_may_approve(ws, "approve_statement", "outage")[0]["id"]
    assert page.approve(dialog_factory=answering(pick(approver, method="phone")))
    assert plans.get_plan(ws, plan.id).status == "approved"
    assert "已批准" in page.status_label.text()


def test_bad_score_is_refused_and_kept_in_the_editor(page: PlansPage, dialogs) -> None:
    select(page, "rumour")
    page.editor.risks.table.item(0, 1).setText("9")
    assert not page.save()
    assert "可能性" in dialogs.texts()
    assert page.dirty and page.editor.risks.table.item(0, 1).text() == "9"


def test_regenerate_checklist_from_the_matrix(page: PlansPage) -> None:
    select(page, "other")
    page.editor.duties.table.item(0, 2).setText("临时改的人")
    page.regenerate_checklist()
    assert page.editor.duties.table.item(0, 2).text() != "临时改的人"
    assert page.dirty


def test_exports(page: PlansPage, tmp_path) -> None:
    select(page, "food_safety")
    assert page.export_pdf(tmp_path / "one.pdf").stat().st_size > 0
    assert page.export_pdf(tmp_path / "all.pdf", binder=True).stat().st_size > 0
    assert page.export_excel(tmp_path / "plans.xlsx").is_file()
    result = page.import_excel(tmp_path / "plans.xlsx")
    assert result is not None and len(result.unchanged) == 12


def test_empty_state_says_what_to_do(main_window: MainWindow, ctx, tmp_path) -> None:
    ws = workspaces.create_workspace(ctx, tmp_path / "empty", name="空")
    with ws.transaction():
        ws.db.execute("DELETE FROM plans")
    path = ws.path
    ws.close()
    main_window.open_path(path)
    page = main_window.show_page("plans")
    assert page.model.rowCount() == 0
    assert page.empty.isVisible() and "按模板建立预案" in page.empty.text()
    assert page.create_button.isVisible()
    assert page.create_from_templates()
    assert page.model.rowCount() == 12 and not page.empty.isVisible()


def test_case_view_activates_and_ticks_beside_the_clock(main_window: MainWindow) -> None:
    main_window.open_demo()
    cases_page = main_window.show_page("cases")
    ws = main_window.ctx.require_workspace()
    case_id = cases.list_cases(ws)[0]["id"]
    cases_page.open_case(case_id)
    panel = cases_page.view.plan_panel
    assert panel.activate_button.isVisible() and "还没有启用预案" in panel.state_label.text()
    assert panel.plan_combo.currentText() == "食品或产品安全"
    assert panel.activate()
    assert panel.list.count() == len(plans.checklist(ws, case_id))
    first = panel.list.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    item = plans.checklist(ws, case_id)[0]
    assert item.done and item.done_by == ws.user
    kinds = [e["kind"] for e in cases.timeline(ws, case_id)]
    assert "plan_activated" in kinds and "checklist_done" in kinds
    assert "完成 1/" in panel.state_label.text()
    panel.list.setCurrentRow(2)
    assert panel.skip_selected("已由总部统一处理")
    review = cases_page.view.review
    assert "已由总部统一处理" in review.plan_items_label.text()
    assert "未完成" in review.plan_items_label.text()


def test_unsaved_edits_survive_someone_elses_change(page: PlansPage) -> None:
    from desktop.core.changes import Changes

    select(page, "layoffs")
    page.editor.stand_down_edit.setPlainText("还没保存的解除条件")
    page.ctx.bus.publish(Changes(roster=True), None)  # e.g. a matrix edit on the roster page
    assert page.dirty and page.editor.stand_down_edit.toPlainText() == "还没保存的解除条件"
    assert page.save()
    assert plans.get_plan(page.ctx.require_workspace(), "layoffs").content.stand_down_when == (
        "还没保存的解除条件"
    )


def test_health_badge_counts_the_findings(page: PlansPage) -> None:
    found = plans.findings(page.ctx.require_workspace())
    assert page.health_label.text() == f"预案检查：{len(found)} 个问题"
    assert found[0].message in page.health_label.toolTip()


def test_version_history_shows_the_diff_and_restores(page: PlansPage, qtmodeltester) -> None:
    plan = select(page, "policy")
    page.editor.escalate_edit.setPlainText("被约谈即升级")
    assert page.save()
    history = page.history
    qtmodeltester.check(history.model)
    assert history.model.rowCount() == 2
    assert "+升级条件：被约谈即升级" in history.diff_view.toPlainText()
    history.view.selectRow(1)
    assert history.restore_button.isEnabled()
    history.restore_button.click()
    ws = page.ctx.require_workspace()
    restored = plans.get_plan(ws, plan.id)
    assert restored.version == 3 and restored.content == plans.version_content(ws, plan.id, 1)
    assert history.model.rowCount() == 3


def test_link_a_key_message_to_a_kb_entry(page: PlansPage) -> None:
    from desktop.services import kb

    plan = select(page, "layoffs")
    entry = kb.list_entries(page.ctx.require_workspace())[0]
    assert not page.link_kb_entry(entry.id)  # no row selected: nothing to link
    page.editor.messages.table.setCurrentCell(0, 0)
    assert page.link_kb_entry(entry.id)
    assert page.editor.messages.table.item(0, 2).text() == entry.title
    assert page.dirty and page.save()
    saved = plans.get_plan(page.ctx.require_workspace(), plan.id)
    assert saved.content.messages[0].kb_entry_id == entry.id


def test_the_health_findings_open_in_words_with_what_to_do(page: PlansPage) -> None:
    found = plans.findings(page.ctx.require_workspace())
    assert page.health_button.isVisibleTo(page) == bool(found)
    box = page.show_findings_dialog()
    assert found[0].message in box.text()
    assert all(f.message in box.detailedText() for f in found)
    box.close()
