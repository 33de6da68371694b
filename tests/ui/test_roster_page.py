"""The roster page (危机通讯录) and the approval dialog, through pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.services import approvals, roster, workspaces
from desktop.ui.approval_dialog import approve_through_dialog
from desktop.ui.main_window import MainWindow
from desktop.ui.roster.models import RaciDelegate, ResponsibilityMatrixModel
from desktop.ui.roster.page import TAB_HEALTH, TAB_MATRIX, TAB_PEOPLE, RosterPage
from tests.support.approval import answering, pick


@pytest.fixture
def page(main_window: MainWindow) -> RosterPage:
    main_window.open_demo()
    shown = main_window.show_page("roster")
    assert isinstance(shown, RosterPage)
    assert main_window.pages[-1] is shown  # registered last
    return shown


def ids_by_name(page: RosterPage) -> dict[str, int]:
    return {p["name"]: p["id"] for p in page.people_model.people}


def test_models_pass_the_model_tester(page: RosterPage, qtmodeltester) -> None:
    qtmodeltester.check(page.people_model)
    qtmodeltester.check(page.matrix_model)
    page.scenario_combo.setCurrentIndex(page.scenario_combo.findData("food_safety"))
    page.mode_combo.setCurrentIndex(page.mode_combo.findData(ResponsibilityMatrixModel.BY_ROLE))
    qtmodeltester.check(page.matrix_model)


def test_page_shows_people_matrix_and_the_demo_finding(page: RosterPage) -> None:
    assert page.people_model.rowCount() == 10
    assert page.matrix_model.rowCount() == 13 and page.matrix_model.columnCount() == 10
    assert page.health_list.count() == 1
    assert "吴佳" in page.health_list.item(0).text()
    assert "1 提醒" in page.health_badge.text()
    assert page.tabs.tabText(TAB_HEALTH) == "健康检查（1）"


def test_jump_to_fix_then_verify_clears_the_finding(page: RosterPage, qtbot) -> None:
    page.tabs.setCurrentIndex(TAB_HEALTH)
    page.health_list.setCurrentRow(0)
    page.fix_button.click()
    assert page.tabs.currentIndex() == TAB_PEOPLE
    assert page.fields["name"].text() == "吴佳"
    selected = page.people_view.selectionModel().selectedRows()
    assert [page.people_model.person_id(i.row()) for i in selected] == [page.current_person_id]
    page.verify_button.click()
    assert page.health_list.count() == 0
    assert "健康" in page.health_badge.text()
    assert page.fields["name"].text() == "吴佳"  # selection kept across the refresh


def test_inherited_rows_are_grey_and_editing_overrides(page: RosterPage, main_window) -> None:
    page.tabs.setCurrentIndex(TAB_MATRIX)
    page.scenario_combo.setCurrentIndex(page.scenario_combo.findData("food_safety"))
    model = page.matrix_model
    monitor = model.activities.index("monitor")
    assert model.headerData(monitor, Qt.Orientation.Vertical, Qt.ItemDataRole.ForegroundRole)
    assert "继承自：默认矩阵" in model.headerData(
        monitor, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole
    )
    people = ids_by_name(page)
    column = [c[1] for c in model.columns].index(people["郑浩"])
    index = model.index(monitor, column)
    assert model.setData(index, "A")
    assert model.data(index) == "A"
    assert (
        model.headerData(monitor, Qt.Orientation.Vertical, Qt.ItemDataRole.ForegroundRole) is None
    )
    assert "周若溪" in main_window.statusBar().currentMessage()  # the A moved away from 周若溪
    workspace = main_window.ctx.workspace
    assert approvals.holders(workspace, "monitor", "A", "food_safety") == [people["郑浩"]]
    assert approvals.holders(workspace, "monitor", "A") == [people["周若溪"]]  # default intact
    page.matrix_view.setCurrentIndex(index)
    page.reset_button.click()
    assert approvals.holders(workspace, "monitor", "A", "food_safety") == [people["周若溪"]]


def test_clearing_the_only_a_shows_in_the_health_list(page: RosterPage) -> None:
    model = page.matrix_model
    row = model.activities.index("close_case")
    column = [c[1] for c in model.columns].index(ids_by_name(page)["林嘉禾"])
    delegate = RaciDelegate(page.matrix_view)
    index = model.index(row, column)
    editor = delegate.createEditor(page.matrix_view, None, index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "A"
    editor.setCurrentIndex(editor.findData(""))
    delegate.setModelData(editor, model, index)
    assert model.data(index, Qt.ItemDataRole.EditRole) == ""
    assert model.data(index) == "(I)"  # still informed through the 管理层 role
    texts = [page.health_list.item(i).text() for i in range(page.health_list.count())]
    assert any("结案" in t and "没有审批人" in t for t in texts)
    page.tabs.setCurrentIndex(TAB_HEALTH)
    item = next(
        page.health_list.item(i)
        for i in range(page.health_list.count())
        if "结案" in page.health_list.item(i).text()
    )
    page.health_list.setCurrentItem(item)
    page.fix_button.click()
    assert page.tabs.currentIndex() == TAB_MATRIX
    assert page.matrix_view.selectionModel().selectedRows()[0].row() == row


def test_add_a_person_with_roles_and_backup(page: RosterPage, main_window) -> None:
    page.new_button.click()
    assert page.fields["name"].text() == "" and page.editor_title.text() == "新成员"
    page.fields["name"].setText("冯晓")
    page.fields["phone"].setText("13900000011")
    for row in range(page.roles_list.count()):
        item = page.roles_list.item(row)
        if item.text() == "法务":
            item.setCheckState(Qt.CheckState.Checked)
    page.backup_combo.setCurrentIndex(page.backup_combo.findText("何清"))
    food_safety_officer = page.add_role("食品安全官")
    assert page.add_role("食品安全官") == food_safety_officer  # no duplicate
    assert page.save_person()
    people = ids_by_name(page)
    assert "冯晓" in people and page.people_model.rowCount() == 11
    saved = roster.person(main_window.ctx.workspace, people["冯晓"])
    assert saved["backup_id"] == people["何清"] and len(saved["role_ids"]) == 2
    assert food_safety_officer in saved["role_ids"]
    assert page.matrix_model.columnCount() == 11


def test_saving_without_a_name_explains(page: RosterPage, dialogs) -> None:
    page.new_button.click()
    assert not page.save_person()
    assert "姓名不能为空" in dialogs.texts()


def test_card_export_and_import_buttons(
    page: RosterPage, main_window, tmp_path, qtbot, dialogs
) -> None:
    card = page.print_card(tmp_path / "card.pdf")
    assert card is not None and card.read_bytes().startswith(b"%PDF")
    out = page.export_excel(tmp_path / "roster.xlsx")
    assert out is not None and out.exists()
    # change the workspace, then import the earlier export back
    workspace = main_window.ctx.workspace
    roster.set_available(workspace, ids_by_name(page)["林嘉禾"], False, "休假")
    task = page.import_excel(out)
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    qtbot.waitUntil(lambda: "导入完成" in dialogs.texts(), timeout=5_000)
    assert "更新 10 人" in dialogs.texts()
    assert roster.person(workspace, ids_by_name(page)["林嘉禾"])["available"] is True


def test_empty_workspace_says_what_to_do(main_window: MainWindow, tmp_path) -> None:
    workspaces.create_workspace(main_window.ctx, tmp_path / "empty", name="空").close()
    assert main_window.open_path(tmp_path / "empty.crisisdesk")
    page = main_window.show_page("roster")
    assert page.people_empty.isVisibleTo(page)
    assert "新增成员" in page.people_empty.text()
    assert "添加成员" in page.matrix_note.text()
    codes = {
        page.health_list.item(i).data(Qt.ItemDataRole.UserRole).code
        for i in range(page.health_list.count())
    }
    assert {"no_people", "matrix_empty"} <= codes


def test_approval_dialog_refuses_then_records(page: RosterPage, main_window, tmp_path) -> None:
    ctx = main_window.ctx
    people = ids_by_name(page)
    evidence = tmp_path / "同意截图.png"
    evidence.write_bytes(b"\x89PNG\r\n\x1a\n0000")
    wrong_person_with_screenshot = pick(people["陈子墨"], evidence=evidence)
    stored_when_refused: list[int] = []

    def right_person(dialog) -> None:
        stored_when_refused.append(ctx.workspace.count("attachments"))
        pick(people["林嘉禾"], method="wechat", note="微信同意第 2 版")(dialog)

    script = answering(wrong_person_with_screenshot, right_person)
    done = approve_through_dialog(
        main_window,
        ctx,
        activity="approve_kb",
        approve=lambda given: approvals.approve(
            ctx.workspace, approvals.Subject("kb_entry", 3, 2, "approve_kb"), given
        ),
        dialog_factory=script,
    )
    dialog = script.dialog
    assert "林嘉禾" in dialog.who_label.text()
    assert dialog.approver_combo.itemData(0) == people["林嘉禾"]  # allowed people first
    assert "陈子墨" in script.problems[0] and "林嘉禾" in script.problems[0]
    assert stored_when_refused == [0]  # the refused approval stored no screenshot
    assert done is not None
    info = approvals.current_approval(ctx.workspace, "kb_entry", 3, 2)
    assert info["id"] == done.id
    assert (info["approver_name"], info["method"], info["note"]) == (
        "林嘉禾",
        "wechat",
        "微信同意第 2 版",
    )
    assert approvals.evidence(ctx.workspace, info["attachment_id"])[0] == "同意截图.png"


def test_read_only_workspace_cannot_edit(main_window: MainWindow, tmp_path: Path) -> None:
    created = workspaces.create_workspace(main_window.ctx, tmp_path / "ro", demo=True)
    created.close()
    assert main_window.open_path(tmp_path / "ro.crisisdesk", read_only=True)
    page = main_window.show_page("roster")
    assert not page.save_button.isEnabled() and not page.import_button.isEnabled()
    index = page.matrix_model.index(0, 0)
    assert not page.matrix_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not page.matrix_model.setData(index, "A")


def test_stale_days_setting_changes_the_health_list(page: RosterPage, main_window) -> None:
    assert page.stale_spin.value() == 90 and page.health_list.count() == 1
    page.stale_spin.setValue(365)
    assert page.health_list.count() == 0
    assert main_window.ctx.workspace.setting("roster_stale_days") == 365
    page.stale_spin.setValue(10)
    assert page.health_list.count() > 1
